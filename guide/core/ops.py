"""Operations: every change to personal data, as a value that is applied in one transaction
and answers what changed and how to take it back.

``apply(library, op)`` runs an operation and returns :class:`Applied`: the :class:`Changes`
(which kinds of thing changed, for which keys: the window redraws from that alone), a
description for the user, and the inverse operation (undo). Inverses address plays by their
stable uid and passes by their show, number and start, never by a row id, so an undo after a
restore, a merge or another program's writes touches only what the operation did.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from guide.core.article import Article
from guide.core.changes import Changes
from guide.core.errors import LibraryError
from guide.core.ids import new_uid
from guide.core.library import Library
from guide.core.library.passes import Pass
from guide.core.library.plays import Play
from guide.core.library.statuses import Status
from guide.core.times import now_utc, to_timestamp


class Operation(Protocol):
    @property
    def description(self) -> str: ...

    def run(self, library: Library) -> Applied: ...


@dataclass(frozen=True)
class Applied:
    description: str
    changes: Changes
    inverse: Operation | None = None  # None: nothing to undo
    conflict: str | None = None  # a note changed underneath: the text that was kept too
    shown: str | None = None  # a note: how an editor shows it now (both heads in a conflict)
    # What an operation that does many things counted, by name (as Anki's
    # OpChangesWithCount): a history import's plays added, rewatches started...
    counts: Mapping[str, int] = field(default_factory=dict, hash=False)
    detail: object = field(default=None, compare=False)  # a report to show (a merge's)

    @property
    def empty(self) -> bool:
        return self.changes.empty


def apply(library: Library, op: Operation) -> Applied:
    """Run an operation in one write transaction: all of it, or (on any error) none. An
    operation that must first read something large (a file to merge) does it in its
    ``prepared()``, before the write lock is taken: other writers never wait for that."""
    prepared = getattr(op, "prepared", None)
    if prepared is not None:
        op = prepared()
    with library.transaction():
        return op.run(library)


# -- plays and passes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tracking:
    """Plays added and removed, rewatch passes started and removed: exactly these, by identity.

    Its inverse removes what it added, by id, and adds back what it removed as new copies
    (same article, time and pass, a new id): a deleted id stays deleted everywhere, so that
    an undo here can never be undone by another device's copy of the delete.
    """

    description: str
    add: tuple[Play, ...] = ()
    remove: tuple[Play, ...] = ()
    start_passes: tuple[Pass, ...] = ()
    remove_passes: tuple[Pass, ...] = ()
    removes_as_read: bool = False  # ``remove`` was read in this transaction (Unwatch)

    def run(self, library: Library) -> Applied:
        removed = (
            library.plays.remove(self.remove, as_read=self.removes_as_read) if self.remove else []
        )
        added = library.plays.add(self.add) if self.add else []
        passes_removed = tuple(p for p in self.remove_passes if library.passes.remove(p))
        passes_started = tuple(p for p in self.start_passes if library.passes.restore(p))
        changes = Changes(
            plays=frozenset(p.article_key for p in (*added, *removed)),
            passes=frozenset(p.show_key for p in (*passes_removed, *passes_started)),
        )
        inverse = Tracking(
            self.description,
            add=tuple(replace(p, uid=new_uid(), replaces=p.uid) for p in removed),
            remove=tuple(added),
            start_passes=tuple(replace(p, uid=new_uid()) for p in passes_removed),
            remove_passes=passes_started,
        )
        return Applied(self.description, changes, inverse if not changes.empty else None)


@dataclass(frozen=True)
class Watch:
    """A play of each article now (or at ``at``); by default only of those not watched in
    their show's current pass."""

    keys: tuple[str, ...]
    description: str
    at: datetime | None = None
    only_unwatched: bool = True

    def run(self, library: Library) -> Applied:
        keys = list(dict.fromkeys(self.keys))
        if self.only_unwatched:
            watched = library.plays.watched_keys(keys)
            keys = [k for k in keys if k not in watched]
        plays = library.plays.new(keys, self.at)
        return Tracking(self.description, add=tuple(plays)).run(library)


@dataclass(frozen=True)
class Unwatch:
    """Unwatched in the current pass: those plays go; plays of earlier passes stay. With
    ``latest_only``, only each article's latest play of the current pass goes (decided in
    the transaction, from what the library holds then)."""

    keys: tuple[str, ...]
    description: str
    latest_only: bool = False
    # The ids of the plays the person saw when choosing (ArticleRecord.current_play_uids):
    # only those go, never a play another program or computer added since, unseen.
    seen: tuple[str, ...] | None = None

    def run(self, library: Library) -> Applied:
        plays = library.plays.in_current_pass(list(dict.fromkeys(self.keys)))
        return self.remove(library, plays)

    def remove(self, library: Library, plays: list[Play]) -> Applied:
        """Those plays (read in this transaction) removed, or each article's latest."""
        if self.seen is not None:
            plays = [play for play in plays if play.uid in self.seen]
        if self.latest_only:
            latest = {play.article_key: play for play in plays}  # ordered by time: the last
            plays = list(latest.values())
        return Tracking(self.description, remove=tuple(plays), removes_as_read=True).run(library)


@dataclass(frozen=True)
class MovePlay:
    """A play moved to another moment: the old one is deleted and a new one recorded (in the
    same pass), so the move travels like any delete and add."""

    uid: str
    when: datetime
    description: str = "Change the date of a play"

    def run(self, library: Library) -> Applied:
        old = library.plays.by_uid([self.uid])
        if not old or old[0].watched_at == to_timestamp(self.when):  # gone, or unchanged
            return Applied(self.description, Changes())
        new = replace(
            old[0], uid=new_uid(), watched_at=to_timestamp(self.when), replaces=old[0].uid
        )
        return Tracking(self.description, add=(new,), remove=(old[0],)).run(library)


@dataclass(frozen=True)
class DeletePlays:
    uids: tuple[str, ...]
    description: str = "Delete a play"

    def run(self, library: Library) -> Applied:
        plays = library.plays.by_uid(self.uids)
        return Tracking(self.description, remove=tuple(plays)).run(library)


@dataclass(frozen=True)
class StartRewatch:
    show_key: str
    description: str
    at: datetime | None = None

    def run(self, library: Library) -> Applied:
        if not library.begun(self.show_key):
            name, number = library.show_name(self.show_key), library.passes.number(self.show_key)
            raise LibraryError(
                f"nothing of {name} is watched yet: a rewatch starts after a first play"
                if number == 1
                else f"nothing of {name} is watched yet in rewatch {number - 1}: "
                "another starts after a play in it"
            )
        started = library.passes.next(self.show_key, self.at)
        return Tracking(self.description, start_passes=(started,)).run(library)


# -- notes ---------------------------------------------------------------------------------------

_UNSET = object()


@dataclass(frozen=True)
class SetNote:
    """The note on an article (or, ``on_show``, on a show); empty text removes it.

    ``expected`` is the text the editor started from. When the note changed underneath
    (another process, a sync) the new text becomes a revision of the one the editor started
    from, beside the other change: the note has two heads, a conflict, and neither text is
    lost (``Applied.conflict`` holds the other). Otherwise it follows every head, which also
    resolves a conflict.
    """

    key: str
    text: str
    on_show: bool = False
    expected: str | None | object = field(default=_UNSET, compare=False)
    description: str = "Edit a note"

    def run(self, library: Library) -> Applied:
        notes = library.notes
        heads = notes.heads(self.key, on_show=self.on_show)
        current = heads[0].text if heads else ""
        if len(heads) <= 1 and current == self.text:
            return Applied(self.description, Changes())
        parents = [h.uid for h in heads]
        conflict = None
        expected = self.expected or ""
        as_shown = (current, notes.display(self.key, on_show=self.on_show))
        changed_underneath = (
            self.expected is not _UNSET
            and expected not in as_shown
            and current.strip()
            and current != self.text
        )
        if changed_underneath:
            conflict = current
            started_from = [
                r.uid for r in notes.revisions(self.key, on_show=self.on_show) if r.text == expected
            ]
            parents = started_from[-1:]
        notes.write(
            self.key, self.text, to_timestamp(now_utc()), on_show=self.on_show, parents=parents
        )
        changes = (
            Changes(show_notes=frozenset({self.key}))
            if self.on_show
            else Changes(notes=frozenset({self.key}))
        )
        inverse = SetNote(self.key, current, self.on_show, description=self.description)
        shown = notes.display(self.key, on_show=self.on_show)
        return Applied(self.description, changes, inverse, conflict, shown)


# -- ratings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetRating:
    """Rate an article or a show 1–10; 0 removes the rating."""

    key: str
    rating: int
    on_show: bool = False
    description: str = "Rate"

    def run(self, library: Library) -> Applied:
        before = library.ratings.get(self.key, on_show=self.on_show) or 0
        if before == self.rating or not library.ratings.set(
            self.key, self.rating, on_show=self.on_show
        ):
            return Applied(self.description, Changes())
        inverse = SetRating(self.key, before, self.on_show, self.description)
        return Applied(self.description, Changes(ratings=frozenset({self.key})), inverse)


@dataclass(frozen=True)
class SetStatus:
    """A show's status (None clears it): Watching, Paused, Dropped, Plan to Watch."""

    show_key: str
    status: Status | None
    description: str = "Set the status"

    def run(self, library: Library) -> Applied:
        before = library.statuses.get(self.show_key)
        if before == self.status or not library.statuses.set(self.show_key, self.status):
            return Applied(self.description, Changes())
        inverse = SetStatus(self.show_key, before, self.description)
        return Applied(self.description, Changes(statuses=frozenset({self.show_key})), inverse)


# -- articles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RemoveArticles:
    """Articles out of the library (what you watched, noted and rated of them stays, keyed by
    title: import them again and it is all there). Undone by writing them back as they were."""

    keys: tuple[str, ...]
    description: str

    def run(self, library: Library) -> Applied:
        removed = library.remove_articles(self.keys)
        if not removed:
            return Applied(self.description, Changes())
        inverse = RestoreArticles(tuple(removed), self.description)
        return Applied(self.description, Changes(articles=True), inverse)


@dataclass(frozen=True)
class RestoreArticles:
    items: tuple[tuple[Article, str | None, str | None], ...]
    description: str

    def run(self, library: Library) -> Applied:
        library.write_articles(self.items)
        library.refresh_order()
        inverse = RemoveArticles(tuple(item[0].key for item in self.items), self.description)
        return Applied(self.description, Changes(articles=True), inverse)


# -- several operations as one ---------------------------------------------------------------


@dataclass(frozen=True)
class Steps:
    """Operations run in order as one (one transaction, one undo); the inverse undoes them in
    reverse order."""

    description: str
    steps: tuple[Operation, ...]

    def run(self, library: Library) -> Applied:
        changes = Changes()
        inverses: list[Operation] = []
        for step in self.steps:
            applied = step.run(library)
            changes |= applied.changes
            if applied.inverse is not None:
                inverses.append(applied.inverse)
        inverse = Steps(self.description, tuple(reversed(inverses))) if inverses else None
        return Applied(self.description, changes, inverse)


# -- saved searches ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SaveSearch:
    name: str
    text: str
    description: str = "Save a search"

    def run(self, library: Library) -> Applied:
        before = dict(library.searches.all()).get(self.name.strip())
        library.searches.save(self.name, self.text)
        inverse: Operation = (
            DeleteSearch(self.name.strip(), self.description)
            if before is None
            else SaveSearch(self.name, before, self.description)
        )
        return Applied(self.description, Changes(searches=True), inverse)


@dataclass(frozen=True)
class DeleteSearch:
    name: str
    description: str = "Delete a saved search"

    def run(self, library: Library) -> Applied:
        before = dict(library.searches.all()).get(self.name)
        if before is None:
            return Applied(self.description, Changes())
        library.searches.delete(self.name)
        return Applied(
            self.description,
            Changes(searches=True),
            SaveSearch(self.name, before, self.description),
        )
