"""What the app remembers about a library file's health, outside the file itself: its size
and modification time when it was last found whole, so that opening runs SQLite's
quick_check only when the file changed since then. Kept in the user's cache folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

import platformdirs

from guide.core.paths import APP_NAME

Stamp = tuple[int, int]  # size, mtime in nanoseconds


def _record(path: Path) -> Path:
    name = hashlib.blake2b(os.fsencode(os.path.abspath(path)), digest_size=12).hexdigest()
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "checked" / f"{name}.json"


def file_stamp(path: Path) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def clean_stamp(path: Path) -> Stamp | None:
    try:
        size, mtime = json.loads(_record(path).read_text(encoding="utf-8"))
        return int(size), int(mtime)
    except (OSError, ValueError, TypeError):
        return None


def remember_clean(path: Path, stamp: Stamp) -> None:
    record = _record(path)
    with contextlib.suppress(OSError):  # a cache: losing it costs one quick_check
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(list(stamp)), encoding="utf-8")
