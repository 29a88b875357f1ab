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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from guide.core.article import fold_title
from guide.core.changes import Changes, Gathering
from guide.core.errors import LibraryError
from guide.core.files import (
    check_destination,
    write_atomically,
    write_text_atomically,
)
from guide.core.ids import stable_uid
from guide.core.library import Library, entries
from guide.core.library.entries import apply as apply_op
from guide.core.library.notes import Revision
from guide.core.ops import Applied
from guide.core.sync.personal_file import (
    FORM_OF,
    FORMAT,
    FORMS,
    VERSION,
    format_2_entries,
    read_export,
)
from guide.core.text import csv_cell, plural
from guide.core.times import now_utc, to_timestamp
from guide.core.work import Session


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
    touched: Gathering = field(default_factory=Gathering)  # by the items merged

    @property
    def changes(self) -> Changes:
        """What the merge touched, for the views."""
        return self.touched.changes()

    def to_json(self) -> dict[str, Any]:
        return {name: value for name, value in self.__dict__.items() if name != "touched"}

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


@dataclass(frozen=True)
class MergeFile:
    """An operation: a personal data file read and checked (``prepared``, before the write
    lock is taken), then merged in the one transaction ops.apply gives it. Nothing to undo
    (a merge only unites: what it brings is kept, and a delete it brings travels on).
    ``Applied.detail`` is its report."""

    path: Path
    description: str = "Merge personal data"
    session: Session | None = field(default=None, compare=False)

    def prepared(self) -> MergeData:
        return MergeData(read_export(self.path), self.description, self.session)

    def run(self, library: Library) -> Applied:
        return self.prepared().run(library)


@dataclass(frozen=True)
class MergeData:
    """A personal data file already read and checked, merged (see MergeFile)."""

    data: dict[str, Any] = field(compare=False)
    description: str = "Merge personal data"
    session: Session | None = field(default=None, compare=False)

    def run(self, library: Library) -> Applied:
        report = merge_data(library, self.data, session=self.session)
        return Applied(self.description, report.changes, detail=report)


class _Names:
    """Titles and show names by key, read once for an export."""

    def __init__(self, library: Library):
        self.titles = library.article_titles()
        self.shows = library.show_names()

    def article(self, key: str) -> tuple[str, str | None]:
        title, show_key = self.titles.get(key, (key, None))
        return title, self.shows.get(show_key or "")

    def show(self, key: str) -> str:
        return self.shows.get(key, key)


def export_data(library: Library) -> dict[str, Any]:
    """Format 2: the library's journal entries as they stand (library/entries.state), each
    in its list with its id, keyed by titles and show names (readable, and a key for a
    library that holds the same articles); for people, each rewatch's number, each
    delete's moment and the notes' current texts too."""
    names = _Names(library)
    numbers = {p.uid: p.number for p in library.passes.all()}
    deleted_at = {uid: at for uid, _kind, at in library.tombstones.all()}
    lists: dict[str, list[dict[str, Any]]] = {form.name: [] for form in FORMS}
    for entry in entries.state(library):
        form = FORM_OF[entry["type"]]
        item = form.item(entry, names)
        if form.kind == "pass":
            item["number"] = numbers.get(entry["uid"])
        elif form.kind == "delete":
            item["at"] = deleted_at.get(entry["uid"])
        lists[form.name].append(item)
    notes = []
    for note in library.notes.all():
        text = {"text": note.text, "updated_at": note.updated_at}
        if note.on_show:
            notes.append({"show": names.show(note.key), "on_show": True, **text})
        else:
            title, show = names.article(note.key)
            notes.append({"title": title, "show": show, **text})
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_timestamp(now_utc()),
        **{name: lists[name] for name in ("plays", "passes", "deleted", "revisions")},
        **{name: lists[name] for name in ("ratings", "statuses")},
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


def merge_data(
    library: Library,
    data: dict[str, Any],
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
                report.touched.add(Changes(plays=frozenset([key])))
            else:
                report.plays_known += 1
            if key not in known_titles:
                unknown.setdefault(str(item["title"]))
        report.unknown_titles = list(unknown)
        for item in data.get("notes", []):
            _merge_note(library, item, report)
        for item in data.get("passes", []):
            show_key = fold_title(str(item["show"]))
            if library.passes.add_if_new(show_key, item["number"], item["started_at"]):
                report.passes_added += 1
                report.touched.add(Changes(passes=frozenset([show_key])))
    return report


# How merges before this version kept a conflict: the other text glued below this mark.
GLUED_MARK = "--- Conflicting copy"


def _glued_before(mine: str, text: str, changed: str) -> bool:
    """Whether an earlier version already merged ``text`` into ``mine`` by gluing: theirs
    at its head, or kept below the mark. A mere substring is not the same note."""
    return mine.startswith(f"{text}\n\n{GLUED_MARK} ") or (
        f"{GLUED_MARK} from " in mine and mine.endswith(f", changed {changed} ---\n{text}")
    )


def _merge_note(library: Library, item: dict[str, Any], report: MergeReport) -> None:
    """A note of a format 1 file (its text and time, no id): a revision named by what it is,
    so the same file merged twice adds it once. It follows this library's note when its text
    holds that one and is newer; else, beside a different note, the note has two heads: a
    conflict, shown and resolved as one that sync brings (nothing concatenated)."""
    text, changed = str(item["text"]), str(item["updated_at"])
    on_show = bool(item.get("on_show"))
    key = fold_title(str(item["show" if on_show else "title"]))
    heads = library.notes.heads(key, on_show=on_show)
    if any(head.text == text or _glued_before(head.text, text, changed) for head in heads):
        report.notes_unchanged += 1
        return
    mine = heads[0] if len(heads) == 1 else None
    follows = mine is not None and mine.text in text and changed >= mine.at
    revision = Revision(
        stable_uid("note", str(int(on_show)), key, text, changed),
        on_show,
        key,
        (mine.uid,) if follows and mine is not None else (),
        text,
        changed,
        "",
    )
    if not library.notes.add_revision(revision):
        report.notes_unchanged += 1
        return
    keys = frozenset([key])
    report.touched.add(Changes(show_notes=keys) if on_show else Changes(notes=keys))
    if not heads:
        report.notes_added += 1
    elif follows:
        report.notes_updated += 1
    else:
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
                applied = apply_op(library, op)
            except LibraryError as error:  # a note history that would loop: all or nothing
                raise LibraryError(f"{where}: {error}; nothing was merged") from error
            changed = applied is not None
            if applied is not None:
                report.touched.add(applied)
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
