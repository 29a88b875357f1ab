"""Importing from the window: worker thread, progress, cancel, and the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from guide.gui.actions import ActionId
from guide.gui.dialogs import importing
from guide.gui.window.mainwindow import MainWindow
from tests.helpers import article_text, episode


def make_folder(tmp_path: Path, count: int = 3) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for n in range(1, count + 1):
        text = article_text(f"Harbour {n}", episode("Harbour Show", 1, n), lead=f"Lead {n}.")
        (folder / f"{n:04}.txt").write_text(text)
    (folder / "broken.txt").write_bytes(b"no title line here\n")
    return folder


def test_import_folder_from_the_menu_reports_rejections(
    qtbot, window: MainWindow, tmp_path, monkeypatch
):
    folder = make_folder(tmp_path)
    monkeypatch.setattr(
        importing.QFileDialog, "getExistingDirectory", lambda *args, **kw: str(folder)
    )
    open_before = window.library.find("Fog Signal").id
    window.open_article(open_before)
    window.actions_[ActionId.IMPORT_FOLDER].trigger()
    worker = window.on_demand.imports.worker
    assert worker is not None
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=15000)
    details = window.on_demand.imports.dialog.text.toPlainText()
    assert window.on_demand.imports.dialog.windowTitle() == "Import finished"
    summary = window.on_demand.imports.dialog.summary.text()
    assert "3 added" in summary and "1 rejected" in summary
    assert f"{folder / 'broken.txt'}: no title line" in details
    window.on_demand.imports.dialog.copy()
    assert "no title line" in QGuiApplication.clipboard().text()
    assert "3 added" in QGuiApplication.clipboard().text()  # the copy has its summary
    names = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert "Harbour Show" in names  # the navigator updated without a restart
    assert window.record.id == open_before  # and kept the current article
    assert window.navigator.currentIndex().data() == "2. Fog Signal"


def test_import_files_from_the_menu(qtbot, window: MainWindow, tmp_path, monkeypatch):
    folder = make_folder(tmp_path)
    files = [str(folder / "0001.txt"), str(folder / "0002.txt")]
    monkeypatch.setattr(importing.QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    window.actions_[ActionId.IMPORT_FILES].trigger()
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=15000)
    assert "2 added" in window.on_demand.imports.dialog.summary.text()
    assert window.status_label.text().startswith("12 articles · 3 shows")


def test_progress_reaches_the_dialog(qtbot, window: MainWindow, tmp_path):
    folder = make_folder(tmp_path, count=600)
    worker = window.on_demand.imports.start([str(folder)])
    seen: list[tuple[int, int]] = []
    worker.progressed.connect(lambda done, total, path: seen.append((done, total)))
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=20000)
    assert seen and seen[-1] == (601, 601)
    assert window.on_demand.imports.progress.maximum() == 601


def test_cancel_button_stops_the_import(qtbot, window: MainWindow, tmp_path):
    folder = make_folder(tmp_path, count=3000)
    from PySide6.QtWidgets import QLabel, QPushButton

    window.on_demand.imports.start([str(folder)])
    window.on_demand.imports.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=20000)
    dialog = window.on_demand.imports.dialog
    summary = dialog.findChild(QLabel, "import_summary").text()
    assert dialog.windowTitle() == "Import cancelled"
    assert summary.startswith("Import cancelled")
    added = window.library.counts().articles - 10
    assert added < 3000 and f"{added} added" in summary
    assert "Import cancelled" not in dialog.text.toPlainText()  # said once, above the details


def test_cancel_mid_import_keeps_whole_batches(qtbot, window: MainWindow, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from guide.gui.dialogs import importing

    monkeypatch.setattr(importing, "PROGRESS_INTERVAL", 0)  # every file: cancel lands at 1201
    folder = make_folder(tmp_path, count=2500)
    worker = window.on_demand.imports.start([str(folder)])
    worker.progressed.connect(
        lambda done, total, path: done > 1200 and worker.cancel(),
        Qt.ConnectionType.DirectConnection,
    )
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=20000)
    assert window.on_demand.imports.dialog.windowTitle() == "Import cancelled"
    assert window.library.counts().articles - 10 == 1000  # one full batch written


def test_window_stays_responsive_during_import(qtbot, window: MainWindow, tmp_path):
    folder = make_folder(tmp_path, count=800)
    window.on_demand.imports.start([str(folder)])
    window.open_article(window.library.find("Fog Signal").id)  # the GUI thread is free
    assert window.record.article.title == "Fog Signal"
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=20000)
    assert "800 added" in window.on_demand.imports.dialog.summary.text()


def test_an_import_tells_the_views_what_it_changed_and_nothing_when_nothing_did(
    qtbot, window: MainWindow, tmp_path
):
    """The import's report says what it touched: new articles reach every view with the
    importer as initiator; the same files imported again change nothing and redraw
    nothing (the navigator is not read again)."""
    folder = make_folder(tmp_path)
    heard: list = []
    window.runner.library_changed.connect(lambda changes, by: heard.append((changes, by)))
    imports = window.on_demand.imports
    for _ in range(2):
        imports.dialog = None
        imports.start([str(folder)])
        qtbot.waitUntil(lambda: imports.dialog is not None, timeout=20000)
        imports.dialog.close()
    ((changes, by),) = heard
    assert changes.articles and by is imports
