"""Plays: every viewing of an article, with its stable id and its time (or date unknown),
the watched state they give in the current pass, and the watch history.

Keyed by the article's identity (its folded title), never by a row id, so that removing or
re-importing an article cannot touch them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from guide.core.ids import new_uid, stable_uid
from guide.core.library.manager import Manager
from guide.core.library.sql import IN_CURRENT_PASS
from guide.core.times import now_utc, to_timestamp


def episode_code(season: int | None, episode: int | None, label: str | None = None) -> str:
    """`S01E02`, `S03E13a`, `S02`, `E25` or empty."""
    number = f"E{episode:02}" if episode is not None else ""
    if episode is not None and label and label != str(episode):
        number += label[len(str(episode)) :]
    return f"S{season:02}{number}" if season is not None else number


@dataclass(frozen=True)
class Play:
    """One viewing. ``uid`` is its stable identity (undo addresses plays by it, never by a
    row id that SQLite may reuse); ``watched_at`` is None when the date is unknown."""

    uid: str
    article_key: str
    watched_at: str | None
    pass_uid: str | None = None  # the rewatch it counts in; None: the first watch
    device: str = ""  # the library that recorded it
    source: str | None = None  # where it was imported from ("Trakt", …); None: here
    replaces: str | None = field(default=None, compare=False)  # undo: the play it brings back

    def entry(self) -> dict[str, Any]:
        """The play as a journal entry (library.entries reads it back)."""
        return {
            "type": "play",
            "uid": self.uid,
            "key": self.article_key,
            "watched_at": self.watched_at,
            "pass": self.pass_uid,
            "device": self.device,
            "source": self.source,  # None: recorded here
        }


@dataclass(frozen=True)
class HistoryEntry:
    uid: str
    watched_at: str | None
    article_key: str
    pass_number: int
    title: str | None  # None: the article is not in the library (any more)
    show: str | None
    show_key: str | None
    season: int | None
    episode: int | None
    source: str | None = None  # imported from ("Trakt", …); None: recorded here or synced
    episode_label: str | None = None
    display_title: str | None = None  # as the article is named everywhere on screen

    @property
    def code(self) -> str:
        return episode_code(self.season, self.episode, self.episode_label)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.uid,
            "pass": self.pass_number,
            "watched_at": self.watched_at,
            "title": self.title or self.article_key,
            "show": self.show,
            "season": self.season,
            "episode": self.episode,
            "source": self.source,
        }


_PLAY_COLUMNS = "uid, article_key, watched_at, pass_uid, device, source"


# History's columns as it sorts them (the SQL is fixed here; callers name a column).
HISTORY_ORDERS: dict[str, tuple[str, ...]] = {
    "date": ("w.watched_at",),
    "show": ("s.name COLLATE NOCASE",),
    "episode": ("a.season", "a.episode", "a.episode_label"),
    "title": ("COALESCE(a.display_title, a.title) COLLATE NOCASE",),
    "from": ("w.source COLLATE NOCASE",),
}


class Plays(Manager):
    def of(self, key: str) -> list[Play]:
        """Every play of an article, in every pass, oldest first (unknown dates first)."""
        rows = self.db.execute(
            f"SELECT {_PLAY_COLUMNS} FROM watch_events WHERE article_key = ? "
            "ORDER BY watched_at, id",
            [key],
        )
        return [Play(*row) for row in rows]

    def all(self) -> Iterator[Play]:
        rows = self.db.execute(f"SELECT {_PLAY_COLUMNS} FROM watch_events ORDER BY id")
        for row in rows:
            yield Play(*row)

    def by_uid(self, uids: Iterable[str]) -> list[Play]:
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

    def new(self, keys: Iterable[str], at: datetime | None = None) -> list[Play]:
        """Plays not yet recorded: one for each article, all at the same moment."""
        stamp = to_timestamp(at or now_utc())
        device = self.library.device
        return [Play(new_uid(), key, stamp, self.current_pass_of(key), device) for key in keys]

    def current_pass_of(self, key: str) -> str | None:
        """The pass a play of this article recorded now counts in: its show's current one."""
        return self._scalar(  # type: ignore[no-any-return]
            "SELECT p.uid FROM articles a JOIN current_pass p ON p.show_key = a.show_key "
            "WHERE a.key = ?",
            [key],
        )

    def pass_at(self, key: str, watched_at: str | None) -> str | None:
        """The pass a play at that moment fell in by time (for files that name no pass)."""
        return self._scalar(  # type: ignore[no-any-return]
            "SELECT p.uid FROM passes p JOIN articles a ON a.show_key = p.show_key "
            "WHERE a.key = ? AND p.started_at <= ? ORDER BY p.started_at DESC, p.uid DESC "
            "LIMIT 1",
            [key, watched_at or ""],
        )

    def watch(self, key: str, at: datetime | None = None) -> Play:
        """Record one more viewing of an article (now, unless given)."""
        play = self.new([key], at)[0]
        self.add([play])
        return play

    def unwatch(self, key: str) -> list[Play]:
        """Unwatched in the current pass: removes those plays and returns them."""
        with self.transaction():
            return self.remove(self.in_current_pass([key]))

    def add(self, plays: Iterable[Play]) -> list[Play]:
        """Record plays (a play whose uid is already there is left as it is); returns those
        that were added."""
        added = []
        with self.transaction():
            for play in plays:
                cursor = self.db.execute(  # never a play deleted somewhere (its tombstone):
                    "INSERT OR IGNORE INTO watch_events "  # another copy never undoes a delete
                    "(uid, article_key, watched_at, pass_uid, device, source) "
                    "SELECT ?, ?, ?, ?, ?, ? "
                    "WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE uid = ?)",
                    [
                        play.uid,
                        play.article_key,
                        play.watched_at,
                        play.pass_uid,
                        play.device,
                        play.source,
                        play.uid,
                    ],
                )
                if cursor.rowcount:
                    added.append(play)
                    if play.replaces is not None:
                        self.db.execute(
                            "INSERT OR REPLACE INTO play_successors VALUES (?, ?)",
                            [play.replaces, play.uid],
                        )
                    self.library.journal.record(play.entry())
        return added

    def remove(self, plays: Iterable[Play], *, as_read: bool = False) -> list[Play]:
        """Remove plays by their uid; returns those that were there, as they were.
        ``as_read``: the plays were read in the caller's transaction (Unwatch), so they are
        there as given: no successor to follow, nothing to read again."""
        if as_read:
            assert self.db.conn.in_transaction, "as_read: plays read in this transaction"
            for play in plays:
                self.db.execute("DELETE FROM watch_events WHERE uid = ?", [play.uid])
                self.library.tombstones.bury(play.uid, "play")
            return list(plays)
        with self.transaction():
            present = self.by_uid(self.latest(p.uid) for p in plays)
            for play in present:
                self.forget(play.uid)
        return present

    def latest(self, uid: str) -> str:
        """A play's id, or, if it was deleted and brought back by an undo, its successor's."""
        seen = {uid}
        while True:
            successor = self._scalar("SELECT successor FROM play_successors WHERE uid = ?", [uid])
            if successor is None or successor in seen:
                return uid
            seen.add(successor)
            uid = successor

    def forget(self, uid: str) -> bool:
        """Delete a play by id, leaving a tombstone so that the delete travels; True if the
        play was here."""
        with self.transaction():
            cursor = self.db.execute("DELETE FROM watch_events WHERE uid = ?", [uid])
            self.library.tombstones.bury(uid, "play")
        return bool(cursor.rowcount)

    def in_current_pass(self, keys: Sequence[str]) -> list[Play]:
        """The plays that make these articles watched now (earlier passes' plays excluded)."""
        found: list[Play] = []
        for key in keys:
            rows = self.db.execute(
                f"SELECT {', '.join('w.' + c for c in _PLAY_COLUMNS.split(', '))} "
                "FROM watch_events w LEFT JOIN articles a ON a.key = w.article_key "
                "LEFT JOIN current_pass p ON p.show_key = a.show_key "
                f"WHERE w.article_key = ? AND {IN_CURRENT_PASS.format(play='w', current='p.uid')} "
                "ORDER BY w.watched_at, w.id",
                [key],
            )
            found += [Play(*row) for row in rows]
        return found

    def watched_keys(self, keys: Iterable[str]) -> set[str]:
        """Of these articles, those watched in their show's current pass."""
        keys = list(keys)
        if not keys:
            return set()
        marks = ", ".join("?" * len(keys))
        rows = self.db.execute(  # and plays of articles not in the library: any play counts
            f"SELECT key FROM watched_now WHERE key IN ({marks}) "
            f"UNION SELECT article_key FROM watch_events WHERE article_key IN ({marks}) "
            "AND article_key NOT IN (SELECT key FROM articles)",
            keys + keys,
        )
        return {row[0] for row in rows}

    def add_if_new(self, key: str, watched_at: str | None) -> bool:
        """Add a play unless the article already has one at that moment (a file that names
        no ids: format 1). Its id is named by the article and the moment, so the same play
        merged into two libraries is one play when they sync."""
        known = self._scalar(
            "SELECT 1 FROM watch_events WHERE article_key = ? AND watched_at IS ?",
            [key, watched_at],
        )
        if known:
            return False
        uid = stable_uid(key, watched_at) if watched_at is not None else new_uid()
        play = Play(uid, key, watched_at, self.pass_at(key, watched_at), self.library.device)
        return bool(self.add([play]))

    def show_activity(self) -> dict[str, str]:
        """Show key -> the time of its latest play in the current pass ('' if unknown)."""
        rows = self.db.execute(
            f"""
            SELECT a.show_key, COALESCE(MAX(w.watched_at), '') FROM watch_events w
            JOIN articles a ON a.key = w.article_key
            LEFT JOIN current_pass p ON p.show_key = a.show_key
            WHERE a.show_key IS NOT NULL
              AND {IN_CURRENT_PASS.format(play="w", current="p.uid")}
            GROUP BY a.show_key
            """
        )
        return dict(rows.fetchall())  # '' : played, on dates unknown

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

    def history(
        self,
        show_key: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "date",
        descending: bool = True,
    ) -> list[HistoryEntry]:
        """Plays newest first, optionally of one show and within [since, until); ``limit``
        of them from the ``offset``-th on (a page of the window's History). ``order`` sorts by
        another column of History (one of HISTORY_ORDERS), plays that tie newest first."""
        where, params = self._history_filter(show_key, since, until)
        tail = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
        direction = "DESC" if descending else "ASC"
        first = ", ".join(f"{term} {direction}" for term in HISTORY_ORDERS[order])
        rows = self.db.execute(
            f"""
            SELECT w.uid, w.watched_at, w.article_key, COALESCE(p.number, 1), a.title, s.name,
                   a.show_key, a.season, a.episode, w.source, a.episode_label, a.display_title
            FROM watch_events w
            LEFT JOIN articles a ON a.key = w.article_key
            LEFT JOIN shows s ON s.key = a.show_key
            LEFT JOIN passes p ON p.uid = w.pass_uid
            {where} ORDER BY {first}, w.watched_at DESC, w.id DESC {tail}
            """,
            params,
        )
        return [HistoryEntry(*row) for row in rows]

    def history_count(
        self, show_key: str | None = None, since: str | None = None, until: str | None = None
    ) -> int:
        """How many plays history() would give, without reading them."""
        where, params = self._history_filter(show_key, since, until)
        join = "LEFT JOIN articles a ON a.key = w.article_key" if show_key is not None else ""
        row = self.db.execute(f"SELECT COUNT(*) FROM watch_events w {join} {where}", params)
        return int(row.fetchone()[0])

    @staticmethod
    def _history_filter(
        show_key: str | None, since: str | None, until: str | None
    ) -> tuple[str, list[str]]:
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
        return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params
