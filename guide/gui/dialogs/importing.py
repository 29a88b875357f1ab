"""Importing from the window: the import runs on a worker thread with its own library
connection, reports progress to a dialog with Cancel, and ends with a copyable report."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide.core.article.parsing import parse
from guide.core.changes import Changes
from guide.core.importing.articles import ImportReport, ImportSession, import_paths
from guide.core.library import Library
from guide.gui import folders, i18n, plain, sizing
from guide.gui.i18n import tr
from guide.gui.jobs import CoreJob

PROGRESS_INTERVAL = 0.05  # seconds: at most 20 progress updates a second


class ImportWorker(CoreJob):
    """One import on a worker thread, with progress (at most 20 updates a second) and
    cancel. ``succeeded`` carries the ImportReport."""

    progressed = Signal(int, int, str)

    def __init__(
        self, library_path: Path, paths: list[str], parent: Any = None, refusal: str | None = None
    ):
        super().__init__(library_path, self._import, parent, refusal=refusal)
        self.paths = paths
        self._cancel = False
        self._last_progress = 0.0

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, done: int, total: int, path: str) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL or done == total:
            self._last_progress = now
            self.progressed.emit(done, total, path)

    def _import(self, library: Library) -> ImportReport:
        session = ImportSession(progress=self._progress, should_cancel=lambda: self._cancel)
        return import_paths(library, self.paths, session)


class ImportProgress(QProgressDialog):
    def __init__(self, worker: ImportWorker, parent: QWidget | None = None):
        super().__init__(tr("Reading files…"), tr("Cancel"), 0, 0, parent)
        self.setObjectName("import_progress")
        self.setWindowTitle(tr("Importing"))
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.connect(worker.cancel)
        worker.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.setMaximum(total)
        self.setValue(done)
        self.setLabelText(
            tr("{done} of %Ln file(s)", "", total).format(done=i18n.number_text(done))
            + "\n"
            + Path(path).name
        )


def report_text(report: ImportReport, *, summary: bool = True) -> str:
    """The report in words (``summary``: with its first line, which the dialog shows
    above the details, not twice)."""
    lines = [report.summary(), ""] if summary else []
    if report.added:
        lines.append(tr("Added:"))
        lines += [f"  {t}" for t in report.added]
    if report.updated:
        lines.append(tr("Updated:"))
        for title in report.updated:
            lines.append(f"  {title}")
            lines += [f"      {change}" for change in report.changes.get(title, [])]
    if report.rejected:
        lines.append(tr("Rejected:"))
        lines += [f"  {r.path}: {r.reason}" for r in report.rejected]
    if report.warnings:
        lines.append(tr("Warnings:"))
        lines += [f"  {w.path}: {w.message}" for w in report.warnings]
    return "\n".join(lines).rstrip()


class ImportReportDialog(QDialog):
    """The end of an import: what was added, updated, unchanged; each rejection and warning."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(
            tr("Import finished") if not report.cancelled else tr("Import cancelled")
        )
        sizing.fit(self, 640, 420)
        summary = self.summary = plain.label(report.summary(), self)  # file names are data
        summary.setObjectName("import_summary")
        self.report = report
        self.text = QPlainTextEdit(report_text(report, summary=False), self)
        self.text.setObjectName("import_details")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("Import report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(tr("&Copy Report"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(report_text(self.report))  # with its summary


class ImportCommands(QObject):
    """The window's imports: choose files or a folder, run one import at a time on a worker,
    show progress and then the report; optionally open the first file's article."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.worker: ImportWorker | None = None
        self.progress: ImportProgress | None = None
        self.dialog: ImportReportDialog | None = None
        self.show_after: str | None = None

    def choose_files(self) -> None:
        settings = self.window.settings
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            tr("Import Article Files"),
            folders.start(settings),
            tr("Article files (*.txt)") + ";;" + tr("All files (*)"),
        )
        if files:
            folders.remember(settings, files[0])
            self.start(files)

    def choose_folder(self) -> None:
        settings = self.window.settings
        folder = QFileDialog.getExistingDirectory(
            self.window, tr("Import a Folder of Articles"), folders.start(settings)
        )
        if folder:
            folders.remember(settings, str(Path(folder).parent))  # beside it, next time
            self.start([folder])

    def open_files(self, paths: list[str]) -> None:
        if not paths:
            return
        try:
            first = parse(Path(paths[0]).read_bytes()).article
        except OSError:
            first = None
        self.show_after = first.key if first is not None else None
        self.start(paths)

    def start(self, paths: list[str]) -> ImportWorker | None:
        if self.worker is not None and self.worker.isRunning():
            self.window.statusBar().showMessage(tr("An import is already running."), 4000)
            return None
        self.window.page.notes.flush()
        worker = ImportWorker(
            self.window.library.path, paths, self, refusal=self.window.library.refusal()
        )
        self.progress = ImportProgress(worker, self.window)
        worker.succeeded.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        self.worker = worker
        worker.start()
        return worker

    def stop(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()

    def _on_done(self, report: ImportReport) -> None:
        if self.progress is not None:
            self.progress.close()
        self.window.runner.took(report.touched, self)
        opened, self.show_after = self.show_after, None
        if opened:
            self.window.open_key(opened)
        if opened and not (report.rejected or report.warnings or report.cancelled):
            # A file opened with the app (episode-guide FILE, a second launch): its article
            # is shown; the status bar says what the import did, no box to close.
            self.window.statusBar().showMessage(report.summary(), 8000)
            return
        self.dialog = ImportReportDialog(report, self.window)
        self.dialog.open()

    def _on_failed(self, message: str) -> None:
        if self.progress is not None:
            self.progress.close()
        self.window.runner.took(Changes(articles=True), self)  # batches before the failure stay
        plain.warn(self.window, tr("Import failed"), message)
