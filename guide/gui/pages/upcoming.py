"""Upcoming: episodes whose airdate is today or later, soonest first (Go → Upcoming)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from guide.core.changes import Changes
from guide.core.library import Library
from guide.core.views.airing import Airing, upcoming
from guide.gui import i18n, plain
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.roles import Role
from guide.gui.tables import RecordTable


def _day(day: date, today: date) -> str:
    if day == today:
        return tr("Today")
    days = (day - today).days
    written = i18n.date_text(day)
    return tr("{date} (in %n day(s))", "", days).format(date=written) if days < 14 else written


class UpcomingModel(RecordTable[Airing]):
    HEADERS = (QT_TR_NOOP("Airs"), QT_TR_NOOP("Show"), QT_TR_NOOP("Episode"), QT_TR_NOOP("Title"))
    today = date.today()
    hide_titles = False  # the Spoiler Shield's Hide Titles: an episode not aired is unwatched

    def cells(self, airing: Airing) -> tuple[str, ...]:
        code = airing.code
        title = tr("(title hidden)") if self.hide_titles else airing.title
        return (_day(airing.airdate, self.today), airing.show or "", code, title)

    def role_data(self, airing: Airing, role: int) -> Any:
        return airing.key if role == Role.KEY else None


class UpcomingPage(QWidget):
    open_article = Signal(str)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.model = UpcomingModel(parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("upcoming")
        self.view.setAccessibleName(tr("Upcoming episodes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        heading = QLabel("<h2>" + tr("Upcoming") + "</h2>", self)
        self.empty = plain.label(parent=self)
        self.empty.setObjectName("upcoming_empty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(self._on_open)
        self.view.activated.connect(self._on_open)

    def set_hide_titles(self, hidden: bool) -> None:
        if hidden != self.model.hide_titles:
            self.model.hide_titles = hidden
            self.refresh()

    def concerns(self, changes: Changes) -> bool:
        """Whether a change can alter what this page shows (read again only then)."""
        return changes.touches("plays", "passes", "statuses")

    def refresh(self, today: date | None = None) -> None:
        today = today or date.today()
        self.model.today = today
        airings = upcoming(self.library, today)
        self.model.set_entries(airings)
        self.view.resizeColumnsToContents()
        self.empty.setText(
            ""
            if airings
            else tr(
                "Nothing ahead: no episode in your library airs after today. Airdates come "
                "from each article's Airdate field."
            )
        )
        self.empty.setVisible(not airings)

    def _on_open(self, index: QModelIndex) -> None:
        key = index.data(Role.KEY)
        if key:
            self.open_article.emit(key)
