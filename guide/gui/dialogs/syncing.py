"""Sync from the window: File → Sync Folder… chooses the folder (remembered by the library);
then the window syncs on start, when the folder changes (another computer's files arrive),
a few seconds after its own changes, and every minute — each round on a worker thread with
its own connection, then every view redraws through the one write path's signal."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from guide.core.errors import LibraryError
from guide.core.sync import remembered_folder
from guide.gui import plain
from guide.gui.i18n import tr
from guide.gui.jobs import CoreJob
from guide.gui.operations import ANOTHER_PROGRAM

if TYPE_CHECKING:
    from guide.core.changes import Changes
    from guide.core.sync.folder import SyncReport

ROUND_MS = 60_000  # a round every minute, whatever else happens
SOON_MS = 3_000  # after a change here or in the folder: wait for the burst to end


class SyncCommands(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.folder: Path | None = remembered_folder(window.library)
        self.job: CoreJob | None = None
        self.again = False  # a round was asked for while one was running
        self.last_report: SyncReport | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.soon())
        self.timer = QTimer(self)
        self.timer.setInterval(ROUND_MS)
        self.timer.timeout.connect(self.sync_now)
        self.soon_timer = QTimer(self)
        self.soon_timer.setSingleShot(True)
        self.soon_timer.setInterval(SOON_MS)
        self.soon_timer.timeout.connect(self.sync_now)
        window.runner.library_changed.connect(self._on_library_changed)
        if self.folder is not None:
            self._watch()
            QTimer.singleShot(0, self.sync_now)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self.window,
            tr("Sync Folder"),
            str(self.folder or Path.home()),
        )
        if chosen:
            self.folder = Path(chosen)
            self._watch()
            self.sync_now()

    def soon(self) -> None:
        if self.folder is not None:
            self.soon_timer.start()

    def sync_now(self) -> None:
        if self.folder is None:
            self.window.statusBar().showMessage(
                tr("Choose a sync folder first: File → Sync Folder…")
            )
            return
        if self.job is not None and self.job.isRunning():
            self.again = True
            return
        library = self.window.library
        if library.checking:  # a round waits for the check for damage to pass
            self.window.damage_check.when_checked(self.sync_now)
            return
        if library.read_only is not None:  # never merged into a damaged or unwritable file
            self.window.statusBar().showMessage(
                tr("Not synced: {reason}").format(reason=library.read_only), 8000
            )
            return
        folder = self.folder
        from guide.core.sync import folder as sync  # loaded when it first syncs

        job = CoreJob(
            self.window.library.path,
            lambda lib: sync.sync(lib, folder),
            self,
            refusal=self.window.library.refusal(),
        )
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)
        self.job = job
        job.start()

    def _watch(self) -> None:
        assert self.folder is not None
        old = self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        paths = [str(self.folder)] + [str(d) for d in self.folder.iterdir() if d.is_dir()]
        self.watcher.addPaths(paths)
        self.timer.start()

    def _on_done(self, report: SyncReport) -> None:
        self.last_report = report
        self.window.runner.took(report.changes, self)
        message = report.summary() if (report.applied or report.written) else tr("In sync")
        if report.skipped:
            message += "; " + tr(
                "%Ln file(s) not read yet (being copied?)", "", len(report.skipped)
            )
        self.window.statusBar().showMessage(message, 8000)
        if self.folder is not None and self.folder.is_dir():
            self._watch()  # a new computer's folder may have appeared
        if self.again:
            self.again = False
            self.soon()

    def _on_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            tr("Sync failed: {problem}").format(problem=message), 10000
        )
        if self.job is not None and not self.timer.isActive():
            plain.warn(self.window, tr("Sync failed"), message)

    def _on_library_changed(self, _changes: Changes, initiator: object) -> None:
        """A change made in this window is written to the folder soon; not one another
        program made (it writes its own), nor what a round of sync brought in."""
        if initiator is not ANOTHER_PROGRAM and initiator is not self:
            self.soon()

    def stop(self) -> None:
        """Closing: wait for a round under way, then write this window's last changes."""
        self.timer.stop()
        self.soon_timer.stop()
        if self.job is not None and self.job.isRunning():
            self.job.wait()
        if self.folder is not None:
            with contextlib.suppress(LibraryError):  # else written at the next start
                from guide.core.sync import folder as sync

                sync.write_own(self.window.library)
