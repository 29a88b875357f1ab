"""What the app remembers about a library file's health, outside the file itself: its size,
modification and change times and inode when it was last found whole, so that opening runs
SQLite's check only when the file changed since then. The change time (ctime) is set by the
system on every write and every change of the other times, and no program can set it back:
a file rewritten and given its old size and modification time again is checked. Kept in
the user's cache folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

import platformdirs

from guide.core.paths import APP_NAME

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
