"""A show's page, the centre of the app for a show: its overview's lead, the next episode as
a card (Open, Mark Watched), its seasons with their progress (Mark Season Watched), every
episode with its air date, its rewatch passes, your rating and the show's note.

The seasons and the episodes are tables over models: a show of 10,000 episodes costs what
the visible rows cost. The same card stands on Continue Watching for the shows in progress.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.core.article import Kind
from guide.core.changes import Changes
from guide.core.library import Library
from guide.core.library.plays import episode_code
from guide.core.library.records import ArticleRow, SeasonGroup
from guide.core.library.statuses import Status
from guide.core.views.upnext import left, next_episode
from guide.gui import i18n, plain
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.pages.cards import NextEpisodeCard, left_text
from guide.gui.reader.notes import NotesEditor
from guide.gui.reader.panels import RatingBox
from guide.gui.reader.render import shown_title
from guide.gui.roles import Role
from guide.gui.tables import RecordTable

LEAD_CHARACTERS = 700  # the overview's lead on the page; the article has the rest


class SeasonsModel(RecordTable[SeasonGroup]):
    HEADERS = (QT_TR_NOOP("Season"), QT_TR_NOOP("Watched"))

    def cells(self, group: SeasonGroup) -> tuple[str, ...]:
        name = (
            tr("Season {number}").format(number=group.season)
            if group.season is not None
            else tr("Without a season")
        )
        return (
            name,
            tr("{watched} of {total}").format(watched=group.watched, total=group.episodes),
        )

    def role_data(self, group: SeasonGroup, role: int) -> Any:
        if role == Role.SEASON:
            return group.season
        if role == Role.PROGRESS:
            return (group.watched, group.episodes)
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws a cell's (watched, total) as a progress bar with its text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        progress = index.data(Role.PROGRESS)
        if not progress:
            super().paint(painter, option, index)
            return
        watched, total = progress
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(2, 2, -2, -2))
        bar.minimum, bar.maximum = 0, max(total, 1)
        bar.progress = watched
        bar.text = str(index.data())
        bar.textVisible = True
        # Qt 6 reads a bar's direction from its state: without State_Horizontal it fills
        # from the bottom up, over its text.
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class EpisodesModel(RecordTable[ArticleRow]):
    HEADERS = (
        QT_TR_NOOP("Episode"),
        QT_TR_NOOP("Title"),
        QT_TR_NOOP("Airs"),
        QT_TR_NOOP("Watched"),
    )

    def __init__(self, parent: Any = None):
        super().__init__(parent=parent)
        self.airdates: dict[str, str] = {}
        self.hide_titles = False

    def cells(self, row: ArticleRow) -> tuple[str, ...]:
        code = episode_code(row.season, row.episode, row.episode_label)
        if row.kind == Kind.EPISODE and row.episode is None:  # as the navigator says it
            code = tr("{season} special").format(season=code) if code else tr("Special")
        if row.kind != Kind.EPISODE:
            code = {Kind.OVERVIEW: tr("Overview"), Kind.LIST: tr("Episode list")}.get(row.kind, "")
        watched = ""
        if row.watched:
            watched = "✓" if row.plays <= 1 else tr("✓ {count}×").format(count=row.plays)
        airdate = i18n.airdate_text(self.airdates.get(row.key))
        return (code, shown_title(row, self.hide_titles), airdate, watched)

    def tooltip(self, row: ArticleRow, column: int) -> str | None:
        return self.airdates.get(row.key) if column == 2 else None  # the article's own words

    def role_data(self, row: ArticleRow, role: int) -> Any:
        if role == Role.ARTICLE_ID:
            return row.id
        if role == Role.KEY:
            return row.key
        return None


class ShowPage(QWidget):
    """A show: progress, passes, the next episode, seasons, episodes, rating and note."""

    start_rewatch = Signal(str)
    open_article = Signal(int)
    rate = Signal(str, int)  # show key, rating (0: removed)
    mark_watched = Signal(str)  # an episode's key
    mark_season = Signal(str, object)  # show key, season (None: the episodes without one)
    set_status = Signal(str, str)  # show key, a Status's value ("": none)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.show_key: str | None = None
        self.hide_titles = False
        self.title = QLabel(self)
        self.title.setObjectName("show_title")
        self.details = plain.label(parent=self)
        self.details.setObjectName("show_details")
        self.details.setWordWrap(True)
        self.lead = QLabel(self)
        self.lead.setObjectName("show_lead")
        self.lead.setTextFormat(Qt.TextFormat.PlainText)  # the article's words: data
        self.lead.setWordWrap(True)
        self.rewatch = QPushButton(tr("Start a &Rewatch"), self)
        self.rewatch.setObjectName("start_rewatch")
        self.rewatch.setToolTip(
            tr("Begin a new pass: progress starts again; every earlier play stays in the history")
        )
        self.overview = QPushButton(tr("Open the &Overview"), self)
        self.rating_box = RatingBox(self)
        self.rating_box.setAccessibleName(tr("Your rating of the show"))
        self.rating_box.setToolTip(tr("Your rating of this show, from 1 to 10"))
        rating_label = QLabel(tr("Ra&ting:"), self)
        rating_label.setBuddy(self.rating_box)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("show_status")
        self.status_box.setAccessibleName(tr("Status of the show"))
        self.status_box.addItem(tr("No status"), "")
        for status in Status:
            self.status_box.addItem(tr(status.label), status.value)
        status_label = QLabel(tr("Stat&us:"), self)
        status_label.setBuddy(self.status_box)

        self.card = NextEpisodeCard(self)
        self.seasons = SeasonsModel(parent=self)
        self.seasons_view = _table(self, self.seasons, "show_seasons", tr("Seasons"))
        self.seasons_view.setItemDelegateForColumn(1, ProgressDelegate(self.seasons_view))
        self.mark_season_button = QPushButton(tr("Mark Season &Watched"), self)
        self.mark_season_button.setObjectName("mark_season")
        self.episodes = EpisodesModel(self)
        self.episodes_view = _table(self, self.episodes, "show_episodes", tr("Episodes"))
        self.notes = NotesEditor(self)
        self.notes.editor.setPlaceholderText(tr("Your notes on this show (saved as you type)"))

        buttons = QHBoxLayout()  # two rows: the page is never wider than a small window
        buttons.addWidget(self.rewatch)
        buttons.addWidget(self.overview)
        buttons.addStretch(1)
        marks = QHBoxLayout()
        marks.addWidget(status_label)
        marks.addWidget(self.status_box)
        marks.addSpacing(12)
        marks.addWidget(rating_label)
        marks.addWidget(self.rating_box)
        marks.addStretch(1)
        seasons = QVBoxLayout()
        seasons.addWidget(self.seasons_view, 1)
        seasons.addWidget(self.mark_season_button, 0, Qt.AlignmentFlag.AlignLeading)
        middle = QHBoxLayout()
        middle.addWidget(self.card, 1, Qt.AlignmentFlag.AlignTop)
        middle.addLayout(seasons, 1)
        # Every part at its natural height; on a small screen (or at a large scale) the page
        # scrolls instead of crushing the card and the tables.
        line = self.fontMetrics().height()
        self.seasons_view.setMinimumHeight(line * 6)
        self.episodes_view.setMinimumHeight(line * 14)
        self.notes.setMinimumHeight(line * 8)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for widget in (self.title, self.details, self.lead):
            body_layout.addWidget(widget)
        body_layout.addLayout(marks)
        body_layout.addLayout(buttons)
        body_layout.addLayout(middle)
        body_layout.addWidget(self.episodes_view, 3)
        body_layout.addWidget(self.notes, 1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("show_page_scroll")
        self.scroller.setAccessibleName(tr("Show"))
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)

        self.rewatch.clicked.connect(lambda: self.start_rewatch.emit(self.show_key or ""))
        self.overview.clicked.connect(self._on_overview)
        self.rating_box.rating_chosen.connect(lambda value: self.rate.emit(self.show_key, value))
        self.status_box.activated.connect(
            lambda i: self.set_status.emit(self.show_key or "", self.status_box.itemData(i))
        )
        self.card.open_article.connect(self.open_article)
        self.card.mark_watched.connect(self.mark_watched)
        self.mark_season_button.clicked.connect(self._on_mark_season)
        self.seasons_view.selectionModel().currentChanged.connect(lambda *_: self._buttons())
        self.episodes_view.activated.connect(self._on_episode)
        self.episodes_view.doubleClicked.connect(self._on_episode)

    def show_show(self, show_key: str) -> None:
        shows = {s.key: s for s in self.library.shows()}
        show = shows.get(show_key)
        if show is None:
            return
        same = show_key == self.show_key
        self.show_key = show_key
        self.title.setText(f"<h1>{html.escape(show.name)}</h1>")
        rest = left_text(left(self.library, show_key))
        progress = self._progress(show.watched, show.episodes, show.pass_number)
        self.details.setText(f"{progress} {rest}." if rest else progress)
        self.rewatch.setEnabled(self.library.begun(show_key))
        status = self.library.statuses.get(show_key)
        self.status_box.setCurrentIndex(self.status_box.findData(status.value if status else ""))
        self.rating_box.set_rating(self.library.ratings.get(show_key, on_show=True))
        overview = self.library.overview_key(show_key)
        self.overview.setVisible(overview is not None)
        self.lead.setText(self._lead(overview))
        self.lead.setVisible(bool(self.lead.text()))

        rows = self.library.rows(show_key)
        self.episodes.airdates = self.library.airdates([r.key for r in rows])
        self.episodes.hide_titles = self.hide_titles
        current = self.episodes_view.currentIndex().row() if same else -1
        self.episodes.set_entries(rows)
        if current >= 0:
            self.episodes_view.setCurrentIndex(self.episodes.index(current, 0))

        episodes = [r for r in rows if r.kind == Kind.EPISODE]
        following = next_episode(episodes)
        empty = tr("Every episode is watched.") if episodes else tr("No episodes yet.")
        self.card.set_next(
            following,
            airdate=self.episodes.airdates.get(following.key) if following else None,
            empty=empty,
            hide_titles=self.hide_titles,
        )
        season = self.seasons_view.currentIndex().row() if same else 0
        self.seasons.set_entries(self.library.seasons(show_key))
        self.seasons_view.setCurrentIndex(self.seasons.index(max(season, 0), 0))
        self._buttons()

        # A show's note lives on its overview (or list) article, else on the show itself.
        note_key = f"article:{overview}" if overview else f"show:{show_key}"
        text = (
            self.library.notes.display(overview)
            if overview
            else self.library.notes.display(show_key, on_show=True)
        )
        if note_key == self.notes.key:  # the same show again: keep what is being typed
            self.notes.reload(text or "")
        else:
            self.notes.set_article(note_key, text or "")

    def concerns(self, changes: Changes) -> bool:
        """Whether a change can alter what this page shows (read again only then)."""
        return changes.touches("plays", "passes", "notes", "show_notes", "ratings", "statuses")

    def refresh(self) -> None:
        """The pages' one protocol: read the library again (after any change)."""
        if self.show_key:
            self.show_show(self.show_key)

    def _progress(self, watched: int, total: int, pass_number: int) -> str:
        progress = tr("{watched} of %n episode(s) watched.", "", total).format(watched=watched)
        if pass_number <= 1:
            return progress
        current = self.library.passes.current(self.show_key or "")
        progress = tr("Rewatch {number}: {progress}").format(
            number=pass_number - 1,
            progress=progress,  # pass 2 is the first rewatch
        )
        if current is not None:
            started = i18n.stamp_date(current.started_at)
            progress += " " + tr("Started {date}.").format(date=started)
        return progress

    def _lead(self, overview: str | None) -> str:
        if overview is None:
            return ""
        lead = " ".join(" ".join(self.library.find(overview).article.lead).split())
        if len(lead) > LEAD_CHARACTERS:
            lead = lead[:LEAD_CHARACTERS].rsplit(" ", 1)[0] + " …"
        return lead

    def _buttons(self) -> None:
        index = self.seasons_view.currentIndex()
        progress = index.data(Role.PROGRESS) if index.isValid() else None
        self.mark_season_button.setEnabled(progress is not None and progress[0] < progress[1])

    def _on_mark_season(self) -> None:
        index = self.seasons_view.currentIndex()
        if index.isValid() and self.show_key:
            self.mark_season.emit(self.show_key, index.data(Role.SEASON))

    def _on_episode(self, index: QModelIndex) -> None:
        article_id = index.data(Role.ARTICLE_ID)
        if article_id is not None:
            self.open_article.emit(article_id)

    def _on_overview(self) -> None:
        overview = self.library.overview_key(self.show_key or "")
        if overview:
            self.open_article.emit(self.library.find(overview).id)


def _table(parent: QWidget, model: Any, name: str, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # The title takes the room left (the only column worth it); the others fit their header
    # and a typical value, never measured over every row (a show may have 10,000).
    if model.columnCount() == 2:  # the seasons: a few rows, their names measured
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if model.columnCount() > 2:
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = view.fontMetrics()
        for column, sample in ((0, "S00E000a"), (2, "00 Mmm 0000"), (3, "✓ 00×")):
            label = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column,
                max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(label)) + 24,
            )
    return view
