"""Marking episodes watched and unwatched, as changes that can be undone.

Every mark returns a :class:`Change` (the plays it added and the plays it removed); undoing a
change removes what it added and puts back what it removed, exactly, ids and times included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from guide.core.article import Kind
from guide.core.store import Library, Play


@dataclass(frozen=True)
class Change:
    description: str
    added: tuple[Play, ...] = ()
    removed: tuple[Play, ...] = ()

    @property
    def keys(self) -> set[str]:
        return {p.article_key for p in self.added + self.removed}

    @property
    def empty(self) -> bool:
        return not self.added and not self.removed


def mark_watched(
    library: Library,
    keys: list[str],
    description: str,
    at: datetime | None = None,
    *,
    only_unwatched: bool = True,
) -> Change:
    """A viewing for each article (by default only for those not watched yet)."""
    if only_unwatched:
        watched = library.watched_keys(keys)
        keys = [k for k in keys if k not in watched]
    return Change(description, added=tuple(library.watch_many(keys, at)))


def mark_unwatched(library: Library, keys: list[str], description: str) -> Change:
    return Change(description, removed=tuple(library.unwatch_many(keys)))


def toggle_watched(library: Library, key: str, title: str) -> Change:
    if library.watched_keys([key]):
        return mark_unwatched(library, [key], f"Mark '{title}' unwatched")
    return mark_watched(library, [key], f"Mark '{title}' watched")


def watched_up_to(library: Library, key: str) -> Change:
    """Mark this episode and every earlier unwatched episode of its show watched."""
    record = library.record(library.find(key).id)
    if record.kind != Kind.EPISODE or record.show_key is None:
        return mark_watched(library, [key], f"Mark '{record.article.title}' watched")
    keys = library.episode_keys(record.show_key)
    earlier = keys[: keys.index(record.key) + 1]
    return mark_watched(library, earlier, f"Mark watched up to '{record.article.title}'")


def undo(library: Library, change: Change) -> None:
    library.remove_plays(change.added)
    library.restore_plays(change.removed)


def redo(library: Library, change: Change) -> None:
    library.restore_plays(change.added)
    library.remove_plays(change.removed)
