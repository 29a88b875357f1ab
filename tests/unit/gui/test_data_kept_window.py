"""Nothing is lost, in the window: the backup it offers is this library's own (case 5), and a
library that cannot be written is shown and says so (case 13)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox

from guide.core.library import Library, backup
from guide.core.opening import add_samples
from guide.gui.actions import ActionId
from guide.gui.app import library_problem
from guide.gui.window.mainwindow import MainWindow


def _answer_box(monkeypatch, seen: dict, choose: str) -> None:
    """When the message box is shown: note its buttons and details, then click CHOOSE."""

    def exec_(box: QMessageBox) -> int:
        seen["buttons"] = [b.text().replace("&", "") for b in box.buttons()]
        seen["details"] = box.detailedText()
        next(b for b in box.buttons() if b.text().replace("&", "") == choose).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_the_latest_backup_offered_is_this_librarys_own(qtbot, tmp_path: Path, monkeypatch):
    mine = tmp_path / "library.db"
    with Library(mine) as library:
        add_samples(library)
        own = backup.backup_now(library)
    with Library(tmp_path / "other.db") as other:
        stranger = backup.backup_now(other, tmp_path / "backups" / "library-manual-new.db")
    os.utime(stranger, (2_000_000_000, 2_000_000_000))  # newer than this library's own
    seen: dict = {}
    _answer_box(monkeypatch, seen, "Quit")
    assert library_problem(None, mine, "damaged") is None
    assert "Restore the Latest Backup" in seen["buttons"]
    assert str(own) in seen["details"] and str(stranger) not in seen["details"]


def test_no_backup_is_offered_when_only_another_librarys_are_there(
    qtbot, tmp_path: Path, monkeypatch
):
    mine = tmp_path / "library.db"
    mine.write_bytes(b"")
    with Library(tmp_path / "other.db") as other:
        backup.backup_now(other, tmp_path / "backups" / "library-daily-2026-11-01.db")
    seen: dict = {}
    _answer_box(monkeypatch, seen, "Quit")
    library_problem(None, mine, "empty")
    assert "Restore the Latest Backup" not in seen["buttons"]


def test_a_library_that_cannot_be_written_says_so_and_changes_nothing(
    qtbot, library_path: Path, settings, boxes
):
    library = Library(library_path)
    library.read_only = "the disk holding it is full"
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        label = window.findChild(QLabel, "read_only_label")
        assert label is not None and "changes cannot be saved" in label.text()
        assert "disk holding it is full" in label.text()
        window.open_article(library.find("Fog Signal").id)
        window.page.watched_button.click()
        assert boxes.texts and "cannot be saved" in boxes.texts[-1]
        assert not window.page.watched_button.isChecked()
        assert not library.find("Fog Signal").watched
    finally:
        window.close()
        library.close()


def _click(monkeypatch, text: str, seen: list[str]) -> None:
    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_unwatching_an_article_watched_three_times_asks_and_can_remove_the_latest(
    qtbot, window: MainWindow, monkeypatch
):
    for day in (1, 2, 3):
        window.library.plays.add_if_new("fog signal", f"2026-11-0{day}T20:00:00+00:00")
    window.open_article(window.library.find("Fog Signal").id)
    seen: list[str] = []
    _click(monkeypatch, "Remove the Latest Play", seen)
    window.page.watched_button.click()
    assert seen and "watched 3 times" in seen[0]
    times = sorted(p.watched_at for p in window.library.plays.of("fog signal"))
    assert times == ["2026-11-01T20:00:00+00:00", "2026-11-02T20:00:00+00:00"]
    assert window.page.watched_button.isChecked()  # still watched: twice
    window.actions_[ActionId.UNDO].trigger()
    assert len(window.library.plays.of("fog signal")) == 3
    _click(monkeypatch, "Cancel", seen)
    window.page.watched_button.click()
    assert (
        len(window.library.plays.of("fog signal")) == 3 and window.page.watched_button.isChecked()
    )
    _click(monkeypatch, "Remove All 3 Plays", seen)
    window.page.watched_button.click()
    assert (
        window.library.plays.of("fog signal") == [] and not window.page.watched_button.isChecked()
    )


def test_unwatching_an_article_watched_once_asks_nothing(qtbot, window: MainWindow, boxes):
    window.library.plays.add_if_new("fog signal", "2026-11-01T20:00:00+00:00")
    window.open_article(window.library.find("Fog Signal").id)
    window.page.watched_button.click()
    assert boxes.shown == [] and window.library.plays.of("fog signal") == []


def test_start_a_rewatch_acts_only_on_a_show_on_screen_and_once_begun(qtbot, window: MainWindow):
    rewatch = window.actions_[ActionId.START_REWATCH]
    window.open_article(window.library.find("Fog Signal").id)
    assert not rewatch.isEnabled()  # The Lighthouse Keepers: not started
    window.library.plays.add_if_new("fog signal", "2026-11-01T20:00:00+00:00")
    window.runner.replaced()
    window.open_article(window.library.find("Fog Signal").id)
    assert rewatch.isEnabled()
    window.show_start_page()  # Continue Watching: the article read before is not shown
    assert not rewatch.isEnabled()
    rewatch.trigger()
    assert window.library.passes.current("the lighthouse keepers") is None


def test_a_film_has_no_previous_or_next_episode(qtbot, window: MainWindow):
    window.open_article(window.library.find("Harbour Lights (film)").id)
    assert not window.actions_[ActionId.PREVIOUS_ARTICLE].isEnabled()
    assert not window.actions_[ActionId.NEXT_ARTICLE].isEnabled()
    window.open_article(window.library.find("Fog Signal").id)
    assert window.actions_[ActionId.PREVIOUS_ARTICLE].isEnabled()


def test_the_navigator_check_box_asks_too(qtbot, window: MainWindow, monkeypatch):
    from PySide6.QtCore import Qt

    for day in (1, 2):
        window.library.plays.add_if_new("fog signal", f"2026-11-0{day}T20:00:00+00:00")
    window.runner.replaced()
    index = window.model.index_of_article("fog signal")
    seen: list[str] = []
    _click(monkeypatch, "Remove the Latest Play", seen)
    window.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert seen and "watched 2 times" in seen[0]
    assert len(window.library.plays.of("fog signal")) == 1
