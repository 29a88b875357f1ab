"""File menu data safety: export, merge, back up, restore, check; import report diffs."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from guide.core.ops import Changes
from guide.gui.actions import ActionId
from guide.gui.dialogs import safety
from guide.gui.window.mainwindow import MainWindow


def wait_job(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            window.on_demand.safety.job is not None and window.on_demand.safety.job.isFinished()
        ),
        timeout=20000,
    )
    qtbot.wait(50)  # the result's signal is delivered on the GUI thread


def test_export_then_merge_from_the_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, boxes
):
    window.library.plays.watch("fog signal")
    window.library.notes.set("fog signal", "exported note")
    target = tmp_path / "me.json"
    monkeypatch.setattr(safety.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_[ActionId.EXPORT_DATA].trigger()
    wait_job(qtbot, window)
    assert json.loads(target.read_text())["plays"][0]["title"] == "Fog Signal"
    assert target.with_suffix(".csv").exists() and "Exported 1 play and 1 note" in boxes.texts[-1]
    # Another computer's export: a play made there arrives here.
    from guide.core.library import Library
    from guide.core.opening import add_samples
    from guide.core.sync import portable

    with Library(tmp_path / "other.db") as other:
        add_samples(other)
        other.plays.watch("midsummer")
        portable.write_export(other, tmp_path / "other.json")
    monkeypatch.setattr(
        safety.QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "other.json"), "")
    )
    from guide.core import ops

    window.apply(ops.SetRating("last light", 5))
    undo_before = window.runner.undo_stack.count()
    assert undo_before > 0
    heard: list = []
    window.runner.library_changed.connect(lambda changes, _by: heard.append(changes))
    window.actions_[ActionId.MERGE_DATA].trigger()
    wait_job(qtbot, window)
    assert "1 play added" in boxes.texts[-1]
    assert window.library.find("Midsummer").watched
    assert "2 of 7 episodes watched" in window.status_label.text()
    # A merge is an operation run by the runner: the views hear what it brought (not
    # "everything"). What was done before it is no longer undone: an undo of a rating
    # would write over a newer one the merge brought.
    assert [changes.plays for changes in heard] == [{"midsummer"}] and not heard[0].everything
    assert window.runner.undo_stack.count() == 0


def test_back_up_and_restore_from_the_menu(qtbot, window: MainWindow, monkeypatch, boxes):
    window.actions_[ActionId.BACK_UP].trigger()
    wait_job(qtbot, window)
    (copy,) = (window.library.path.parent / "backups").glob("*manual*.db")
    window.library.plays.watch("fog signal")
    window.runner.took(Changes.all(), None)
    monkeypatch.setattr(safety.QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    boxes.answer = QMessageBox.StandardButton.Yes
    window.actions_[ActionId.RESTORE].trigger()
    wait_job(qtbot, window)
    _title, text, _format, default = next(b for b in boxes.shown if "Replace" in b[1])
    assert default == QMessageBox.StandardButton.Cancel  # Enter alone restores nothing
    assert "the backup of " in text and "10 articles, 0 plays, 0 notes" in text
    assert "kept in" in boxes.texts[-1]
    assert not window.library.find("Fog Signal").watched
    assert "0 of 7 episodes watched" in window.status_label.text()
    leftovers = [p.name for p in copy.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert leftovers == []  # backups are plain files


def test_restore_asks_first(qtbot, window: MainWindow, tmp_path: Path, monkeypatch, boxes):
    from guide.core.library import backup

    copy = backup.backup_now(window.library, tmp_path / "copy.db")
    window.library.plays.watch("fog signal")
    monkeypatch.setattr(safety.QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    boxes.answer = QMessageBox.StandardButton.Cancel
    window.actions_[ActionId.RESTORE].trigger()
    assert window.on_demand.safety.job is None
    assert window.library.find("Fog Signal").watched  # nothing restored


def test_restore_of_a_file_that_is_not_a_backup_says_why(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, boxes
):
    bogus = tmp_path / "x.db"
    bogus.write_text("not a library")
    monkeypatch.setattr(safety.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    window.actions_[ActionId.RESTORE].trigger()
    assert window.on_demand.safety.job is None and "not an Episode Guide library" in boxes.texts[-1]


def test_check_library_window_opens_findings(qtbot, window: MainWindow, monkeypatch):
    window.actions_[ActionId.CHECK].trigger()
    wait_job(qtbot, window)
    dialog = window.on_demand.safety.check_window
    assert dialog is not None and dialog.isVisible()
    kinds = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert kinds == {"not in library", "only episode"}
    summary = dialog.findChild(QLabel, "check_summary").text()
    assert summary.startswith("No problems, and 2 notes for your information")
    dialog.view.doubleClicked.emit(dialog.model.index(0, 0))
    assert window.record.article.title == "Heartstopper Forever"


def test_import_report_shows_what_changed(qtbot, window: MainWindow, tmp_path: Path):
    folder = tmp_path / "changed"
    folder.mkdir()
    original = window.library.find("Fog Signal").source_path
    text = Path(original).read_text().replace("Director: Sigrid Aas", "Director: Per Lunde")
    (folder / "fog.txt").write_text(text)
    window.on_demand.imports.start([str(folder)])
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=15000)
    assert "Director: Sigrid Aas → Per Lunde" in window.on_demand.imports.dialog.text.toPlainText()
