"""History: every play, newest first, filtered by show and period; a play's date changed or
removed (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.core.changes import Changes
from guide.core.library import Library
from guide.core.library.plays import HistoryEntry
from guide.core.times import local
from guide.gui import i18n
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.pages.parts import Index, heading, label_for
from guide.gui.roles import Role
from guide.gui.tables import RecordTable

Reader = Callable[[int, int, tuple[str, bool]], list[HistoryEntry]]  # offset, limit, order
PERIODS = (
    (QT_TR_NOOP("All time"), None),
    (QT_TR_NOOP("Last 7 days"), 7),
    (QT_TR_NOOP("Last 30 days"), 30),
    (QT_TR_NOOP("Last 365 days"), 365),
)


class HistoryModel(RecordTable[HistoryEntry]):
    HEADERS = (
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Show"),
        QT_TR_NOOP("Episode"),
        QT_TR_NOOP("Title"),
        QT_TR_NOOP("From"),
    )

    def cells(self, entry: HistoryEntry) -> tuple[str, ...]:
        title = (
            entry.display_title
            or entry.title
            or tr("{key} (not in the library)").format(key=entry.article_key)
        )
        moment = local(entry.watched_at)
        # The language's way of writing a date ("25 Nov 2026"), with the time of day.
        when = (
            tr("{date}, {time}").format(
                date=i18n.date_text(moment.date()),
                time=i18n.time_text(moment),
            )
            if moment
            else tr("date unknown")
        )
        return (when, entry.show or "", entry.code, title, entry.source or "")

    ORDERS = ("date", "show", "episode", "title", "from")  # the columns, as the core sorts

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header clicked: read again from the first page, in that order (the library sorts,
        since only a page of the plays is here)."""
        self.order = (self.ORDERS[column], order == Qt.SortOrder.DescendingOrder)
        self.load(self.read, self.total)

    def role_data(self, entry: HistoryEntry, role: int) -> Any:
        if role == Role.ARTICLE_ID:
            return entry.uid
        if role == Role.KEY:
            return entry.article_key
        return None

    # Read a page at a time, as the view scrolls to the end (Qt's fetchMore): 25,000 plays
    # read at once took 0.2 s, and sizing the columns to them as much again, on every show.
    PAGE = 500

    def __init__(self, parent: Any = None):
        super().__init__(parent=parent)
        self.read: Reader = lambda offset, limit, order: []
        self.total = 0  # the plays in this view; self.entries: those read so far
        self.order = ("date", True)  # a column of ORDERS, descending

    def load(self, read: Reader, total: int) -> None:
        """Show the first page of ``total`` plays; ``read(offset, limit, order)`` reads more."""
        self.read, self.total = read, total
        self.set_entries(read(0, self.PAGE, self.order))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        more = self.read(len(self.entries), self.PAGE, self.order) if not parent.isValid() else []
        if not more:
            self.total = len(self.entries)  # fewer than counted: a write came in between
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.entries.extend(more)
        self.endInsertRows()


class HistoryPage(QWidget):
    """Every play, newest first, filtered by show and period; dates can be changed and plays
    deleted (both undoable with Ctrl+Z)."""

    open_article = Signal(str)
    change_time = Signal(str, object)  # play uid, datetime
    delete_play = Signal(str)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.model = HistoryModel(parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("history")
        self.view.setAccessibleName(tr("History"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(100)  # the first 100 rows
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # a header click sorts by it (newest first to start)
        # ... and the columns fit the first rows of that order (after the sort: connected
        # after setSortingEnabled's own connection).
        self.view.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.view.resizeColumnsToContents()
        )
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("history_show")
        self.show_filter.setAccessibleName(tr("Show"))
        self.period = QComboBox(self)
        self.period.setObjectName("history_period")
        self.period.setAccessibleName(tr("Period"))
        for label, days in PERIODS:
            self.period.addItem(tr(label), days)
        self.count = QLabel(self)
        edit = self.edit_button = QPushButton(tr("Change &Date…"), self)
        edit.setObjectName("history_change_date")
        delete = self.delete_button = QPushButton(tr("&Delete Play"), self)
        delete.setObjectName("history_delete")
        filters = QHBoxLayout()
        filters.addWidget(label_for(tr("&Show:"), self.show_filter, self))
        filters.addWidget(self.show_filter, 1)
        filters.addWidget(label_for(tr("Peri&od:"), self.period, self))
        filters.addWidget(self.period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("History"), self))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.show_filter.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.view.doubleClicked.connect(lambda index: self.open_article.emit(index.data(Role.KEY)))
        edit.clicked.connect(self.edit_current)
        delete.clicked.connect(self.delete_current)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Change Date and Delete Play act on the play selected: none, and they are off."""
        chosen = self.current_play() is not None
        if not chosen and (self.edit_button.hasFocus() or self.delete_button.hasFocus()):
            # A button turned off passes the focus on, to the window's first field: Ctrl+Z
            # after Delete Play then undid typing there, not the deletion.
            self.view.setFocus()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def load_shows(self) -> None:
        current = self.show_filter.currentData()
        self.show_filter.blockSignals(True)
        self.show_filter.clear()
        self.show_filter.addItem(tr("All shows"), None)
        for show in self.library.shows():
            self.show_filter.addItem(show.name, show.key)
        found = self.show_filter.findData(current)
        self.show_filter.setCurrentIndex(max(found, 0))
        self.show_filter.blockSignals(False)

    def concerns(self, changes: Changes) -> bool:
        """Whether a change can alter what this page shows (read again only then)."""
        return changes.touches("plays", "passes")

    def refresh(self) -> None:
        days = self.period.currentData()
        since = None
        if days:
            since = (datetime.now(UTC) - timedelta(days=days)).replace(microsecond=0).isoformat()
        show = self.show_filter.currentData()
        plays = self.library.plays
        total = plays.history_count(show, since=since)
        self.model.load(
            lambda offset, limit, order: plays.history(
                show, since=since, limit=limit, offset=offset, order=order[0], descending=order[1]
            ),
            total,
        )
        self.view.resizeColumnsToContents()  # to the first rows (precision: see __init__)
        self.count.setText(tr("%Ln play(s)", "", total) if total else tr("No plays in this view."))

    def current_play(self) -> str | None:
        """The play selected (a current row that is not selected is no choice)."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        uid = index.data(Role.ARTICLE_ID)
        return str(uid) if uid is not None else None

    def edit_current(self) -> None:
        play_id = self.current_play()
        if play_id is None:
            return
        entry = next(e for e in self.model.entries if e.uid == play_id)
        dialog = PlayDateDialog(local(entry.watched_at) or datetime.now().astimezone(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_time.emit(play_id, dialog.moment())

    def delete_current(self) -> None:
        play_id = self.current_play()
        if play_id is not None:
            self.delete_play.emit(play_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete_current()
            return
        super().keyPressEvent(event)


class PlayDateDialog(QDialog):
    def __init__(
        self, moment: datetime, parent: Any = None, title: str = "Change the date of this play"
    ):
        super().__init__(parent)
        self.setObjectName("play_date_dialog")
        self.setWindowTitle(title)
        shown = QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
        self.editor = QDateTimeEdit(shown, self)
        self.editor.setObjectName("play_date")
        self.editor.setCalendarPopup(True)
        # Written as the window writes dates and times ("6 Dec 2026, 20:15"), from the same
        # translated patterns.
        self.editor.setDisplayFormat(
            tr("d MMM yyyy", i18n.DATE_PATTERN) + ", " + tr("HH:mm", i18n.DATE_PATTERN)
        )
        self.editor.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label_for(tr("&Watched on:"), self.editor, self))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def moment(self) -> datetime:
        chosen = self.editor.dateTime().toPython()
        assert isinstance(chosen, datetime)
        return chosen.astimezone()
