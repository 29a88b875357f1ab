"""The window's data-safety commands: export and merge personal data, back up and restore,
and the Check Library window. Each runs its core call on a worker thread with its own library
connection (a busy dialog meanwhile), then tells the window to reload."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.core.errors import LibraryError
from guide.core.library import Library, backup, copies
from guide.core.sync import portable
from guide.core.views.check import INFORMATION, Finding, check
from guide.gui import folders, plain, sizing
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.jobs import CoreJob
from guide.gui.roles import Role
from guide.gui.settings import APPLICATION, Settings
from guide.gui.tables import RecordTable

if TYPE_CHECKING:
    from guide.core.ops import Applied
    from guide.gui.operations import OperationRunner

Index = QModelIndex | QPersistentModelIndex


class Window(Protocol):
    library: Library
    settings: Settings
    runner: OperationRunner

    def reload_library_views(self) -> None: ...
    def open_article(self, article_id: int, *, remember: bool = True) -> None: ...


class SafetyCommands(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window: Window = window
        self.parent_widget: QWidget = window
        self.job: CoreJob | None = None
        self.busy: QProgressDialog | None = None
        self.check_window: CheckWindow | None = None
        self.last_message = ""

    # -- running jobs ------------------------------------------------------------------------

    def run(
        self, label: str, work: Callable[[Library], Any] | CoreJob, done: Callable[[Any], None]
    ) -> CoreJob | None:
        """Work on a worker, with a busy dialog: a backup, a check or a restore, or a job the
        runner made of an operation (a merge: refused while the library takes no change,
        and every view told what it changed)."""
        if self.job is not None and self.job.isRunning():
            return None
        job = work if isinstance(work, CoreJob) else CoreJob(self.window.library.path, work, self)
        self.busy = QProgressDialog(label, "", 0, 0, self.parent_widget)
        self.busy.setCancelButton(None)  # each of these is one transaction: all or nothing
        self.busy.setMinimumDuration(400)
        self.busy.setWindowTitle(APPLICATION)
        job.succeeded.connect(lambda result: self._finish(done, result))
        job.failed.connect(self._failed)
        self.job = job
        job.start()
        return job

    def _finish(self, done: Callable[[Any], None], result: Any) -> None:
        if self.busy is not None:
            self.busy.close()
        done(result)

    def _failed(self, message: str) -> None:
        if self.busy is not None:
            self.busy.close()
        self.last_message = message
        plain.warn(self.parent_widget, APPLICATION, message)

    def _tell(self, title: str, message: str) -> None:
        self.last_message = message
        plain.inform(self.parent_widget, title, message)

    # -- commands ------------------------------------------------------------------------------

    def export_personal_data(self) -> None:
        settings = self.window.settings
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            tr("Export Personal Data"),
            folders.start(settings, "episode-guide.json"),
            tr("Personal data (*.json)"),
        )
        if not path:
            return
        folders.remember(settings, path)
        csv_path = Path(path).with_suffix(".csv")
        self.run(
            tr("Exporting…"),
            # The file dialog asked before replacing; the open library is refused all the same.
            lambda lib: portable.write_export(lib, Path(path), csv_path, force=True),
            lambda data: self._tell(
                tr("Export finished"),
                tr(
                    "Exported {plays} and {notes} to {path}; the watch history is also in {csv}."
                ).format(
                    plays=tr("%Ln play(s)", "", len(data["plays"])),
                    notes=tr("%Ln note(s)", "", len(data["notes"])),
                    path=path,
                    csv=csv_path,
                ),
            ),
        )

    def merge_personal_data(self) -> None:
        settings = self.window.settings
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            tr("Merge Personal Data"),
            folders.start(settings),
            tr("Personal data (*.json)"),
        )
        if not path:
            return
        folders.remember(settings, path)

        def done(applied: Applied) -> None:
            assert isinstance(applied.detail, portable.MergeReport)
            # An undo of a rating or a status set before the merge would write its old value
            # over the newer one the merge may have brought: what came before is not undone.
            self.window.runner.undo_stack.clear()
            self._tell(tr("Merge finished"), applied.detail.summary() + ".")

        merge = portable.MergeFile(Path(path), tr("Merge personal data"))
        self.run(tr("Merging…"), self.window.runner.run_background(merge, self), done)

    def back_up_now(self) -> None:
        self.run(
            tr("Backing up…"),
            backup.backup_now,
            lambda made: self._tell(
                tr("Backup made"), tr("The library was copied to {path}.").format(path=made)
            ),
        )

    def restore_from_backup(self) -> None:
        folder = copies.backups_dir(self.window.library.path)
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, "Restore From Backup", str(folder), "Episode Guide library (*.db)"
        )
        if not path:
            return
        try:
            held = backup.summary(Path(path))
        except LibraryError as error:
            self._failed(str(error))
            return
        answer = plain.ask(
            self.parent_widget,
            tr("Restore this backup?"),
            tr(
                "Replace the whole library with {held}?\n\n{path}\n\nWhat the library holds "
                "now is kept as a copy in the backups folder."
            ).format(held=held, path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,  # a slip of the Enter key restores nothing
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(kept: Path) -> None:
            self.window.library.reopen()
            self.window.reload_library_views()
            self._tell(
                tr("Restored"),
                tr("The backup was restored. The library as it was is kept in {path}.").format(
                    path=kept
                ),
            )

        self.run(tr("Restoring…"), lambda lib: backup.restore(lib, Path(path)), done)

    def check_library(self) -> None:
        def done(findings: list[Finding]) -> None:
            self.check_window = CheckWindow(findings, self.window, self.parent_widget)
            self.check_window.show()

        self.run(tr("Checking the library…"), check, done)


class FindingsModel(RecordTable[Finding]):
    HEADERS = (QT_TR_NOOP("Finding"), QT_TR_NOOP("Article"), QT_TR_NOOP("Details"))

    def cells(self, finding: Finding) -> tuple[str, ...]:
        return (
            finding.kind.replace("-", " "),
            finding.title or tr("(the library)"),
            finding.message,
        )

    def role_data(self, finding: Finding, role: int) -> Any:
        return finding.title if role == Role.KEY else None


def _summary(findings: list[Finding]) -> str:
    problems = [f for f in findings if f.kind not in INFORMATION]
    notes = len(findings) - len(problems)
    said = tr("%Ln problem(s)", "", len(problems)) if problems else tr("No problems")
    if notes:
        said = tr("{problems}, and %Ln note(s) for your information", "", notes).format(
            problems=said
        )
    return tr("{found}. Double-click one to open its article.").format(found=said)


class CheckWindow(QDialog):
    """The findings of a library check; each opens its article."""

    def __init__(self, findings: list[Finding], window: Window, parent: QWidget | None = None):
        super().__init__(parent)
        self.main_window = window
        self.setObjectName("check_window")
        self.setWindowTitle(tr("Check Library"))
        sizing.fit(self, 760, 420)
        self.model = FindingsModel(findings, parent=self)
        summary = plain.label(
            tr("No problems found.") if not findings else _summary(findings), self
        )
        summary.setObjectName("check_summary")
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.resizeColumnsToContents()
        self.view.doubleClicked.connect(self.open_finding)
        self.view.activated.connect(self.open_finding)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def open_finding(self, index: QModelIndex) -> None:
        title = index.data(Role.KEY)
        if title:
            self.main_window.open_article(self.main_window.library.find(title).id)
