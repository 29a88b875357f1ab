"""Backups with SQLite's online backup API: on demand, once a day, and before migrations.

Backups live in ``backups/`` beside the library (for the default library, the data folder's
``backups/``). The last seven daily copies are kept; pre-migration and pre-restore copies are
never removed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from guide.core import schema
from guide.core.files import describe_os_error
from guide.core.store import Library, LibraryDamaged, LibraryError, first_problem
from guide.core.text import plural

DAILY_KEEP = 7


def backups_dir(library_path: Path) -> Path:
    return library_path.parent / "backups"


def copy_database(source: sqlite3.Connection, destination: Path) -> Path:
    """A consistent copy of a live database (online backup API), checked, then renamed into
    place. A copy that SQLite's quick_check does not find whole is removed and refused: a
    backup is never taken of a damaged library."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(partial)
        try:
            with target:
                source.backup(target)
            # A backup is a plain file: no -wal / -shm beside it when it is read later.
            target.execute("PRAGMA journal_mode = DELETE")
            verdict = target.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            target.close()
        if verdict != "ok":
            raise LibraryDamaged(
                f"not backed up: the library is damaged ({first_problem([verdict])})"
            )
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def backup_now(library: Library, destination: Path | None = None, label: str = "manual") -> Path:
    if destination is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = backups_dir(library.path) / f"{library.path.stem}-{label}-{stamp}.db"
    try:
        return copy_database(library.db.conn, destination)
    except sqlite3.DatabaseError as error:
        raise LibraryDamaged(f"not backed up: the library is damaged ({error})") from error
    except OSError as error:
        raise LibraryError(
            f"the backup to {destination} failed: {describe_os_error(error)}"
        ) from error


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
    try:
        kept = backup_now(library, label="before-restore")
    except LibraryDamaged:  # no copy can be made of it: move the damaged file aside instead
        library.db.close()
        kept = restore_file(library.path, backup)
        library.reopen()
        return kept
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


@dataclass(frozen=True)
class BackupSummary:
    made: str  # when the copy was made, local time, as a person reads it
    articles: int
    plays: int
    notes: int

    def __str__(self) -> str:
        return (
            f"the backup of {self.made} ({plural(self.articles, 'article')}, "
            f"{plural(self.plays, 'play')}, {plural(self.notes, 'note')})"
        )


def summary(path: Path) -> BackupSummary:
    """What a backup holds, read without changing it (for the confirmation before a
    restore)."""
    check_backup_file(path)
    made = datetime.fromtimestamp(path.stat().st_mtime).strftime("%-d %b %Y %H:%M")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts = [
            conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "watch_events", "notes")
        ]
    except sqlite3.Error as error:
        raise LibraryError(f"{path} cannot be read ({error})") from error
    finally:
        conn.close()
    return BackupSummary(made, *counts)


def newest_good_backup(library_path: Path) -> Path | None:
    """The most recent backup beside a library that is whole and readable by this version."""
    folder = backups_dir(library_path)
    try:
        candidates = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for candidate in candidates:
        try:
            check_backup_file(candidate)
        except LibraryError:
            continue
        return candidate
    return None


def restore_file(library_path: Path, backup: Path) -> Path:
    """Put a backup in place of a library that cannot be opened (damaged): the damaged file
    is moved aside into the backups folder, never deleted. Returns where it was kept."""
    check_backup_file(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = backups_dir(library_path) / f"{library_path.stem}-damaged-{stamp}.db"
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        library_path.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = library_path.with_name(library_path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        target = sqlite3.connect(library_path)
        try:
            with target:
                source.backup(target)
        finally:
            source.close()
            target.close()
    except (OSError, sqlite3.Error) as error:
        raise LibraryError(
            f"restoring {backup} failed: {error}; the damaged library is kept in {kept}"
        ) from error
    return kept
