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


class Window(Protocol):
    library: Library

    def statusBar(self) -> QStatusBar: ...


def show_read_only(window: Window, parent: QWidget) -> None:
    """The status bar's word that changes cannot be saved, and why."""
    label = QLabel(
        tr("Read only: {reason}; changes cannot be saved").format(reason=window.library.read_only),
        parent,
    )
    label.setObjectName("read_only_label")
    label.setTextFormat(Qt.TextFormat.PlainText)
    window.statusBar().addPermanentWidget(label)


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
        library = window.library
        if library.checking:
            self.label = QLabel(tr("Checking the library for damage…"), parent)
            self.label.setObjectName("checking_label")
            window.statusBar().addPermanentWidget(self.label)
        if library.check_later and library.read_only is None:  # else done as it opened
            QTimer.singleShot(0, self._start)  # after the first paint

    def _start(self) -> None:
        library = self.window.library
        if library.checking:
            self._run(_check, self._checked)
        else:
            self._run(_daily_backup, lambda _: None)

    def _run(self, work: Callable[[Library], Any], done: Callable[[Any], None]) -> None:
        self.job = CoreJob(self.window.library.path, work, self, reader=True)
        self.job.succeeded.connect(done)
        self.job.failed.connect(lambda message: self._checked([message]))
        self.job.start()

    def _checked(self, result: list[str] | None) -> None:
        library = self.window.library
        if not library.checking:  # the backup's job failed: nothing to say
            return
        library.checked(result)
        if self.label is not None:
            self.window.statusBar().removeWidget(self.label)
            self.label.deleteLater()
            self.label = None
        if library.read_only is not None:
            show_read_only(self.window, self.parent_widget)
            plain.warn(
                self.parent_widget,
                tr("The library is damaged"),
                tr(
                    "Changes to {path} cannot be saved: {reason} (File → Restore From Backup…)."
                ).format(path=library.path, reason=library.read_only),
            )
            return
        self._run(_daily_backup, lambda _: None)

    def stop(self) -> None:
        """Before the window closes: the check or the copy finishes first."""
        if self.job is not None and self.job.isRunning():
            self.job.wait()
