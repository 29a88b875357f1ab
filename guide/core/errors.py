"""What goes wrong with a library, in words for its user, and SQLite's failures classified
by their result codes (never by their message text, where a code is given)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path


class LibraryError(Exception):
    """A library that cannot be used; the message is for the user."""


class LibraryTooNew(LibraryError):
    pass


class LibraryDamaged(LibraryError):
    """The file's pages are damaged (SQLite's quick_check or a read found it)."""


class LibraryBusy(LibraryError):
    """Another program held the write lock for longer than this one waits."""


class QueryError(ValueError):
    """A query that cannot be read; the message says why. ``unfinished``: it ends where a
    value is still to come (`director:`, an open quote), so search as you type says nothing
    yet."""

    def __init__(self, message: str, *, unfinished: bool = False):
        super().__init__(message)
        self.unfinished = unfinished


class LibraryMissing(LibraryError):
    """No library at the path, and the command only reads: none is created."""


# SQLite's primary result codes that say what kind of failure an error is (the extended
# code's low byte); the message text is read only where an error carries no code.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_INTERRUPT = 3, 5, 6, 8, 9
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def error_kind(error: sqlite3.Error) -> str:
    """What a failure of SQLite's is, in one word: busy, full, read-only, damaged, io,
    interrupted (stopped on purpose: a newer search, a check out of time), or other. Damage
    is only what SQLite calls damage (corrupt, not a database): a full disk or a failed
    write is never taken for a damaged library."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return "busy"
        if primary == SQLITE_FULL:
            return "full"
        if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
            return "read-only"
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return "damaged"
        if primary == SQLITE_IOERR:
            return "io"
        if primary == SQLITE_INTERRUPT:
            return "interrupted"
        return "other"
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return "busy"
    if "disk is full" in text:
        return "full"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "read-only"
    if "malformed" in text or "not a database" in text:
        return "damaged"
    if "disk i/o error" in text:
        return "io"
    if "interrupted" in text:
        return "interrupted"
    return "other"


def write_error(path: Path, error: sqlite3.Error) -> LibraryError:
    """The one line a user sees for a write SQLite refused; nothing was changed."""
    kind = error_kind(error)
    if kind == "busy":
        return LibraryBusy(
            f"the library {path} is busy: another program is writing to it; nothing was "
            "changed. Try again when it has finished"
        )
    if kind == "full":
        return LibraryError(f"the disk holding {path} is full; nothing was changed")
    if kind == "read-only":
        return LibraryError(
            f"the library {path} cannot be written (read-only); nothing was changed"
        )
    if kind == "io":
        return LibraryError(
            f"the library {path} could not be written (the disk reported an error: {error}); "
            "nothing was changed"
        )
    if kind == "damaged":
        return LibraryDamaged(
            f"the library {path} is damaged ({error}); nothing was changed. "
            "Restore it from a backup (guide restore)"
        )
    return LibraryError(f"the library {path} could not be written ({error}); nothing was changed")


def first_problem(results: Sequence[str]) -> str:
    """SQLite's check results, as one line: its first real problem."""
    lines = [line.strip() for text in results for line in text.splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")]
    return problems[0] if problems else "damaged"


def is_busy(error: sqlite3.Error) -> bool:
    return error_kind(error) == "busy"


class UnknownArticle(LibraryError):
    def __init__(self, title: str):
        super().__init__(f"no article titled '{title}' in the library")
        self.title = title
