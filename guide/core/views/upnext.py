"""Up Next: for each show you are watching, the episode to watch next.

The rule: the next episode is the first unwatched episode after the last one you watched, in
broadcast order (within the current rewatch, if one is under way). Where every episode after
the last one watched is watched, the first unwatched episode left anywhere is next.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from guide.core.library import Library
from guide.core.library.records import ArticleRow
from guide.core.library.statuses import Status
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
    # A show not started whose next (its first episode) was left to be read when it is
    # shown (up_next's ``lazy``): Library.first_episodes([show_key]).
    pending: bool = False

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
    """The shows by where they stand: in progress (or set Watching), Paused, Plan to Watch,
    finished, not started, and Dropped (out of Up Next: no next episode)."""

    in_progress: list[ShowProgress] = field(default_factory=list)
    finished: list[ShowProgress] = field(default_factory=list)
    not_started: list[ShowProgress] = field(default_factory=list)
    paused: list[ShowProgress] = field(default_factory=list)
    planned: list[ShowProgress] = field(default_factory=list)
    dropped: list[ShowProgress] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "in_progress": [p.to_json() for p in self.in_progress],
            "paused": [p.to_json() for p in self.paused],
            "plan_to_watch": [p.to_json() for p in self.planned],
            "finished": [p.to_json() for p in self.finished],
            "not_started": [p.to_json() for p in self.not_started],
            "dropped": [p.to_json() for p in self.dropped],
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


def up_next(library: Library, *, lazy: bool = False) -> UpNext:
    """Every show where it stands. ``lazy``: the first episode of a show not started (and
    with no status) is not read here but when it is shown (ShowProgress.pending): a library
    of thousands of shows, few of them begun, costs what the page shows."""
    progress = library.next_episodes()  # one query for every show in progress
    result = UpNext()
    shows = library.shows()
    statuses = library.statuses.all_set()
    idle = [s.key for s in shows if s.key not in progress or s.watched == 0]
    if lazy:  # read now only where the group depends on it: a status, or a rewatch begun
        rewatching = {s.key for s in shows if s.pass_number > 1}
        idle = [key for key in idle if key in statuses or key in rewatching]
    firsts = library.first_episodes(idle)  # not started: the next is the first episode
    for show in shows:
        latest, upcoming = progress.get(show.key, (None, None))
        watching = show.key in progress and show.watched > 0
        # a rewatch just begun is in progress (from its first episode), never "not started"
        started = watching or show.pass_number > 1
        status = statuses.get(show.key)
        if lazy and not started and status is None:  # not started, whatever its first
            result.not_started.append(
                ShowProgress(
                    show.key,
                    show.name,
                    show.pass_number,
                    show.watched,
                    show.episodes,
                    None,
                    latest,
                    pending=True,
                )
            )
            continue
        entry = ShowProgress(
            show.key,
            show.name,
            show.pass_number,
            show.watched,
            show.episodes,
            upcoming if watching else firsts.get(show.key),
            latest,
        )
        if status == Status.DROPPED:
            result.dropped.append(replace(entry, next=None))
        elif entry.next is None:  # every episode watched (or none to watch)
            (result.finished if started else result.not_started).append(entry)
        elif status == Status.PAUSED:
            result.paused.append(entry)
        elif status == Status.PLAN:
            result.planned.append(entry)
        elif started or status == Status.WATCHING:
            result.in_progress.append(entry)
        else:
            result.not_started.append(entry)
    for group in (result.in_progress, result.paused, result.finished, result.dropped):
        group.sort(key=lambda p: p.last_activity or "", reverse=True)
    return result


@dataclass(frozen=True)
class Left:
    """What is left of a show to its end: episodes, and minutes from their Running time
    (``unknown`` of them have none, so the minutes are at least that)."""

    episodes: int
    minutes: int
    unknown: int

    def to_json(self) -> dict[str, Any]:
        from guide.core.views.stats import hours

        return {"episodes": self.episodes, "hours": hours(self.minutes), "unknown": self.unknown}


def left(library: Library, show_key: str) -> Left:
    """One indexed read of the show's unwatched episodes (for a card or a show's page)."""
    from guide.core.views.stats import running_minutes

    times = [running_minutes(text) for text in library.running_times_left(show_key)]
    known = [minutes for minutes in times if minutes is not None]
    return Left(len(times), sum(known), len(times) - len(known))
