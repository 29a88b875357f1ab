"""The window is shown before the library is read whole (issue 27): the check for damage runs
on a worker after the first paint; the status bar says so, changes wait for it, and a damaged
file leaves the window read-only, saying why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from guide.core import ops
from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.gui.window.mainwindow import MainWindow


@pytest.fixture
def unchecked(qtbot, library_path: Path, settings):
    """A window over the samples' library, opened as the app opens it (check_later), when the
    file changed since it was last found whole."""
    library = Library(library_path, check_later=True)
    assert library.checking
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    library.close()


def _label(window: MainWindow, name: str) -> QLabel | None:
    return window.statusBar().findChild(QLabel, name)


def test_the_window_shows_first_and_saves_changes_once_the_check_passed(qtbot, unchecked):
    window = unchecked
    label = _label(window, "checking_label")
    assert label is not None and label.text() == "Checking the library for damage…"
    with pytest.raises(LibraryError, match="check for damage"):
        ops.apply(window.library, ops.Watch(("fog signal",), "Mark watched"))
    qtbot.waitUntil(lambda: not window.library.checking, timeout=10_000)
    assert window.library.verified and window.library.read_only is None
    qtbot.waitUntil(lambda: _label(window, "checking_label") is None)  # deleted later
    window.damage_check.stop()  # the day's backup, taken after the check
    backups = window.library.path.parent / "backups"
    qtbot.waitUntil(lambda: bool(list(backups.glob("*-daily-*.db"))), timeout=10_000)
    ops.apply(window.library, ops.Watch(("fog signal",), "Mark watched"))
    assert len(window.library.plays.of("fog signal")) == 1


def test_a_damaged_file_found_after_the_window_showed_leaves_it_read_only(
    qtbot, library_path: Path, settings, boxes, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(Library, "damage_check", lambda self: ["row 3 missing from index"])
    library = Library(library_path, check_later=True)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: not library.checking, timeout=10_000)
        label = _label(window, "read_only_label")
        assert label is not None and "row 3 missing from index" in label.text()
        assert boxes.texts and "cannot be saved" in boxes.texts[-1]
        with pytest.raises(LibraryError, match="cannot be saved"):
            ops.apply(library, ops.Watch(("fog signal",), "Mark watched"))
        assert not list((library_path.parent / "backups").glob("*-daily-*.db"))
    finally:
        window.close()
        library.close()
