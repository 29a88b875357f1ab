"""Continue Watching, the start page: the shows in progress with their next episode, paused,
planned and not started ones, and a welcome for a new library."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from guide.core.changes import Changes
from guide.core.importing.samples import sample_keys
from guide.core.library import Library
from guide.core.library.plays import episode_code
from guide.core.library.records import ArticleRow
from guide.core.text import QT_TR_NOOP
from guide.core.views import upnext
from guide.gui import i18n, plain
from guide.gui.i18n import tr
from guide.gui.pages.cards import NextEpisodeCard, left_text
from guide.gui.pages.parts import heading
from guide.gui.reader.render import shown_title
from guide.gui.roles import Role
from guide.gui.tables import Index, RecordTable

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
                    "(Help → The Article Format). Bring a show's from Wikipedia with File → "
                    "Get Articles from a Wiki…, your own files with File → Import Folder… or "
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


# A row of the table: a group's heading, or a show where it stands.
Row = str | upnext.ShowProgress


class UpNextModel(RecordTable[Row]):
    """The shows by group, each group under its heading. A show not started is given its
    first episode when its row is first shown (one indexed read: ShowProgress.pending), so
    that thousands of shows cost what the screen shows."""

    HEADERS = (QT_TR_NOOP("Show"), QT_TR_NOOP("Next episode"), QT_TR_NOOP("Progress"))

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent=parent)
        self.library = library
        self.hide_titles = False
        self._firsts: dict[str, ArticleRow | None] = {}

    def set_groups(self, groups: list[tuple[str, list[upnext.ShowProgress]]]) -> None:
        self._firsts = {}
        rows: list[Row] = []
        for title, shows in groups:
            if shows:
                rows.append(title.format(count=len(shows)))
                rows += shows
        self.set_entries(rows)

    def next_of(self, record: Row) -> ArticleRow | None:
        if isinstance(record, str):
            return None
        if not record.pending:
            return record.next
        key = record.show_key
        if key not in self._firsts:
            self._firsts[key] = self.library.first_episodes([key]).get(key)
        return self._firsts[key]

    def cells(self, record: Row) -> tuple[str, ...]:
        return tuple(self.cell(record, column) for column in range(len(self.HEADERS)))

    def cell(self, record: Row, column: int) -> str:
        """One cell: the next episode is read only for its own column (sizing the show
        column reads every row's name, and must not read every show's first episode)."""
        if isinstance(record, str):
            return record if column == 0 else ""
        if column == 0:
            if record.pass_number > 1:  # pass 2 is the first rewatch
                return tr("{show} (rewatch {number})").format(
                    show=record.name, number=record.pass_number - 1
                )
            return record.name
        if column == 2:
            return f"{record.watched}/{record.total}"
        upcoming = self.next_of(record)
        if upcoming is None:
            return "—"
        code = episode_code(upcoming.season, upcoming.episode, upcoming.episode_label)
        return f"{code} {shown_title(upcoming, self.hide_titles)}".strip()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.entries[index.row()], index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader says column and value
            value = self.cell(self.entries[index.row()], index.column()) or tr("empty")
            column = tr(self.HEADERS[index.column()])
            return tr("{column}: {value}").format(column=column, value=value)
        return super().data(index, role)

    def tooltip(self, record: Row, column: int) -> str | None:
        if column != 1 or isinstance(record, str) or self.next_of(record) is None:
            return None
        rule = tr(upnext.RULE)
        if not record.last_activity:
            return rule
        return (
            tr("Last watched on {date}.").format(date=i18n.stamp_date(record.last_activity))
            + " "
            + rule
        )

    def role_data(self, record: Row, role: int) -> Any:
        if isinstance(record, str):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Role.KEY:
            return record.show_key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self.entries[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled  # a heading: never selected
        return super().flags(index)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Groups keep their order (the view never sorts this table)."""


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
        self.model = UpNextModel(library, self)
        self.view = _EnterTree(self)
        self.view.setObjectName("up_next")
        self.view.setAccessibleName(tr("Continue watching"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # a row's height is not asked of every row
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
        layout.addWidget(heading(tr("Continue Watching"), body))
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

    def concerns(self, changes: Changes) -> bool:
        """Whether a change can alter what this page shows (read again only then)."""
        return changes.touches("plays", "passes", "statuses", "ratings")

    def refresh(self) -> None:
        result = upnext.up_next(self.library, lazy=True)  # firsts read as rows are shown
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
        self.model.hide_titles = self.hide_titles
        self.model.set_groups(
            [
                (tr("In progress ({count})"), result.in_progress),
                (tr("Paused ({count})"), result.paused),
                (tr("Plan to Watch ({count})"), result.planned),
                (tr("Finished ({count})"), result.finished),
                (tr("Not started ({count})"), result.not_started),
                (tr("Dropped ({count})"), result.dropped),
            ]
        )
        self._size_show_column()
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

    def _size_show_column(self) -> None:
        """The show column as wide as its widest name: measured from the names alone (the
        view's resizeColumnToContents asked every row for every role: 60 ms at 2,000 shows)."""
        plain_metrics = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        widest = max(
            (
                (bold_metrics if isinstance(row, str) else plain_metrics).horizontalAdvance(
                    self.model.cell(row, 0)
                )
                for row in self.model.entries
            ),
            default=0,
        )
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        self.view.setColumnWidth(0, widest + margin)

    def _next_article(self, index: QModelIndex) -> ArticleRow | None:
        if not index.isValid():
            return None
        return self.model.next_of(self.model.entries[index.row()])

    def _update_buttons(self) -> None:
        """Open and Mark apply to the selected show's next episode, when it has one."""
        has_next = self._next_article(self.view.currentIndex()) is not None
        self.open_button.setEnabled(has_next)
        self.mark_button.setEnabled(has_next)

    def _on_activated(self, index: QModelIndex) -> None:
        following = self._next_article(index)
        if following is not None:
            self.open_article.emit(following.id)
        elif index.siblingAtColumn(0).data(Role.KEY):
            self.open_show.emit(index.siblingAtColumn(0).data(Role.KEY))

    def _on_mark(self) -> None:
        following = self._next_article(self.view.currentIndex())
        if following is not None:
            self.mark_watched.emit(following.key)


class _EnterTree(QTreeView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
