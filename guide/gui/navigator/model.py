"""The navigator: shows → seasons → episodes, read lazily from the library.

The model holds small nodes and loads a show's articles only when the show is expanded (Qt's
canFetchMore/fetchMore), so a library of 100,000 episodes opens as fast as one of ten.
Filtering is answered by the library (SQL), not by a proxy that would have to load every row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from guide.core.article import Kind
from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.core.library.records import ArticleRow, Show
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.navigator import labels
from guide.gui.navigator.nodes import RATING_COLUMN, Node, NodeKind
from guide.gui.reader.render import plain_tip

if TYPE_CHECKING:
    from guide.core.changes import Changes

Index = QModelIndex | QPersistentModelIndex


COLUMNS = (
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Watched"),
    QT_TR_NOOP("Rating"),
)  # Rating: hidden unless View → Rating Column


# More keys than this in one change (Mark All Watched on a long show): the touched shows are
# read again whole, which costs less than finding each row.
_FEW_KEYS = 200

# Combined once: Qt asks a tree for each row's flags several times as it lays out an
# expanded show, and combining Python enum flags on every call took 0.2 s for 10,000 rows.
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _SELECTABLE | Qt.ItemFlag.ItemIsUserCheckable


class NavigatorModel(QAbstractItemModel):
    """Shows, seasons and articles of a library, filtered by text and watched state."""

    # Emitted when the user ticks an episode's check box: (article key, watched wanted).
    watched_toggled = Signal(str, bool)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.root = Node(NodeKind.OUTSIDE, None, loaded=True)
        self.text = ""
        self.unwatched_only = False
        self.hide_titles = False  # unwatched episodes by their number alone (Spoiler Shield)
        self._shows = library.shows()
        self._reload_root()

    # -- loading ---------------------------------------------------------------------------

    def set_filter(self, text: str, unwatched_only: bool) -> None:
        """Narrow the tree; the shows and their counts are not read again for this."""
        self.text, self.unwatched_only = text.strip(), unwatched_only
        self.beginResetModel()
        self._reload_root()
        self.endResetModel()

    @property
    def filtering(self) -> bool:
        return bool(self.text) or self.unwatched_only

    def set_library(self, library: Library) -> None:
        self.library = library
        self.reload()

    def reload(self) -> None:
        """Read everything again (after an import)."""
        self.beginResetModel()
        self._shows = self.library.shows()
        self._reload_root()
        self.endResetModel()

    def _reload_root(self) -> None:
        root = Node(NodeKind.OUTSIDE, None, loaded=True)
        groups = self.library.groups_matching(self.text, self.unwatched_only)
        ratings = self.library.ratings.of_shows()
        for show in self._shows:
            if show.key in groups:
                root.children.append(
                    Node(
                        NodeKind.SHOW,
                        root,
                        show.key,
                        show.name,
                        watched=show.watched,
                        total=show.episodes,
                        pass_number=show.pass_number,
                        rating=ratings.get(show.key),
                    )
                )
        if None in groups:
            root.children.append(Node(NodeKind.OUTSIDE, root, None, tr("Outside any show")))
        saved = self.library.searches.all()
        if saved and not self.filtering:
            group = Node(NodeKind.SAVED_GROUP, root, None, tr("Saved Searches"), loaded=True)
            group.children = [
                Node(NodeKind.SAVED_SEARCH, group, None, name, query=text, loaded=True)
                for name, text in saved
            ]
            root.children.append(group)
        self.root = root

    def canFetchMore(self, parent: Index) -> bool:
        node = self.node(parent)
        return node.kind in (NodeKind.SHOW, NodeKind.OUTSIDE) and not node.loaded

    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if node.loaded:
            return
        rows = self.library.rows(node.show_key, text=self.text, unwatched_only=self.unwatched_only)
        children = _children(node, rows, self.library)
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.children = children
            node.loaded = True
            self.endInsertRows()
        else:
            node.loaded = True

    # -- structure -------------------------------------------------------------------------

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        return index.internalPointer()  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root or parent.parent is None:
            return QModelIndex()
        return self.createIndex(parent.parent.row_of(parent), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        if node.kind in (NodeKind.SHOW, NodeKind.OUTSIDE) and not node.loaded:
            return True
        return bool(node.children)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == 0 and _is_watchable(self.node(index)):
            return _CHECKABLE
        return _SELECTABLE

    def set_hide_titles(self, on: bool) -> None:
        """Unwatched episodes by their number alone, or with their titles again."""
        if on != self.hide_titles:
            self.layoutAboutToBeChanged.emit()
            self.hide_titles = on
            self.layoutChanged.emit()

    # -- data ------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RATING_COLUMN:
                return labels.rating_text(node)
            return (
                labels.label(node, self.hide_titles) if column == 0 else labels.progress_text(node)
            )
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and _is_watchable(node):
            assert node.article is not None
            watched = node.article.watched
            return Qt.CheckState.Checked if watched else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(labels.tooltip(node, self.hide_titles))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return labels.spoken(node, column, self.hide_titles)
        return node.role_data(role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if role != Qt.ItemDataRole.CheckStateRole or not _is_watchable(node):
            return False
        assert node.article is not None
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        if wanted != node.article.watched:
            self.watched_toggled.emit(node.article.key, wanted)
        return True

    # -- finding and refreshing ------------------------------------------------------------

    def find_path(self, path: str) -> QModelIndex:
        """The index of the node with this path, loading its show if needed."""
        if path.startswith("article:"):
            return self.index_of_article(path.removeprefix("article:"))
        for row, show in enumerate(self.root.children):
            show_index = self.index(row, 0)
            if show.path == path:
                return show_index
            if path.startswith(f"season:{show.show_key}:"):
                if self.canFetchMore(show_index):
                    self.fetchMore(show_index)
                for child_row, child in enumerate(show.children):
                    if child.path == path:
                        return self.index(child_row, 0, show_index)
        return QModelIndex()

    def index_of_article(self, key: str) -> QModelIndex:
        try:
            show_key = self.library.show_key_of(key)
        except LibraryError:  # not in the library (any more)
            return QModelIndex()
        for row, group in enumerate(self.root.children):
            if group.kind not in (NodeKind.SHOW, NodeKind.OUTSIDE) or group.show_key != show_key:
                continue
            group_index = self.index(row, 0)
            if self.canFetchMore(group_index):
                self.fetchMore(group_index)
            return self._find_in(group, group_index, key)
        return QModelIndex()

    def _find_in(self, node: Node, index: QModelIndex, key: str) -> QModelIndex:
        for row, child in enumerate(node.children):
            child_index = self.index(row, 0, index)
            if child.article is not None and child.article.key == key:
                return child_index
            if child.kind == NodeKind.SEASON:
                found = self._find_in(child, child_index, key)
                if found.isValid():
                    return found
        return QModelIndex()

    @property
    def shows(self) -> list[Show]:
        """The shows with their figures, as the navigator last read them."""
        return self._shows

    def refresh_tracking(self, changes: Changes | None = None) -> None:
        """Watched marks, notes or ratings changed: update counts and rows in place. With the
        ``changes``, a show's rows are read again only where a change touched them (a mark in
        a show of 10,000 episodes read them all: 0.15 s), whole only when its rewatch changed."""
        self._shows = self.library.shows()
        shows = {s.key: s for s in self._shows}
        ratings = (  # a show's rating read again only when a rating changed
            self.library.ratings.of_shows()
            if changes is None or changes.ratings or changes.everything
            else None
        )
        touched = (
            None
            if changes is None
            else changes.plays | changes.notes | changes.ratings | changes.show_notes
        )
        if touched is not None and len(touched) > _FEW_KEYS:
            touched = None  # many: reading the shows again costs less than finding them
        for row, group in enumerate(self.root.children):
            show = shows.get(group.show_key or "")
            if show is not None and group.kind == NodeKind.SHOW:
                group.watched, group.total = show.watched, show.episodes
                group.pass_number = show.pass_number
                if ratings is not None:
                    group.rating = ratings.get(show.key)
            group_index = self.index(row, 0)
            self.dataChanged.emit(group_index, self.index(row, len(COLUMNS) - 1))
            if not group.loaded or group.kind not in (NodeKind.SHOW, NodeKind.OUTSIDE):
                continue
            if touched is None or changes is None or group.show_key in changes.passes:
                _refresh_group(self.library, group)  # a rewatch changes every episode's mark
                self._emit_children_changed(group, group_index)
            else:
                self._refresh_rows(group, group_index, touched)

    def _refresh_rows(self, group: Node, group_index: QModelIndex, keys: frozenset[str]) -> None:
        """Read again only the group's rows whose article a change touched, and say so."""
        places = _touched_places(group, keys)
        if not places:
            return
        found = {node.article.key for _, _, node in places if node.article is not None}
        fresh = {r.key: r for r in self.library.rows(group.show_key, keys=found)}
        _refresh_seasons(self.library, group)
        for row, season_row, node in places:
            _update_article(node, fresh)
            if season_row < 0:
                at = self.index(row, 0, group_index)
            else:
                season_index = self.index(row, 0, group_index)
                self.dataChanged.emit(season_index, self.index(row, len(COLUMNS) - 1, group_index))
                at = self.index(season_row, 0, season_index)
            self.dataChanged.emit(at, at.siblingAtColumn(len(COLUMNS) - 1))

    def _emit_children_changed(self, node: Node, index: QModelIndex) -> None:
        if not node.children:
            return
        last = len(node.children) - 1
        self.dataChanged.emit(self.index(0, 0, index), self.index(last, len(COLUMNS) - 1, index))
        for row, child in enumerate(node.children):
            if child.children:
                self._emit_children_changed(child, self.index(row, 0, index))


def _refresh_group(library: Library, group: Node) -> None:
    """Every row of a show read again (its rewatch changed every episode's mark)."""
    fresh = {r.key: r for r in library.rows(group.show_key)}
    _refresh_seasons(library, group)
    for child in group.children:
        if child.kind == NodeKind.SEASON:
            for episode in child.children:
                _update_article(episode, fresh)
        else:
            _update_article(child, fresh)


def _refresh_seasons(library: Library, group: Node) -> None:
    seasons = {s.season: s for s in library.seasons(group.show_key or "")}
    for child in group.children:
        season = seasons.get(child.season) if child.kind == NodeKind.SEASON else None
        if season is not None:
            child.watched, child.total = season.watched, season.episodes


def _touched_places(group: Node, keys: frozenset[str]) -> list[tuple[int, int, Node]]:
    """(row, row in its season or -1, node) of the group's articles among ``keys``."""
    return [
        (row, season_row, node)
        for row, child in enumerate(group.children)
        for season_row, node in (
            enumerate(child.children) if child.kind == NodeKind.SEASON else [(-1, child)]
        )
        if node.article is not None and node.article.key in keys
    ]


def _update_article(node: Node, fresh: dict[str, ArticleRow]) -> None:
    if node.article is not None and node.article.key in fresh:
        node.article = fresh[node.article.key]


def _children(parent: Node, rows: list[ArticleRow], library: Library) -> list[Node]:
    """A group's children: list and overview articles, season nodes, then the rest."""
    children: list[Node] = []
    seasons: dict[int, Node] = {}
    season_counts = (
        {s.season: s for s in library.seasons(parent.show_key)} if parent.show_key else {}
    )
    for row in rows:
        placed = row.place_season  # its own season, or the one its links place it in
        if row.kind == Kind.EPISODE and placed is not None:
            season = seasons.get(placed)
            if season is None:
                counts = season_counts.get(placed)
                season = Node(
                    NodeKind.SEASON,
                    parent,
                    parent.show_key,
                    season=placed,
                    watched=counts.watched if counts else 0,
                    total=counts.episodes if counts else 0,
                    loaded=True,
                )
                seasons[placed] = season
                children.append(season)
            season.children.append(
                Node(NodeKind.ARTICLE, season, row.show_key, article=row, loaded=True)
            )
        else:
            children.append(Node(NodeKind.ARTICLE, parent, row.show_key, article=row, loaded=True))
    return children


def _is_watchable(node: Node) -> bool:
    """An episode or a film (anything watched itself): it has a check box."""
    return node.article is not None and node.article.kind.watchable
