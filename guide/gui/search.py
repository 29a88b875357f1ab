"""Library search results: a list model over the store's full-text hits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from guide.core.query import HELP, QueryError
from guide.core.store import Library, SearchHit
from guide.gui.render import plain_tip

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchModel(QAbstractListModel):
    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.query = ""
        self.hits: list[SearchHit] = []

    def search(self, query: str) -> str | None:
        """Run a query; returns the reason when it is malformed (and shows no results)."""
        self.beginResetModel()
        self.query = query.strip()
        error = None
        try:
            self.hits = (
                self.library.search(self.query, limit=100, as_you_type=True) if self.query else []
            )
        except QueryError as problem:
            self.hits, error = [], str(problem)
        self.endResetModel()
        return error

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = f"  —  {hit.show}" if hit.show else ""
            matched = f"matched: {', '.join(hit.matched)}" if hit.matched else ""
            detail = "   ".join(part for part in (hit.snippet, matched) if part)
            return f"{hit.display_title}{where}\n{detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(hit.title)
        if role == ARTICLE_ID_ROLE:
            return hit.id
        return None


class SearchPanel(QWidget):
    """The results page: a heading and the list. Enter or a click opens an article."""

    article_chosen = Signal(int)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.model = SearchModel(library, self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        self.heading.setObjectName("search_heading")
        self.heading.setWordWrap(True)
        self.heading.setToolTip(HELP)
        self.view = _ResultsView(self)
        self.view.setObjectName("search_results")
        self.view.setAccessibleName("Search results")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)

    def search(self, query: str) -> None:
        error = self.model.search(query)
        count = len(self.model.hits)
        if error:
            self.heading.setText(f"This search cannot be read: {error}.\n{HELP}")
        elif not query.strip():
            self.heading.setText("Type to search every article and note.")
        elif count == 0:
            self.heading.setText(f"No matches for “{query.strip()}”.")
        else:
            more = "+" if count >= 100 else ""
            noun = "match" if count == 1 else "matches"
            self.heading.setText(f"{count}{more} {noun} for “{query.strip()}”, best first:")
        if count:
            self.view.setCurrentIndex(self.model.index(0))

    def open_current(self) -> bool:
        index = self.view.currentIndex()
        if index.isValid():
            self._on_activated(index)
            return True
        return False

    def _on_activated(self, index: QModelIndex) -> None:
        article_id = index.data(ARTICLE_ID_ROLE)
        if article_id is not None:
            self.article_chosen.emit(article_id)


class _ResultsView(QListView):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
