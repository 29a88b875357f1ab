"""Backups with SQLite's online backup API: on demand, once a day, and before migrations.

Backups live in ``backups/`` beside the library (for the default library, the data folder's
``backups/``). The last seven daily copies are kept; pre-migration and pre-restore copies are
never removed.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from guide.core import schema
from guide.core.store import Library, LibraryError

DAILY_KEEP = 7


def backups_dir(library_path: Path) -> Path:
    return library_path.parent / "backups"


def copy_database(source: sqlite3.Connection, destination: Path) -> Path:
    """A consistent copy of a live database (online backup API), written then renamed."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(partial)
    try:
        with target:
            source.backup(target)
    finally:
        target.close()
    partial.replace(destination)
    return destination


def backup_now(library: Library, destination: Path | None = None, label: str = "manual") -> Path:
    if destination is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = backups_dir(library.path) / f"{library.path.stem}-{label}-{stamp}.db"
    try:
        return copy_database(library.db.conn, destination)
    except (OSError, sqlite3.Error) as error:
        raise LibraryError(f"the backup to {destination} failed: {error}") from error


def daily_backup(library: Library, today: date | None = None) -> Path | None:
    """Once a day: a copy named for the day, then only the last seven daily copies kept."""
    day = (today or date.today()).isoformat()
    folder = backups_dir(library.path)
    target = folder / f"{library.path.stem}-daily-{day}.db"
    if target.exists():
        return None
    made = backup_now(library, target)
    dailies = sorted(folder.glob(f"{library.path.stem}-daily-*.db"))
    for old in dailies[:-DAILY_KEEP]:
        old.unlink(missing_ok=True)
    return made


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a readable, intact library this version can open."""
    if not path.is_file():
        raise LibraryError(f"{path}: no such file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"{path} is not an Episode Guide library ({error})") from error
    if application_id != schema.APPLICATION_ID:
        raise LibraryError(f"{path} is not an Episode Guide library")
    if version > schema.LATEST_VERSION:
        raise LibraryError(f"{path} was written by a newer version of Episode Guide")
    if integrity != "ok":
        raise LibraryError(f"{path} is damaged: {integrity}")


def restore(library: Library, backup: Path) -> Path:
    """Replace the library's content with a backup's, keeping a copy of what it replaces.

    Returns the path of that copy. The library is migrated forward if the backup is older.
    """
    check_backup_file(backup)
    kept = backup_now(library, label="before-restore")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        source.backup(library.db.conn)
    except sqlite3.Error as error:
        raise LibraryError(
            f"restoring {backup} failed: {error}; the library is unchanged and a copy is in {kept}"
        ) from error
    finally:
        source.close()
    library.reopen()
    return kept
