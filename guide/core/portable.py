"""Personal data to and from a file: export (JSON, CSV) and merge.

The JSON format (``format: episode-guide-personal-data``, ``version: 1``) holds every play with
its time, every note with the time of its last change, rewatch passes and show notes, each
keyed by article title and show. Merging unites plays (the same article and time once), keeps
the newer note and the other text as a conflict copy inside it, and is idempotent: merging the
same file twice changes nothing. Plays and notes for titles not in the library are kept and
attach when the article is imported. A merge is one transaction: all of it, or none.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide.core.article import fold_title
from guide.core.store import Library, LibraryError
from guide.core.times import now_utc, to_timestamp

FORMAT = "episode-guide-personal-data"
VERSION = 1
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
    unknown_titles: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def summary(self) -> str:
        return (
            f"Merged: {self.plays_added} plays added ({self.plays_known} already known), "
            f"{self.notes_added} notes added, {self.notes_updated} updated, "
            f"{self.notes_conflicts} kept with a conflict copy, "
            f"{self.passes_added} rewatches added"
        )


def export_data(library: Library) -> dict[str, Any]:
    titles = library.article_titles()
    shows = {s.key: s.name for s in library.shows()}

    def named(key: str) -> tuple[str, str | None]:
        title, show_key = titles.get(key, (key, None))
        return title, shows.get(show_key or "")

    plays = []
    for play in library.iter_plays():
        title, show = named(play.article_key)
        plays.append({"title": title, "show": show, "watched_at": play.watched_at})
    notes = []
    for entry in library.all_notes():
        item = {"text": entry.text, "updated_at": entry.updated_at}
        if entry.on_show:
            notes.append({"show": shows.get(entry.key, entry.key), "on_show": True, **item})
        else:
            title, show = named(entry.key)
            notes.append({"title": title, "show": show, **item})
    passes = [
        {"show": shows.get(p.show_key, p.show_key), "number": p.number, "started_at": p.started_at}
        for p in library.all_passes()
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": to_timestamp(now_utc()),
        "plays": plays,
        "notes": notes,
        "passes": passes,
    }


def write_export(library: Library, path: Path, csv_path: Path | None = None) -> dict[str, Any]:
    data = export_data(library)
    _write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1))
    if csv_path is not None:
        write_history_csv(library, csv_path)
    return data


def write_history_csv(library: Library, path: Path) -> None:
    temporary = path.with_name(path.name + ".part")
    with temporary.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["watched_at", "show", "season", "episode", "title"])
        for entry in reversed(library.history()):
            writer.writerow(
                [
                    entry.watched_at,
                    entry.show or "",
                    entry.season or "",
                    entry.episode or "",
                    entry.title or entry.article_key,
                ]
            )
    temporary.replace(path)


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def read_export(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LibraryError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LibraryError(f"{path} is not a personal data file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LibraryError(f"{path} is not an Episode Guide personal data file")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise LibraryError(
            f"{path} was written by a newer Episode Guide "
            f"(format {data.get('version')}; this version reads {VERSION})"
        )
    for section in ("plays", "notes", "passes"):
        if not isinstance(data.get(section, []), list):
            raise LibraryError(f"{path}: '{section}' should be a list")
    return data


def merge_file(library: Library, path: Path) -> MergeReport:
    return merge_data(library, read_export(path), source=path.name)


def merge_data(library: Library, data: dict[str, Any], source: str = "another copy") -> MergeReport:
    report = MergeReport()
    known_titles = set(library.article_titles())
    unknown: dict[str, None] = {}  # ordered, and quick to look up
    with library.db.atomic():
        for item in data.get("plays", []):
            key = fold_title(str(item["title"]))
            if library.add_play_if_new(key, str(item["watched_at"])):
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
            if library.add_pass_if_new(show_key, int(item["number"]), str(item["started_at"])):
                report.passes_added += 1
    return report


def _merge_note(library: Library, item: dict[str, Any], source: str, report: MergeReport) -> None:
    text, changed = str(item["text"]), str(item["updated_at"])
    write: Callable[[str, str, str], None]
    if item.get("on_show"):
        key = fold_title(str(item["show"]))
        current = library.show_note_entry(key)
        write = library.write_show_note
    else:
        key = fold_title(str(item["title"]))
        current = library.note_entry(key)
        write = library.write_note
    if current is None:
        write(key, text, changed)
        report.notes_added += 1
        return
    mine, mine_changed = current
    if text == mine or text in mine:  # the same, or already kept as a conflict copy
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
