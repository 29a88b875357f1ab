"""The navigator's tree as nodes (a group of shows, a show, a season, an article) and the
roles its items answer to."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from guide.core.library.records import ArticleRow
from guide.gui.roles import Role

if TYPE_CHECKING:
    pass


class NodeKind(IntEnum):
    SHOW = 1
    OUTSIDE = 2
    SEASON = 3
    ARTICLE = 4
    SAVED_GROUP = 5
    SAVED_SEARCH = 6


@dataclass(eq=False)
class Node:
    kind: NodeKind
    parent: Node | None
    show_key: str | None = None
    name: str = ""
    season: int | None = None
    article: ArticleRow | None = None
    watched: int = 0
    total: int = 0
    pass_number: int = 1
    rating: int | None = None  # a show's own rating
    query: str = ""
    children: list[Node] = field(default_factory=list)
    loaded: bool = False

    @property
    def path(self) -> str:
        if self.kind == NodeKind.SHOW:
            return f"show:{self.show_key}"
        if self.kind == NodeKind.OUTSIDE:
            return "outside"
        if self.kind == NodeKind.SAVED_GROUP:
            return "saved"
        if self.kind == NodeKind.SAVED_SEARCH:
            return f"saved:{self.name}"
        if self.kind == NodeKind.SEASON:
            return f"season:{self.show_key}:{self.season}"
        assert self.article is not None
        return f"article:{self.article.key}"

    def role_data(self, role: int) -> Any:
        """What the node answers for the app's own item roles (gui/roles.py)."""
        node = self
        article = node.article
        if role == Role.KIND:
            return int(node.kind)
        if role == Role.ARTICLE_ID:
            return article.id if article else None
        if role == Role.ARTICLE_KEY:
            return article.key if article else None
        if role == Role.PROGRESS:
            if node.kind in (NodeKind.SHOW, NodeKind.SEASON):
                return (node.watched, node.total)
            return None
        if role == Role.PATH:
            return node.path
        if role == Role.SHOW_KEY:
            return node.show_key
        if role == Role.SEASON:
            return node.season
        if role == Role.QUERY:
            return node.query or None
        return None

    def row_of(self, child: Node) -> int:
        return self.children.index(child)


RATING_COLUMN = 2
NOTE_MARK = "✎"  # an article with a note, in the navigator
