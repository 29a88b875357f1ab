"""Up Next: for each show you are watching, the episode to watch next.

The rule: the next episode is the first unwatched episode after the last one you watched, in
broadcast order (within the current rewatch, if one is under way). Where every episode after
the last one watched is watched, the first unwatched episode left anywhere is next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from guide.core.article import Kind
from guide.core.store import ArticleRow, Library

RULE = (
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
            "rule": RULE,
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
    activity = library.plays.show_activity()
    result = UpNext()
    shows = library.shows()
    idle = [s.key for s in shows if s.key not in activity or s.watched == 0]
    firsts = library.first_episodes(idle)  # not started: the next is the first episode
    for show in shows:
        if show.key not in activity or show.watched == 0:
            result.not_started.append(
                ShowProgress(
                    show.key,
                    show.name,
                    library.passes.number(show.key),
                    show.watched,
                    show.episodes,
                    firsts.get(show.key),
                    activity.get(show.key),
                )
            )
            continue
        episodes = [r for r in library.rows(show.key) if r.kind == Kind.EPISODE]
        progress = ShowProgress(
            show.key,
            show.name,
            library.passes.number(show.key),
            show.watched,
            show.episodes,
            next_episode(episodes),
            activity[show.key],
        )
        if progress.next is None:
            result.finished.append(progress)
        else:
            result.in_progress.append(progress)
    result.in_progress.sort(key=lambda p: p.last_activity or "", reverse=True)
    result.finished.sort(key=lambda p: p.last_activity or "", reverse=True)
    return result
