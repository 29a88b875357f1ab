"""What the library answers with: shows, rows, seasons, whole articles, search hits, counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from guide.core.article import (
    Article,
    Kind,
)

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Show:
    key: str
    name: str
    episodes: int
    watched: int  # in the current pass
    pass_number: int = 1  # 2 and more: a rewatch

    @property
    def begun(self) -> bool:
        """Whether its current pass (the first watch, or the rewatch in progress) has a
        play: a rewatch starts only then, never of a show not watched yet."""
        return self.watched > 0


@dataclass(frozen=True)
class ArticleRow:
    """One line of the navigator."""

    id: int
    key: str
    title: str
    display_title: str
    kind: Kind
    show_key: str | None
    show: str | None
    season: int | None
    episode: int | None
    plays: int  # in every pass
    has_note: bool
    watched: bool  # in the show's current pass
    rating: int | None = None  # 1–10; an overview's or a list's is its show's
    episode_label: str | None = None  # the number as written: "13a"
    place_season: int | None = None  # the season it is placed in (its own, or its links')


@dataclass(frozen=True)
class SeasonGroup:
    season: int | None
    episodes: int
    watched: int


@dataclass(frozen=True)
class ArticleRecord:
    """An article as the library holds it, with its personal data."""

    id: int
    article: Article
    kind: Kind
    show_key: str | None
    show: str | None
    plays: tuple[str | None, ...]  # every play's time, in every pass, oldest first
    note: str | None
    source_path: str | None
    watched: bool = False  # in the show's current pass
    pass_number: int = 1
    note_conflicts: tuple[str, ...] = ()  # the other heads' texts, when edited in two places
    rating: int | None = None  # 1–10; an overview's or a list's is its show's
    # Read with its first fields only (record(fields=N)): how many it has in all.
    infobox_total: int | None = None
    # The ids of its plays in its show's current pass, oldest first: what Unwatch removes,
    # and no play the person has not seen.
    current_play_uids: tuple[str, ...] = ()

    @property
    def current_plays(self) -> int:
        return len(self.current_play_uids)

    @property
    def key(self) -> str:
        return self.article.key

    @property
    def last_watched(self) -> str | None:
        return self.plays[-1] if self.plays else None

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "title": a.title,
            "display_title": a.display_title,
            "show": self.show,
            "season": a.season,
            "episode": a.episode,
            "kind": str(self.kind),
            "airdate": a.airdate,
            "infobox": [[key, value] for key, value in a.infobox],
            "lead": list(a.lead),
            "sections": [
                {"level": s.level, "heading": s.heading, "paragraphs": list(s.paragraphs)}
                for s in a.sections
            ],
            "prev": a.prev,
            "next": a.next,
            "episode_list": a.episode_list,
            "watched": self.watched,
            "plays": len(self.plays),
            "last_watched": self.last_watched,
            "note": self.note,
            "note_conflicts": list(self.note_conflicts),
            "rating": self.rating,
        }


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    display_title: str
    show: str | None
    snippet: str
    rank: float
    matched: tuple[str, ...] = ()  # which parts of the query matched, for the user
    unwatched_episode: bool = False  # what the Spoiler Shield folds away
    code: str = ""  # an unwatched episode's number ("S01E02"): what a hidden title shows
    marked: str = ""  # the snippet with its matches between OPEN and CLOSE (not brackets)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "display_title": self.display_title,
            "show": self.show,
            "snippet": self.snippet,
            "matched": list(self.matched),
            "rank": self.rank,
        }


@dataclass(frozen=True)
class StoredFile:
    """What the library remembers of an imported file's bytes."""

    title: str
    key: str


@dataclass
class Counts:
    articles: int = 0
    shows: int = 0
    episodes: int = 0
    watched: int = 0  # episodes watched at least once, in any pass (a rewatch takes none away)
    notes: int = 0


def article_row(row: Sequence[Any]) -> ArticleRow:
    (
        article_id,
        key,
        title,
        display,
        kind,
        show_key,
        show,
        season,
        episode,
        plays,
        note,
        watched,
        rating,
        episode_label,
        place_season,
    ) = row
    return ArticleRow(
        article_id,
        key,
        title,
        display,
        Kind(kind),
        show_key,
        show,
        season,
        episode,
        plays,
        bool(note),
        bool(watched),
        rating,
        episode_label,
        place_season,
    )
