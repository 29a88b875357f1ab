"""Sync through a folder that a sync engine (Syncthing, Nextcloud, Dropbox, a network share)
keeps the same on several computers. We run no server.

Layout: ``FOLDER/<device id>/<first>-<last>.jsonl``, one operation per line (see
:mod:`guide.core.library.journal`). Each library writes only its own folder, a new segment per round
(written whole, then renamed into place), and reads every other device's files. Applying is
idempotent and order-free — plays and passes are sets with tombstones, notes a graph of
revisions — so any libraries that have read the same operations hold the same personal data.
A file that is not whole (the engine may still be copying it: it does not end with a line
break, or is not UTF-8) is skipped with its reason and read again next time. In a whole file
each line is one operation, split on line feeds only (a note may hold U+2028 or U+0085); a
line that does not parse, or cannot be applied, is skipped with its reason and the others
are applied. A sync engine's conflict copies (``*.sync-conflict-*``) are read like any
other file.

Each device's segments are numbered by the journal's sequence, from 1 without gaps: a gap
in another device's files is reported as missing operations (deleted, or not yet arrived);
a gap in this device's own files is written again. A library whose journal is older than
what its device id already published (a backup copied back over it by hand) writes as a
new device, so that it never rewrites a published segment with other operations.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide.core.changes import Changes, Gathering
from guide.core.errors import LibraryDamaged, LibraryError, error_kind, first_problem
from guide.core.files import (
    NotRegularFile,
    TooLarge,
    describe_os_error,
    read_regular_file,
    write_text_atomically,
)
from guide.core.library import Library, entries
from guide.core.library.entries import BadOperation, check
from guide.core.library.entries import apply as apply_op
from guide.core.paths import path_text
from guide.core.sync import FOLDER_STATE, remembered_folder
from guide.core.text import from_os, plural
from guide.core.work import Session

SEGMENT_OPS = 5_000  # operations per file at most: no file grows without bound
# A device's journal is replaced by a snapshot once it holds more operations than this and
# more than the state they made (see compact).
COMPACT_MIN = 5_000
MAX_SEGMENT_BYTES = 64 * 1024 * 1024
# Sending waits for this library to pass SQLite's integrity_check for up to this long:
# damage is never sent to the other computers.
SEND_CHECK_SECONDS = 30.0
_SEGMENT = re.compile(r"^(\d{12})-(\d{12})\.jsonl$")


@dataclass
class SyncReport:
    read: int = 0  # operations read from other devices' new files
    applied: int = 0  # of those, the ones that changed something here
    written: int = 0  # this device's operations written to the folder
    conflicts: list[str] = field(default_factory=list)  # notes in conflict, by title
    skipped: list[dict[str, str]] = field(default_factory=list)  # {"file", "reason"}
    # Another device's operations known to exist but not in the folder: {"device", "from",
    # "to"} (a segment deleted, or not yet arrived).
    missing: list[dict[str, Any]] = field(default_factory=list)
    renewed: bool = False  # this library wrote as a new device (its journal went back)
    compacted: int = 0  # entries of the snapshot that replaced this device's segments
    touched: Gathering = field(default_factory=Gathering)  # by the entries applied

    @property
    def changes(self) -> Changes:
        """What the applied entries touched, for the views."""
        return self.touched.changes()

    def to_json(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "applied": self.applied,
            "written": self.written,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
            "missing": self.missing,
        }

    def summary(self) -> str:
        parts = []
        if self.applied:
            parts.append(f"{plural(self.applied, 'change')} from your other computers")
        if self.written:
            parts.append(f"{plural(self.written, 'change')} of yours sent")
        if self.compacted:
            kept = plural(self.compacted, "entry", "entries")
            parts.append(f"your files in the folder compacted to {kept}")
        text = "Synced: " + ("; ".join(parts) if parts else "nothing new")
        if self.conflicts:
            text += f"; notes in conflict: {', '.join(self.conflicts)}"
        if self.missing:
            count = sum(gap["to"] - gap["from"] + 1 for gap in self.missing)
            text += (
                f"; {plural(count, 'change')} of another computer's are missing from the "
                "folder (deleted, or not yet arrived): they reach this one when that computer "
                "syncs again"
            )
        return text


def sync(library: Library, folder: Path, session: Session | None = None) -> SyncReport:
    """One round: write this device's new operations, then apply every other device's."""
    session = session or Session()
    if not folder.is_dir():
        raise LibraryError(f"the sync folder {from_os(folder)} does not exist")
    report = SyncReport()
    where = str(folder.resolve())
    if where != path_text(where):
        raise LibraryError(
            f"the sync folder's name {from_os(where)} is not UTF-8 text: give it a name that "
            "is (the other computers must find it too)"
        )
    report.written, report.renewed = _write_own(library, folder)
    # Remembered once it took this device's writes: a folder that cannot (read-only, full)
    # never replaces the one that worked.
    _remember(library, FOLDER_STATE, where)
    if _worth_compacting(library) or _needs_snapshot(library, folder):
        report.compacted = compact(library, folder)
    others = [d for d in sorted(folder.iterdir()) if d.is_dir() and _is_device(d.name)]
    files = []
    for device in others:
        if device.name == library.device:
            continue
        found = _journal_files(device)
        files += found
        report.missing += [
            {"device": device.name, "from": first, "to": last} for first, last in _gaps(found)
        ]
    for done, path in enumerate(files):
        session.check()
        session.progress(done, len(files), path.name)
        _read_file(library, folder, path, report)
    report.conflicts = _conflicts(library)
    return report


def _worth_compacting(library: Library) -> bool:
    """This device's journal has grown past the state it describes (and past COMPACT_MIN):
    its segments are worth replacing by a snapshot."""
    journal = int(library._scalar("SELECT COUNT(*) FROM journal"))
    too_large_at = int(_state(library, f"snapshot-too-large:{library.device}") or 0)
    if journal < COMPACT_MIN or journal < 2 * too_large_at:
        return False  # (a state too large for one file is tried again when it has doubled)
    state = sum(
        int(library._scalar(f"SELECT COUNT(*) FROM {table}"))
        for table in (
            "watch_events",
            "passes",
            "tombstones",
            "ratings",
            "show_statuses",
            "note_revisions",
        )
    )
    return journal > state


def _needs_snapshot(library: Library, folder: Path) -> bool:
    """This device's files miss operations that its journal no longer holds (its snapshot
    was deleted from the folder, or a compacted journal now writes as a new device): what
    they held is written again, as a snapshot."""
    written = int(_state(library, f"written:{library.device}") or 0)
    gaps = _gaps(_journal_files(folder / library.device), written)
    if not gaps:
        return False
    first = library._scalar("SELECT MIN(seq) FROM journal")
    return first is None or int(first) > gaps[0][0]


def compact(library: Library, folder: Path) -> int:
    """Replace this device's segments in the folder by one snapshot of the library's state
    (its plays, rewatches, deletes, ratings, statuses and note revisions as entries, which
    have the effect of every operation before them: applying is idempotent and order-free),
    named for the journal's numbers it covers, 1 to the last one written; then the journal
    keeps only what comes after. The folder and the journal stay about the size of the data,
    not of its history. Returns the entries written (0: nothing to compact)."""
    _write_own(library, folder)  # every operation journaled is in the folder first
    mark = f"written:{library.device}"
    upto = int(_state(library, mark) or 0)
    if upto == 0:
        return 0
    _check_before_sending(library)
    own = folder / library.device
    # Bare entries: a journal line's envelope (its id, time and device) says when it was
    # recorded, which a state does not need; each entry that has a device names its own.
    lines = [json.dumps(op, ensure_ascii=False) + "\n" for op in entries.state(library)]
    text = "".join(lines)
    if len(text.encode("utf-8")) > MAX_SEGMENT_BYTES:  # larger than a reader takes:
        journal = library._scalar("SELECT COUNT(*) FROM journal")  # the segments stay
        _remember(library, f"snapshot-too-large:{library.device}", str(journal))
        return 0
    snapshot = own / f"{1:012d}-{upto:012d}.jsonl"
    try:
        own.mkdir(exist_ok=True)
        write_text_atomically(snapshot, text)
        for path in _journal_files(own):
            span = _span(path)
            if span is not None and span[1] <= upto and path != snapshot:
                path.unlink(missing_ok=True)
    except OSError as error:
        raise LibraryError(
            f"cannot write into the sync folder {from_os(folder)}: {describe_os_error(error)}"
        ) from error
    with library.transaction():  # the last row stays: the numbering goes on from it
        library.db.execute("DELETE FROM journal WHERE seq < ?", [upto])
    return len(lines)


def _span(path: Path) -> tuple[int, int] | None:
    """The journal sequence numbers a segment holds, from its name (None for a conflict
    copy or any other name)."""
    match = _SEGMENT.match(path.name)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _gaps(files: list[Path], upto: int = 0) -> list[tuple[int, int]]:
    """The sequence numbers a device's segments should hold and do not: its journal starts
    at 1 and has no holes, so a number no segment covers, before the last one found (or
    ``upto``), is in a segment that is missing."""
    spans = sorted(span for span in map(_span, files) if span is not None)
    gaps, expected = [], 1
    for first, last in spans:
        if first > expected:
            gaps.append((expected, first - 1))
        expected = max(expected, last + 1)
    if upto >= expected:
        gaps.append((expected, upto))
    return gaps


def _is_device(name: str) -> bool:
    return 8 <= len(name) <= 64 and all(c in "0123456789abcdef" for c in name)


def _journal_files(device_folder: Path) -> list[Path]:
    names: list[Path] = []
    if not device_folder.is_dir():
        return names
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
    return _write_own(library, folder)[0]


def _write_own(library: Library, folder: Path) -> tuple[int, bool]:
    """This device's operations not yet in the folder, as new segment files, and those of
    its segments that are gone from the folder, written again; and whether it had to write
    as a new device. Nothing is sent from a library SQLite finds damaged."""
    renewed = _renew_if_behind(library, folder)
    mark = f"written:{library.device}"
    since = int(_state(library, mark) or 0)
    own = folder / library.device
    runs: list[tuple[int, int | None]] = [*_gaps(_journal_files(own), upto=since)]
    runs.append((since + 1, None))
    journal = library.journal.since(runs[0][0] - 1)  # read once, from the earliest run
    batches = [
        [entry for entry in journal if entry[0] >= first and (last is None or entry[0] <= last)]
        for first, last in runs
    ]
    if not any(batches):
        return 0, renewed
    _check_before_sending(library)
    try:
        own.mkdir(exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"cannot write into the sync folder {from_os(folder)}: {describe_os_error(error)}"
        ) from error
    written = 0
    for pending in batches:
        for start in range(0, len(pending), SEGMENT_OPS):
            chunk = pending[start : start + SEGMENT_OPS]
            lines = "".join(json.dumps(op, ensure_ascii=False) + "\n" for _, op in chunk)
            name = f"{chunk[0][0]:012d}-{chunk[-1][0]:012d}.jsonl"
            write_text_atomically(own / name, lines)
            if chunk[-1][0] > since:
                since = chunk[-1][0]
                _remember(library, mark, str(since))
            written += len(chunk)
    return written, renewed


def _renew_if_behind(library: Library, folder: Path) -> bool:
    """Write as a new device when this device id already published operations that this
    library's journal does not hold as they were published (its file was replaced by an
    older copy: the journal went back and went on differently). True if it did."""
    published = [span for span in map(_span, _journal_files(folder / library.device)) if span]
    if not published:
        return False
    last = max(published, key=lambda span: span[1])
    mark = f"written:{library.device}"
    if last[1] <= int(_state(library, mark) or 0):
        return False
    held = dict(library.journal.since(last[1] - 1)[:1])
    name = f"{last[0]:012d}-{last[1]:012d}.jsonl"
    if last[1] in held and _last_id(folder / library.device / name) == held[last[1]].get("id"):
        _remember(library, mark, str(last[1]))  # written before a crash: nothing went back
        return False
    library.renew_device()
    return True


def _last_id(path: Path) -> str | None:
    try:
        lines = read_regular_file(path, MAX_SEGMENT_BYTES).split(b"\n")
        last = next(line for line in reversed(lines) if line.strip())
        value = json.loads(last).get("id")
    except (OSError, ValueError, StopIteration, AttributeError, NotRegularFile, TooLarge):
        return None
    return value if isinstance(value, str) else None


def _check_before_sending(library: Library) -> None:
    result = library.quick_check(SEND_CHECK_SECONDS)
    if result is not None and result != ["ok"]:
        raise LibraryDamaged(
            f"nothing was sent: the library is damaged ({first_problem(result)}); restore it "
            "from a backup (guide restore)"
        )


def _read_file(library: Library, folder: Path, path: Path, report: SyncReport) -> None:
    relative = path_text(path)[len(path_text(folder)) + 1 :]
    try:
        info = path.stat()
        seen = f"{info.st_size}:{info.st_mtime_ns}"
        if _state(library, f"read:{relative}") == seen:
            return
        data = read_regular_file(path, MAX_SEGMENT_BYTES)
    except OSError as error:
        report.skipped.append({"file": relative, "reason": describe_os_error(error)})
        return
    except TooLarge:
        report.skipped.append({"file": relative, "reason": "larger than a journal file can be"})
        return
    except Exception as error:  # a FIFO or the like: said, never fatal
        report.skipped.append({"file": relative, "reason": str(error)})
        return
    try:
        if data and not data.endswith(b"\n"):
            raise BadOperation("its last line is not whole")
        text = data.decode("utf-8")
    except (UnicodeDecodeError, ValueError) as error:
        reason = f"not whole or not a journal ({error}); it will be read again later"
        report.skipped.append({"file": relative, "reason": reason})
        return
    with library.transaction(), library.journal.paused():
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                _apply_line(library, line, report, f"{relative}, line {number}")
        _remember(library, f"read:{relative}", seen)


def _apply_line(library: Library, line: str, report: SyncReport, where: str) -> None:
    """Apply one line of a whole file, in a savepoint of its own: a line that does not parse
    or cannot be applied here is skipped with its reason, and the others still arrive."""
    try:
        op = _parse(line)
    except ValueError as error:
        report.skipped.append({"file": where, "reason": f"not an operation ({error})"})
        return
    report.read += 1
    try:
        with library.db.atomic():
            changed = apply_op(library, op)
        if changed is not None:
            report.applied += 1
            report.touched.add(changed)
    except (sqlite3.Error, ValueError, LibraryError) as error:
        if isinstance(error, sqlite3.Error) and error_kind(error) in (
            "full",
            "io",
            "busy",
            "damaged",
            "read-only",
        ):
            raise  # the library cannot be written now: the whole file is read again later
        report.skipped.append({"file": where, "reason": f"could not be applied ({error})"})


def _parse(line: str) -> dict[str, Any]:
    op = json.loads(line)
    check(op)
    return op  # type: ignore[no-any-return]


def _conflicts(library: Library) -> list[str]:
    titles = library.article_titles()
    shows = library.show_names()
    named = []
    for key, on_show in library.notes.conflicted_keys():
        named.append(shows.get(key, key) if on_show else titles.get(key, (key, None))[0])
    return sorted(named)
