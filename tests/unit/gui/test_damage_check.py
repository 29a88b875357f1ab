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
def open_unchecked(qtbot, library_path: Path, settings):
    """Open a window over the samples' library as the app opens it (check_later), when the
    file changed since it was last found whole (a test patches the check first)."""
    opened: list[tuple[MainWindow, Library]] = []

    def make() -> MainWindow:
        library = Library(library_path, check_later=True)
        assert library.checking
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, library))
        return window

    yield make
    for window, library in opened:
        window.close()
        library.close()


@pytest.fixture
def unchecked(open_unchecked):
    return open_unchecked()


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
    qtbot, library_path: Path, open_unchecked, boxes, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(Library, "damage_check", lambda self: ["row 3 missing from index"])
    window = open_unchecked()
    library = window.library
    qtbot.waitUntil(lambda: not library.checking, timeout=10_000)
    label = _label(window, "read_only_label")
    assert label is not None and "row 3 missing from index" in label.text()
    assert boxes.texts and "cannot be saved" in boxes.texts[-1]
    with pytest.raises(LibraryError, match="cannot be saved"):
        ops.apply(library, ops.Watch(("fog signal",), "Mark watched"))
    assert not list((library_path.parent / "backups").glob("*-daily-*.db"))
    library.reopen()  # a backup restored in its place (File → Restore From Backup…)
    window.reload_library_views()
    qtbot.waitUntil(lambda: _label(window, "read_only_label") is None)
    ops.apply(library, ops.Watch(("fog signal",), "Mark watched"))  # saved again


def _slow_check(seconds: float, result: list[str]):
    import time

    def check(self) -> list[str]:
        time.sleep(seconds)
        return result

    return check


def test_a_sync_at_start_waits_for_the_check_and_jobs_refuse_changes_meanwhile(
    qtbot, tmp_path: Path, library_path: Path, open_unchecked, monkeypatch: pytest.MonkeyPatch
):
    """Review of issue 27: the window's jobs (a sync at start, an import) wrote to the file
    before its check had passed: they wait for it, or refuse, with the window's reason."""
    from guide.core.sync import folder as sync_folder
    from guide.gui.jobs import CoreJob

    folder = tmp_path / "sync"
    folder.mkdir()
    with Library(library_path, verify=False) as library:
        ops.apply(library, ops.Watch(("fog signal",), "Mark watched"))
        sync_folder.sync(library, folder)  # the folder remembered: a round at every start
    for written in folder.rglob("*.jsonl"):
        written.unlink()
    monkeypatch.setattr(Library, "damage_check", _slow_check(0.8, ["ok"]))
    window = open_unchecked()
    library = window.library
    qtbot.wait(300)
    assert library.checking and not list(folder.rglob("*.jsonl"))  # the round waits
    job = CoreJob(library.path, lambda lib: ops.apply(lib, ops.Watch(("midsummer",), "w")))
    job.refusal = library.refusal()
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    assert "check for damage" in failed.args[0]
    job.wait()
    qtbot.waitUntil(lambda: bool(list(folder.rglob("*.jsonl"))), timeout=10_000)
    assert not library.checking  # the round ran once the check had passed


def test_a_check_that_could_not_run_is_not_damage(
    qtbot, open_unchecked, monkeypatch: pytest.MonkeyPatch
):
    def fails(self) -> list[str]:
        raise LibraryError("the library is busy")

    monkeypatch.setattr(Library, "damage_check", fails)
    window = open_unchecked()
    library = window.library
    qtbot.waitUntil(lambda: not library.checking, timeout=10_000)
    assert library.read_only is None and _label(window, "read_only_label") is None
    assert "could not be checked" in window.statusBar().currentMessage()
    ops.apply(library, ops.Watch(("fog signal",), "Mark watched"))  # changes are saved
