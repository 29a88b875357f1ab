"""Sync from the window: choose a folder, another computer's changes arrive and every view
shows them; the window's own changes go to the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from guide.core.library import Library
from guide.core.opening import add_samples
from guide.core.sync import folder as sync
from guide.core.sync import remembered_folder
from guide.gui.actions import ActionId
from guide.gui.dialogs import syncing
from guide.gui.window.mainwindow import MainWindow


def wait_sync(qtbot, window: MainWindow) -> None:
    job = window.syncing.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.isRunning() and window.syncing.last_report is not None)
    qtbot.wait(50)  # the queued succeeded signal


@pytest.fixture
def laptop(tmp_path: Path):
    library = Library(tmp_path / "laptop.db")
    add_samples(library)
    yield library
    library.close()


def test_choosing_a_folder_syncs_both_ways(
    qtbot, window: MainWindow, laptop, tmp_path, monkeypatch
):
    folder = tmp_path / "synced"
    folder.mkdir()
    laptop.plays.watch("midsummer")
    sync.sync(laptop, folder)
    monkeypatch.setattr(syncing.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.actions_[ActionId.SYNC_FOLDER].trigger()
    wait_sync(qtbot, window)
    assert window.syncing.last_report.applied == 1  # type: ignore[union-attr]
    index = window.model.index_of_article("midsummer")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "1 of 7 episodes watched" in window.status_label.text()

    window.open_key("fog signal")
    window.tracking.toggle_current_watched()  # a change here goes to the folder
    window.syncing.last_report = None
    window.actions_[ActionId.SYNC_NOW].trigger()
    wait_sync(qtbot, window)
    assert sync.sync(laptop, folder).applied == 1
    assert laptop.plays.watched_keys(["fog signal"]) == {"fog signal"}
    assert remembered_folder(window.library) == folder.resolve()


def test_a_note_changed_on_two_computers_is_resolved_side_by_side(
    qtbot, window: MainWindow, monkeypatch
):
    from guide.gui.dialogs import notes as note_dialogs

    library = window.library
    base = library.notes.write("fog signal", "base", "2024-06-01T00:00:00+00:00")
    library.notes.write("fog signal", "laptop", "2024-06-02T00:00:00+00:00", parents=[base.uid])
    library.notes.write("fog signal", "desktop", "2024-06-03T00:00:00+00:00", parents=[base.uid])
    window.open_key("fog signal")
    notes = window.page.notes
    assert notes.resolve_button.isVisibleTo(window) and notes.history_button.isVisibleTo(window)
    assert "laptop" in notes.editor.toPlainText() and "desktop" in notes.editor.toPlainText()

    def keep_laptop(dialog) -> int:
        assert [b.text() for b in dialog.keep_buttons] == [
            "&1 Keep This Version",
            "&2 Keep This Version",
        ]
        dialog.keep_buttons[1].click()  # version 2: the older head, "laptop"
        return note_dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(note_dialogs.ConflictDialog, "exec", keep_laptop)
    notes.resolve_button.click()
    assert [h.text for h in library.notes.heads("fog signal")] == ["laptop"]
    assert notes.editor.toPlainText() == "laptop" and not notes.resolve_button.isVisibleTo(window)

    def restore_base(dialog) -> int:
        texts = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
        assert texts[-1] == "base"  # newest first; the first text last
        dialog.view.selectRow(dialog.model.rowCount() - 1)
        dialog.restore.click()
        return note_dialogs.QDialog.DialogCode.Accepted

    monkeypatch.setattr(note_dialogs.NoteHistoryDialog, "exec", restore_base)
    notes.history_button.click()
    assert library.notes.get("fog signal") == "base" and notes.editor.toPlainText() == "base"


def test_the_removed_version_of_a_note_is_not_offered_to_restore(qtbot):
    """A new user's walk: Restore This Version was on for "(removed)", which removes."""
    from guide.core.library.notes import Revision
    from guide.gui.dialogs.notes import NoteHistoryDialog

    versions = [
        Revision("1", False, "k", (), "first", "2024-06-01T00:00:00+00:00"),
        Revision("2", False, "k", ("1",), "", "2024-06-02T00:00:00+00:00"),
    ]
    dialog = NoteHistoryDialog("Fog Signal", versions)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 1).data() == "(removed)"  # newest first
    assert not dialog.restore.isEnabled()
    dialog.view.selectRow(1)
    assert dialog.restore.isEnabled() and dialog.text.toPlainText() == "first"


def test_closing_the_window_writes_its_last_changes_to_the_folder(
    qtbot, window: MainWindow, laptop, tmp_path, monkeypatch
):
    folder = tmp_path / "synced"
    folder.mkdir()
    monkeypatch.setattr(syncing.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.actions_[ActionId.SYNC_FOLDER].trigger()
    wait_sync(qtbot, window)
    window.open_key("midsummer")
    window.tracking.toggle_current_watched()
    window.close()  # before any timer fired
    assert sync.sync(laptop, folder).applied == 1
    assert laptop.plays.watched_keys(["midsummer"]) == {"midsummer"}


def test_a_round_tells_the_views_what_it_brought_and_is_not_written_back(
    qtbot, window: MainWindow, laptop, tmp_path, monkeypatch
):
    """A round emits the keys its entries touched, not "everything", with sync as the
    initiator: the window's own writes go to the folder soon; what sync itself brought in
    and another program's writes do not start another round."""
    from guide.gui.operations import ANOTHER_PROGRAM

    folder = tmp_path / "synced"
    folder.mkdir()
    monkeypatch.setattr(syncing.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.actions_[ActionId.SYNC_FOLDER].trigger()
    wait_sync(qtbot, window)
    laptop.plays.watch("midsummer")
    laptop.ratings.set("fog signal", 7)
    sync.sync(laptop, folder)
    heard: list = []
    window.runner.library_changed.connect(lambda changes, by: heard.append((changes, by)))
    scheduled: list[bool] = []
    window.syncing.watcher.blockSignals(True)  # files written in the folder: a round anyway
    monkeypatch.setattr(window.syncing, "soon", lambda: scheduled.append(True))
    window.syncing.last_report = None
    window.syncing.sync_now()
    wait_sync(qtbot, window)
    ((changes, by),) = heard
    assert by is window.syncing and not changes.everything and not changes.articles
    assert changes.plays == {"midsummer"} and changes.ratings == {"fog signal"}
    assert scheduled == []
    window.runner.took(changes, ANOTHER_PROGRAM)
    assert scheduled == []
    window.open_key("last light")
    window.tracking.toggle_current_watched()
    assert scheduled == [True]


def test_a_round_that_brought_nothing_does_not_hide_another_programs_write(
    qtbot, window: MainWindow
):
    """Work on a worker that changed nothing (most sync rounds) leaves the last version
    seen as it was: a write the command line made meanwhile still reaches the views."""
    from guide.core.changes import Changes

    with Library(window.library.path) as other:  # the `guide` command, say
        other.plays.watch("midsummer")
    window.runner.took(Changes(), window.syncing)
    assert window.runner.check_other_writers()
    index = window.model.index_of_article("midsummer")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
