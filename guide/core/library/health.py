"""What the app remembers about a library file's health, outside the file itself: its size,
modification and change times and inode when it was last found whole, so that opening runs
SQLite's check only when the file changed since then. The change time (ctime) is set by the
system on every write and every change of the other times, and no program can set it back:
a file rewritten and given its old size and modification time again is checked. Kept in
the user's cache folder. And the check itself (DamageChecks), run at opening or, for the
window, after its first paint."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from guide.core.errors import LibraryDamaged, first_problem
from guide.core.library.copies import check_file
from guide.core.paths import APP_NAME

if TYPE_CHECKING:
    from guide.core.library.connection import Database

# The check for damage at opening: within this time (past it, the pages alone).
QUICK_CHECK_SECONDS = 5.0

Stamp = tuple[int, ...]  # size, mtime and ctime in nanoseconds, inode


def _record(path: Path) -> Path:
    name = hashlib.blake2b(os.fsencode(os.path.abspath(path)), digest_size=12).hexdigest()
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "checked" / f"{name}.json"


def file_stamp(path: Path) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def clean_stamp(path: Path) -> Stamp | None:
    try:
        values = json.loads(_record(path).read_text(encoding="utf-8"))
        return tuple(int(value) for value in values)
    except (OSError, ValueError, TypeError):
        return None


def remember_clean(path: Path, stamp: Stamp) -> None:
    record = _record(path)
    with contextlib.suppress(OSError):  # a cache: losing it costs one quick_check
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(list(stamp)), encoding="utf-8")


class DamageChecks:
    """A library's check for damage: at opening, or later elsewhere (``checking``)."""

    path: Path
    db: Database
    read_only: str | None
    verified: bool  # the check found it whole (or it was whole when last seen)
    checking: bool  # its check for damage runs elsewhere: changes wait for it
    _stamp_to_check: Stamp | None

    def _verify(self, *, later: bool = False) -> None:
        """Refuse a damaged file: SQLite's integrity_check, run when the file changed since the
        last time it was found whole (bounded in time; past that it is judged next time).
        ``later``: not run here; changes wait for ``checked``."""
        stamp = file_stamp(self.path)
        if stamp is not None and stamp == clean_stamp(self.path):
            self.verified = True
            return
        if later:
            self.checking, self._stamp_to_check = True, stamp
            return
        result = self.damage_check()
        if result is not None and result != ["ok"]:
            raise LibraryDamaged(
                f"{self.path} is damaged ({first_problem(result)}). It was left untouched; "
                "restore it from a backup"
            )
        self._found(result, stamp)

    def damage_check(self) -> list[str] | None:
        """SQLite's integrity check within QUICK_CHECK_SECONDS (past that, its check of the
        pages alone): ["ok"], what is wrong, or None when even that ran out of time."""
        result = self.quick_check(QUICK_CHECK_SECONDS)
        if result is None:  # a large file on a slow disk: its pages, at least
            result = check_file(self.db.conn, QUICK_CHECK_SECONDS, "quick_check")
        return result

    def checked(self, result: list[str] | None) -> None:
        """The result of ``damage_check`` run elsewhere on this file (see ``check_later``):
        whole, changes are saved again; damaged, the library is read-only, and says why."""
        self.checking = False
        if result is not None and result != ["ok"]:
            self.read_only = f"it is damaged ({first_problem(result)}); restore it from a backup"
            return
        self._found(result, self._stamp_to_check)

    def _found(self, result: list[str] | None, stamp: Stamp | None) -> None:
        if result is None:  # ran out of time: judged next time
            return
        self.verified = True
        if stamp is not None:
            remember_clean(self.path, stamp)

    def quick_check(self, seconds: float | None = None) -> list[str] | None:
        """SQLite's integrity_check (every page, and every index against its table): ["ok"],
        or what is wrong; None when it ran out of time."""
        return check_file(self.db.conn, seconds)

    def integrity_check(self) -> list[str]:
        return [row[0] for row in self.db.execute("PRAGMA integrity_check")]
