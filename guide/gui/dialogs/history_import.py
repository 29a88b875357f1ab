"""File → Import Watch History…: read the files and match them on a worker thread, show a
preview (matched, ambiguous with candidates to choose from, unmatched, skipped), then import
on a worker as one operation that Ctrl+Z takes back whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guide.core.errors import LibraryError
from guide.core.importing.history.entries import Entry, HistoryError
from guide.core.importing.history.matching import Match
from guide.core.importing.history.netflix import ProfilesError
from guide.core.importing.history.plan import ImportHistory, Outcome, Review, review
from guide.core.importing.history.reading import read_files
from guide.core.library import Library
from guide.core.ops import Applied
from guide.gui import folders, i18n, plain, sizing
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.jobs import CoreJob
from guide.gui.tables import RecordTable

Index = QModelIndex | QPersistentModelIndex
LEAVE_OUT = QT_TR_NOOP("Leave out")
FILE_FILTER = QT_TR_NOOP("Tracker exports (*.zip *.json *.csv *.nfo *.xml)")


class AmbiguousModel(RecordTable[tuple[Entry, Match]]):
    """Items that could be several articles: the item, and what to import it as (editable:
    one of its candidates, or left out)."""

    HEADERS = (QT_TR_NOOP("Item"), QT_TR_NOOP("From"), QT_TR_NOOP("Import as"))

    def __init__(self, found: Review, parent: Any = None):
        super().__init__(found.ambiguous, parent)
        self.found = found
        self.choices: dict[int, str] = {}  # row -> candidate key

    def cells(self, record: tuple[Entry, Match]) -> tuple[str, ...]:
        entry, _ = record
        return (entry.label, entry.where, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else flags

    def candidates(self, row: int) -> list[tuple[str, str | None]]:
        """(label, key) of what a row can be imported as; a None key leaves it out."""
        _, match = self.entries[row]
        return [(tr(LEAVE_OUT), None), *((c.label, c.key) for c in match.candidates)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
        if index.isValid() and index.column() == 2:  # "Import as": the person's choice
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Choose the article this item means (F2 or double-click)")
            if not shown:
                return None
            chosen = self.choices.get(index.row())
            return next(label for label, key in self.candidates(index.row()) if key == chosen)
        return super().data(index, Qt.ItemDataRole.DisplayRole if shown else role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        keys = dict(self.candidates(index.row()))
        if value not in keys:
            return False
        key = keys[value]
        if key is None:
            self.choices.pop(index.row(), None)
        else:
            self.choices[index.row()] = key
        self.dataChanged.emit(index, index)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A list of the row's candidates as the editor of the "Import as" column."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(tr("Import as"))
        model = index.model()
        assert isinstance(model, AmbiguousModel)
        for label, _key in model.candidates(index.row()):
            editor.addItem(label)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def summary_text(found: Review) -> str:
    return tr(
        "{files} read ({formats}): {items}. {matched} matched to your articles, "
        "{ambiguous} ambiguous (choose below), {unmatched} not in your library yet (kept, "
        "and recorded when their articles are imported)."
    ).format(
        files=tr("%Ln file(s)", "", len(found.sources)),
        formats=found.formats,
        items=tr("%Ln item(s)", "", found.entries),
        matched=i18n.number_text(len(found.matched)),
        ambiguous=i18n.number_text(len(found.ambiguous)),
        unmatched=i18n.number_text(len(found.unmatched)),
    )


class HistoryPreview(QDialog):
    """What an import would do, before anything is written; Import runs it."""

    def __init__(self, found: Review, parent: QWidget | None = None):
        super().__init__(parent)
        self.found = found
        self.setObjectName("history_preview")
        self.setWindowTitle(tr("Import Watch History"))
        sizing.fit(self, 760, 480)
        summary = QLabel(summary_text(found), self)
        summary.setObjectName("history_summary")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = AmbiguousModel(found, self)
        self.ambiguous = QTableView(self)
        self.ambiguous.setObjectName("history_ambiguous")
        self.ambiguous.setAccessibleName(tr("Ambiguous items"))
        self.ambiguous.setModel(self.model)
        self.ambiguous.setItemDelegateForColumn(2, ChoiceDelegate(self.ambiguous))
        self.ambiguous.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ambiguous.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.ambiguous.verticalHeader().hide()
        self.ambiguous.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.matched = _listing(
            [f"{c.entry.label}  →  {found.label_of(c)}" for c in found.matched],
            "history_matched",
            tr("Matched items"),
            self,
        )
        self.unmatched = _listing(
            [e.label for e in found.unmatched], "history_unmatched", tr("Not in your library"), self
        )
        self.skipped = _listing(found.skipped, "history_skipped", tr("Skipped"), self)
        tabs = QTabWidget(self)
        tabs.setObjectName("history_tabs")
        count = i18n.number_text
        tabs.addTab(self.matched, tr("&Matched ({count})").format(count=count(len(found.matched))))
        tabs.addTab(
            self.ambiguous, tr("&Ambiguous ({count})").format(count=count(len(found.ambiguous)))
        )
        tabs.addTab(
            self.unmatched,
            tr("&Not in Library ({count})").format(count=count(len(found.unmatched))),
        )
        tabs.addTab(self.skipped, tr("&Skipped ({count})").format(count=count(len(found.skipped))))
        # Open where the person has something to do, else on what will be imported.
        tabs.setCurrentWidget(self.ambiguous if found.ambiguous else self.matched)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("history_import")
        self.import_button.setEnabled(bool(found.matched or found.ambiguous or found.unmatched))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def operation(self) -> ImportHistory:
        return self.found.operation(dict(self.model.choices))


def _listing(lines: list[str], name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit("\n".join(lines) or tr("(none)"), parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setReadOnly(True)
    view.setTabChangesFocus(True)
    return view


class HistoryImports(QObject):
    """The window's history imports: one at a time, reading and importing on workers."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.job: CoreJob | None = None
        self.progress: QProgressDialog | None = None
        self.preview: HistoryPreview | None = None
        self.last_outcome: Outcome | None = None

    def choose_files(self) -> None:
        settings = self.window.settings
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            tr("Import Watch History"),
            folders.start(settings),
            tr(FILE_FILTER) + ";;" + tr("All files (*)"),
        )
        if files:
            folders.remember(settings, files[0])
            self.read(files)

    def busy(self) -> bool:
        return self.job is not None and self.job.isRunning()

    def read(self, paths: list[str], profile: str | None = None) -> CoreJob | None:
        if self.busy():
            self.window.statusBar().showMessage(tr("A history import is already running."), 4000)
            return None

        def work(library: Library) -> Review | ProfilesError:
            try:
                reading = read_files(paths, profile=profile)
            except ProfilesError as several:  # asked on the GUI thread, then read again
                several.paths = paths  # type: ignore[attr-defined]
                return several
            except HistoryError as error:
                raise LibraryError(
                    tr("{problem}; nothing was imported").format(problem=error)
                ) from None
            found = review(library, reading.sources)
            found.left_out = reading.skipped  # said in the preview's Skipped tab
            return found

        job = CoreJob(self.window.library.path, work, self)  # reads only
        return self._start(job, tr("Reading your history…"), self._on_read)

    def _start(self, job: CoreJob, label: str, done: Any) -> CoreJob:
        job.succeeded.connect(done)
        job.failed.connect(self._on_failed)
        self.progress = QProgressDialog(label, "", 0, 0, self.window)
        self.progress.setObjectName("history_progress")
        self.progress.setWindowTitle(tr("Import Watch History"))
        self.progress.setCancelButton(None)  # reading is quick
        self.progress.setMinimumDuration(300)
        self.job = job
        job.start()
        return job

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _on_read(self, found: Review | ProfilesError) -> None:
        self._close_progress()
        if isinstance(found, ProfilesError):
            self._choose_profile(found)
            return
        self.preview = HistoryPreview(found, self.window)
        self.preview.accepted.connect(self._on_accepted)
        self.preview.open()

    def _choose_profile(self, several: ProfilesError) -> None:
        """A Netflix viewing activity of several profiles: whose viewing to import."""
        chosen, ok = QInputDialog.getItem(
            self.window,
            tr("Import Watch History"),
            tr("This Netflix file holds the viewing of several profiles. Import whose?"),
            several.profiles,
            0,
            False,
        )
        if ok and chosen:
            self.read(several.paths, profile=chosen)  # type: ignore[attr-defined]

    def _on_accepted(self) -> None:
        assert self.preview is not None
        operation = self.preview.operation()
        self.window.page.notes.flush()
        job = self.window.runner.run_background(operation, self)  # the one door, on a worker
        self._start(job, tr("Importing your history…"), self._on_imported)

    def _on_imported(self, applied: Applied) -> None:
        """The runner has put it on the undo stack and told every view (run_background)."""
        self._close_progress()
        outcome = Outcome.of(applied)
        self.last_outcome = outcome
        said = tr("Imported: {summary}").format(summary=outcome.summary())
        if applied.inverse is not None:
            said = tr("{what} (Ctrl+Z to undo)").format(what=said)
        self.window.statusBar().showMessage(said, 10000)

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        plain.warn(self.window, tr("Watch history not imported"), message)

    def wait(self) -> None:
        if self.job is not None:
            self.job.wait()
