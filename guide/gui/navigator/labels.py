"""What the navigator says of a node: its label (its title, or its number while the Spoiler
Shield hides it), its progress, its rating, its tooltip, and what a screen reader speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guide.core.article import Kind
from guide.gui.i18n import tr
from guide.gui.navigator.nodes import NOTE_MARK, RATING_COLUMN, Node, NodeKind
from guide.gui.reader.render import shown_title, title_hidden

if TYPE_CHECKING:
    pass


def label(node: Node, hide_titles: bool = False) -> str:
    if node.kind in (NodeKind.SHOW, NodeKind.OUTSIDE, NodeKind.SAVED_GROUP, NodeKind.SAVED_SEARCH):
        return node.name
    if node.kind == NodeKind.SEASON:
        return tr("Season {number}").format(number=node.season)
    article = node.article
    assert article is not None
    title = shown_title(article, hide_titles)
    own_numbering = article.season is not None or article.place_season is None
    if article.kind == Kind.EPISODE and article.episode is not None and own_numbering:
        return f"{article.episode_label or article.episode}. {title}"
    parent = node.parent
    if article.kind == Kind.EPISODE and parent is not None and parent.kind == NodeKind.SEASON:
        return tr("Special: {title}").format(title=title)  # in a season, without a number
    return title


def progress_text(node: Node) -> str:
    if node.kind == NodeKind.SHOW and node.pass_number > 1:
        # The figures first: a narrow column cuts the end ("0/2 · rewat…"), not them (a new
        # user's walk: "Rewatch 1: …"); pass 2 is the first rewatch.
        return tr("{watched}/{total} · rewatch {number}").format(
            number=node.pass_number - 1, watched=node.watched, total=node.total
        )
    if node.kind in (NodeKind.SHOW, NodeKind.SEASON):
        return f"{node.watched}/{node.total}"
    article = node.article
    if article is None:
        return ""
    return NOTE_MARK if article.has_note else ""


def rating_text(node: Node) -> str:
    rating = node.article.rating if node.article is not None else node.rating
    return f"★ {rating}" if rating else ""


def spoken(node: Node, column: int, hide_titles: bool = False) -> str:
    """What a screen reader says of a cell: the title with its watched state and progress
    in the first column; the other columns say what they show, or that they are empty."""
    if column == RATING_COLUMN:
        return rating_text(node) or tr("not rated")
    if column != 0:
        return progress_text(node) or ""
    said, tip = label(node, hide_titles), tooltip(node, hide_titles)
    return said if tip == said else f"{said}, {tip}"


def tooltip(node: Node, hide_titles: bool = False) -> str:
    if node.kind == NodeKind.SAVED_SEARCH:
        return tr("Saved search: {query}").format(query=node.query)
    if node.kind in (NodeKind.SHOW, NodeKind.SEASON):
        progress = tr("{watched} of %n episode(s) watched", "", node.total).format(
            watched=node.watched
        )
        if node.pass_number > 1:
            return tr("Rewatch {number}: {progress}").format(
                number=node.pass_number - 1, progress=progress
            )
        return progress
    article = node.article
    if article is None:
        return node.name
    parts = [tr("(title hidden)") if title_hidden(article, hide_titles) else article.title]
    if article.kind == Kind.EPISODE:
        plays = article.plays
        parts.append(tr("not watched") if not plays else tr("watched {count}×").format(count=plays))
    else:
        kinds = {"list": tr("episode list"), "overview": tr("show overview")}
        parts.append(kinds.get(article.kind, ""))
    if article.has_note:
        parts.append(tr("has a note"))
    if article.rating:
        parts.append(tr("rated {rating}/10").format(rating=article.rating))
    return " — ".join(p for p in parts if p)
