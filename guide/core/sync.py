"""Sync through a folder that a sync engine (Syncthing, Nextcloud, Dropbox, a network share)
keeps the same on several computers. We run no server.

Layout: ``FOLDER/<device id>/<first>-<last>.jsonl``, one operation per line (see
:mod:`guide.core.journal`). Each library writes only its own folder, a new segment per round
(written whole, then renamed into place), and reads every other device's files. Applying is
idempotent and order-free — plays and passes are sets with tombstones, notes a graph of
revisions — so any libraries that have read the same operations hold the same personal data.
A file that does not parse (the engine may still be copying it) is skipped with its reason
and read again next time; a sync engine's conflict copies (``*.sync-conflict-*``) are read
like any other file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide.core.files import describe_os_error, read_regular_file, write_text_atomically
from guide.core.notes import Revision
from guide.core.passes import Pass
from guide.core.plays import Play
from guide.core.ratings import Rating
from guide.core.store import Library, LibraryError
from guide.core.text import from_os, plural
from guide.core.times import TimeError, parse_timestamp
from guide.core.work import Session

SEGMENT_OPS = 5_000  # operations per file at most: no file grows without bound
MAX_SEGMENT_BYTES = 64 * 1024 * 1024
FOLDER_STATE = "folder"


class BadOperation(ValueError):
    pass


@dataclass
class SyncReport:
    read: int = 0  # operations read from other devices' new files
    applied: int = 0  # of those, the ones that changed something here
    written: int = 0  # this device's operations written to the folder
    conflicts: list[str] = field(default_factory=list)  # notes in conflict, by title
    skipped: list[dict[str, str]] = field(default_factory=list)  # {"file", "reason"}

    def to_json(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "applied": self.applied,
            "written": self.written,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
        }

    def summary(self) -> str:
        parts = []
        if self.applied:
            parts.append(f"{plural(self.applied, 'change')} from your other computers")
        if self.written:
            parts.append(f"{plural(self.written, 'change')} of yours sent")
        text = "Synced: " + ("; ".join(parts) if parts else "nothing new")
        if self.conflicts:
            text += f"; notes in conflict: {', '.join(self.conflicts)}"
        return text


def remembered_folder(library: Library) -> Path | None:
    value = _state(library, FOLDER_STATE)
    return Path(value) if value else None


def sync(library: Library, folder: Path, session: Session | None = None) -> SyncReport:
    """One round: write this device's new operations, then apply every other device's."""
    session = session or Session()
    if not folder.is_dir():
        raise LibraryError(f"the sync folder {from_os(folder)} does not exist")
    report = SyncReport()
    _remember(library, FOLDER_STATE, str(folder.resolve()))
    report.written = _write_own(library, folder)
    others = [d for d in sorted(folder.iterdir()) if d.is_dir() and _is_device(d.name)]
    files = [f for d in others if d.name != library.device for f in _journal_files(d)]
    for done, path in enumerate(files):
        session.check()
        session.progress(done, len(files), path.name)
        _read_file(library, folder, path, report)
    report.conflicts = _conflicts(library)
    return report


def _is_device(name: str) -> bool:
    return 8 <= len(name) <= 64 and all(c in "0123456789abcdef" for c in name)


def _journal_files(device_folder: Path) -> list[Path]:
    names = []
    for path in sorted(device_folder.iterdir()):
        if path.name.startswith((".", "~")) or not path.name.endswith(".jsonl"):
            continue  # a temporary file being written, by us or by the sync engine
        names.append(path)
    return names


def _remember(library: Library, name: str, value: str) -> None:
    with library.transaction():
        library.db.execute(
            "INSERT INTO sync_state (name, value) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [name, value],
        )


def _state(library: Library, name: str) -> str | None:
    return library._scalar("SELECT value FROM sync_state WHERE name = ?", [name])  # type: ignore[no-any-return]


def write_own(library: Library) -> int:
    """Only write this device's new operations to the remembered folder (closing the window:
    the other computers get the last changes without waiting for the next start)."""
    folder = remembered_folder(library)
    if folder is None or not folder.is_dir():
        return 0
    return _write_own(library, folder)


def _write_own(library: Library, folder: Path) -> int:
    """This device's operations not yet in the folder, as new segment files."""
    mark = f"written:{library.device}"
    since = int(_state(library, mark) or 0)
    pending = library.journal.since(since)
    if not pending:
        return 0
    own = folder / library.device
    try:
        own.mkdir(exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"cannot write into the sync folder {from_os(folder)}: {describe_os_error(error)}"
        ) from error
    for start in range(0, len(pending), SEGMENT_OPS):
        chunk = pending[start : start + SEGMENT_OPS]
        lines = "".join(json.dumps(op, ensure_ascii=False) + "\n" for _, op in chunk)
        name = f"{chunk[0][0]:012d}-{chunk[-1][0]:012d}.jsonl"
        write_text_atomically(own / name, lines)
        _remember(library, mark, str(chunk[-1][0]))
    return len(pending)


def _read_file(library: Library, folder: Path, path: Path, report: SyncReport) -> None:
    relative = str(path.relative_to(folder))
    try:
        info = path.stat()
        seen = f"{info.st_size}:{info.st_mtime_ns}"
        if _state(library, f"read:{relative}") == seen:
            return
        data = read_regular_file(path, MAX_SEGMENT_BYTES)
    except OSError as error:
        report.skipped.append({"file": relative, "reason": describe_os_error(error)})
        return
    except Exception as error:  # noqa: BLE001 - a FIFO or the like: said, never fatal
        report.skipped.append({"file": relative, "reason": str(error)})
        return
    try:
        if len(data) > MAX_SEGMENT_BYTES:
            raise BadOperation("larger than a journal file can be")
        ops = [_parse(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    except (UnicodeDecodeError, ValueError) as error:
        reason = f"not whole or not a journal ({error}); it will be read again later"
        report.skipped.append({"file": relative, "reason": reason})
        return
    with library.transaction(), library.journal.paused():
        for op in ops:
            report.read += 1
            report.applied += int(apply_op(library, op))
        _remember(library, f"read:{relative}", seen)


def _parse(line: str) -> dict[str, Any]:
    op = json.loads(line)
    check_op(op)
    return op  # type: ignore[no-any-return]


def _text(op: dict[str, Any], name: str, *, empty: bool = False) -> str:
    value = op.get(name)
    if not isinstance(value, str) or (not empty and not value) or len(value) > 1_000_000:
        raise BadOperation(f"'{name}' should be text")
    return value


def _moment(op: dict[str, Any], name: str, *, optional: bool = False) -> str | None:
    value = op.get(name)
    if value is None and optional:
        return None
    try:
        stamp = parse_timestamp(value, naive_is_local=False)
    except TimeError as error:
        raise BadOperation(f"'{name}': {error}") from None
    return stamp


def check_op(op: Any) -> None:
    """Refuse an operation that is not one this version can apply (BadOperation)."""
    if not isinstance(op, dict):
        raise BadOperation("an operation should be an object")
    kind = op.get("type")
    _text(op, "uid")
    if kind == "play":
        _text(op, "key")
        _moment(op, "watched_at", optional=True)
        if op.get("pass") is not None:
            _text(op, "pass")
        if op.get("source") is not None:
            _text(op, "source")
    elif kind == "delete":
        if op.get("kind") not in ("play", "pass"):
            raise BadOperation("a delete should name a play or a pass")
    elif kind == "pass":
        _text(op, "show")
        _moment(op, "started_at")
    elif kind == "rating":
        _text(op, "key")
        _moment(op, "rated_at")
        rating = op.get("rating")
        if not isinstance(rating, int) or isinstance(rating, bool) or not 0 <= rating <= 10:
            raise BadOperation("'rating' should be a whole number from 0 to 10")
    elif kind == "revision":
        _text(op, "key")
        _text(op, "text", empty=True)
        _moment(op, "at")
        parents = op.get("parents")
        if not isinstance(parents, list) or not all(isinstance(p, str) for p in parents):
            raise BadOperation("'parents' should be a list of revision ids")
    else:
        raise BadOperation(f"unknown operation {str(kind)[:40]!r}")


def apply_op(library: Library, op: dict[str, Any]) -> bool:
    """Apply one checked operation; True if it changed something here. Idempotent."""
    kind = op["type"]
    if kind == "play":
        play = Play(
            op["uid"],
            op["key"],
            _moment(op, "watched_at", optional=True),
            op.get("pass"),
            str(op.get("device") or ""),
            op.get("source"),
        )
        return bool(library.plays.add([play]))
    if kind == "rating":
        rated_at = _moment(op, "rated_at")
        assert rated_at is not None
        change = Rating(
            bool(op.get("on_show")),
            op["key"],
            op["rating"],
            rated_at,
            op["uid"],
            str(op.get("device") or ""),
        )
        return library.ratings.apply(change)
    if kind == "delete":
        new = not library.tombstones.holds(op["uid"])
        if op["kind"] == "play":
            library.plays.forget(op["uid"])
        else:
            library.passes.forget(op["uid"])
        return new
    if kind == "pass":
        started = _moment(op, "started_at")
        assert started is not None
        return library.passes.restore(Pass(op["uid"], op["show"], 0, started))
    at = _moment(op, "at")
    assert at is not None
    revision = Revision(
        op["uid"],
        bool(op.get("on_show")),
        op["key"],
        tuple(op["parents"]),
        op["text"],
        at,
        str(op.get("device") or ""),
    )
    return library.notes.add_revision(revision)


def _conflicts(library: Library) -> list[str]:
    titles = library.article_titles()
    shows = {s.key: s.name for s in library.shows()}
    named = []
    for key, on_show in library.notes.conflicted_keys():
        named.append(shows.get(key, key) if on_show else titles.get(key, (key, None))[0])
    return sorted(named)
