"""Checked copies of a library file: SQLite's own check of a file, a consistent copy of a
live database (the online backup API) that is refused when it is not whole, and the folder
where copies are kept. Below the store: the store copies itself before a migration."""

from __future__ import annotations

import secrets
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from guide.core.errors import LibraryDamaged, LibraryError, error_kind, first_problem
from guide.core.files import describe_os_error, part_prefix, sweep_parts, unwritable_reason
from guide.core.text import from_os


def check_file(
    conn: sqlite3.Connection, seconds: float | None = None, pragma: str = "integrity_check"
) -> list[str] | None:
    """SQLite's integrity_check (or quick_check: the pages only, not every index entry
    against its table): ["ok"], or what is wrong; None when it ran out of time."""
    if seconds is not None:
        deadline = time.monotonic() + seconds
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
    try:
        return [row[0] for row in conn.execute(f"PRAGMA {pragma}(5)")]
    except sqlite3.OperationalError as error:
        if error_kind(error) == "interrupted":
            return None
        return [str(error)]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.set_progress_handler(None, 0)


def backups_dir(library_path: Path) -> Path:
    return library_path.parent / "backups"


# A backup is checked whole (SQLite's integrity_check, which also compares every index
# with its table) within this budget; past it, the pages are checked (quick_check).
INTEGRITY_SECONDS = 30.0


def copy_database(source: sqlite3.Connection, destination: Path) -> Path:
    """A consistent copy of a live database (online backup API), checked, then renamed into
    place. A copy that SQLite's integrity_check does not find whole is removed and refused:
    a backup is never taken of a damaged library. What a killed backup left in the folder
    is removed first; the copy is written under a hidden name until it is whole."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    sweep_parts(destination.parent)
    partial = destination.with_name(f"{part_prefix()}{secrets.token_hex(4)}.part")
    try:
        target = sqlite3.connect(partial)
        try:
            with target:
                source.backup(target)
            # A backup is a plain file: no -wal / -shm beside it when it is read later.
            target.execute("PRAGMA journal_mode = DELETE")
            problems = integrity(target, INTEGRITY_SECONDS)
        finally:
            target.close()
        if problems:
            raise LibraryDamaged(f"not backed up: the library is damaged ({problems[0]})")
        partial.replace(destination)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return destination


def integrity(conn: sqlite3.Connection, seconds: float | None = None) -> list[str]:
    """What SQLite's integrity_check finds wrong ([] when the file is whole). Past
    ``seconds`` it is cut short, and SQLite's quick_check (every page, not every index
    entry) answers instead."""
    rows = check_file(conn, seconds)
    if rows is None:
        rows = check_file(conn, None, "quick_check") or []
    return [] if rows == ["ok"] else [first_problem(rows)]


def failed(destination: Path, error: sqlite3.Error | OSError) -> LibraryError:
    """A backup that could not be made, said as what it is: damage only when SQLite says
    the library is damaged (never a full disk or a failed write)."""
    if isinstance(error, OSError):
        reason = describe_os_error(error)
    elif error_kind(error) == "damaged":
        return LibraryDamaged(f"not backed up: the library is damaged ({error})")
    else:
        reason = {
            "full": "the disk is full",
            "read-only": "it cannot be written there (read-only, or no permission)",
            "busy": "the library is busy",
        }.get(error_kind(error), str(error))
    # A failed write on a full disk or a read-only file system may be told as an I/O error.
    if isinstance(error, sqlite3.Error) and error_kind(error) in ("io", "other"):
        reason = unwritable_reason(destination) or reason
    return LibraryError(f"not backed up: writing {from_os(destination)} failed: {reason}")


def copy_now(
    library_path: Path,
    conn: sqlite3.Connection,
    destination: Path | None = None,
    label: str = "manual",
) -> Path:
    """A checked copy of the library at ``library_path`` (open as ``conn``), by default in
    its backups folder, named by ``label`` and the time."""
    if destination is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = backups_dir(library_path) / f"{library_path.stem}-{label}-{stamp}.db"
    try:
        return copy_database(conn, destination)
    except (sqlite3.Error, OSError) as error:
        raise failed(destination, error) from error
