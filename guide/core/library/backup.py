"""Backups with SQLite's online backup API: on demand, once a day, and before migrations.

Backups live in ``backups/`` beside the library (for the default library, the data folder's
``backups/``). The last seven daily copies are kept; pre-migration and pre-restore copies are
never removed.
"""

from __future__ import annotations

import glob
import os
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from guide.core.errors import LibraryDamaged, LibraryError
from guide.core.files import check_destination, describe_os_error, part_prefix, sweep_parts
from guide.core.library import Library, schema
from guide.core.library.connection import connect_read_only
from guide.core.library.copies import backups_dir, copy_now, integrity
from guide.core.paths import path_text
from guide.core.text import from_os, plural

DAILY_KEEP = 7


def backup_now(library: Library, destination: Path | None = None, label: str = "manual") -> Path:
    return copy_now(library.path, library.db.conn, destination, label)


def backup_to(library: Library, destination: Path, *, force: bool = False) -> Path:
    """A backup into a file the user named: never onto the library or its side files, a
    folder, a device or a pipe, and never over a file without ``force``."""
    check_destination(destination, force=force, protected=[library.path])
    return backup_now(library, destination)


def daily_backup(library: Library, today: date | None = None) -> Path | None:
    """Once a day: a copy named for the day, then only the last seven daily copies kept —
    but never the last one that holds anything, when the new one holds nothing (a library
    emptied by mistake must not rotate its last good copies away)."""
    day = (today or date.today()).isoformat()
    folder = backups_dir(library.path)
    target = folder / f"{library.path.stem}-daily-{day}.db"
    if target.exists():
        return None
    made = backup_now(library, target)
    dailies = sorted(folder.glob(f"{library.path.stem}-daily-*.db"))
    older = dailies[:-DAILY_KEEP]
    if older and not _holds_something(made):
        keep = next((p for p in reversed(dailies[:-1]) if _holds_something(p)), None)
        older = [p for p in older if p != keep]
    for old in older:
        old.unlink(missing_ok=True)
    return made


def _holds_something(path: Path) -> bool:
    """A backup that holds an article or a play or a note."""
    try:
        conn = connect_read_only(path)
        try:
            return any(
                conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
                for table in ("articles", "watch_events", "note_revisions")
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a readable, intact library this version can open."""
    shown = from_os(path)
    if not path.is_file():
        raise LibraryError(f"{shown}: no such file")
    try:
        conn = connect_read_only(path)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            problems = integrity(conn) if application_id == schema.APPLICATION_ID else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"{shown} is not an Episode Guide library ({error})") from error
    if application_id != schema.APPLICATION_ID:
        raise LibraryError(f"{shown} is not an Episode Guide library")
    if version > schema.LATEST_VERSION:
        raise LibraryError(f"{shown} was written by a newer version of Episode Guide")
    if problems:
        raise LibraryError(f"{shown} is damaged: {problems[0]}")


def restore(library: Library, backup: Path) -> Path:
    """Replace the library's content with a backup's, keeping a copy of what it replaces.

    Returns the path of that copy. The library is migrated forward if the backup is older.
    A restore that cannot finish (no room for the copy, a failed write) leaves everything
    as it was; only a library that SQLite itself finds damaged is moved aside instead of
    copied.
    """
    check_backup_file(backup)
    try:
        kept = backup_now(library, label="before-restore")
    except LibraryDamaged:  # no copy can be made of it: move the damaged file aside instead
        library.db.close()
        try:
            moved = restore_file(library.path, backup)
        finally:
            library.reopen()
        assert moved is not None  # the library was there: it was moved aside
        return moved
    except LibraryError as error:
        raise LibraryError(
            f"nothing was restored: the library as it is could not be kept first ({error})"
        ) from error
    source = connect_read_only(backup)
    try:
        source.backup(library.db.conn)
    except sqlite3.Error as error:
        raise LibraryError(
            f"restoring {from_os(backup)} failed ({error}); the library is unchanged and a "
            f"copy is in {from_os(kept)}"
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
    conn = connect_read_only(path)
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
    """The most recent backup of this library that is whole and readable by this version:
    named for it, and made from it (the copy's device row names this library's file), never
    another library's that shares the backups folder."""
    folder = backups_dir(library_path)
    try:
        named = folder.glob(f"{glob.escape(library_path.stem)}-*.db")
        candidates = sorted(named, key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for candidate in candidates:
        if not _made_from(candidate, library_path):
            continue
        try:
            check_backup_file(candidate)
        except LibraryError:
            continue
        return candidate
    return None


def _made_from(backup: Path, library_path: Path) -> bool:
    """A backup copied from this library file: its device row names a library of this
    file's name (the folder may have moved since: a drive mounted elsewhere)."""
    try:
        conn = connect_read_only(backup)
        try:
            row = conn.execute("SELECT path FROM device").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return (
        row is not None and os.path.basename(row[0]) == path_text(library_path).rsplit("/", 1)[-1]
    )


def restore_file(library_path: Path, backup: Path) -> Path | None:
    """Put a backup in place of a library that cannot be opened (damaged), or where there is
    none: the backup is first copied whole beside the library, then the damaged file is
    moved aside into the backups folder (never deleted) and the copy renamed into its
    place. A copy that cannot be made (a full disk) leaves the damaged library where it
    was. Returns where the damaged file was kept (None where there was no file)."""
    check_backup_file(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = backups_dir(library_path) / f"{library_path.stem}-damaged-{stamp}.db"
    staged = library_path.with_name(f"{part_prefix()}{secrets.token_hex(4)}.part")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        sweep_parts(library_path.parent)
        source = connect_read_only(backup)
        target = sqlite3.connect(staged)
        try:
            with target:
                source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            source.close()
            target.close()
    except (OSError, sqlite3.Error) as error:
        for leftover in (staged, staged.with_name(staged.name + "-journal")):
            leftover.unlink(missing_ok=True)
        reason = describe_os_error(error) if isinstance(error, OSError) else str(error)
        raise LibraryError(
            f"restoring {from_os(backup)} failed ({reason}); the library was left as it was"
        ) from error
    if not os.path.lexists(library_path):
        try:
            staged.replace(library_path)
        except OSError as error:
            staged.unlink(missing_ok=True)
            raise LibraryError(
                f"restoring {from_os(backup)} failed ({describe_os_error(error)})"
            ) from error
        return None
    try:
        library_path.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = library_path.with_name(library_path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
        staged.replace(library_path)
    except OSError as error:
        raise LibraryError(
            f"restoring {from_os(backup)} failed ({describe_os_error(error)}); the damaged "
            f"library is kept in {from_os(kept)}"
        ) from error
    return kept
