"""Writes you can trust, in the window: a failed save is never shown as saved, other
processes' writes appear, undo addresses its own plays, outside text is never rich text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from guide.core import ops
from guide.gui.actions import ActionId
from guide.gui.reader.notes import NotesEditor
from guide.gui.roles import Role
from guide.gui.window.mainwindow import MainWindow
from tests.helpers import guide


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch, boxes) -> list[str]:
    """Warnings, recorded instead of shown (a box would block the test), each answered
    Cancel: QMessageBox.warning's, and the plain-text boxes the window makes itself."""
    boxes.answer = QMessageBox.StandardButton.Cancel

    def warning(_parent, _title, text, *_args, **_kwargs):
        boxes.texts.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return boxes.texts


class WriteLock:
    """Another process's write transaction, as a long `guide merge-data` holds it."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, isolation_level=None)

    def __enter__(self) -> WriteLock:
        self.conn.execute("BEGIN IMMEDIATE")
        return self

    def release(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def __exit__(self, *exc: object) -> None:
        self.release()
        self.conn.close()


def type_note(qtbot, editor: NotesEditor, text: str) -> None:
    editor.editor.setFocus()
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, text)


# -- case 1: a failed save is never shown as saved ----------------------------------------------


def test_a_note_typed_while_another_process_writes_is_kept_and_saved_later(
    qtbot, window: MainWindow, library_path: Path
):
    window.open_key("fog signal")
    notes = window.page.notes
    with WriteLock(library_path) as lock:
        type_note(qtbot, notes, "typed while locked")
        notes.flush()
        assert notes.status.text() == "Not saved — will retry"
        assert window.library.notes.get("fog signal") is None
        assert notes.editor.toPlainText() == "typed while locked"
        lock.release()
        qtbot.waitUntil(lambda: notes.status.text() == "Saved", timeout=10_000)
    assert window.library.notes.get("fog signal") == "typed while locked"


def test_a_note_left_unsaved_is_retried_after_moving_on(
    qtbot, window: MainWindow, library_path: Path
):
    window.open_key("fog signal")
    with WriteLock(library_path) as lock:
        type_note(qtbot, window.page.notes, "written, then moved on")
        window.open_key("midsummer")  # leaving the article tries to save it
        assert "fog signal" in window.page.notes.unsaved
        lock.release()
        qtbot.waitUntil(lambda: not window.page.notes.has_unsaved, timeout=10_000)
    assert window.library.notes.get("fog signal") == "written, then moved on"


def test_closing_with_an_unsaved_note_asks_and_stays_open(
    qtbot, window: MainWindow, library_path: Path, warnings: list[str]
):
    window.open_key("fog signal")
    with WriteLock(library_path):
        type_note(qtbot, window.page.notes, "do not lose me")
        assert not window.close()  # the question was answered with Cancel
        assert window.isVisible() and "could not be saved" in warnings[-1]


def test_a_mark_that_fails_is_reverted_on_screen_and_reported(
    qtbot, window: MainWindow, library_path: Path, warnings: list[str]
):
    window.open_key("fog signal")
    watched = window.actions_[ActionId.TOGGLE_WATCHED]
    with WriteLock(library_path):
        window.page.watched_button.click()
    assert warnings and "not done" in warnings[-1] and "busy" in warnings[-1]
    assert window.library.plays.of("fog signal") == []
    assert not watched.isChecked() and not window.page.watched_button.isChecked()
    index = window.model.index_of_article("fog signal")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not window.undo_stack.canUndo()


# -- case 2: other processes' writes appear, and are not overwritten ---------------------------


def test_the_guide_command_writing_to_the_same_library_appears_in_the_window(
    qtbot, window: MainWindow, library_path: Path
):
    window.open_key("fog signal")
    before = window.status_label.text()
    guide("watch", "Fog Signal", "--library", str(library_path))
    guide("note", "Fog Signal", "from the command line", "--library", str(library_path))
    assert window.runner.check_other_writers()
    assert window.record is not None and window.record.watched
    assert window.page.notes.editor.toPlainText() == "from the command line"
    assert window.status_label.text() != before
    index = window.model.index_of_article("fog signal")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not window.runner.check_other_writers()  # nothing new since


def test_typing_over_a_note_changed_elsewhere_keeps_both_texts(
    qtbot, window: MainWindow, library_path: Path
):
    window.open_key("fog signal")
    notes = window.page.notes
    type_note(qtbot, notes, "mine, typed in the window")
    guide("note", "Fog Signal", "theirs, from the command line", "--library", str(library_path))
    window.runner.check_other_writers()  # the editor is dirty: it keeps the user's text
    assert notes.editor.toPlainText() == "mine, typed in the window"
    notes.flush()
    heads = sorted(h.text for h in window.library.notes.heads("fog signal"))
    assert heads == ["mine, typed in the window", "theirs, from the command line"]
    shown = notes.editor.toPlainText()  # both, until the user saves a text that resolves it
    assert "mine, typed in the window" in shown and "theirs, from the command line" in shown
    assert notes.status.text() == "Saved"
    notes.editor.setPlainText("one text for both")
    notes.flush()
    assert [h.text for h in window.library.notes.heads("fog signal")] == ["one text for both"]


# -- case 6: undo after a restore ------------------------------------------------------------------


def test_restore_or_merge_clears_undo_and_undo_never_removes_another_play(
    qtbot, window: MainWindow
):
    window.open_key("fog signal")
    window.tracking.toggle_current_watched()
    assert window.undo_stack.canUndo()
    window.reload_library_views()  # what restore and merge end with
    assert not window.undo_stack.canUndo()

    window.open_key("midsummer")
    window.tracking.toggle_current_watched()
    # Underneath: the play is gone (another program, a restore) and row ids are reused.
    window.library.plays.remove(window.library.plays.of("midsummer"))
    window.library.plays.watch("fog signal")
    window.undo_stack.undo()
    assert len(window.library.plays.of("fog signal")) == 2  # untouched


# -- case 11: outside text is never rich text ------------------------------------------------------


def test_tooltips_show_article_text_as_written(qtbot, window: MainWindow, tmp_path: Path):
    evil = '<img src="file:///no-such-image">'  # never a device, even on a regression
    window.library.write_articles([(_article(evil), None, None)])
    window.library.refresh_order()
    window.runner.took(ops.Changes(articles=True), None)
    index = window.model.index_of_article(evil.casefold())
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip


def _article(title: str):
    from guide.core.article import Article

    return Article(title, (), ("Lead.",))


def test_the_navigator_key_role_still_reads_plain_keys(window: MainWindow):
    index = window.model.index_of_article("fog signal")
    assert index.data(Role.ARTICLE_KEY) == "fog signal"


# -- case 5: bad stored times never brick the window ---------------------------------------------


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati"])
def test_the_window_opens_and_shows_every_page_with_bad_stored_times(
    qtbot, make_window, library_path: Path, monkeypatch: pytest.MonkeyPatch, zone: str
):
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    conn = sqlite3.connect(library_path)
    conn.executemany(
        "INSERT INTO watch_events (uid, article_key, watched_at) VALUES (?, 'fog signal', ?)",
        [("a", "9999-12-31T23:30:00+00:00"), ("b", "yesterday evening"), ("c", None)],
    )
    conn.commit()
    conn.close()
    try:
        window = make_window()
        for show_page in (
            window.show_history,
            window.show_statistics,
            window.show_start_page,
            window.show_all_notes,
        ):
            show_page()
        window.open_key("fog signal")
        assert window.record is not None and window.record.watched
        cells = [
            window.pages.history.model.index(row, 0).data()
            for row in range(window.pages.history.model.rowCount())
        ]
        assert len(cells) == 3 and cells.count("date unknown") >= 2
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
