"""The connection as the library uses it: a thin layer over :mod:`sqlite3`, and the file it
connects to (made whole before anyone can open it, opened with the library's settings).

It behaves as sqlite-utils' ``Database`` does for the few calls the library makes
(``execute`` commits a write made outside a transaction; ``atomic`` nests as savepoints), so
that opening a library never loads sqlite-utils (and, through it, numpy where installed:
0.14 s of every `guide` command's start). sqlite-utils is loaded for the schema migrations
alone, which run only when a library is created or upgraded.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from guide.core.errors import LibraryError
from guide.core.library import schema
from guide.core.library.sql import airdate_iso

_CONTROL = ("BEGIN", "COMMIT", "RELEASE", "ROLLBACK", "SAVEPOINT", "END")


class Database:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (
                self.conn.execute(sql, parameters)
                if parameters is not None
                else self.conn.execute(sql)
            )
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and not sql.lstrip().upper().startswith(_CONTROL)
        ):
            self.conn.execute("COMMIT")
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction, or a savepoint inside the one already open."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.execute("COMMIT")
            return
        savepoint = f"guide_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    def enable_wal(self) -> None:
        if self.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.execute("PRAGMA journal_mode=wal")

    def close(self) -> None:
        if self.conn is not None:  # a library whose file could not be opened has none
            self.conn.close()


def file_uri(path: str | os.PathLike[str], query: str) -> str:
    """SQLite's URI for a file, whatever characters its name holds: the path is
    percent-encoded (a '#', '?' or '%' in a name is part of the name, never a fragment, a
    query or an escape)."""
    location = urllib.parse.quote(os.fsencode(os.path.abspath(path)), safe=b"/")
    return f"file:{location}?{query}"


def connect_read_only(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A connection that only reads the file named; nothing is created if it is not there."""
    return sqlite3.connect(file_uri(path, "mode=ro"), uri=True)


# Pages of 16 KiB: an article's prose of a few KiB fills them (in pages of 4 KiB, one
# prose of 2.5 KiB took a page of its own: the prose took 1.6 times its size).
PAGE_SIZE = 16384


def create_file(path: Path) -> bool:
    """Make a new, empty library at ``path`` whole before anyone can open it: the schema is
    written into a hidden file beside it, which is then linked into place. Two programs
    creating the same library at once make one: the second link fails, and that program
    opens the first one's file. True if this call made it."""
    from guide.core.files import part_prefix, sweep_parts

    if path.is_dir() or not path.parent.is_dir():
        return True  # connect says what is wrong
    sweep_parts(path.parent)
    staged = path.with_name(f"{part_prefix()}{os.urandom(4).hex()}.part")
    try:
        db = connect(staged, create=True)
        try:
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # before anything is written
            # Pages freed (FTS5 merging its segments as an import writes) can be given back
            # to the disk after the import (Library.give_back_free_pages).
            db.execute("PRAGMA auto_vacuum = INCREMENTAL")
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


# The oldest SQLite the library's format can be kept with (format 17 drops a column: 3.35).
OLDEST_SQLITE = (3, 35, 0)


def connect(path: Path, read_only: str | None = None, *, create: bool = False) -> Database:
    """A connection to the library file; ``read_only``: "ro" (SQLite's read-only mode) or
    "immutable" (the file read as it is, without locks or the write-ahead log). A file is
    made only with ``create``: an existing library is opened, never a new one in its
    place (a link whose target went away is not followed into a new file)."""
    if sqlite3.sqlite_version_info < OLDEST_SQLITE:
        raise LibraryError(
            f"this Python's SQLite is {sqlite3.sqlite_version}; Episode Guide needs "
            f"{'.'.join(map(str, OLDEST_SQLITE))} or later (install a newer Python)"
        )
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
        conn.create_function("airdate_iso", 1, airdate_iso, deterministic=True)
    except sqlite3.Error as error:
        raise LibraryError(f"{path} cannot be opened ({error})") from error
    return Database(conn)
