"""Journal entries, each kind declared once: a record makes its own entry (Play.entry,
Pass.entry, Rating.entry, StatusChange.entry, Revision.entry, tombstones.delete_entry);
here each kind is checked and applied where it arrives (a sync folder's segment, a personal
data file), and the state of a library is written as entries (a snapshot: ``state``).

Applying is idempotent and order-free (plays and passes are sets with tombstones, ratings and
statuses the latest change, notes a graph of revisions), so the entries of a library's state
have the effect of every operation that made it.

They live beside the records, in the library package: the records make them, and sync (which
uses the library) reads them; sync never writes into the library's tables itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from guide.core.changes import Changes
from guide.core.library.notes import Revision
from guide.core.library.passes import Pass
from guide.core.library.plays import Play
from guide.core.library.ratings import Rating
from guide.core.library.statuses import Status, StatusChange
from guide.core.library.tombstones import delete_entry
from guide.core.times import TimeError, parse_timestamp

if TYPE_CHECKING:
    from guide.core.library import Library

MAX_PARENTS = 1_000  # a note revision follows its heads: a handful, never thousands


class BadOperation(ValueError):
    pass


def _text(op: dict[str, Any], name: str, *, empty: bool = False) -> str:
    value = op.get(name)
    if not isinstance(value, str) or (not empty and not value) or len(value) > 1_000_000:
        raise BadOperation(f"'{name}' should be text")
    return value


def _moment(op: dict[str, Any], name: str, *, optional: bool = False) -> str | None:
    value = op.get(name)
    if value is None and optional:
        return None
    try:
        stamp = parse_timestamp(value, naive_is_local=False)
    except TimeError as error:
        raise BadOperation(f"'{name}': {error}") from None
    return stamp


def check(op: Any) -> None:
    """Refuse an operation that is not one this version can apply (BadOperation)."""
    if not isinstance(op, dict):
        raise BadOperation("an operation should be an object")
    kind = op.get("type")
    _text(op, "uid")
    if kind == "play":
        _text(op, "key")
        _moment(op, "watched_at", optional=True)
        if op.get("pass") is not None:
            _text(op, "pass")
        if op.get("source") is not None:
            _text(op, "source")
    elif kind == "delete":
        if op.get("kind") not in ("play", "pass"):
            raise BadOperation("a delete should name a play or a pass")
    elif kind == "pass":
        _text(op, "show")
        _moment(op, "started_at")
    elif kind == "rating":
        _text(op, "key")
        _moment(op, "rated_at")
        rating = op.get("rating")
        if not isinstance(rating, int) or isinstance(rating, bool) or not 0 <= rating <= 10:
            raise BadOperation("'rating' should be a whole number from 0 to 10")
    elif kind == "status":
        _text(op, "show")
        _moment(op, "at")
        status = op.get("status")
        if status not in ("", *(s.value for s in Status)):
            raise BadOperation("'status' should be watching, paused, dropped, plan or empty")
    elif kind == "revision":
        _text(op, "key")
        _text(op, "text", empty=True)
        _moment(op, "at")
        parents = op.get("parents")
        if not isinstance(parents, list) or not all(isinstance(p, str) for p in parents):
            raise BadOperation("'parents' should be a list of revision ids")
        if len(parents) > MAX_PARENTS:
            raise BadOperation(f"a revision has at most {MAX_PARENTS:,} parents")
        if op["uid"] in parents:
            raise BadOperation("a revision cannot follow itself")
    else:
        raise BadOperation(f"unknown operation {str(kind)[:40]!r}")


def apply(library: Library, op: dict[str, Any]) -> Changes | None:
    """Apply one checked operation: what it changed here for the views (empty for a delete
    of what this library never held), or None when it was known here. Idempotent."""
    changes = _changes(library, op)
    return changes if _apply(library, op) else None


def _changes(library: Library, op: dict[str, Any]) -> Changes:
    """What applying ``op`` would touch, read before it is applied (a delete names its
    play or pass by uid alone)."""
    kind = op["type"]
    if kind == "play":
        return Changes(plays=frozenset([op["key"]]))
    if kind == "rating":
        return Changes(ratings=frozenset([op["key"]]))
    if kind == "status":
        return Changes(statuses=frozenset([op["show"]]))
    if kind == "pass":
        return Changes(passes=frozenset([op["show"]]))
    if kind == "revision":
        keys = frozenset([op["key"]])
        return Changes(show_notes=keys) if op.get("on_show") else Changes(notes=keys)
    if op["kind"] == "play":
        return Changes(plays=frozenset(p.article_key for p in library.plays.by_uid([op["uid"]])))
    show = library.passes.show_of(op["uid"])
    return Changes(passes=frozenset([show] if show is not None else []))


def _apply(library: Library, op: dict[str, Any]) -> bool:
    kind = op["type"]
    if kind == "play":
        play = Play(
            op["uid"],
            op["key"],
            _moment(op, "watched_at", optional=True),
            op.get("pass"),
            str(op.get("device") or ""),
            op.get("source"),
        )
        return bool(library.plays.add([play]))
    if kind == "rating":
        rated_at = _moment(op, "rated_at")
        assert rated_at is not None
        change = Rating(
            bool(op.get("on_show")),
            op["key"],
            op["rating"],
            rated_at,
            op["uid"],
            str(op.get("device") or ""),
        )
        return library.ratings.apply(change)
    if kind == "status":
        at = _moment(op, "at")
        assert at is not None
        status = StatusChange(op["show"], op["status"], at, op["uid"], str(op.get("device") or ""))
        return library.statuses.apply(status)
    if kind == "delete":
        new = not library.tombstones.holds(op["uid"])
        if op["kind"] == "play":
            library.plays.forget(op["uid"])
        else:
            library.passes.forget(op["uid"])
        return new
    if kind == "pass":
        started = _moment(op, "started_at")
        assert started is not None
        return library.passes.restore(Pass(op["uid"], op["show"], 0, started))
    at = _moment(op, "at")
    assert at is not None
    revision = Revision(
        op["uid"],
        bool(op.get("on_show")),
        op["key"],
        tuple(op["parents"]),
        op["text"],
        at,
        str(op.get("device") or ""),
    )
    return library.notes.add_revision(revision)


def state(library: Library) -> Iterator[dict[str, Any]]:
    """Every entry of the library's personal data as it stands: its plays, rewatches,
    deletes (kept: a copy that still holds a deleted play learns of its delete from them),
    ratings, statuses and every note revision."""
    for play in library.plays.all():
        yield play.entry()
    for rewatch in library.passes.all():
        yield rewatch.entry()
    for uid, kind, _at in library.tombstones.all():
        yield delete_entry(uid, kind)
    for rating in library.ratings.all():
        yield rating.entry()
    for status in library.statuses.all():
        yield status.entry()
    for revision in library.notes.all_revisions():
        yield revision.entry()
