"""Personal data to and from a file: export (JSON, CSV) and merge.

The JSON format (``format: episode-guide-personal-data``, ``version: 1``) holds every play with
its time, every note with the time of its last change, rewatch passes and show notes, each
keyed by article title and show. Merging unites plays (the same article and time once), keeps
the newer note and the other text as a conflict copy inside it, and is idempotent: merging the
same file twice changes nothing. Plays and notes for titles not in the library are kept and
attach when the article is imported. A merge is one transaction: all of it, or none. A
file is read and checked first, whole (personal_file).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from guide.core.article import fold_title
from guide.core.errors import LibraryError
from guide.core.files import (
    check_destination,
    write_atomically,
    write_text_atomically,
)
from guide.core.library import Library
from guide.core.library.entries import apply as apply_op
from guide.core.sync.personal_file import (
    FORMAT,
    VERSION,
    format_2_entries,
    read_export,
)
from guide.core.text import csv_cell, from_os, plural
from guide.core.times import now_utc, to_timestamp
from guide.core.work import Session

CONFLICT_MARK = "--- Conflicting copy"


@dataclass
class MergeReport:
    plays_added: int = 0
    plays_known: int = 0
    notes_added: int = 0
    notes_updated: int = 0
    notes_conflicts: int = 0
    notes_unchanged: int = 0
    passes_added: int = 0
    deletes_added: int = 0
    ratings_set: int = 0
    statuses_set: int = 0
    unknown_titles: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def summary(self) -> str:
        return (
            f"Merged: {plural(self.plays_added, 'play')} added "
            f"({self.plays_known:,} already known), "
            f"{plural(self.notes_added, 'note change')} added, {self.notes_updated:,} updated, "
            f"{plural(self.notes_conflicts, 'note')} in conflict, "
            f"{plural(self.passes_added, 'rewatch', 'rewatches')} added, "
            f"{plural(self.deletes_added, 'delete')}, "
            f"{plural(self.ratings_set, 'rating')} set, "
            f"{plural(self.statuses_set, 'show status', 'show statuses')} set"
        )


def export_data(library: Library) -> dict[str, Any]:
    """Format 2: every play with its id and pass, every pass, every delete and every note
    revision with its parents, keyed by titles and show names (readable, and a key for a
    library that holds the same articles); the notes' current texts too, for people."""
    titles = library.article_titles()
    shows = {s.key: s.name for s in library.shows()}

    def named(key: str) -> tuple[str, str | None]:
        title, show_key = titles.get(key, (key, None))
        return title, shows.get(show_key or "")

    plays = []
    for play in library.plays.all():
        title, show = named(play.article_key)
        plays.append(
            {
                "id": play.uid,
                "title": title,
                "show": show,
                "watched_at": play.watched_at,
                "pass": play.pass_uid,
                "device": play.device,
                "source": play.source,
            }
        )
    notes = []
    for entry in library.notes.all():
        item = {"text": entry.text, "updated_at": entry.updated_at}
        if entry.on_show:
            notes.append({"show": shows.get(entry.key, entry.key), "on_show": True, **item})
        else:
            title, show = named(entry.key)
            notes.append({"title": title, "show": show, **item})
    passes = [
        {
            "id": p.uid,
            "show": shows.get(p.show_key, p.show_key),
            "number": p.number,
            "started_at": p.started_at,
        }
        for p in library.passes.all()
    ]
    deleted = [{"id": uid, "kind": kind, "at": at} for uid, kind, at in library.tombstones.all()]
    ratings = [
        {
            "id": r.uid,
            **(
                {"show": shows.get(r.key, r.key), "on_show": True}
                if r.on_show
                else {"title": named(r.key)[0]}
            ),
            "rating": r.rating,
            "rated_at": r.at,
            "device": r.device,
        }
        for r in library.ratings.all()
    ]
    statuses = [
        {
            "id": s.uid,
            "show": shows.get(s.show_key, s.show_key),
            "status": s.status,
            "at": s.at,
            "device": s.device,
        }
        for s in library.statuses.all()
    ]
    revisions = []
    for revision in library.notes.all_revisions():
        where = (
            {"show": shows.get(revision.key, revision.key), "on_show": True}
            if revision.on_show
            else {"title": named(revision.key)[0]}
        )
        revisions.append(
            {
                "id": revision.uid,
                **where,
                "parents": list(revision.parents),
                "text": revision.text,
                "at": revision.at,
                "device": revision.device,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_timestamp(now_utc()),
        "plays": plays,
        "passes": passes,
        "deleted": deleted,
        "revisions": revisions,
        "ratings": ratings,
        "statuses": statuses,
        "notes": notes,
    }


def write_export(
    library: Library, path: Path, csv_path: Path | None = None, *, force: bool = False
) -> dict[str, Any]:
    """Write the export (and the CSV history), each whole or not at all; never onto an
    existing file unless ``force``, never onto the open library."""
    for target in (path, csv_path):
        if target is not None:
            check_destination(target, force=force, protected=[library.path])
    if csv_path is not None and os.path.abspath(csv_path) == os.path.abspath(path):
        raise LibraryError("the JSON file and the CSV file must be two different files")
    data = export_data(library)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_text_atomically(path, text)
    if csv_path is not None:
        write_history_csv(library, csv_path)
    return data


def write_history_csv(library: Library, path: Path) -> None:
    """The watch history as CSV; a cell that a spreadsheet would run as a formula is
    written with a leading apostrophe."""

    def write(file: TextIO) -> None:
        writer = csv.writer(file)
        writer.writerow(["watched_at", "show", "season", "episode", "title"])
        for entry in reversed(library.plays.history()):
            writer.writerow(
                [
                    csv_cell(entry.watched_at or ""),
                    csv_cell(entry.show or ""),
                    entry.season if entry.season is not None else "",
                    entry.episode if entry.episode is not None else "",
                    csv_cell(entry.title or entry.article_key),
                ]
            )

    write_atomically(path, write)


def merge_file(library: Library, path: Path, session: Session | None = None) -> MergeReport:
    return merge_data(library, read_export(path), source=from_os(path.name), session=session)


def merge_data(
    library: Library,
    data: dict[str, Any],
    source: str = "another copy",
    session: Session | None = None,
) -> MergeReport:
    """Merge a validated file in one transaction; a cancel (Cancelled) rolls all of it back."""
    session = session or Session()
    if data.get("version") == 2:
        return _merge_v2(library, data, session)
    total = sum(len(data.get(section, [])) for section in ("plays", "notes", "passes"))
    report = MergeReport()
    known_titles = set(library.article_titles())
    unknown: dict[str, None] = {}  # ordered, and quick to look up
    with library.transaction():
        for done, item in enumerate(data.get("plays", [])):
            if done % 500 == 0:
                session.check()
                session.progress(done, total)
            key = fold_title(str(item["title"]))
            if library.plays.add_if_new(key, item["watched_at"]):
                report.plays_added += 1
            else:
                report.plays_known += 1
            if key not in known_titles:
                unknown.setdefault(str(item["title"]))
        report.unknown_titles = list(unknown)
        for item in data.get("notes", []):
            _merge_note(library, item, source, report)
        for item in data.get("passes", []):
            show_key = fold_title(str(item["show"]))
            if library.passes.add_if_new(show_key, item["number"], item["started_at"]):
                report.passes_added += 1
    return report


def _merge_note(library: Library, item: dict[str, Any], source: str, report: MergeReport) -> None:
    text, changed = str(item["text"]), str(item["updated_at"])
    write: Callable[[str, str, str], object]
    if item.get("on_show"):
        key = fold_title(str(item["show"]))
        current = library.notes.show_entry(key)
        write = library.notes.write_show
    else:
        key = fold_title(str(item["title"]))
        current = library.notes.entry(key)
        write = library.notes.write
    if current is None:
        write(key, text, changed)
        report.notes_added += 1
        return
    mine, mine_changed = current
    # Already merged: the same text, theirs at the head of mine (it won an earlier merge), or
    # theirs kept below mine as a conflict copy. A mere substring is not the same note.
    won_before = mine.startswith(f"{text}\n\n{CONFLICT_MARK} ")
    kept_as_copy = f"{CONFLICT_MARK} from " in mine and mine.endswith(
        f", changed {changed} ---\n{text}"
    )
    if text == mine or won_before or kept_as_copy:
        report.notes_unchanged += 1
        return
    if mine in text and changed >= mine_changed:  # theirs already holds mine: take theirs
        write(key, text, changed)
        report.notes_updated += 1
        return
    newer, newer_at, older, older_at = (
        (text, changed, mine, mine_changed)
        if changed > mine_changed
        else (mine, mine_changed, text, changed)
    )
    label = source if older is text else "this library"
    merged = f"{newer}\n\n{CONFLICT_MARK} from {label}, changed {older_at} ---\n{older}"
    write(key, merged, newer_at)
    report.notes_conflicts += 1


def _merge_v2(library: Library, data: dict[str, Any], session: Session) -> MergeReport:
    """Format 2 is merged as sync applies operations: a union by identity, with deletes
    and note revisions; merging the same file again changes nothing, in any order."""
    report = MergeReport()
    known_titles = set(library.article_titles())
    unknown: dict[str, None] = {}
    items = list(format_2_entries(data))
    counters = {
        "play": "plays_added",
        "pass": "passes_added",
        "revision": "notes_added",
        "rating": "ratings_set",
        "status": "statuses_set",
    }
    with library.transaction():
        for done, (where, op) in enumerate(items):
            if done % 500 == 0:
                session.check()
                session.progress(done, len(items))
            try:
                changed = apply_op(library, op) is not None
            except LibraryError as error:  # a note history that would loop: all or nothing
                raise LibraryError(f"{where}: {error}; nothing was merged") from error
            if op["type"] == "play":
                if not changed:
                    report.plays_known += 1
                if op["key"] not in known_titles:
                    unknown.setdefault(op["key"])
            if changed and op["type"] in counters:
                name = counters[op["type"]]
                setattr(report, name, getattr(report, name) + 1)
            elif changed and op["type"] == "delete":
                report.deletes_added += 1
    report.unknown_titles = list(unknown)
    report.notes_conflicts = len(library.notes.conflicted_keys())
    return report
