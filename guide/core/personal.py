"""Personal data: plays, rewatch passes, notes, history. The part of the library that a user's
years live in: keyed by article and show identities (folded titles), never by row ids.

A mixin of :class:`guide.core.store.Library`; like the store, the only place with its SQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from guide.core.times import TimeError, is_canonical, now_utc, parse_timestamp, to_timestamp


def episode_code(season: int | None, episode: int | None) -> str:
    """`S01E02`, `S02`, `E25` or empty."""
    number = f"E{episode:02}" if episode is not None else ""
    return f"S{season:02}{number}" if season is not None else number


@dataclass(frozen=True)
class Play:
    """One viewing. ``uid`` is its stable identity (undo addresses plays by it, never by a
    row id that SQLite may reuse); ``watched_at`` is None when the date is unknown."""

    uid: str
    article_key: str
    watched_at: str | None


def new_uid() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Pass:
    show_key: str
    number: int
    started_at: str


@dataclass(frozen=True)
class HistoryEntry:
    uid: str
    watched_at: str | None
    article_key: str
    title: str | None  # None: the article is not in the library (any more)
    show: str | None
    show_key: str | None
    season: int | None
    episode: int | None

    @property
    def code(self) -> str:
        return episode_code(self.season, self.episode)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.uid,
            "watched_at": self.watched_at,
            "title": self.title or self.article_key,
            "show": self.show,
            "season": self.season,
            "episode": self.episode,
        }


@dataclass(frozen=True)
class BadTime:
    table: str
    column: str
    rowid: int
    key: str  # whose: an article or show key
    value: object


@dataclass(frozen=True)
class NoteEntry:
    key: str  # article key, or show key for a show note
    on_show: bool
    title: str  # the article's title, or the show's name
    show: str | None
    text: str
    updated_at: str


# The rule "watched in the show's current pass", written once: a play counts from the start
# of its show's latest pass on; a play of unknown date counts in the first pass only.
IN_CURRENT_PASS = "COALESCE({play}.watched_at, '') >= COALESCE({start}, '')"
_PLAY_COLUMNS = "uid, article_key, watched_at"


class PersonalData:
    db: Database

    def transaction(self) -> AbstractContextManager[None]:  # provided by the Library
        raise NotImplementedError

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- plays -------------------------------------------------------------------------------

    def plays(self, key: str) -> list[Play]:
        """Every play of an article, in every pass, oldest first (unknown dates first)."""
        rows = self.db.execute(
            f"SELECT {_PLAY_COLUMNS} FROM watch_events WHERE article_key = ? "
            "ORDER BY watched_at, id",
            [key],
        )
        return [Play(*row) for row in rows]

    def iter_plays(self) -> Iterator[Play]:
        rows = self.db.execute(f"SELECT {_PLAY_COLUMNS} FROM watch_events ORDER BY id")
        for row in rows:
            yield Play(*row)

    def plays_by_uid(self, uids: Iterable[str]) -> list[Play]:
        uids = list(uids)
        found: list[Play] = []
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT {_PLAY_COLUMNS} FROM watch_events WHERE uid IN ({marks})", chunk
            )
            found += [Play(*row) for row in rows]
        return found

    def new_plays(self, keys: Iterable[str], at: datetime | None = None) -> list[Play]:
        """Plays not yet recorded: one for each article, all at the same moment."""
        stamp = to_timestamp(at or now_utc())
        return [Play(new_uid(), key, stamp) for key in keys]

    def watch(self, key: str, at: datetime | None = None) -> Play:
        """Record one more viewing of an article (now, unless given)."""
        play = self.new_plays([key], at)[0]
        self.add_plays([play])
        return play

    def unwatch(self, key: str) -> list[Play]:
        """Unwatched in the current pass: removes those plays and returns them."""
        with self.transaction():
            return self.remove_plays(self.plays_in_current_pass([key]))

    def add_plays(self, plays: Iterable[Play]) -> list[Play]:
        """Record plays (a play whose uid is already there is left as it is); returns those
        that were added."""
        added = []
        with self.transaction():
            for play in plays:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO watch_events (uid, article_key, watched_at) "
                    "VALUES (?, ?, ?)",
                    [play.uid, play.article_key, play.watched_at],
                )
                if cursor.rowcount:
                    added.append(play)
        return added

    def remove_plays(self, plays: Iterable[Play]) -> list[Play]:
        """Remove plays by their uid; returns those that were there, as they were."""
        with self.transaction():
            present = self.plays_by_uid(p.uid for p in plays)
            self.db.conn.executemany(
                "DELETE FROM watch_events WHERE uid = ?", [(p.uid,) for p in present]
            )
        return present

    def plays_in_current_pass(self, keys: Sequence[str]) -> list[Play]:
        """The plays that make these articles watched now (earlier passes' plays excluded)."""
        found: list[Play] = []
        for key in keys:
            since = self._pass_start_of_article(key)
            found += [p for p in self.plays(key) if (p.watched_at or "") >= (since or "")]
        return found

    def watched_keys(self, keys: Iterable[str]) -> set[str]:
        """Of these articles, those watched in their show's current pass."""
        keys = list(keys)
        if not keys:
            return set()
        marks = ", ".join("?" * len(keys))
        rows = self.db.execute(f"SELECT key FROM watched_now WHERE key IN ({marks})", keys)
        found = {row[0] for row in rows}
        missing = [k for k in keys if k not in found]  # plays of articles not in the library
        if missing:
            marks = ", ".join("?" * len(missing))
            rows = self.db.execute(
                f"SELECT DISTINCT article_key FROM watch_events WHERE article_key IN ({marks}) "
                "AND article_key NOT IN (SELECT key FROM articles)",
                missing,
            )
            found.update(row[0] for row in rows)
        return found

    def add_play_if_new(self, key: str, watched_at: str | None) -> bool:
        """Add a play unless the article already has one at that moment (merging)."""
        known = self._scalar(
            "SELECT 1 FROM watch_events WHERE article_key = ? AND watched_at IS ?",
            [key, watched_at],
        )
        if known:
            return False
        return bool(self.add_plays([Play(new_uid(), key, watched_at)]))

    def article_titles(self) -> dict[str, tuple[str, str | None]]:
        """Article key -> (title, show key), for every article."""
        rows = self.db.execute("SELECT key, title, show_key FROM articles")
        return {key: (title, show_key) for key, title, show_key in rows}

    # -- rewatch passes ------------------------------------------------------------------------

    def current_pass(self, show_key: str) -> Pass | None:
        """The rewatch in progress, or None during the first watch."""
        row = self.db.execute(
            "SELECT show_key, number, started_at FROM passes WHERE show_key = ? "
            "ORDER BY number DESC LIMIT 1",
            [show_key],
        ).fetchone()
        return Pass(*row) if row else None

    def pass_number(self, show_key: str) -> int:
        current = self.current_pass(show_key)
        return current.number if current else 1

    def next_pass(self, show_key: str, at: datetime | None = None) -> Pass:
        """The pass a rewatch started now (or at ``at``) would be."""
        return Pass(show_key, self.pass_number(show_key) + 1, to_timestamp(at or now_utc()))

    def start_rewatch(self, show_key: str, at: datetime | None = None) -> Pass:
        """Begin a new pass of a show: its progress starts again; earlier plays stay."""
        with self.transaction():
            started = self.next_pass(show_key, at)
            self.restore_pass(started)
        return started

    def all_passes(self) -> list[Pass]:
        rows = self.db.execute(
            "SELECT show_key, number, started_at FROM passes ORDER BY show_key, number"
        )
        return [Pass(*row) for row in rows]

    def add_pass_if_new(self, show_key: str, number: int, started_at: str) -> bool:
        if self._scalar(
            "SELECT 1 FROM passes WHERE show_key = ? AND number = ?", [show_key, number]
        ):
            return False
        return self.restore_pass(Pass(show_key, number, started_at))

    def remove_pass(self, rewatch: Pass) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "DELETE FROM passes WHERE show_key = ? AND number = ? AND started_at = ?",
                [rewatch.show_key, rewatch.number, rewatch.started_at],
            )
        return bool(cursor.rowcount)

    def restore_pass(self, rewatch: Pass) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO passes (show_key, number, started_at) VALUES (?, ?, ?)",
                [rewatch.show_key, rewatch.number, rewatch.started_at],
            )
        return bool(cursor.rowcount)

    def _pass_start_of_article(self, key: str) -> str | None:
        return self._scalar(
            "SELECT p.started_at FROM articles a JOIN pass_start p ON p.show_key = a.show_key "
            "WHERE a.key = ?",
            [key],
        )

    def show_activity(self) -> dict[str, str]:
        """Show key -> the time of its latest play in the current pass ('' if unknown)."""
        rows = self.db.execute(
            f"""
            SELECT a.show_key, COALESCE(MAX(w.watched_at), '') FROM watch_events w
            JOIN articles a ON a.key = w.article_key
            LEFT JOIN pass_start p ON p.show_key = a.show_key
            WHERE a.show_key IS NOT NULL
              AND {IN_CURRENT_PASS.format(play="w", start="p.started_at")}
            GROUP BY a.show_key
            """
        )
        return dict(rows.fetchall())  # '' : played, on dates unknown

    def play_times(self, since: str = "") -> list[str]:
        rows = self.db.execute(
            "SELECT watched_at FROM watch_events WHERE watched_at >= ? ORDER BY watched_at",
            [since],
        )
        return [row[0] for row in rows]

    def watched_field_values(self, norm_key: str) -> list[str]:
        """The values of one infobox field over every article ever watched (one per article)."""
        rows = self.db.execute(
            """
            SELECT i.value FROM infobox i JOIN articles a ON a.id = i.article_id
            WHERE i.norm_key = ? AND a.key IN (SELECT article_key FROM watch_events)
            """,
            [norm_key],
        )
        return [row[0] for row in rows]

    # -- stored times ---------------------------------------------------------------------------

    # (table, the column holding a moment, the column that says whose it is)
    _MOMENTS = (
        ("watch_events", "watched_at", "article_key"),
        ("notes", "updated_at", "article_key"),
        ("show_notes", "updated_at", "show_key"),
        ("passes", "started_at", "show_key"),
    )

    def bad_times(self) -> list[BadTime]:
        """Stored moments that are not in the stored form: unreadable, impossible, or
        written another way (``Z``, another zone) by an older version or by hand."""
        found = []
        for table, column, owner in self._MOMENTS:
            rows = self.db.execute(
                f"SELECT rowid, {owner}, {column} FROM {table} WHERE {column} IS NOT NULL"
            )
            for rowid, key, value in rows:
                if not is_canonical(value):
                    found.append(BadTime(table, column, rowid, key, value))
        return found

    def repair_times(self, bad: Sequence[BadTime]) -> list[str]:
        """Fix stored moments: what can be read is rewritten in the stored form; a play whose
        time cannot be a moment keeps its place as "date unknown"; a note's or a pass's time
        that cannot be read becomes the time of the repair. Returns what was done."""
        done = []
        stamp = to_timestamp(now_utc())
        with self.transaction():
            for item in bad:
                try:
                    fixed: str | None = parse_timestamp(item.value, naive_is_local=False)
                    said = f"rewritten as {fixed}"
                except TimeError:
                    fixed = None if item.table == "watch_events" else stamp
                    said = "now: date unknown" if fixed is None else f"set to {fixed}"
                self.db.execute(
                    f"UPDATE {item.table} SET {item.column} = ? WHERE rowid = ?",
                    [fixed, item.rowid],
                )
                done.append(f"{item.key}: {item.column} {item.value!r} {said}")
        return done

    # -- history ---------------------------------------------------------------------------------

    def history(
        self,
        show_key: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[HistoryEntry]:
        """Plays newest first, optionally of one show and within [since, until)."""
        clauses, params = [], []
        if show_key is not None:
            clauses.append("a.show_key = ?")
            params.append(show_key)
        if since:
            clauses.append("w.watched_at >= ?")
            params.append(since)
        if until:
            clauses.append("w.watched_at < ?")
            params.append(until)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        tail = f"LIMIT {int(limit)}" if limit else ""
        rows = self.db.execute(
            f"""
            SELECT w.uid, w.watched_at, w.article_key, a.title, s.name, a.show_key,
                   a.season, a.episode
            FROM watch_events w
            LEFT JOIN articles a ON a.key = w.article_key
            LEFT JOIN shows s ON s.key = a.show_key
            {where} ORDER BY w.watched_at DESC, w.id DESC {tail}
            """,
            params,
        )
        return [HistoryEntry(*row) for row in rows]

    # -- notes ------------------------------------------------------------------------------------

    # Notes on articles and notes on shows live in two tables of one shape.
    _NOTE_KEY = {"notes": "article_key", "show_notes": "show_key"}

    def _note_row(self, table: str, key: str) -> tuple[str, str] | None:
        row = self.db.execute(
            f"SELECT text, updated_at FROM {table} WHERE {self._NOTE_KEY[table]} = ?", [key]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _store_note(self, table: str, key: str, text: str, updated_at: str) -> None:
        """Upsert a note, or delete it when the text is blank (inside the caller's atomic)."""
        column = self._NOTE_KEY[table]
        if text.strip():
            self.db.execute(
                f"INSERT INTO {table} ({column}, text, updated_at) VALUES (?, ?, ?) "
                f"ON CONFLICT ({column}) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                [key, text, updated_at],
            )
        else:
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [key])

    def note(self, key: str) -> str | None:
        entry = self._note_row("notes", key)
        return entry[0] if entry else None

    def note_entry(self, key: str) -> tuple[str, str] | None:
        return self._note_row("notes", key)

    def set_note(self, key: str, text: str) -> None:
        """Save a note (empty text removes it), and keep the search index in step."""
        self.write_note(key, text, to_timestamp(now_utc()))

    def write_note(self, key: str, text: str, updated_at: str) -> None:
        with self.transaction():
            self._store_note("notes", key, text, updated_at)
            self.db.execute(
                "UPDATE search_index SET note = ? "
                "WHERE rowid = (SELECT id FROM articles WHERE key = ?)",
                [text if text.strip() else "", key],
            )

    def show_note(self, show_key: str) -> str | None:
        entry = self._note_row("show_notes", show_key)
        return entry[0] if entry else None

    def show_note_entry(self, show_key: str) -> tuple[str, str] | None:
        return self._note_row("show_notes", show_key)

    def set_show_note(self, show_key: str, text: str) -> None:
        self.write_show_note(show_key, text, to_timestamp(now_utc()))

    def write_show_note(self, show_key: str, text: str, updated_at: str) -> None:
        with self.transaction():
            self._store_note("show_notes", show_key, text, updated_at)

    def all_notes(self, text: str = "") -> list[NoteEntry]:
        """Every note, newest change first; ``text`` keeps those that hold it (any case)."""
        rows = self.db.execute(
            """
            SELECT n.article_key, 0, COALESCE(a.title, n.article_key), s.name, n.text,
                   n.updated_at
            FROM notes n LEFT JOIN articles a ON a.key = n.article_key
            LEFT JOIN shows s ON s.key = a.show_key
            UNION ALL
            SELECT sn.show_key, 1, COALESCE(s.name, sn.show_key), s.name, sn.text, sn.updated_at
            FROM show_notes sn LEFT JOIN shows s ON s.key = sn.show_key
            ORDER BY 6 DESC
            """
        )
        needle = text.casefold().strip()
        entries = [
            NoteEntry(k, bool(on_show), t, show, body, at) for k, on_show, t, show, body, at in rows
        ]
        if needle:
            entries = [
                e for e in entries if needle in e.text.casefold() or needle in e.title.casefold()
            ]
        return entries
