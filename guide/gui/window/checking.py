"""The library's check for damage, after the window's first paint (issue 27): SQLite reads the
whole file, which took half a second before anything was shown. Until the check has passed
the library refuses every change (Library.checking) and the status bar says so; a damaged
file leaves the window read-only, and says why. The day's backup is taken after it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.gui import plain
from guide.gui.i18n import tr
from guide.gui.jobs import CoreJob
from guide.gui.operations import OperationRunner


class Window(Protocol):
    library: Library
    runner: OperationRunner

    def statusBar(self) -> QStatusBar: ...


def _check(library: Library) -> list[str] | None:
    return library.damage_check()


def _daily_backup(library: Library) -> None:
    from guide.core.library.backup import daily_backup

    with contextlib.suppress(LibraryError):  # a failed copy must not lock anyone out
        daily_backup(library)


class DamageCheck(QObject):
    """Checks the window's library on a worker once the window is shown, then backs it up."""

    def __init__(self, window: Window, parent: QWidget):
        super().__init__(parent)
        self.window = window
        self.parent_widget = parent
        self.job: CoreJob | None = None
        self.label: QLabel | None = None
        self.read_only_label: QLabel | None = None
        self.waiting: list[Callable[[], None]] = []  # work that changes the library: after
        library = window.library
        self.show_read_only()  # a full disk, a read-only file system
        # A file put in place of this one (a restore) is read-only no more: the label goes.
        window.runner.library_changed.connect(lambda _changes, _by: self.show_read_only())
        if library.checking:
            self.label = QLabel(tr("Checking the library for damage…"), parent)
            self.label.setObjectName("checking_label")
            window.statusBar().addPermanentWidget(self.label)
        if library.check_later and library.read_only is None:  # else done as it opened
            QTimer.singleShot(0, self._start)  # after the first paint

    def show_read_only(self) -> None:
        """The status bar says that changes cannot be saved, and why, while that is so."""
        reason = self.window.library.read_only
        if reason is None and self.read_only_label is not None:
            self.window.statusBar().removeWidget(self.read_only_label)
            self.read_only_label.deleteLater()
            self.read_only_label = None
        elif reason is not None:
            text = tr("Read only: {reason}; changes cannot be saved").format(reason=reason)
            if self.read_only_label is None:
                self.read_only_label = QLabel(self.parent_widget)
                self.read_only_label.setObjectName("read_only_label")
                self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
                self.window.statusBar().addPermanentWidget(self.read_only_label)
            self.read_only_label.setText(text)

    def when_checked(self, work: Callable[[], None]) -> None:
        """Work that changes the library (a sync at start, files given to the app), run
        now, or once the check has found the file whole (never on a damaged file)."""
        if self.window.library.checking:
            self.waiting.append(work)
        else:
            work()

    def _start(self) -> None:
        library = self.window.library
        if library.checking:
            self._run(_check, self._checked)
        else:
            self._run(_daily_backup, lambda _: None)

    def _run(self, work: Callable[[Library], Any], done: Callable[[Any], None]) -> None:
        self.job = CoreJob(self.window.library.path, work, self, reader=True)
        self.job.succeeded.connect(done)
        self.job.failed.connect(self._not_checked)
        self.job.start()

    def _not_checked(self, message: str) -> None:
        """The check (or the backup) could not run: not a finding of damage. The check is
        due again at the next start; changes are saved meanwhile, as before a check."""
        if self.window.library.checking:
            self._checked(None)
            self.window.statusBar().showMessage(
                tr("The library could not be checked for damage now: {why}").format(why=message),
                10000,
            )

    def _checked(self, result: list[str] | None) -> None:
        library = self.window.library
        if not library.checking:  # the backup's job failed: nothing to say
            return
        library.checked(result)
        if self.label is not None:
            self.window.statusBar().removeWidget(self.label)
            self.label.deleteLater()
            self.label = None
        waiting, self.waiting = self.waiting, []
        if library.read_only is not None:
            self.show_read_only()
            plain.warn(
                self.parent_widget,
                tr("The library is damaged"),
                tr(
                    "Changes to {path} cannot be saved: {reason} (File → Restore From Backup…)."
                ).format(path=library.path, reason=library.read_only),
            )
            return
        for work in waiting:
            work()
        self._run(_daily_backup, lambda _: None)

    def stop(self) -> None:
        """Before the window closes: the check or the copy finishes first."""
        if self.job is not None and self.job.isRunning():
            self.job.wait()
