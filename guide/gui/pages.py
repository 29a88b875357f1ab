"""The centre's other pages: Continue Watching (the start page), History, Statistics, All
Notes, and a show's own page. Each reads the core and asks the window to act through signals."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from guide.core import upnext
from guide.core.notes import NoteEntry
from guide.core.plays import HistoryEntry, episode_code
from guide.core.samples import sample_keys
from guide.core.store import Library
from guide.core.times import local
from guide.gui import i18n, plain
from guide.gui.cards import NextEpisodeCard, left_text
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.render import plain_tip, shown_title
from guide.gui.tables import RecordTable

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _label_for(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A label whose access key (Alt+the underlined letter) moves the focus to ``field``."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<h2>{html.escape(text)}</h2>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


# -- Continue watching ------------------------------------------------------------------------


CARDS = 3  # the shows in progress shown as cards above the table (all are in it)


class Welcome(QFrame):
    """For a new library: how to bring one's own articles, and the samples removed in one
    step (shown while the library is empty or holds the samples as shipped)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(self)  # our own words: rich text for the bold heading alone
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        text.setText(
            "<b>"
            + html.escape(tr("Bring your own shows"))
            + "</b><br>"
            + html.escape(
                tr(
                    "An article is a plain-text file about an episode, a show or a film "
                    "(Help → The Article Format). Bring them in with File → Import Folder… or "
                    "by dropping them on this window; what you watched elsewhere, with "
                    "File → Import Watch History…"
                )
            )
        )
        self.remove_button = QPushButton(tr("&Remove the Samples…"), self)
        self.remove_button.setObjectName("remove_samples")
        self.remove_button.setToolTip(
            tr("The two sample shows and the film leave the library (Ctrl+Z brings them back)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)


class UpNextPage(QWidget):
    """Each show in progress with its next episode, by latest activity; finished and
    not-started shows apart. Enter or a double click opens; the button marks it watched."""

    open_article = Signal(int)
    mark_watched = Signal(str)
    open_show = Signal(str)
    remove_samples = Signal()

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.hide_titles = False  # next episodes by their number alone (Spoiler Shield)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([tr("Show"), tr("Next episode"), tr("Progress")])
        self.view = _EnterTree(self)
        self.view.setObjectName("up_next")
        self.view.setAccessibleName(tr("Continue watching"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setRootIsDecorated(False)
        self.view.setToolTip(tr(upnext.RULE))
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = plain.label(parent=self)
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(tr("&Open Next Episode"), self)
        self.mark_button = QPushButton(tr("&Mark It Watched"), self)
        self.mark_button.setObjectName("up_next_mark")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        # The shows watched most lately, as the show page's card: Open, Mark Watched.
        self.cards = [NextEpisodeCard(self, with_show=True) for _ in range(CARDS)]
        self.filled = 0  # how many cards have a show; as many as fit the width are shown
        cards = QHBoxLayout()
        for card in self.cards:
            card.hide()
            card.setObjectName("up_next_card")
            card.open_article.connect(self.open_article)
            card.mark_watched.connect(self.mark_watched)
            cards.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
        # The page scrolls when the window is short (a small screen, QT_SCALE_FACTOR=2), rather
        # than making the window taller than the screen.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(_heading(tr("Continue Watching"), body))
        layout.addWidget(self.summary)
        self.welcome = Welcome(body)
        self.welcome.remove_button.clicked.connect(self.remove_samples)
        layout.addWidget(self.welcome)
        layout.addLayout(cards)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.setMinimumHeight(self.fontMetrics().height() * 6)
        scroller = QScrollArea(self)
        scroller.setObjectName("start_page_scroll")
        scroller.setAccessibleName(tr("Continue Watching"))
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        self.view.activated.connect(self._on_activated)
        self.view.doubleClicked.connect(self._on_activated)
        self.open_button.clicked.connect(lambda: self._on_activated(self.view.currentIndex()))
        self.mark_button.clicked.connect(self._on_mark)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    def _show_cards(self) -> None:
        """As many filled cards as the width holds side by side (at least one)."""
        width = max((c.minimumSizeHint().width() for c in self.cards), default=1) + 12
        fit = max(1, self.width() // max(width, 1))
        for number, card in enumerate(self.cards):
            card.setVisible(number < min(self.filled, fit))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_cards()

    def refresh(self) -> None:
        result = upnext.up_next(self.library)
        latest = result.in_progress[: len(self.cards)]
        airdates = self.library.airdates([p.next.key for p in latest if p.next is not None])
        self.filled = len(latest)
        for card, progress in zip(self.cards, latest, strict=False):
            if progress.next is not None:
                card.set_next(
                    progress.next,
                    airdate=airdates.get(progress.next.key),
                    hide_titles=self.hide_titles,
                    remaining=left_text(upnext.left(self.library, progress.show_key)),
                )
        self._show_cards()
        self.model.removeRows(0, self.model.rowCount())
        groups = (
            (tr("In progress ({count})"), result.in_progress),
            (tr("Paused ({count})"), result.paused),
            (tr("Plan to Watch ({count})"), result.planned),
            (tr("Finished ({count})"), result.finished),
            (tr("Not started ({count})"), result.not_started),
            (tr("Dropped ({count})"), result.dropped),
        )
        for heading, shows in groups:
            if not shows:
                continue
            header = QStandardItem(heading.format(count=len(shows)))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setSelectable(False)
            self.model.appendRow([header, QStandardItem(""), QStandardItem("")])
            for progress in shows:
                self.model.appendRow(self._row(progress))
        self.view.expandAll()
        self.view.resizeColumnToContents(0)
        counts = self.library.counts()
        library_line = tr(
            "{articles} in {shows}; {watched} of %Ln episode(s) watched.", "", counts.episodes
        ).format(
            articles=tr("%Ln article(s)", "", counts.articles),
            shows=tr("%Ln show(s)", "", counts.shows),
            watched=i18n.number_text(counts.watched),
        )
        samples = sample_keys(self.library)
        self.welcome.setVisible(bool(samples) or not counts.articles)
        self.welcome.remove_button.setVisible(bool(samples))
        if not counts.articles:
            self.summary.setText(tr("Your library is empty."))
        elif result.in_progress:
            self.view.setCurrentIndex(self.model.index(1, 0))
            count = len(result.in_progress)
            self.summary.setText(library_line + " " + tr("%Ln show(s) in progress.", "", count))
        else:
            self.summary.setText(
                library_line
                + " "
                + tr("Nothing in progress: choose an episode in the navigator and mark it watched.")
            )
        self._update_buttons()

    def _row(self, progress: upnext.ShowProgress) -> list[QStandardItem]:
        name = progress.name
        if progress.pass_number > 1:
            # pass 2 is the first rewatch
            name = tr("{show} (rewatch {number})").format(
                show=name, number=progress.pass_number - 1
            )
        show = QStandardItem(name)
        show.setData(progress.show_key, KEY_ROLE)
        upcoming = progress.next
        if upcoming is not None:
            code = episode_code(upcoming.season, upcoming.episode, upcoming.episode_label)
            title = shown_title(upcoming, self.hide_titles)
            text = f"{code} {title}".strip()
            rule = tr(upnext.RULE)
            following = QStandardItem(text)
            following.setToolTip(
                tr("Last watched on {date}.").format(date=i18n.stamp_date(progress.last_activity))
                + " "
                + rule
                if progress.last_activity
                else rule
            )
            following.setData(upcoming.id, ID_ROLE)
            following.setData(upcoming.key, KEY_ROLE)
        else:
            following = QStandardItem("—")
        share = QStandardItem(f"{progress.watched}/{progress.total}")
        return [show, following, share]

    def _update_buttons(self) -> None:
        """Open and Mark apply to the selected show's next episode, when it has one."""
        has_next = self._next_of(self.view.currentIndex()).data(ID_ROLE) is not None
        self.open_button.setEnabled(has_next)
        self.mark_button.setEnabled(has_next)

    def _next_of(self, index: QModelIndex) -> QModelIndex:
        return index.siblingAtColumn(1)

    def _on_activated(self, index: QModelIndex) -> None:
        following = self._next_of(index)
        article_id = following.data(ID_ROLE)
        if article_id is not None:
            self.open_article.emit(article_id)
        elif index.siblingAtColumn(0).data(KEY_ROLE):
            self.open_show.emit(index.siblingAtColumn(0).data(KEY_ROLE))

    def _on_mark(self) -> None:
        key = self._next_of(self.view.currentIndex()).data(KEY_ROLE)
        if key and self._next_of(self.view.currentIndex()).data(ID_ROLE) is not None:
            self.mark_watched.emit(key)


class _EnterTree(QTreeView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


# -- History --------------------------------------------------------------------------------------


Reader = Callable[[int, int, tuple[str, bool]], list[HistoryEntry]]  # offset, limit, order


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
        if role == ID_ROLE:
            return entry.uid
        if role == KEY_ROLE:
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


PERIODS = (
    (QT_TR_NOOP("All time"), None),
    (QT_TR_NOOP("Last 7 days"), 7),
    (QT_TR_NOOP("Last 30 days"), 30),
    (QT_TR_NOOP("Last 365 days"), 365),
)


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
        filters.addWidget(_label_for(tr("&Show:"), self.show_filter, self))
        filters.addWidget(self.show_filter, 1)
        filters.addWidget(_label_for(tr("Peri&od:"), self.period, self))
        filters.addWidget(self.period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(edit)
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(tr("History"), self))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.show_filter.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.view.doubleClicked.connect(lambda index: self.open_article.emit(index.data(KEY_ROLE)))
        edit.clicked.connect(self.edit_current)
        delete.clicked.connect(self.delete_current)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Change Date and Delete Play act on the play selected: none, and they are off."""
        chosen = self.current_play() is not None
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
        return index.data(ID_ROLE)

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
        layout.addWidget(_label_for(tr("&Watched on:"), self.editor, self))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def moment(self) -> datetime:
        chosen = self.editor.dateTime().toPython()
        assert isinstance(chosen, datetime)
        return chosen.astimezone()


# -- All notes ----------------------------------------------------------------------------------


class NotesModel(RecordTable[NoteEntry]):
    HEADERS = (
        QT_TR_NOOP("Article"),
        QT_TR_NOOP("Show"),
        QT_TR_NOOP("Changed"),
        QT_TR_NOOP("Note"),
    )

    def cells(self, entry: NoteEntry) -> tuple[str, ...]:
        title = tr("{title} (show)").format(title=entry.title) if entry.on_show else entry.title
        text = " ".join(entry.text.split())
        excerpt = text if len(text) <= 120 else text[:119] + "…"
        return (title, entry.show or "", i18n.stamp_date(entry.updated_at), excerpt)

    def role_data(self, entry: NoteEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(entry.text)
        if role == KEY_ROLE:
            return entry.key
        if role == ID_ROLE:
            return entry.on_show
        return None


class NotesPage(QWidget):
    open_article = Signal(str)
    open_show = Signal(str)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.model = NotesModel(parent=self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("notes_filter")
        self.filter.setAccessibleName(tr("Search notes"))
        self.filter.setPlaceholderText(tr("Search your notes"))
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setObjectName("all_notes")
        self.view.setAccessibleName(tr("All notes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Columns sized to the first 100 notes, not 1,000: with 2,500 notes each keystroke in
        # the filter took 0.15 s, nearly all of it measuring rows.
        self.view.horizontalHeader().setResizeContentsPrecision(100)
        self.view.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(tr("All Notes"), self))
        self.empty = plain.label(parent=self)  # it quotes what the user typed
        self.empty.setObjectName("notes_empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        layout.addWidget(self.filter)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.filter.textChanged.connect(lambda _: self.refresh())
        self.view.doubleClicked.connect(self._on_open)
        self.view.activated.connect(self._on_open)

    def refresh(self) -> None:
        entries = self.library.notes.all(self.filter.text())
        self.model.set_entries(entries)
        self.view.resizeColumnsToContents()
        wanted = self.filter.text().strip()
        if entries:
            self.empty.setText("")
        elif wanted:
            self.empty.setText(tr("No notes hold “{text}”.").format(text=wanted))
        else:
            self.empty.setText(
                tr("No notes yet. Write one under any article, or on a show's page.")
            )
        self.empty.setVisible(not entries)

    def _on_open(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if index.data(ID_ROLE):
            self.open_show.emit(key)
        else:
            self.open_article.emit(key)


# -- a show's own page ----------------------------------------------------------------------------


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
