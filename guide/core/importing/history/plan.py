"""From entries to what the library records: plays (with ids named by what they are, so a
second import of the same file adds nothing), rewatch passes, ratings, and the entries that
match no article yet (kept pending; they attach when their article is imported).

``review`` says what an import would do (matched, ambiguous with candidates, unmatched);
:class:`ImportHistory` is the operation that does it: one transaction, one undo.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from guide.core.changes import Changes
from guide.core.ids import stable_uid
from guide.core.importing.history.entries import Entry, Source
from guide.core.importing.history.matching import Match, Matcher
from guide.core.library import Library
from guide.core.library.passes import Pass
from guide.core.library.plays import Play
from guide.core.library.ratings import Rating
from guide.core.ops import Applied, Operation, SetRating, Steps, Tracking
from guide.core.text import plural
from guide.core.times import now_utc, to_timestamp

# A rating that a file gives without a time counts as older than any rating given here.
UNDATED_RATING = "2000-01-01T00:00:00+00:00"


@dataclass(frozen=True)
class Chosen:
    """An entry and the article (or show) it was matched to, or chosen for."""

    entry: Entry
    key: str
    on_show: bool = False


@dataclass
class Review:
    """What importing these sources would do, before anything is written."""

    sources: list[Source]
    matched: list[Chosen] = field(default_factory=list)
    ambiguous: list[tuple[Entry, Match]] = field(default_factory=list)
    unmatched: list[Entry] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # article key -> "Show — S01E02 Title"
    show_labels: dict[str, str] = field(default_factory=dict)  # show key -> its name
    left_out: list[str] = field(default_factory=list)  # files not read, each with why

    def label_of(self, chosen: Chosen) -> str:
        """How the article (or show) an entry was matched to is named to the person."""
        if chosen.on_show:
            return f"{self.show_labels.get(chosen.key, chosen.key)} (the show)"
        return self.labels.get(chosen.key, chosen.key)

    @property
    def formats(self) -> str:
        return ", ".join(dict.fromkeys(s.format for s in self.sources if s.entries)) or "none"

    @property
    def skipped(self) -> list[str]:
        """The files left out, then the items of the files read that were skipped."""
        return self.left_out + [line for source in self.sources for line in source.skipped]

    @property
    def entries(self) -> int:
        return sum(len(source.entries) for source in self.sources)

    def operation(self, choices: dict[int, str] | None = None) -> ImportHistory:
        """The import, with the person's choices for ambiguous entries (their index in
        ``ambiguous`` -> the candidate's key); unchosen ambiguous entries are left out."""
        chosen = list(self.matched)
        for index, key in (choices or {}).items():
            entry, match = self.ambiguous[index]
            chosen.append(Chosen(entry, key, on_show=entry.what == "show"))
        return ImportHistory(
            f"Import watch history from {self.formats}", tuple(chosen), tuple(self.unmatched)
        )


def review(library: Library, sources: Sequence[Source]) -> Review:
    matcher = Matcher(library)
    result = Review(list(sources), labels=matcher.labels, show_labels=matcher.show_labels)
    for source in sources:
        for entry in source.entries:
            match = matcher.match(entry)
            if match.outcome == "matched" and match.key is not None:
                result.matched.append(Chosen(entry, match.key, match.on_show))
            elif match.outcome == "ambiguous":
                result.ambiguous.append((entry, match))
            else:
                result.unmatched.append(entry)
    return result


@dataclass(frozen=True)
class Outcome:
    plays_added: int = 0
    passes_started: int = 0
    ratings_set: int = 0
    pending_added: int = 0

    @classmethod
    def of(cls, applied: Applied) -> Outcome:
        """What an ImportHistory counted (Applied.counts)."""
        return cls(**{name: applied.counts.get(name, 0) for name in _COUNTED})

    def summary(self) -> str:
        parts = [f"{plural(self.plays_added, 'play')} added"]
        if self.passes_started:
            parts.append(f"{plural(self.passes_started, 'rewatch', 'rewatches')} started")
        parts.append(f"{plural(self.ratings_set, 'rating')} set")
        if self.pending_added:
            parts.append(f"{plural(self.pending_added, 'item')} kept until its article is imported")
        return ", ".join(parts)


_COUNTED = ("plays_added", "passes_started", "ratings_set", "pending_added")


@dataclass(frozen=True)
class ImportHistory:
    """A watch history recorded as one operation (ops.apply runs it in one transaction):
    rewatches started, plays added, ratings set, unmatched items kept; one undo. What it did
    is in Applied.counts (Outcome.of reads it)."""

    description: str
    chosen: tuple[Chosen, ...]
    pending: tuple[Entry, ...] = ()

    def run(self, library: Library) -> Applied:
        started = Tracking(self.description, start_passes=tuple(_passes(library, self.chosen)))
        first = started.run(library)
        plays = Tracking(self.description, add=tuple(_plays(library, self.chosen)))
        second = plays.run(library)
        rated = RateFromHistory(self.description, self.chosen).run(library)
        kept = KeepPending(self.description, self.pending).run(library)
        steps: list[Operation] = [
            a.inverse for a in (kept, rated, second, first) if a.inverse is not None
        ]
        changes = first.changes | second.changes | rated.changes | kept.changes
        inverse = Steps(self.description, tuple(steps)) if steps else None
        counts = {
            "plays_added": len(_undone(second).remove),
            "passes_started": len(_undone(first).remove_passes),
            "ratings_set": len(rated.changes.ratings),
            "pending_added": len(kept.inverse.uids) if isinstance(kept.inverse, DropPending) else 0,
        }
        return Applied(self.description, changes, inverse, counts=counts)


@dataclass(frozen=True)
class AttachPending:
    """Items kept pending whose article is now in the library: recorded (as ImportHistory),
    and no longer pending, in the same transaction."""

    description: str
    chosen: tuple[Chosen, ...]
    attached: tuple[str, ...]  # their pending_history uids

    def run(self, library: Library) -> Applied:
        applied = ImportHistory(self.description, self.chosen).run(library)
        for uid in self.attached:
            library.db.execute("DELETE FROM pending_history WHERE uid = ?", [uid])
        return applied


def _undone(applied: Applied) -> Tracking:
    """What a Tracking step did, read from its inverse (empty when it did nothing)."""
    inverse = applied.inverse
    return inverse if isinstance(inverse, Tracking) else Tracking(applied.description)


def _show_keys(library: Library, keys: Iterable[str]) -> dict[str, str | None]:
    keys = list(set(keys))
    found: dict[str, str | None] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = library.db.execute(
            f"SELECT key, show_key FROM articles WHERE key IN ({marks})", chunk
        )
        found.update(rows.fetchall())
    return found


def _passes(library: Library, chosen: Sequence[Chosen]) -> list[Pass]:
    """Rewatch passes: Trakt's reset times, and a show's first TV Time rewatch."""
    starts: dict[str, str] = {}
    rewatches = [c for c in chosen if c.entry.rewatch and c.entry.watched_at]
    shows = _show_keys(library, (c.key for c in rewatches))
    for item in rewatches:
        show_key = shows.get(item.key)
        if show_key is not None and item.entry.watched_at is not None:
            earliest = starts.get(show_key)
            if earliest is None or item.entry.watched_at < earliest:
                starts[show_key] = item.entry.watched_at
    passes = []
    for show_key, at in starts.items():
        if library.passes.current(show_key) is None:  # not already rewatching
            passes.append(Pass(stable_uid(show_key, f"rewatch {at}"), show_key, 0, at))
    for item in chosen:
        if item.entry.reset_at and item.on_show:
            at = item.entry.reset_at
            passes.append(Pass(stable_uid(item.key, f"rewatch {at}"), item.key, 0, at))
    return passes


def _plays(library: Library, chosen: Sequence[Chosen]) -> list[Play]:
    """Dated plays named by article and moment; counts without dates filled up with plays
    of unknown date (ids named by article and rank) until the article has that many."""
    device = library.device
    new: dict[str, Play] = {}
    counts: dict[str, tuple[int, Entry]] = {}
    for item in chosen:
        entry = item.entry
        if item.on_show or entry.plays <= 0:
            continue
        if entry.plays > 1 or entry.watched_at is None:
            best = counts.get(item.key)
            if best is None or entry.plays > best[0]:
                counts[item.key] = (entry.plays, entry)
            if entry.watched_at is None:
                continue
        uid = stable_uid(item.key, entry.watched_at)
        if uid not in new:
            new[uid] = Play(uid, item.key, entry.watched_at, None, device, entry.source)
    present = _present(library, list(new.values()))
    plays = [p for p in new.values() if (p.article_key, p.watched_at) not in present]
    dated_here: dict[str, int] = defaultdict(int)
    for play in plays:
        dated_here[play.article_key] += 1
    for key, (wanted, entry) in counts.items():
        have = len(library.plays.of(key)) + dated_here[key]
        rank = 0
        while have < wanted and rank < wanted:
            rank += 1
            uid = stable_uid(key, f"unknown {rank}")
            if library.plays.by_uid([uid]):
                continue  # already here, already counted
            have += 1
            if not library.tombstones.holds(uid):  # deleted here: the delete stands
                plays.append(Play(uid, key, None, None, device, entry.source))
    return [
        Play(
            p.uid,
            p.article_key,
            p.watched_at,
            library.plays.pass_at(p.article_key, p.watched_at) if p.watched_at else None,
            p.device,
            p.source,
        )
        for p in plays
    ]


def _present(library: Library, plays: Sequence[Play]) -> set[tuple[str, str | None]]:
    """Of these (article, moment) pairs, those the library already has a play at."""
    found: set[tuple[str, str | None]] = set()
    by_key: dict[str, list[str | None]] = defaultdict(list)
    for play in plays:
        by_key[play.article_key].append(play.watched_at)
    for key in by_key:
        rows = library.db.execute(
            "SELECT watched_at FROM watch_events WHERE article_key = ?", [key]
        )
        found.update((key, row[0]) for row in rows)
    return found


@dataclass(frozen=True)
class RateFromHistory:
    """The ratings a file gives, each as a change of its own time (a rating given here
    later wins)."""

    description: str
    chosen: tuple[Chosen, ...]

    def run(self, library: Library) -> Applied:
        latest: dict[tuple[bool, str], Entry] = {}
        for item in self.chosen:
            if item.entry.rating is None:
                continue
            at = item.entry.rated_at or UNDATED_RATING
            known = latest.get((item.on_show, item.key))
            if known is None or at >= (known.rated_at or UNDATED_RATING):
                latest[(item.on_show, item.key)] = item.entry
        changed: set[str] = set()
        before: list[tuple[str, bool, int]] = []
        for (on_show, key), entry in latest.items():
            current = library.ratings.entry(key, on_show=on_show)
            if current is not None and current.rating == entry.rating:
                continue
            at = entry.rated_at or UNDATED_RATING
            change = Rating(
                on_show,
                key,
                entry.rating or 0,
                at,
                stable_uid(key, f"rating {at}"),
                library.device,
            )
            if library.ratings.apply(change):
                changed.add(key)
                before.append((key, on_show, current.rating if current else 0))
        if not changed:
            return Applied(self.description, Changes())
        inverse = Steps(
            self.description, tuple(SetRating(k, r, s, self.description) for k, s, r in before)
        )
        return Applied(self.description, Changes(ratings=frozenset(changed)), inverse)


def entry_uid(entry: Entry) -> str:
    return hashlib.blake2b(entry.identity().encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class KeepPending:
    """Entries that match no article yet, kept (once) until their article is imported."""

    description: str
    entries: tuple[Entry, ...]

    def run(self, library: Library) -> Applied:
        stamp = to_timestamp(now_utc())
        added = []
        for entry in self.entries:
            uid = entry_uid(entry)
            cursor = library.db.execute(
                "INSERT OR IGNORE INTO pending_history (uid, source, item, added_at) "
                "VALUES (?, ?, ?, ?)",
                [uid, entry.source, json.dumps(entry.to_json(), ensure_ascii=False), stamp],
            )
            if cursor.rowcount:
                added.append(uid)
        if not added:
            return Applied(self.description, Changes())
        return Applied(self.description, Changes(), DropPending(self.description, tuple(added)))


@dataclass(frozen=True)
class DropPending:
    description: str
    uids: tuple[str, ...]

    def run(self, library: Library) -> Applied:
        entries = []
        for uid in self.uids:
            row = library.db.execute(
                "SELECT item FROM pending_history WHERE uid = ?", [uid]
            ).fetchone()
            if row is not None:
                entries.append(Entry.from_json(json.loads(row[0])))
                library.db.execute("DELETE FROM pending_history WHERE uid = ?", [uid])
        inverse = KeepPending(self.description, tuple(entries)) if entries else None
        return Applied(self.description, Changes(), inverse)


def pending_entries(library: Library) -> list[tuple[str, Entry]]:
    rows = library.db.execute("SELECT uid, item FROM pending_history ORDER BY added_at, uid")
    found = []
    for uid, item in rows:
        try:
            data: Any = json.loads(item)
            found.append((uid, Entry.from_json(data)))
        except (ValueError, TypeError):
            continue  # a damaged row is left for `guide check`, never a crash
    return found


def attach_pending(library: Library) -> Outcome:
    """Entries kept pending whose article is now in the library: recorded, and no longer
    pending. Run after every article import."""
    if not library._scalar("SELECT 1 FROM pending_history LIMIT 1"):
        return Outcome()
    matcher = Matcher(library)
    chosen, attached = [], []
    for uid, entry in pending_entries(library):
        match = matcher.match(entry)
        if match.outcome == "matched" and match.key is not None:
            chosen.append(Chosen(entry, match.key, match.on_show))
            attached.append(uid)
    if not chosen:
        return Outcome()
    from guide.core import ops

    attach = AttachPending("Attach imported history", tuple(chosen), tuple(attached))
    return Outcome.of(ops.apply(library, attach))
