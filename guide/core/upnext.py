"""Up Next: for each show you are watching, the episode to watch next.

The rule: the next episode is the first unwatched episode after the last one you watched, in
broadcast order (within the current rewatch, if one is under way). Where every episode after
the last one watched is watched, the first unwatched episode left anywhere is next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from guide.core.store import ArticleRow, Library
from guide.core.text import QT_TR_NOOP

RULE = QT_TR_NOOP(
    "The next episode is the first unwatched episode after the last one you watched, in "
    "broadcast order (in the current rewatch, if one is under way)."
)


@dataclass(frozen=True)
class ShowProgress:
    show_key: str
    name: str
    pass_number: int
    watched: int
    total: int
    next: ArticleRow | None
    last_activity: str | None

    def to_json(self) -> dict[str, Any]:
        upcoming = self.next
        return {
            "show": self.name,
            "pass": self.pass_number,
            "watched": self.watched,
            "total": self.total,
            "last_activity": self.last_activity,
            "next": None
            if upcoming is None
            else {"title": upcoming.title, "season": upcoming.season, "episode": upcoming.episode},
        }


@dataclass
class UpNext:
    in_progress: list[ShowProgress] = field(default_factory=list)
    finished: list[ShowProgress] = field(default_factory=list)
    not_started: list[ShowProgress] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "in_progress": [p.to_json() for p in self.in_progress],
            "finished": [p.to_json() for p in self.finished],
            "not_started": [p.to_json() for p in self.not_started],
        }


def next_episode(episodes: list[ArticleRow]) -> ArticleRow | None:
    """The rule, on one show's episodes in broadcast order."""
    watched_positions = [i for i, row in enumerate(episodes) if row.watched]
    if not watched_positions:
        return episodes[0] if episodes else None
    after = episodes[watched_positions[-1] + 1 :]
    for row in after + episodes:
        if not row.watched:
            return row
    return None


def up_next(library: Library) -> UpNext:
    progress = library.next_episodes()  # one query for every show in progress
    result = UpNext()
    shows = library.shows()
    idle = [s.key for s in shows if s.key not in progress or s.watched == 0]
    firsts = library.first_episodes(idle)  # not started: the next is the first episode
    for show in shows:
        latest, upcoming = progress.get(show.key, (None, None))
        watching = show.key in progress and show.watched > 0
        # a rewatch just begun is in progress (from its first episode), never "not started"
        started = watching or show.pass_number > 1
        entry = ShowProgress(
            show.key,
            show.name,
            show.pass_number,
            show.watched,
            show.episodes,
            upcoming if watching else firsts.get(show.key),
            latest,
        )
        if not started:
            result.not_started.append(entry)
        elif entry.next is None:
            result.finished.append(entry)
        else:
            result.in_progress.append(entry)
    result.in_progress.sort(key=lambda p: p.last_activity or "", reverse=True)
    result.finished.sort(key=lambda p: p.last_activity or "", reverse=True)
    return result
