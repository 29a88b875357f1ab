"""An open library file's life: created or opened, checked, migrated, read-only when it
cannot be written, its transactions (waiting for another writer, counting shows' figures
before commit), closed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from guide.core.errors import (
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryMissing,
    LibraryTooNew,
    error_kind,
    is_busy,
    write_error,
)
from guide.core.files import unwritable_reason
from guide.core.library import health, schema
from guide.core.library.connection import PAGE_SIZE, Database, connect, create_file
from guide.core.library.copies import copy_now
from guide.core.library.health import DamageChecks
from guide.core.library.sql import UNCOUNTED_SHOWS
from guide.core.paths import path_text

if TYPE_CHECKING:
    pass


# How long a write waits for another writer before it says so, and before it gives up.
# The window passes a short total wait (it must not freeze) and retries on its own.
BUSY_STEP_MS = 250


DEFAULT_MAX_WAIT = 60.0


class Lifecycle(DamageChecks):
    """The connection, the transactions and the lifecycle of an open library file."""

    def __init__(
        self,
        path: str | Path,
        *,
        max_wait: float = DEFAULT_MAX_WAIT,
        verify: bool = True,
        reader: bool = False,
        create: bool = True,
        check_later: bool = False,
    ):
        """``reader``: a connection that only reads (the window's search thread): it never
        finishes another's import or takes a device id, so it never waits for a writer.
        ``check_later``: when the file must be checked for damage, it is not checked here:
        the library refuses every change (``checking``) until ``checked`` gives the result
        of ``damage_check`` run on another connection (the window runs it after its first
        paint, on a worker).
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
            self.created = create_file(self.path)
        # A write waits up to max_wait seconds for another writer; on_busy(message) is told
        # once per write when it has to wait (the CLI prints it, the window shows it).
        self.max_wait = max_wait
        self.on_busy: Callable[[str], None] | None = None
        self.verified = False  # the check found it whole (or it was whole when last seen)
        self.checking = False  # its check for damage runs elsewhere: changes wait for it
        self.check_later = check_later  # the check (if due) and the day's backup: the caller's
        self._stamp_to_check: health.Stamp | None = None
        self.device = ""  # this library's device id, read (or taken) once it is open
        self._memo: dict[str, tuple[tuple[int, int], Any]] = {}
        # Why changes cannot be saved (a full disk, a read-only file system), when the file
        # could be opened only for reading; None when it is writable.
        self.read_only: str | None = None
        self.db = Database(None)  # type: ignore[arg-type]  # until connect gives it
        try:
            self.db = connect(self.path)
            self._prepare()
            if verify and not self.created:
                self._verify(later=check_later)
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
                if 0 < version < schema.COMPACTING_VERSION:
                    self._compact()
            if not self.reader:
                self.device = self._device_id()
                if self._scalar("SELECT COUNT(*) FROM pending_order"):
                    self.refresh_order()
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_STEP_MS}")
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"{self.path} could not be opened ({error})") from error

    def _compact(self) -> None:
        """Give back the room of the copy of the text that schema v16 gave up (once), in
        pages of PAGE_SIZE when no other program has the file open (the page size changes
        only outside write-ahead logging); else in the pages it has; and when even that
        cannot be done now (another connection holds it), never a failure to open: the
        file stays as large as it was."""
        conn = self.db.conn
        try:
            try:
                if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete":
                    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            except sqlite3.OperationalError:  # another connection has it open: as it is
                pass
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # as a new library's (connection)
            conn.execute("VACUUM")
        except sqlite3.OperationalError:  # still in use: the room is given back another time
            pass
        finally:
            conn.execute("PRAGMA journal_mode = WAL")

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
                self.db = connect(self.path, mode)
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

    def give_back_free_pages(self) -> None:
        """Return the file's free pages to the disk (after an import: FTS5's merges free
        pages as it writes). Nothing when the library keeps them (made before auto_vacuum)
        or another connection is writing: they are used again by the next writes."""
        if self.db.conn.in_transaction:
            return  # inside a write: the pages are given back after another import
        with contextlib.suppress(sqlite3.Error):  # the import is committed: never its failure
            # Stepped to the end by executescript (execute would give back one page).
            self.db.conn.executescript("PRAGMA incremental_vacuum;")

    def refresh_order(self) -> None:
        """Place the shows an unfinished import left unplaced (the articles' part does)."""
        raise NotImplementedError

    def renew_device(self) -> None:
        """Write as a new device from now on (this file's journal went back: what its old
        id published is not what it holds)."""
        self.device = self._device_id(renew=True)

    def _backup_before_migration(self, version: int) -> None:
        copy_now(self.path, self.db.conn, label=f"before-v{schema.LATEST_VERSION}-from-v{version}")

    def reopen(self) -> None:
        """Open the file again (after its content was replaced by a backup): migrate,
        refresh, and write as a new device from now on: the backup's journal is older than
        what this device already wrote to a sync folder."""
        self.db.close()
        self._memo.clear()  # a new connection counts its changes from 0 again
        # A new file: what was found of the old one (damaged, still being checked) is not
        # true of it. Its content was checked whole before it was put in place.
        self.read_only, self.checking, self.verified = None, False, False
        self.db = connect(self.path)
        self._prepare()
        self.device = self._device_id(renew=True)

    def close(self) -> None:
        self.db.close()
        if self.verified:  # found whole at opening, so as this session leaves it
            stamp = health.file_stamp(self.path)
            if stamp is not None:
                health.remember_clean(self.path, stamp)

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
        refusal = self.refusal()
        if refusal is not None:
            raise LibraryError(
                f"changes to {self.path} cannot be saved: {refusal}; nothing was changed"
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

    def refusal(self) -> str | None:
        """Why no change can be saved now (the file is read-only or damaged, or its check
        for damage is still running), or None. Work on another connection to this file
        (the window's jobs) takes it on (jobs.CoreJob)."""
        if self.read_only is not None:
            return self.read_only
        if self.checking:
            return "its check for damage is still running (a few seconds)"
        return None

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

    def __enter__(self) -> Self:
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


def count_shows(conn: sqlite3.Connection) -> None:
    """Count again the shows whose figures a write made the library forget (schema v11):
    the shows it touched, each through its own episodes; nothing when none was touched."""
    conn.execute(
        "INSERT INTO show_counts (show_key, episodes, watched, pass) "
        f"SELECT key, episodes, watched, pass FROM ({UNCOUNTED_SHOWS})"
    )
