"""The next episode of a show as a card (what it is, Open, Mark Watched): on a show's page,
and on Continue Watching for the shows watched most lately (built at start, so apart from the
show page, which is loaded when first shown)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from guide.core.article.airdates import parse_airdate
from guide.core.library.plays import episode_code
from guide.core.library.records import ArticleRow
from guide.core.views.stats import hours as stats_hours
from guide.core.views.upnext import Left
from guide.gui import i18n
from guide.gui.i18n import tr
from guide.gui.reader.render import shown_title


class NextEpisodeCard(QFrame):
    """The next episode of a show: what it is, Open, Mark Watched."""

    open_article = Signal(int)
    mark_watched = Signal(str)

    def __init__(self, parent: Any = None, *, with_show: bool = False):
        super().__init__(parent)
        self.setObjectName("next_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.with_show = with_show
        self.row: ArticleRow | None = None
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # titles are data
        self.heading.setWordWrap(True)
        self.heading.setObjectName("next_card_heading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.open_button = QPushButton(tr("&Open"), self)
        self.mark_button = QPushButton(tr("Mark &Watched"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.mark_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.mark_button.clicked.connect(self._mark)

    def set_next(
        self,
        row: ArticleRow | None,
        *,
        airdate: str | None = None,
        empty: str = "",
        hide_titles: bool = False,
        remaining: str = "",
    ) -> None:
        """``remaining``: what is left of the show (left_text), said under the airdate."""
        self.row = row
        if row is None:
            self.heading.setText(empty)
            self.detail.setText("")
        else:
            code = episode_code(row.season, row.episode, row.episode_label)
            title = shown_title(row, hide_titles)
            self.heading.setText(
                tr("Next: {episode}").format(episode=f"{code} {title}".strip())
                if not self.with_show
                else tr("{show} — next: {episode}").format(
                    show=row.show or "", episode=f"{code} {title}".strip()
                )
            )
            self.detail.setText("\n".join(p for p in (_airs(airdate), remaining) if p))
        self.detail.setToolTip(airdate or "")
        self.detail.setVisible(bool(self.detail.text()))
        self.open_button.setEnabled(row is not None)
        day = parse_airdate(airdate)
        aired = day is None or day <= date.today()
        self.mark_button.setEnabled(row is not None and aired)
        self.mark_button.setToolTip(
            "" if aired else tr("It can be marked watched once it has aired.")
        )
        self.setAccessibleName(self.heading.text())

    def _open(self) -> None:
        if self.row is not None:
            self.open_article.emit(self.row.id)

    def _mark(self) -> None:
        if self.row is not None:
            self.mark_watched.emit(self.row.key)


def left_text(rest: Left) -> str:
    """What is left of a show: "4 episodes left, 2.9 hours" (at least, where some episodes
    have no Running time); "" when none is left."""
    if not rest.episodes:
        return ""
    episodes = tr("%n episode(s) left", "", rest.episodes)
    if not rest.minutes:
        return episodes
    hours = i18n.decimal_text(stats_hours(rest.minutes))
    if rest.unknown:
        return tr("{episodes}, at least {hours} hours").format(episodes=episodes, hours=hours)
    return tr("{episodes}, {hours} hours").format(episodes=episodes, hours=hours)


def _airs(airdate: str | None) -> str:
    """When the episode airs, or aired, in the one form the window writes dates (the article's
    own words are the tooltip)."""
    if not airdate:
        return ""
    day = parse_airdate(airdate)
    shown = i18n.airdate_text(airdate)
    if day is not None and day <= date.today():
        return tr("Aired {date}").format(date=shown)
    return tr("Airs {date}").format(date=shown)
