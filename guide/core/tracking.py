"""Marking episodes watched and unwatched, rewatches and history edits, as undoable changes.

Every operation returns a :class:`Change` (the plays it added and removed, the passes it
started); undoing a change removes what it added and puts back what it removed, exactly,
ids and times included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from guide.core.article import Kind
from guide.core.dates import parse_airdate
from guide.core.personal import Pass, Play
from guide.core.store import Library


@dataclass(frozen=True)
class Change:
    description: str
    added: tuple[Play, ...] = ()
    removed: tuple[Play, ...] = ()
    passes: tuple[Pass, ...] = ()  # rewatch passes started

    @property
    def keys(self) -> set[str]:
        return {p.article_key for p in self.added + self.removed}

    @property
    def empty(self) -> bool:
        return not self.added and not self.removed and not self.passes


def mark_watched(
    library: Library,
    keys: list[str],
    description: str,
    at: datetime | None = None,
    *,
    only_unwatched: bool = True,
) -> Change:
    """A viewing for each article (by default only for those not watched in this pass)."""
    if only_unwatched:
        watched = library.watched_keys(keys)
        keys = [k for k in keys if k not in watched]
    return Change(description, added=tuple(library.watch_many(keys, at)))


def mark_unwatched(library: Library, keys: list[str], description: str) -> Change:
    """Unwatched in the current pass; plays of earlier passes stay in the history."""
    return Change(description, removed=tuple(library.unwatch_many(keys)))


def toggle_watched(library: Library, key: str, title: str) -> Change:
    if library.watched_keys([key]):
        return mark_unwatched(library, [key], f"Mark '{title}' unwatched")
    return mark_watched(library, [key], f"Mark '{title}' watched")


def watched_up_to(library: Library, key: str, today: date | None = None) -> Change:
    """Mark this episode and every earlier one of its show watched, skipping episodes that
    air in the future and never touching those already watched in the current pass."""
    record = library.find(key)
    title = record.article.title
    if record.kind != Kind.EPISODE or record.show_key is None:
        return mark_watched(library, [record.key], f"Mark '{title}' watched")
    today = today or date.today()
    rows = [r for r in library.rows(record.show_key) if r.kind == Kind.EPISODE]
    keys = [r.key for r in rows]
    earlier = keys[: keys.index(record.key) + 1]
    airdates = library.airdates(earlier)
    aired = [k for k in earlier if not _in_future(airdates.get(k), today)]
    return mark_watched(library, aired, f"Mark watched up to '{title}'")


def _in_future(airdate: str | None, today: date) -> bool:
    day = parse_airdate(airdate)
    return day is not None and day > today


def start_rewatch(library: Library, show_key: str, name: str) -> Change:
    return Change(f"Start a rewatch of {name}", passes=(library.start_rewatch(show_key),))


def set_play_time(library: Library, play_id: int, when: datetime) -> Change:
    old = library.set_play_time(play_id, when)
    new = library.play(play_id)
    assert new is not None
    return Change("Change the date of a play", added=(new,), removed=(old,))


def delete_play(library: Library, play_id: int) -> Change:
    play = library.play(play_id)
    if play is None:
        return Change("Delete a play")
    library.remove_plays([play])
    return Change("Delete a play", removed=(play,))


def undo(library: Library, change: Change) -> None:
    library.remove_plays(change.added)
    library.restore_plays(change.removed)
    for rewatch in change.passes:
        library.remove_pass(rewatch)


def redo(library: Library, change: Change) -> None:
    library.remove_plays(change.removed)
    library.restore_plays(change.added)
    for rewatch in change.passes:
        library.restore_pass(rewatch)
