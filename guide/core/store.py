"""The library: one SQLite file that owns every article and all personal data.

All SQL of the application lives here. Every write is a transaction (``db.atomic()``); the
schema is versioned and migrated forward on open (see :mod:`guide.core.schema`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guide.core import health, ordering, schema
from guide.core.article import (
    LINK_KEYS,
    MEANING_KEYS,
    Article,
    Kind,
    Section,
    fold_show,
    fold_title,
    normalise_key,
)
from guide.core.copies import check_file, copy_now
from guide.core.dates import parse_airdate
from guide.core.db import Database, file_uri
from guide.core.errors import (
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryMissing,
    LibraryTooNew,
    UnknownArticle,
    error_kind,
    first_problem,
    is_busy,
    write_error,
)
from guide.core.files import unwritable_reason
from guide.core.paths import path_text
from guide.core.query import unsegmented
from guide.core.sql import CURRENT_PASS_OF_ARTICLE, IN_CURRENT_PASS
from guide.core.times import now_utc, to_timestamp

if TYPE_CHECKING:
    from guide.core import query
    from guide.core.journal import Journal
    from guide.core.moments import StoredTimes
    from guide.core.notes import Notes
    from guide.core.passes import Passes
    from guide.core.plays import Plays
    from guide.core.ratings import Ratings
    from guide.core.searches import SavedSearches
    from guide.core.statuses import Statuses
    from guide.core.tombstones import Tombstones

__all__ = ["Library"]


# How long a write waits for another writer before it says so, and before it gives up.
# The window passes a short total wait (it must not freeze) and retries on its own.
BUSY_STEP_MS = 250
QUICK_CHECK_SECONDS = 5.0
DEFAULT_MAX_WAIT = 60.0


@dataclass(frozen=True)
class Show:
    key: str
    name: str
    episodes: int
    watched: int  # in the current pass
    pass_number: int = 1  # 2 and more: a rewatch


@dataclass(frozen=True)
class ArticleRow:
    """One line of the navigator."""

    id: int
    key: str
    title: str
    display_title: str
    kind: Kind
    show_key: str | None
    show: str | None
    season: int | None
    episode: int | None
    plays: int  # in every pass
    has_note: bool
    watched: bool  # in the show's current pass
    rating: int | None = None  # 1–10; an overview's or a list's is its show's
    episode_label: str | None = None  # the number as written: "13a"
    place_season: int | None = None  # the season it is placed in (its own, or its links')


@dataclass(frozen=True)
class SeasonGroup:
    season: int | None
    episodes: int
    watched: int


@dataclass(frozen=True)
class ArticleRecord:
    """An article as the library holds it, with its personal data."""

    id: int
    article: Article
    kind: Kind
    show_key: str | None
    show: str | None
    plays: tuple[str | None, ...]  # every play's time, in every pass, oldest first
    note: str | None
    source_path: str | None
    watched: bool = False  # in the show's current pass
    pass_number: int = 1
    note_conflicts: tuple[str, ...] = ()  # the other heads' texts, when edited in two places
    rating: int | None = None  # 1–10; an overview's or a list's is its show's
    # Read with its first fields only (record(fields=N)): how many it has in all.
    infobox_total: int | None = None

    @property
    def key(self) -> str:
        return self.article.key

    @property
    def last_watched(self) -> str | None:
        return self.plays[-1] if self.plays else None

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "title": a.title,
            "display_title": a.display_title,
            "show": self.show,
            "season": a.season,
            "episode": a.episode,
            "kind": str(self.kind),
            "airdate": a.airdate,
            "infobox": [[key, value] for key, value in a.infobox],
            "lead": list(a.lead),
            "sections": [
                {"level": s.level, "heading": s.heading, "paragraphs": list(s.paragraphs)}
                for s in a.sections
            ],
            "prev": a.prev,
            "next": a.next,
            "episode_list": a.episode_list,
            "watched": self.watched,
            "plays": len(self.plays),
            "last_watched": self.last_watched,
            "note": self.note,
            "note_conflicts": list(self.note_conflicts),
            "rating": self.rating,
        }


# FTS5's snippet() marks the words that matched with these (never in an article's text);
# a hit's snippet brackets them for the command line and JSON ("[Sigrid] Aas"), the window
# draws them bold (SearchHit.marked).
OPEN, CLOSE = "\x02", "\x03"
_MARKED = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]+){CLOSE}")


def _lines(text: str) -> str:
    """A snippet's lines on one line, a heading kept apart from what follows it ("Plot ·
    Harald Vik tells…", not "Plot Harald Vik tells…")."""
    return " · ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _mark(value: str, term: str) -> str:
    """``value`` with each occurrence of ``term`` (any case) marked, as snippets are."""
    return re.sub(
        re.escape(term), lambda m: f"{OPEN}{m.group(0)}{CLOSE}", value, flags=re.IGNORECASE
    )


@dataclass(frozen=True)
class _Where:
    snippet: str
    fields: tuple[str, ...]  # the infobox keys whose values matched
    prose: bool
    note: bool


@dataclass(frozen=True)
class SearchHit:
    id: int
    title: str
    display_title: str
    show: str | None
    snippet: str
    rank: float
    matched: tuple[str, ...] = ()  # which parts of the query matched, for the user
    unwatched_episode: bool = False  # what the Spoiler Shield folds away
    code: str = ""  # an unwatched episode's number ("S01E02"): what a hidden title shows
    marked: str = ""  # the snippet with its matches between OPEN and CLOSE (not brackets)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "display_title": self.display_title,
            "show": self.show,
            "snippet": self.snippet,
            "matched": list(self.matched),
            "rank": self.rank,
        }


@dataclass(frozen=True)
class StoredFile:
    """What the library remembers of an imported file's bytes."""

    title: str
    key: str


@dataclass
class Counts:
    articles: int = 0
    shows: int = 0
    episodes: int = 0
    watched: int = 0  # episodes watched at least once, in any pass (a rewatch takes none away)
    notes: int = 0


# Navigator order: shows by name; in a show the overview, the list, numbered seasons, the rest.
_ROW_ORDER = """
    ORDER BY s.name IS NULL, s.name COLLATE NOCASE, a.show_key,
             CASE a.kind WHEN 'overview' THEN 0 WHEN 'list' THEN 1 ELSE 2 END,
             a.place_season IS NULL, a.place_season, a.position,
             a.title COLLATE NOCASE
"""
# Watched in the show's current pass, row by row through the (article_key, watched_at)
# index; reading the whole watched_now view for each list cost 50 ms with 5,000 plays.
_WATCHED = f"""EXISTS (SELECT 1 FROM watch_events w WHERE w.article_key = a.key
    AND {IN_CURRENT_PASS.format(play="w", current=CURRENT_PASS_OF_ARTICLE)})"""
# An article's rating; an overview's or a list's is its show's (as ArticleRecord.rating).
_RATING = """(SELECT r.rating FROM ratings r WHERE r.rating > 0 AND (
    (r.on_show = 0 AND r.key = a.key)
    OR (r.on_show = 1 AND a.kind IN ('overview', 'list') AND r.key = a.show_key)))"""
# Navigator order within a group (see _ROW_ORDER), as a row value that compares.
_GROUP_ORDER_PARTS = (
    "CASE a.kind WHEN 'overview' THEN 0 WHEN 'list' THEN 1 ELSE 2 END",
    "a.place_season IS NULL",
    "COALESCE(a.place_season, 0)",
    "a.position",
    "a.title COLLATE NOCASE",
    "a.id",
)
_GROUP_ORDER_KEY = ", ".join(_GROUP_ORDER_PARTS)
_PLACE_NULL_SEASON = 10**15  # see Library.next_episodes
_PLACE_SEASON = 10**8
# Each show's figures counted from its own episodes and plays, per show through the indexes.
_SHOW_FIGURES = """
    SELECT s.key, s.name,
        (SELECT COUNT(*) FROM articles a WHERE a.show_key = s.key AND a.kind = 'episode')
            AS episodes,
        (SELECT COUNT(DISTINCT a.key) FROM articles a
         JOIN watch_events w ON w.article_key = a.key
         WHERE a.show_key = s.key AND a.kind = 'episode' AND w.pass_uid IS p.uid) AS watched,
        COALESCE(p.number, 1) AS pass
    FROM shows s LEFT JOIN current_pass p ON p.show_key = s.key"""
# Shows whose figures are not in show_counts (see schema v11): a missing row is counted alike
# whether a transaction fills it or a reader meets it.
_UNCOUNTED_SHOWS = f"{_SHOW_FIGURES} WHERE s.key NOT IN (SELECT show_key FROM show_counts)"
_ROW_COLUMNS = f"""
    a.id, a.key, a.title, a.display_title, a.kind, a.show_key, s.name, a.season, a.episode,
    (SELECT COUNT(*) FROM watch_events w WHERE w.article_key = a.key),
    EXISTS (SELECT 1 FROM notes n WHERE n.article_key = a.key),
    {_WATCHED},
    {_RATING},
    a.episode_label,
    a.place_season
"""


class Library:
    """An open library file. Not thread-safe: open one Library per thread.

    The library keeps the connection, the transactions and the lifecycle, and the articles;
    each noun of personal data has its manager (``library.plays``, ``library.passes``,
    ``library.notes``, ``library.searches``, ``library.times``), in the manner of Anki's
    collection."""

    def __init__(
        self,
        path: str | Path,
        *,
        max_wait: float = DEFAULT_MAX_WAIT,
        verify: bool = True,
        reader: bool = False,
        create: bool = True,
    ):
        """``reader``: a connection that only reads (the window's search thread): it never
        finishes another's import or takes a device id, so it never waits for a writer.
        ``create``: make a new library when none is at the path (only a path where nothing
        is becomes a new library; an empty file is refused as damaged)."""
        self.path = Path(path)
        self.reader = reader
        self.created = False
        if os.path.islink(self.path) and not os.path.exists(self.path):
            raise LibraryMissing(
                f"{self.path} is a link to nothing ({os.readlink(self.path)}: a drive not "
                "mounted?); nothing was created"
            )
        if not os.path.lexists(self.path):
            if not create or reader:
                raise LibraryMissing(
                    f"there is no library at {self.path}; nothing was created (a command that "
                    "imports, `guide import` or `guide samples`, or the window makes one)"
                )
            self.created = _create_file(self.path)
        # A write waits up to max_wait seconds for another writer; on_busy(message) is told
        # once per write when it has to wait (the CLI prints it, the window shows it).
        self.max_wait = max_wait
        self.on_busy: Callable[[str], None] | None = None
        self.verified = False  # the check found it whole (or it was whole when last seen)
        self.device = ""  # this library's device id, read (or taken) once it is open
        self._memo: dict[str, tuple[tuple[int, int], Any]] = {}
        # Why changes cannot be saved (a full disk, a read-only file system), when the file
        # could be opened only for reading; None when it is writable.
        self.read_only: str | None = None
        self.db = Database(None)  # type: ignore[arg-type]  # until _connect gives it
        try:
            self.db = _connect(self.path)
            self._prepare()
            if verify and not self.created:
                self._verify()
        except LibraryError as error:
            self.db.close()
            cause = error.__cause__
            unwritable = isinstance(cause, sqlite3.Error) and error_kind(cause) in (
                "full",
                "read-only",
                "io",
            )
            reason = unwritable_reason(self.path) if unwritable and not self.created else None
            if reason is None:
                raise
            self._open_for_reading(reason, verify=verify)
        except BaseException:
            self.db.close()
            raise

    # -- the managers, each loaded when first used (`guide shows` needs none of them) --------

    @cached_property
    def plays(self) -> Plays:
        from guide.core.plays import Plays

        return Plays(self)

    @cached_property
    def passes(self) -> Passes:
        from guide.core.passes import Passes

        return Passes(self)

    @cached_property
    def notes(self) -> Notes:
        from guide.core.notes import Notes

        return Notes(self)

    @cached_property
    def searches(self) -> SavedSearches:
        from guide.core.searches import SavedSearches

        return SavedSearches(self)

    @cached_property
    def times(self) -> StoredTimes:
        from guide.core.moments import StoredTimes

        return StoredTimes(self)

    @cached_property
    def tombstones(self) -> Tombstones:
        from guide.core.tombstones import Tombstones

        return Tombstones(self)

    @cached_property
    def statuses(self) -> Statuses:
        from guide.core.statuses import Statuses

        return Statuses(self)

    @cached_property
    def ratings(self) -> Ratings:
        from guide.core.ratings import Ratings

        return Ratings(self)

    @cached_property
    def journal(self) -> Journal:
        from guide.core.journal import Journal

        return Journal(self)

    # -- opening ---------------------------------------------------------------------------

    def _prepare(self) -> None:
        try:
            version = self._scalar("PRAGMA user_version")
            application_id = self._scalar("PRAGMA application_id")
            has_tables = self._scalar("SELECT COUNT(*) FROM sqlite_master") > 0
        except sqlite3.DatabaseError as error:
            if error_kind(error) != "damaged":
                raise write_error(self.path, error) from error
            raise LibraryDamaged(
                f"{self.path} is not an Episode Guide library, or it is damaged ({error})"
            ) from error
        if not has_tables and not self.created:
            raise LibraryDamaged(
                f"{self.path} holds no library (the file is empty: truncated, or not made by "
                "Episode Guide). It was left untouched; restore it from a backup "
                "(guide restore), or remove it to start a new library"
            )
        if has_tables and application_id != schema.APPLICATION_ID:
            raise LibraryError(f"{self.path} is an SQLite file, but not an Episode Guide library")
        if version > schema.LATEST_VERSION:
            raise LibraryTooNew(
                f"{self.path} was written by a newer version of Episode Guide (library format "
                f"{version}; this version reads up to {schema.LATEST_VERSION}). "
                "It was left untouched."
            )
        if 0 < version < schema.LATEST_VERSION:
            self._backup_before_migration(version)
        try:
            self.db.enable_wal()
            if version < schema.LATEST_VERSION:
                self.db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                schema.migrate(self.db.conn)
                if not self.reader:
                    with self.db.atomic():
                        count_shows(self.db.conn)
            if not self.reader:
                self.device = self._device_id()
                if self._scalar("SELECT COUNT(*) FROM pending_order"):
                    self.refresh_order()
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"{self.path} could not be opened ({error})") from error

    def _device_id(self, *, renew: bool = False) -> str:
        """This file's device id; a new one when the file was copied, restored from
        elsewhere or moved (its path or inode changed): two files never write as one."""
        info = os.stat(self.path)
        where = (path_text(self.path), info.st_ino)
        row = self.db.execute("SELECT id, path, inode FROM device").fetchone()
        if row is not None and (row[1], row[2]) == where and not renew:
            return str(row[0])
        from guide.core.ids import new_uid

        device = new_uid()
        with self.transaction():
            self.db.execute("DELETE FROM device")
            self.db.execute(
                "INSERT INTO device (id, path, inode) VALUES (?, ?, ?)", [device, *where]
            )
        return device

    def _open_for_reading(self, reason: str, *, verify: bool) -> None:
        """Open a library that cannot be written now, to read it: SQLite's read-only mode,
        or, where even that needs to write (the shared-memory file on a full disk), the
        file as it is on disk, when no change waits in its write-ahead log."""
        self.read_only = reason
        wal = self.path.with_name(self.path.name + "-wal")
        for mode in ("ro", "immutable"):
            if mode == "immutable" and wal.exists() and wal.stat().st_size > 0:
                break
            try:
                self.db = _connect(self.path, mode)
                version = self._scalar("PRAGMA user_version")
                application_id = self._scalar("PRAGMA application_id")
            except (LibraryError, sqlite3.DatabaseError):
                self.db.close()
                continue
            if application_id != schema.APPLICATION_ID or version != schema.LATEST_VERSION:
                self.db.close()
                raise LibraryError(
                    f"{self.path} cannot be opened: {reason}, and it would have to be "
                    "upgraded first"
                )
            try:
                if verify:
                    self._verify()
            except BaseException:
                self.db.close()
                raise
            return
        raise LibraryError(
            f"{self.path} cannot be read: {reason}, and its latest changes are still in "
            f"{wal.name}. Free some room (or make it writable) and try again"
        )

    def renew_device(self) -> None:
        """Write as a new device from now on (this file's journal went back: what its old
        id published is not what it holds)."""
        self.device = self._device_id(renew=True)

    def _verify(self) -> None:
        """Refuse a damaged file: SQLite's integrity_check, run when the file changed since the
        last time it was found whole (bounded in time; past that it is judged next time)."""
        stamp = health.file_stamp(self.path)
        if stamp is not None and stamp == health.clean_stamp(self.path):
            self.verified = True
            return
        result = self.quick_check(QUICK_CHECK_SECONDS)
        if result is None:  # a large file on a slow disk: its pages, at least
            result = check_file(self.db.conn, QUICK_CHECK_SECONDS, "quick_check")
        if result is None:
            return
        if result != ["ok"]:
            raise LibraryDamaged(
                f"{self.path} is damaged ({first_problem(result)}). It was left untouched; "
                "restore it from a backup"
            )
        self.verified = True
        if stamp is not None:
            health.remember_clean(self.path, stamp)

    def quick_check(self, seconds: float | None = None) -> list[str] | None:
        """SQLite's integrity_check (every page, and every index against its table): ["ok"],
        or what is wrong; None when it ran out of time."""
        return check_file(self.db.conn, seconds)

    def _backup_before_migration(self, version: int) -> None:
        copy_now(self.path, self.db.conn, label=f"before-v{schema.LATEST_VERSION}-from-v{version}")

    def reopen(self) -> None:
        """Open the file again (after its content was replaced by a backup): migrate,
        refresh, and write as a new device from now on: the backup's journal is older than
        what this device already wrote to a sync folder."""
        self.db.close()
        self._memo.clear()  # a new connection counts its changes from 0 again
        self.db = _connect(self.path)
        self._prepare()
        self.device = self._device_id(renew=True)

    def close(self) -> None:
        self.db.close()
        if self.verified:  # found whole at opening, so as this session leaves it
            stamp = health.file_stamp(self.path)
            if stamp is not None:
                health.remember_clean(self.path, stamp)

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: ``BEGIN IMMEDIATE`` (the write lock is taken first, so a
        read-then-write never fails half-way), waiting for other writers; nested blocks are
        savepoints. Any SQLite failure becomes one LibraryError and changes nothing."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():  # a savepoint inside the caller's transaction
                yield
            return
        if self.read_only is not None:
            raise LibraryError(
                f"changes to {self.path} cannot be saved: {self.read_only}; nothing was changed"
            )
        self._begin_immediate()
        try:
            yield
            count_shows(conn)
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.rollback()
            raise write_error(self.path, error) from error
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise

    def _begin_immediate(self) -> None:
        started = time.monotonic()
        told = False
        while True:
            try:
                self.db.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.Error as error:
                if not is_busy(error):
                    raise write_error(self.path, error) from error
                waited = time.monotonic() - started
                if waited >= self.max_wait:
                    raise LibraryBusy(
                        f"the library {self.path} is busy: another program has been writing to "
                        f"it for {waited:.0f} s; nothing was changed. Try again when it has "
                        "finished"
                    ) from error
                if not told and self.on_busy is not None:
                    told = True
                    self.on_busy("the library is busy (another program is writing to it); waiting…")

    def data_version(self) -> int:
        """Changes when another connection (another process, thread or window) commits."""
        return int(self._scalar("PRAGMA data_version"))

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def _scalar_list(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return [row[0] for row in self.db.execute(sql, params)]

    @property
    def version(self) -> int:
        return int(self._scalar("PRAGMA user_version"))

    # -- importing articles ----------------------------------------------------------------

    def stored_files(self) -> dict[str, StoredFile]:
        """Content hash -> the article those bytes produced, for skipping unchanged files."""
        rows = self.db.execute(
            "SELECT content_hash, title, key FROM articles WHERE content_hash IS NOT NULL"
        )
        return {digest: StoredFile(title, key) for digest, title, key in rows}

    def stored_article(self, title: str) -> Article | None:
        row = self.db.execute("SELECT id FROM articles WHERE key = ?", [fold_title(title)])
        found = row.fetchone()
        return self._load_article(found[0])[0] if found else None

    def write_articles(self, items: Iterable[tuple[Article, str | None, str | None]]) -> None:
        """Add or replace articles, each given with its source path and content hash.

        All of them are written in one transaction; personal data is never touched.
        """
        pending: set[str | None] = set()
        stamp = to_timestamp(now_utc())
        items = list(items)
        with self.transaction():
            # What is already there, read for the whole batch at once (two lookups per
            # article were a fifth of a first import).
            keys = list({article.key for article, _, _ in items})
            existing: dict[str, tuple[int, str | None]] = {}
            notes: dict[str, str] = {}
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows = self.db.execute(
                    f"SELECT key, id, show_key FROM articles WHERE key IN ({marks})", chunk
                )
                existing.update((key, (article_id, show)) for key, article_id, show in rows)
                rows = self.db.execute(
                    f"SELECT article_key, text FROM notes WHERE article_key IN ({marks})", chunk
                )
                notes.update(rows.fetchall())
            batch = _Batch(self.db.conn, existing, notes, stamp)
            for article, source_path, digest in items:
                pending.update(batch.write(article, source_path, digest))
            batch.flush()
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO pending_order (show_key) VALUES (?)",
                [(show_key or "",) for show_key in pending],
            )

    def remove_articles(self, keys: Iterable[str]) -> list[tuple[Article, str | None, str | None]]:
        """Take articles out of the library (their plays, notes and ratings stay, keyed by
        title, as always); returns them as they were, with their source path and content
        hash, so that they can be written back."""
        removed = []
        shows: set[str | None] = set()
        with self.transaction():
            for key in dict.fromkeys(keys):
                row = self.db.execute(
                    "SELECT id, source_path, content_hash, show_key FROM articles WHERE key = ?",
                    [key],
                ).fetchone()
                if row is None:
                    continue
                article_id, source_path, digest, show_key = row
                removed.append((self._load_article(article_id)[0], source_path, digest))
                shows.add(show_key)
                self.db.execute("DELETE FROM search_index WHERE rowid = ?", [article_id])
                self.db.execute("DELETE FROM search_trigram WHERE rowid = ?", [article_id])
                self.db.execute("DELETE FROM infobox WHERE article_id = ?", [article_id])
                self.db.execute("DELETE FROM bodies WHERE article_id = ?", [article_id])
                self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO pending_order (show_key) VALUES (?)",
                [(show_key or "",) for show_key in shows],
            )
            self.refresh_order()
        return removed

    def remember_file(self, title: str, source_path: str, digest: str) -> None:
        """Record new bytes for an article whose content did not change."""
        with self.transaction():
            self.db.execute(
                "UPDATE articles SET source_path = ?, content_hash = ? WHERE key = ?",
                [source_path, digest, fold_title(title)],
            )

    def refresh_order(self) -> None:
        """Recompute shows, overview links and navigator positions where imports changed them."""
        with self.transaction():
            self._refresh_shows()
        pending = [row[0] for row in self.db.execute("SELECT show_key FROM pending_order")]
        for show_key in pending:  # a show at a time: other writers wait a moment, not minutes
            with self.transaction():
                place_show(self.db.conn, show_key or None)
                self.db.execute("DELETE FROM pending_order WHERE show_key = ?", [show_key])

    def _refresh_shows(self) -> None:
        conn = self.db.conn
        conn.execute(
            "UPDATE articles SET kind = own_kind, show_key = own_show_key "
            "WHERE kind IS NOT own_kind OR show_key IS NOT own_show_key"
        )
        conn.execute(
            "DELETE FROM shows WHERE key NOT IN "
            "(SELECT own_show_key FROM articles WHERE own_show_key IS NOT NULL)"
        )
        conn.execute(
            """
            INSERT INTO shows (key, name)
            SELECT own_show_key,
                   COALESCE(MIN(CASE WHEN own_kind = 'episode' THEN own_show_name END),
                            MIN(own_show_name))
            FROM articles WHERE own_show_key IS NOT NULL GROUP BY own_show_key
            ON CONFLICT (key) DO UPDATE SET name = excluded.name
            """
        )
        conn.execute(
            "UPDATE articles SET kind = 'overview', show_key = key "
            "WHERE own_kind = 'other' AND key IN (SELECT key FROM shows)"
        )

    # -- reading ---------------------------------------------------------------------------

    def _remembered(self, name: str, compute: Callable[[], Any]) -> Any:
        """A whole-library figure, read again only when the library changed since (another
        connection's commit changes data_version; this one's writes, total_changes). The
        window asks for the shows three times while it opens."""
        if self.db.conn.in_transaction:
            return compute()  # a transaction may still be rolled back: never remembered
        stamp = (self.data_version(), self.db.conn.total_changes)
        found = self._memo.get(name)
        if found is not None and found[0] == stamp:
            return found[1]
        value = compute()
        self._memo[name] = (stamp, value)
        return value

    def counts(self) -> Counts:
        return self._remembered("counts", self._counts)  # type: ignore[no-any-return]

    def _counts(self) -> Counts:
        shows = self.shows()  # every episode belongs to a show: its counts add up
        return Counts(
            articles=self._scalar("SELECT COUNT(*) FROM articles"),
            shows=len(shows),
            episodes=sum(show.episodes for show in shows),
            watched=self._scalar(  # over the plays (its index), fewer than the articles
                "SELECT COUNT(*) FROM (SELECT DISTINCT article_key FROM watch_events) w "
                "JOIN articles a ON a.key = w.article_key WHERE a.kind = 'episode'"
            ),
            notes=self._scalar("SELECT COUNT(*) FROM notes"),
        )

    def shows(self) -> list[Show]:
        return list(self._remembered("shows", self._shows))

    def _shows(self) -> list[Show]:
        rows = self.db.execute(
            f"""
            SELECT s.key, s.name, c.episodes, c.watched, c.pass
            FROM shows s JOIN show_counts c ON c.show_key = s.key
            UNION ALL {_UNCOUNTED_SHOWS}
            ORDER BY 2 COLLATE NOCASE, 1
            """
        )
        return [Show(*row) for row in rows]

    def miscounted_shows(self) -> list[str]:
        """Names of the shows whose kept figures (show_counts) differ from a count from
        scratch: none, unless a bug or a hand-made change got past the triggers."""
        return self._scalar_list(
            f"""
            SELECT f.name FROM ({_SHOW_FIGURES}) f JOIN show_counts c ON c.show_key = f.key
            WHERE (c.episodes, c.watched, c.pass) IS NOT (f.episodes, f.watched, f.pass)
            ORDER BY f.name COLLATE NOCASE
            """
        )

    def recount_shows(self) -> None:
        """Count every show's figures again from scratch (`guide check --repair`)."""
        with self.transaction():
            self.db.execute("DELETE FROM show_counts")  # counted again as this commits

    def overview_key(self, show_key: str) -> str | None:
        """The article that carries a show's note: its overview, else its list article."""
        return self._scalar(
            "SELECT key FROM articles WHERE show_key = ? AND kind IN ('overview', 'list') "
            "ORDER BY kind = 'list' LIMIT 1",
            [show_key],
        )

    def find_show(self, name: str) -> Show:
        key = fold_title(name)
        for show in self.shows():
            if show.key == key:
                return show
        raise LibraryError(f"no show named '{name}' in the library")

    def seasons(self, show_key: str) -> list[SeasonGroup]:
        rows = self.db.execute(
            f"""
            SELECT a.place_season, COUNT(*), COALESCE(SUM({_WATCHED}), 0) FROM articles a
            WHERE a.show_key = ? AND a.kind = 'episode'
            GROUP BY a.place_season ORDER BY a.place_season IS NULL, a.place_season
            """,
            [show_key],
        )
        return [SeasonGroup(*row) for row in rows]

    def rows(
        self,
        show_key: str | None = None,
        *,
        all_shows: bool = False,
        text: str = "",
        unwatched_only: bool = False,
        keys: Collection[str] | None = None,
    ) -> list[ArticleRow]:
        """Articles in navigator order: every article, one show's, or those outside shows.

        ``text`` keeps articles whose title, display title or show name holds it (any case);
        ``unwatched_only`` keeps unwatched episodes (and no other kind of article); ``keys``
        keeps those articles only (a few: the ones a change touched).
        """
        clauses: list[str] = []
        params: list[Any] = []
        if not all_shows:
            clauses.append("a.show_key IS ?")
            params.append(show_key)
        if keys is not None:
            clauses.append(f"a.key IN ({', '.join('?' * len(keys))})")
            params.extend(keys)
        self._filter_clauses(text, unwatched_only, clauses, params)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            f"SELECT {_ROW_COLUMNS} FROM articles a LEFT JOIN shows s ON s.key = a.show_key "
            f"{where} {_ROW_ORDER}",
            params,
        )
        return [_article_row(row) for row in rows]

    def first_episodes(self, show_keys: Sequence[str]) -> dict[str, ArticleRow]:
        """Each show's first episode in broadcast order, in one query (a show not started:
        its next episode is its first)."""
        if not show_keys:
            return {}
        marks = ", ".join("?" * len(show_keys))
        rows = self.db.execute(
            f"""
            SELECT * FROM (
                SELECT {_ROW_COLUMNS}, ROW_NUMBER() OVER (
                    PARTITION BY a.show_key
                    ORDER BY a.place_season IS NULL, a.place_season, a.position,
                             a.title COLLATE NOCASE
                ) AS place
                FROM articles a LEFT JOIN shows s ON s.key = a.show_key
                WHERE a.kind = 'episode' AND a.show_key IN ({marks})
            ) WHERE place = 1
            """,
            list(show_keys),
        )
        found = [_article_row(row[:-1]) for row in rows]
        return {row.show_key: row for row in found if row.show_key is not None}

    def neighbours(self, article_id: int) -> tuple[int | None, int | None]:
        """The episodes before and after an article in navigator order within its show (the
        overview and the list are not steps between episodes): two indexed reads, whatever the
        show's size (reading the show whole cost 60 ms at 10,000 episodes, on every article
        opened)."""
        row = self.db.execute(
            f"SELECT a.show_key, {_GROUP_ORDER_KEY} FROM articles a WHERE a.id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None, None
        show_key, *place = row
        group = "a.show_key = ?" if show_key is not None else "a.show_key IS NULL"
        found = []
        for sign, direction in (("<", "DESC"), (">", "ASC")):
            order = ", ".join(f"{part} {direction}" for part in _GROUP_ORDER_PARTS)
            neighbour = self._scalar(
                f"SELECT a.id FROM articles a WHERE {group} AND a.kind = 'episode' "
                f"AND ({_GROUP_ORDER_KEY}) {sign} (?, ?, ?, ?, ?, ?) ORDER BY {order} LIMIT 1",
                [*([show_key] if show_key is not None else []), *place],
            )
            found.append(neighbour)
        return found[0], found[1]

    def next_episodes(self) -> dict[str, tuple[str, ArticleRow | None]]:
        """Up Next in one query: for each show with a play in its current pass, (the time of
        its latest play there, '' when unknown; its next episode or None when finished). The
        next is the first unwatched episode after the last one watched in broadcast order,
        else the first unwatched one left. Costs what the shows in progress hold near their
        places, never a read of every episode."""
        watched_in_pass = (
            "EXISTS (SELECT 1 FROM watch_events v WHERE v.article_key = e.key AND "
            + IN_CURRENT_PASS.format(play="v", current="lw.pass")
            + ")"
        )
        # An episode's place in broadcast order as one number, (season IS NULL, season,
        # position): unique in a show, since positions count from 0 within each season.
        place = (
            "(e.place_season IS NULL) * {big} + COALESCE(e.place_season, 0) * {step} + e.position"
        )
        place = place.format(big=_PLACE_NULL_SEASON, step=_PLACE_SEASON)
        order = "e.place_season IS NULL, e.place_season, e.position, e.title COLLATE NOCASE"
        in_pass = IN_CURRENT_PASS.format(play="w", current="p.uid")
        rows = self.db.execute(
            f"""
            WITH cp AS MATERIALIZED (SELECT show_key, uid FROM current_pass),  -- once
            lw AS (
                SELECT e.show_key, MAX({place}) AS place,
                       MAX(COALESCE(w.watched_at, '')) AS latest, p.uid AS pass
                FROM watch_events w
                CROSS JOIN articles e ON e.key = w.article_key  -- from the plays: fewer
                LEFT JOIN cp p ON p.show_key = e.show_key
                WHERE e.kind = 'episode' AND e.show_key IS NOT NULL
                  AND {in_pass}
                GROUP BY e.show_key
            )
            SELECT lw.show_key, lw.latest, COALESCE(
                (SELECT e.id FROM articles e WHERE e.show_key = lw.show_key
                 AND e.kind = 'episode' AND {place} > lw.place AND NOT {watched_in_pass}
                 ORDER BY {order} LIMIT 1),
                (SELECT e.id FROM articles e WHERE e.show_key = lw.show_key
                 AND e.kind = 'episode' AND NOT {watched_in_pass}
                 ORDER BY {order} LIMIT 1))
            FROM lw
            """
        ).fetchall()
        ids = [article_id for _, _, article_id in rows if article_id is not None]
        found: dict[int, ArticleRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT {_ROW_COLUMNS} FROM articles a LEFT JOIN shows s ON s.key = a.show_key "
                f"WHERE a.id IN ({marks})",
                chunk,
            ):
                article = _article_row(row)
                found[article.id] = article
        return {
            show_key: (latest, found.get(article_id) if article_id is not None else None)
            for show_key, latest, article_id in rows
        }

    def groups_matching(self, text: str = "", unwatched_only: bool = False) -> set[str | None]:
        """Show keys (None: outside any show) that hold at least one article passing a filter."""
        clauses: list[str] = []
        params: list[Any] = []
        self._filter_clauses(text, unwatched_only, clauses, params)
        if not clauses:  # every group: the shows (remembered), and whether any is outside
            outside = self._scalar("SELECT 1 FROM articles WHERE show_key IS NULL LIMIT 1")
            shows: set[str | None] = {show.key for show in self.shows()}
            return shows | ({None} if outside else set())
        where = f"WHERE {' AND '.join(clauses)}"
        rows = self.db.execute(f"SELECT DISTINCT a.show_key FROM articles a {where}", params)
        return {row[0] for row in rows}

    @staticmethod
    def _filter_clauses(
        text: str, unwatched_only: bool, clauses: list[str], params: list[Any]
    ) -> None:
        for word in text.split():  # keys are folded titles and show names: no lower() needed
            clauses.append(
                "(instr(a.key, ?) OR instr(COALESCE(a.show_key, ''), ?) OR "
                "(a.display_title <> a.title AND instr(lower(a.display_title), ?)))"
            )
            params.extend([word.casefold(), word.casefold(), word.lower()])
        if unwatched_only:
            clauses.append(f"a.kind IN ('episode', 'other') AND NOT {_WATCHED}")  # films too

    def titles_present(self, titles: Iterable[str]) -> dict[str, int]:
        """Of these titles, those in the library: folded title -> article id."""
        keys = list({fold_title(t) for t in titles if t})
        if not keys:
            return {}
        marks = ", ".join("?" * len(keys))
        rows = self.db.execute(f"SELECT key, id FROM articles WHERE key IN ({marks})", keys)
        return dict(rows.fetchall())

    def titles_of(self, keys: list[str]) -> dict[str, str]:
        """Article key -> title, for these keys (those in the library)."""
        titles: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT key, title FROM articles WHERE key IN ({marks})", chunk)
            titles.update(rows.fetchall())
        return titles

    def article_titles(self) -> dict[str, tuple[str, str | None]]:
        """Article key -> (title, show key), for every article."""
        rows = self.db.execute("SELECT key, title, show_key FROM articles")
        return {key: (title, show_key) for key, title, show_key in rows}

    def links(self) -> dict[str, tuple[str | None, str | None]]:
        """Article key -> (Prev, Next) as written."""
        rows = self.db.execute("SELECT key, prev, next FROM articles")
        return {key: (prev, following) for key, prev, following in rows}

    def integrity_check(self) -> list[str]:
        return [row[0] for row in self.db.execute("PRAGMA integrity_check")]

    def airdates(self, keys: Sequence[str]) -> dict[str, str]:
        """Article key -> airdate as written, for those that have one."""
        if not keys:
            return {}
        marks = ", ".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT key, airdate FROM articles WHERE key IN ({marks}) AND airdate IS NOT NULL",
            list(keys),
        )
        return dict(rows.fetchall())

    def episode_keys(
        self, show_key: str, season: int | None = None, *, whole_show: bool = True
    ) -> list[str]:
        """Episode identities of a show (or of one season of it), in navigator order."""
        rows = self.rows(show_key)
        return [
            r.key
            for r in rows
            if r.kind == Kind.EPISODE and (whole_show or r.place_season == season)
        ]

    def find(self, title: str, *, fields: int | None = None) -> ArticleRecord:
        """The article with this title (or display title), compared as identities are."""
        key = fold_title(title)
        row = self.db.execute("SELECT id FROM articles WHERE key = ?", [key]).fetchone()
        if row is None:
            candidates = self.db.execute(
                "SELECT id, display_title FROM articles WHERE display_title = ? COLLATE NOCASE",
                [title.strip()],
            ).fetchall()
            row = next((c for c in candidates if fold_title(c[1]) == key), None)
        if row is None:
            raise UnknownArticle(title)
        return self.record(row[0], fields=fields)

    def show_key_of(self, title: str) -> str | None:
        """The show an article belongs to (None: outside any show); UnknownArticle if absent.
        One indexed read, where find() would load the whole article."""
        row = self.db.execute(
            "SELECT show_key FROM articles WHERE key = ?", [fold_title(title)]
        ).fetchone()
        if row is None:
            raise UnknownArticle(title)
        return row[0]  # type: ignore[no-any-return]

    def record(self, article_id: int, *, fields: int | None = None) -> ArticleRecord:
        """An article with its personal data; with ``fields``, only its first infobox fields
        are read (the window shows 200 of an article's 100,000) and ``infobox_total`` says
        how many there are."""
        row = self.db.execute(
            "SELECT a.kind, a.show_key, s.name, a.key, a.source_path FROM articles a "
            "LEFT JOIN shows s ON s.key = a.show_key WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise LibraryError(f"article {article_id} is no longer in the library")
        kind, show_key, show_name, key, source_path = row
        article, total = self._load_article(article_id, fields)
        return ArticleRecord(
            id=article_id,
            article=article,
            kind=Kind(kind),
            show_key=show_key,
            show=show_name,
            plays=tuple(play.watched_at for play in self.plays.of(key)),
            note=self.notes.get(key),
            source_path=source_path,
            watched=bool(self.plays.watched_keys([key])),
            pass_number=self.passes.number(show_key) if show_key else 1,
            note_conflicts=tuple(self.notes.conflicts(key)),
            rating=self.rating_of(key, kind, show_key),
            infobox_total=total,
        )

    def rating_of(self, key: str, kind: str, show_key: str | None) -> int | None:
        """An article's rating; an overview or list article shows its show's."""
        if kind in (Kind.OVERVIEW, Kind.LIST) and show_key is not None:
            return self.ratings.get(show_key, on_show=True)
        return self.ratings.get(key)

    def _load_article(
        self, article_id: int, fields: int | None = None
    ) -> tuple[Article, int | None]:
        """The article, and with ``fields`` how many infobox fields it has (only the first
        ``fields`` of them are read; None when every one was)."""
        title, lead, sections = self.db.execute(
            "SELECT a.title, b.lead, b.sections FROM articles a "
            "JOIN bodies b ON b.article_id = a.id WHERE a.id = ?",
            [article_id],
        ).fetchone()
        limit = -1 if fields is None else fields
        infobox = self.db.execute(
            "SELECT key, value FROM infobox WHERE article_id = ? ORDER BY ord LIMIT ?",
            [article_id, limit + 1 if limit >= 0 else -1],
        ).fetchall()
        total: int | None = None
        if fields is not None and len(infobox) > fields:  # more than asked for: count them
            infobox = infobox[:fields]
            total = self._scalar("SELECT COUNT(*) FROM infobox WHERE article_id = ?", [article_id])
        article = Article(
            title=title,
            infobox=tuple(infobox),  # rows are (key, value) tuples already
            lead=tuple(json.loads(lead)),
            sections=tuple(Section(lv, h, tuple(p)) for lv, h, p in json.loads(sections)),
        )
        if len(infobox) > 200 or total is not None:  # the meaningful fields from the index
            article.prime_meanings(
                self.db.execute(
                    f"SELECT norm_key, value FROM infobox WHERE article_id = ? "
                    f"AND +norm_key IN ({', '.join('?' * len(MEANING_KEYS))}) ORDER BY ord",
                    [article_id, *MEANING_KEYS],
                ).fetchall()
            )
        return article, total

    def search(self, text: str, limit: int = 50, *, as_you_type: bool = False) -> list[SearchHit]:
        """Search in the query language (guide.core.query); raises QueryError if malformed.

        ``as_you_type``: the last word may still be unfinished, so it matches as a prefix
        (the window's search field); a finished query matches whole words (the CLI).
        """
        from guide.core import query  # loaded by the searches alone

        parsed = query.parse(text)
        parsed.prefix_last_word = parsed.prefix_last_word and as_you_type
        return self.run_query(parsed, limit)

    def run_query(self, q: query.Query, limit: int = 50) -> list[SearchHit]:
        """Articles matching every part of a query: by rank when it has text, else in
        navigator order."""
        if q.empty:
            return []

        clauses, params = self._query_clauses(q)
        where = "".join(f" AND {c}" for c in clauses)
        if q.has_text:  # substrings alone are filters: navigator order, as other filters
            from guide.core.query import fts_expression

            matching = fts_expression(q)
            # Every match goes through the sorter (a word in every article is 100,000 rows):
            # it carries the id and the snippets (computed for the best only), and the
            # articles table is joined only when a filter needs it; titles come after.
            joined = "JOIN articles a ON a.id = search_index.rowid" if clauses else ""
            sql = f"""
                SELECT search_index.rowid,
                       snippet(search_index, 1, char(2), char(3), '…', 12),
                       snippet(search_index, 2, char(2), char(3), '…', 12),
                       snippet(search_index, 3, char(2), char(3), '…', 12),
                       bm25(search_index, 10.0, 1.0, 1.0, 3.0) AS rank
                FROM search_index {joined}
                WHERE search_index MATCH ? {where}
                ORDER BY rank LIMIT ?
            """
            params = [matching, *params, limit]
        else:
            sql = f"""
                SELECT a.id, a.title, a.display_title, s.name, '', '', '', 0
                FROM articles a LEFT JOIN shows s ON s.key = a.show_key
                WHERE 1 {where} {_ROW_ORDER} LIMIT ?
            """
            params = [*params, limit]
        try:
            rows = self.db.execute(sql, params).fetchall()
            if q.has_text:
                rows = self._with_titles(rows)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise  # stopped for a newer search (Connection.interrupt), not a bad query
            from guide.core.query import QueryError

            raise QueryError(f"the search could not be read ({error})") from error
        episodes = self.unwatched_episodes([row[0] for row in rows])
        hits = []
        for article_id, title, display, show, in_fields, in_prose, in_note, rank in rows:
            found = self._where_matched(article_id, in_fields, in_prose, in_note)
            hits.append(
                SearchHit(
                    article_id,
                    title,
                    display,
                    show,
                    _MARKED.sub(r"[\1]", found.snippet),
                    rank,
                    self._matched(q, article_id, found),
                    article_id in episodes,
                    episodes.get(article_id, ""),
                    found.snippet,
                )
            )
        return hits

    def _with_titles(self, ranked: list[Any]) -> list[Any]:
        """The ranked rows with each article's title, display title and show, in order."""
        ids = [row[0] for row in ranked]
        titles = {
            row[0]: row[1:]
            for row in self.db.execute(
                "SELECT a.id, a.title, a.display_title, s.name FROM articles a "
                "LEFT JOIN shows s ON s.key = a.show_key "
                f"WHERE a.id IN ({', '.join('?' * len(ids))})",
                ids,
            ).fetchall()
        }
        return [(row[0], *titles[row[0]], *row[1:]) for row in ranked if row[0] in titles]

    def _where_matched(self, article_id: int, fields: str, prose: str, note: str) -> _Where:
        """The snippet that shows what matched: a passage of the prose; else the field that
        matched, by its name ("Director: [Sigrid] Aas", not a run of other fields' values);
        else the note's line; else (the title alone matched) the prose's beginning."""
        prose, note = _lines(prose), _lines(note)
        field_terms = _MARKED.findall(fields)
        named: list[str] = []
        shown = ""
        links = sorted(LINK_KEYS)
        for term in dict.fromkeys(t.casefold() for t in field_terms):
            row = self.db.execute(
                "SELECT key, value FROM infobox WHERE article_id = ? AND instr(lower(value), ?) "
                f"AND norm_key NOT IN ({', '.join('?' * len(links))}) ORDER BY ord LIMIT 1",
                [article_id, term, *links],
            ).fetchone()
            if row is not None:
                named.append(row[0])
                shown = shown or f"{row[0]}: {_mark(row[1], term)}"
        in_prose, in_note = OPEN in prose, OPEN in note
        if in_prose:
            snippet = prose
        elif shown:
            snippet = shown
        elif in_note:
            snippet = f"note: {note}"
        else:
            snippet = prose.replace(OPEN, "").replace(CLOSE, "")
        return _Where(snippet, tuple(dict.fromkeys(named)), in_prose, in_note)

    def running_times_left(self, show_key: str) -> list[str | None]:
        """The Running time as written of each episode of a show not watched in its current
        pass (None where it has none): what is left to its end."""
        rows = self.db.execute(
            "SELECT (SELECT i.value FROM infobox i WHERE i.article_id = a.id "
            "AND i.norm_key = 'runningtime' ORDER BY i.ord LIMIT 1) FROM articles a "
            f"WHERE a.show_key = ? AND a.kind = 'episode' AND NOT {_WATCHED}",
            [show_key],
        )
        return [value for (value,) in rows]

    def unwatched_episodes(self, ids: list[int]) -> dict[int, str]:
        """Of these articles, the episodes not watched in their show's current pass, each
        with its number as a code ("S01E02"), which stands for it when its title is hidden."""
        if not ids:
            return {}
        from guide.core.plays import episode_code

        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            "SELECT a.id, a.season, a.episode, a.episode_label FROM articles a "
            f"WHERE a.id IN ({marks}) AND a.kind = 'episode' AND NOT {_WATCHED}",
            ids,
        )
        return {row[0]: episode_code(row[1], row[2], row[3]) for row in rows}

    def _query_clauses(self, q: query.Query) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        show_keys = set(self._scalar_list("SELECT key FROM shows")) if q.shows else set()
        for show in q.shows:
            key = fold_title(show)
            if key in show_keys:
                clauses.append("a.show_key = ?")
            else:
                clauses.append("instr(COALESCE(a.show_key, ''), ?)")
            params.append(key)
        for season in q.seasons:
            clauses.append("a.season = ?")
            params.append(season)
        for term in q.substrings:
            if len(term) >= 3:  # the trigram index answers 3 characters and more
                clauses.append(
                    "a.id IN (SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?)"
                )
                params.append('"' + term.replace('"', '""') + '"')
            else:  # shorter: a scan of the (few) articles in those scripts
                clauses.append(
                    "a.id IN (SELECT rowid FROM search_trigram WHERE instr(title, ?) "
                    "OR instr(body, ?))"
                )
                params += [term, term]
        for item in q.fields:
            # Not a correlated EXISTS: SQLite then scanned every field of that key once per
            # article (38 s at 20,000 articles). IN runs the inner query once.
            clauses.append(
                "a.id IN (SELECT article_id FROM infobox WHERE norm_key = ? "
                "AND instr(lower(value), ?))"
            )
            params += [item.key, item.value.lower()]
        for aired in q.aired:
            clauses.append("instr(lower(COALESCE(a.airdate, '')), ?)")
            params.append(aired.lower())
        if q.watched is True:
            clauses.append(_WATCHED)
        elif q.watched is False:
            clauses.append(f"a.kind IN ('episode', 'other') AND NOT {_WATCHED}")  # films too
        if q.has_note:
            clauses.append("EXISTS (SELECT 1 FROM notes n WHERE n.article_key = a.key)")
        for what, wanted in q.has.items():
            exists = (
                "EXISTS (SELECT 1 FROM notes n WHERE n.article_key = a.key)"
                if what == "note"
                else f"COALESCE({_RATING}, 0) > 0"
            )
            clauses.append(exists if wanted else f"NOT {exists}")
        for comparison in q.ranges:
            column = {
                "rating": _RATING,
                "aired": "airdate_iso(a.airdate)",
                "watched": "w.watched_at",
            }[comparison.name]
            bounds = []
            for bound, sign in ((comparison.low, ">="), (comparison.high, "<")):
                if bound is None:
                    continue
                bounds.append(f"{column} {sign} ?")
                is_day = comparison.name == "watched" and isinstance(bound, str)
                params.append(_local_day_stamp(str(bound)) if is_day else bound)
            condition = " AND ".join(bounds) or f"{column} IS NOT NULL"
            if comparison.name == "watched":
                condition = (
                    "EXISTS (SELECT 1 FROM watch_events w WHERE w.article_key = a.key "
                    f"AND {condition})"
                )
            clauses.append(condition)
        return clauses, params

    def _matched(self, q: query.Query, article_id: int, where: _Where) -> tuple[str, ...]:
        """Which parts of the article matched the query, said for the user: the title, the
        fields by name, the text, the note; then the filters."""
        row = self.db.execute(
            "SELECT a.title, a.display_title, a.key, a.season, a.airdate, s.name "
            "FROM articles a LEFT JOIN shows s ON s.key = a.show_key WHERE a.id = ?",
            [article_id],
        ).fetchone()
        title, display, key, season, airdate, show = row
        named = f"{title} {display}".casefold()
        parts: list[str] = []
        if any(term.casefold() in named for term in q.words + q.phrases):
            parts.append("title")
        parts += [field.casefold() for field in where.fields]
        if where.prose:
            parts.append("text")
        if where.note or q.note_terms:
            parts.append("note")
        if q.shows:
            parts.append(f"show: {show}")
        if q.seasons:
            parts.append(f"season {season}")
        for item in q.fields:
            value = self._scalar(
                "SELECT value FROM infobox WHERE article_id = ? AND norm_key = ? "
                "AND instr(lower(value), ?) ORDER BY ord LIMIT 1",
                [article_id, item.key, item.value.lower()],
            )
            parts.append(f"{item.label}: {value}")
        if q.aired:
            parts.append(f"aired {airdate}")
        if q.watched is not None:
            parts.append("watched" if q.watched else "not watched")
        if q.has_note:
            parts.append("has a note")
        parts += [("has a " if wanted else "no ") + what for what, wanted in q.has.items()]
        parts += [comparison.label for comparison in q.ranges]
        return tuple(dict.fromkeys(parts))


class _Batch:
    """Articles written in one transaction, their rows sent to SQLite a table at a time
    (one executemany per table instead of six statements per article: the first import's
    cost was half in those calls). New articles get their ids here, in the transaction."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        existing: dict[str, tuple[int, str | None]],
        notes: dict[str, str],
        stamp: str,
    ):
        self.conn = conn
        self.existing = existing
        self.notes = notes
        self.stamp = stamp
        self.next_id = (
            int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]) + 1
        )
        self.new: list[tuple[Any, ...]] = []
        self.bodies: list[tuple[int, str, str]] = []
        self.infobox: list[tuple[int, int, str, str, str]] = []
        self.search: list[tuple[int, str, str, str, str]] = []
        self.trigram: list[tuple[int, str, str]] = []  # articles in unsegmented scripts
        self.queued: set[int] = set()  # ids whose rows wait in the lists above

    def write(
        self, article: Article, source_path: str | None, digest: str | None
    ) -> tuple[str | None, ...]:
        """Queue one article; returns the show keys whose order must be recomputed."""
        values = _article_values(article, source_path, digest, self.stamp)
        key, show_key = values[0], values[_SHOW_KEY]
        old = self.existing.get(key)
        if old:
            article_id, old_show = old
            if article_id in self.queued:  # the same title twice in one batch: the later wins
                self.flush()
            self.conn.execute(  # OR FAIL: as the inserts (see flush)
                f"UPDATE OR FAIL articles SET {_ARTICLE_ASSIGNMENTS} WHERE id = ?",
                (*values, article_id),
            )
            # Delete and insert, not INSERT OR REPLACE: with foreign keys on, REPLACE made
            # each insert of a 5 KB body cost 0.4 ms (measured), a third of the import.
            self.conn.execute("DELETE FROM infobox WHERE article_id = ?", [article_id])
            self.conn.execute("DELETE FROM bodies WHERE article_id = ?", [article_id])
            self.conn.execute("DELETE FROM search_index WHERE rowid = ?", [article_id])
            self.conn.execute("DELETE FROM search_trigram WHERE rowid = ?", [article_id])
        else:
            article_id, old_show = self.next_id, None
            self.next_id += 1
            self.new.append((article_id, *values))
            self.existing[key] = (article_id, show_key)
        self.queued.add(article_id)
        self.bodies.append(
            (
                article_id,
                _JSON.encode(article.lead),
                _JSON.encode([(s.level, s.heading, s.paragraphs) for s in article.sections]),
            )
        )
        self.infobox += [
            (article_id, i, k, normalise_key(k), v) for i, (k, v) in enumerate(article.infobox)
        ]
        title = _search_title(article)
        fields = "\n".join(
            value for key, value in article.infobox if normalise_key(key) not in LINK_KEYS
        )  # a link's words are another article's title (schema v14)
        prose = article.plain_text()
        self.search.append((article_id, title, fields, prose, self.notes.get(key) or ""))
        body = f"{fields}\n{prose}"
        if unsegmented(title) or unsegmented(body):
            self.trigram.append((article_id, title, body))
        return (old_show, show_key) if old else (show_key,)

    def flush(self) -> None:
        # OR FAIL: a failed row needs no undo of its own (the transaction is rolled back
        # whole), so SQLite keeps no statement journal for the row and its trigger (schema
        # v11): with one, each insert cost 2.5 times as much. Rows are bound by position:
        # by name, binding cost half as much again as the insert.
        self.conn.executemany(
            f"INSERT OR FAIL INTO articles (id, {', '.join(_ARTICLE_COLUMNS)}) "
            f"VALUES (?{', ?' * len(_ARTICLE_COLUMNS)})",
            self.new,
        )
        self.conn.executemany(
            "INSERT INTO bodies (article_id, lead, sections) VALUES (?, ?, ?)", self.bodies
        )
        self.conn.executemany(
            "INSERT INTO infobox (article_id, ord, key, norm_key, value) VALUES (?, ?, ?, ?, ?)",
            self.infobox,
        )
        self.conn.executemany(
            "INSERT INTO search_index (rowid, title, fields, prose, note) VALUES (?, ?, ?, ?, ?)",
            self.search,
        )
        self.conn.executemany(
            "INSERT INTO search_trigram (rowid, title, body) VALUES (?, ?, ?)", self.trigram
        )
        self.new, self.bodies, self.infobox, self.search, self.trigram = [], [], [], [], []
        self.queued = set()


def count_shows(conn: sqlite3.Connection) -> None:
    """Count again the shows whose figures a write made the library forget (schema v11):
    the shows it touched, each through its own episodes; nothing when none was touched."""
    conn.execute(
        "INSERT INTO show_counts (show_key, episodes, watched, pass) "
        f"SELECT key, episodes, watched, pass FROM ({_UNCOUNTED_SHOWS})"
    )


def place_show(conn: sqlite3.Connection, show_key: str | None) -> None:
    """Place a show's articles in broadcast order (ordering.placements): the season each is
    placed in and its position there. Only the rows that moved are written: one file
    re-imported moves few. (Also schema v10's, for libraries made before it.)"""
    where = "show_key = ?" if show_key is not None else "show_key IS NULL"
    rows = conn.execute(
        "SELECT id, key, title, season, episode, prev, next, episode_label, "
        "place_season, position "
        f"FROM articles WHERE {where}",
        [show_key] if show_key is not None else [],
    ).fetchall()
    entries = [ordering.Entry(*row[:8]) for row in rows]
    before = {row[0]: (row[8], row[9]) for row in rows}
    conn.executemany(
        "UPDATE articles SET place_season = ?, position = ? WHERE id = ?",
        [
            (season, place, article_id)
            for article_id, (season, place) in ordering.placements(entries).items()
            if before[article_id] != (season, place)
        ],
    )


def _create_file(path: Path) -> bool:
    """Make a new, empty library at ``path`` whole before anyone can open it: the schema is
    written into a hidden file beside it, which is then linked into place. Two programs
    creating the same library at once make one: the second link fails, and that program
    opens the first one's file. True if this call made it."""
    from guide.core.files import part_prefix, sweep_parts

    if path.is_dir() or not path.parent.is_dir():
        return True  # _connect says what is wrong
    sweep_parts(path.parent)
    staged = path.with_name(f"{part_prefix()}{os.urandom(4).hex()}.part")
    try:
        db = _connect(staged, create=True)
        try:
            db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            db.execute("PRAGMA journal_mode = WAL")
            schema.migrate(db.conn)
        finally:
            db.close()
        try:
            os.link(staged, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: the name is taken first, once
            try:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return False
            os.replace(staged, path)  # over the empty file this call made
        return True
    except (OSError, sqlite3.Error) as error:
        from guide.core.files import describe_os_error

        reason = describe_os_error(error) if isinstance(error, OSError) else str(error)
        raise LibraryError(f"{path} cannot be created ({reason})") from error
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(staged.with_name(staged.name + suffix))


def _connect(path: Path, read_only: str | None = None, *, create: bool = False) -> Database:
    """A connection to the library file; ``read_only``: "ro" (SQLite's read-only mode) or
    "immutable" (the file read as it is, without locks or the write-ahead log). A file is
    made only with ``create``: an existing library is opened, never a new one in its
    place (a link whose target went away is not followed into a new file)."""
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a library file")
    if path.exists() and not path.is_file():  # a device, a pipe (or a link to one)
        from guide.core.files import kind_of

        raise LibraryError(f"{path} is {kind_of(path.stat().st_mode)}, not a library file")
    if not path.parent.exists():
        raise LibraryError(f"{path} cannot be created: the folder {path.parent} does not exist")
    try:
        if read_only is None:
            conn = sqlite3.connect(file_uri(path, "mode=rwc" if create else "mode=rw"), uri=True)
        else:
            query = "mode=ro" if read_only == "ro" else "immutable=1"
            conn = sqlite3.connect(file_uri(path, query), uri=True)
        conn.execute("PRAGMA busy_timeout = 5000")  # opening, migrating; then BUSY_STEP_MS
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL with synchronous=NORMAL: a commit is durable once the WAL is synced at a
        # checkpoint; a crash can lose the last commits but never corrupts or half-writes.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -32000")
        conn.create_function("airdate_iso", 1, _airdate_iso, deterministic=True)
    except sqlite3.Error as error:
        raise LibraryError(f"{path} cannot be opened ({error})") from error
    return Database(conn)


def _airdate_iso(text: object) -> str | None:
    """SQL airdate_iso(airdate): the first day an airdate means, as ISO text, or NULL."""
    day = parse_airdate(text) if isinstance(text, str) else None
    return day.isoformat() if day is not None else None


def _local_day_stamp(day: str) -> str:
    """The stored form of local midnight starting an ISO day (plays are stored in UTC)."""
    return to_timestamp(datetime.fromisoformat(day))


def _article_row(row: Sequence[Any]) -> ArticleRow:
    (
        article_id,
        key,
        title,
        display,
        kind,
        show_key,
        show,
        season,
        episode,
        plays,
        note,
        watched,
        rating,
        episode_label,
        place_season,
    ) = row
    return ArticleRow(
        article_id,
        key,
        title,
        display,
        Kind(kind),
        show_key,
        show,
        season,
        episode,
        plays,
        bool(note),
        bool(watched),
        rating,
        episode_label,
        place_season,
    )


_JSON = json.JSONEncoder(ensure_ascii=False)


# The articles-table columns an import writes, in the order of _article_values.
_ARTICLE_COLUMNS = (
    "key",
    "title",
    "display_title",
    "own_kind",
    "own_show_key",
    "own_show_name",
    "kind",
    "show_key",
    "season",
    "place_season",
    "position",
    "episode",
    "episode_label",
    "airdate",
    "prev",
    "next",
    "episode_list",
    "source_path",
    "content_hash",
    "imported_at",
)
_SHOW_KEY = _ARTICLE_COLUMNS.index("show_key")
_ARTICLE_ASSIGNMENTS = ", ".join(f"{column} = ?" for column in _ARTICLE_COLUMNS)


def _article_values(
    article: Article, source_path: str | None, digest: str | None, stamp: str
) -> tuple[Any, ...]:
    """An article's row in the articles table, as _ARTICLE_COLUMNS names its columns."""
    show_name = article.show
    show_key = fold_show(show_name) if show_name else None
    kind = str(article.kind)
    season, episode = article.season, article.episode
    return (
        article.key,
        article.title,
        article.display_title,
        kind,
        show_key,
        show_name,
        kind,
        show_key,
        season,
        # place_season and position: where placing the show (ordering) most often puts it:
        # episode n of a season at n - 1; placing then rewrites only the rows that moved (a
        # first import: few).
        season,
        episode - 1 if episode is not None and episode > 0 else 0,
        episode,
        article.episode_label,
        article.airdate,
        article.prev,
        article.next,
        article.episode_list,
        source_path,
        digest,
        stamp,
    )


def _search_title(article: Article) -> str:
    if article.display_title == article.title:
        return article.title
    return f"{article.title} {article.display_title}"
