"""Text from outside the program is shown as written, never read as markup (case 10 of the
issue "Nothing gets in, nothing is lost"): a title, a file name or an export's value such as
``<img src=/dev/zero>`` would otherwise be rendered by Qt, and would read that file (the
tests name an image that is not there: a regression fails them, it never reads a device)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from guide.core.importing.articles import import_paths
from guide.gui.actions import ActionId
from guide.gui.app import library_problem
from guide.gui.dialogs import safety
from guide.gui.window.mainwindow import MainWindow
from tests.helpers import article_text, episode

HOSTILE = "<img src=no-such-image><font color=red size=7>LIBRARY CORRUPT</font>"


def wait_job(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: (
            window.on_demand.safety.job is not None and window.on_demand.safety.job.isFinished()
        ),
        timeout=20000,
    )
    qtbot.wait(50)


def labels_holding(text: str) -> list[QLabel]:
    return [
        label
        for widget in QApplication.topLevelWidgets()
        for label in widget.findChildren(QLabel)
        if text in label.text()
    ]


def test_a_merge_file_with_markup_in_its_values_is_told_as_plain_text(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, boxes
):
    bad = tmp_path / "data.json"
    bad.write_text(json.dumps({"format": "episode-guide-personal-data", "version": HOSTILE}))
    monkeypatch.setattr(safety.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.actions_[ActionId.MERGE_DATA].trigger()
    wait_job(qtbot, window)
    ((_title, text, text_format, _default),) = boxes.shown
    assert text_format == Qt.TextFormat.PlainText
    assert "<img src=no-such-image>" in text


def test_a_zip_member_named_with_markup_is_told_as_plain_text(
    qtbot, window: MainWindow, tmp_path: Path, boxes
):
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr(f"{HOSTILE}.json", "[{")
    job = window.on_demand.history_imports().read([str(export)])
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(boxes.shown))
    ((_title, text, text_format, _default),) = boxes.shown
    assert text_format == Qt.TextFormat.PlainText and "Traceback" not in text


def test_titles_and_show_names_with_markup_are_shown_as_written(
    qtbot, window: MainWindow, tmp_path: Path
):
    for number in (1, 2):
        article = tmp_path / f"hostile-{number}.txt"
        title = f"{HOSTILE} {number}"
        article.write_text(article_text(title, episode(HOSTILE, 1, number)))
    import_paths(window.library, sorted(tmp_path.glob("hostile-*.txt")))
    window.library.plays.add_if_new(f"{HOSTILE} 1".casefold(), "2026-11-01T20:00:00+00:00")
    window.runner.replaced()
    seen = 0
    for show in (
        window.show_start_page,  # Continue Watching: the card names the show and episode
        lambda: window.open_show(next(s.key for s in window.library.shows() if s.name == HOSTILE)),
        lambda: window.open_article(window.library.find(f"{HOSTILE} 2").id),
    ):
        show()
        for label in labels_holding("<img"):
            seen += 1
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert seen, "the hostile title is on screen somewhere"


def test_the_library_problem_box_shows_a_path_as_written(qtbot, tmp_path: Path, boxes):
    path = tmp_path / "<b>bold<img src=zero>.db"
    library_problem(None, path, f"{path} is damaged")
    ((_title, text, text_format, _default),) = boxes.shown
    assert text_format == Qt.TextFormat.PlainText and str(path) in text
    box_labels = [
        label
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox)
        for label in widget.findChildren(QLabel)
        if "<img" in label.text()
    ]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in box_labels)
