"""A personal data file read and checked before anything of it is merged: its bytes (within
MAX_MERGE_FILE), its JSON, and each item, the first problems named by their JSON paths.
Format 2's items are read as the journal entries they are (library/entries checks them)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeGuard

from guide.core.article import fold_title
from guide.core.errors import LibraryError
from guide.core.files import NotRegularFile, TooLarge, describe_os_error, read_regular_file
from guide.core.library.entries import check as check_op
from guide.core.text import from_os
from guide.core.times import TimeError, parse_timestamp

FORMAT = "episode-guide-personal-data"
VERSION = 2  # 2: plays, passes, deletes and note revisions with their ids (1 is still read)


MAX_MERGE_FILE = 512 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 5
MAX_PASS_NUMBER = 10_000
MAX_TEXT = 1_000_000  # characters in one note or title


def read_export(path: Path) -> dict[str, Any]:
    """Read and validate a personal data file as a whole; LibraryError names the first
    problems with their JSON paths, and nothing is changed."""
    shown = from_os(path)
    try:
        raw = read_regular_file(path, MAX_MERGE_FILE)
    except FileNotFoundError:
        raise LibraryError(f"{shown}: no such file") from None
    except NotRegularFile as error:
        raise LibraryError(f"{shown} is not a regular file ({error})") from None
    except TooLarge:
        raise LibraryError(
            f"{shown} is too large for a personal data file (over 512 MiB)"
        ) from None
    except OSError as error:
        raise LibraryError(f"{shown} cannot be read: {describe_os_error(error)}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise LibraryError(f"{shown} is not a personal data file (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise LibraryError(
            f"{shown} is not a personal data file (not JSON: {error.msg}, line {error.lineno})"
        ) from None
    except RecursionError:
        raise LibraryError(f"{shown} is not a personal data file (nested too deeply)") from None
    except ValueError:  # a number of thousands of digits: no file of ours holds one
        raise LibraryError(
            f"{shown} is not a personal data file (it holds a number too long to be one)"
        ) from None
    problems = validate(data, MAX_PROBLEMS_SHOWN + 1)
    if problems:
        listed = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        tail = " (and more)" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        raise LibraryError(f"{shown} was not merged, nothing changed: {listed}{tail}")
    return normalised(data)


def validate(data: Any, most: int | None = None) -> list[str]:
    """The problems of a personal data file, each with its JSON path ([] when it is good):
    every one, or the first ``most`` (a file of millions of bad items stops at once)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return ['$: not an Episode Guide personal data file (no "format": "' + FORMAT + '")']
    version = data.get("version")
    if not _is_int(version):
        return [f"$.version: should be a whole number, not {_shown(version)}"]
    if version > VERSION:
        return [
            f"$.version: written by a newer Episode Guide (format {version}; this version "
            f"reads up to {VERSION})"
        ]
    if version < 1:
        return [f"$.version: {version} is not a format version"]
    problems: list[str] = []
    if version == 2:
        for section in ("plays", "passes", "deleted", "revisions", "ratings", "statuses", "notes"):
            if not isinstance(data.get(section, []), list):
                problems.append(f"$.{section}: should be a list")
        if problems:
            return problems
        for where, op in format_2_entries(data):
            try:
                check_op(op)
            except ValueError as error:
                problems.append(f"{where}: {error}")
                if most is not None and len(problems) >= most:
                    break
        return problems
    for section in ("plays", "notes", "passes"):
        if not isinstance(data.get(section, []), list):
            problems.append(f"$.{section}: should be a list")
    if problems:
        return problems
    for section, check in _ITEM_CHECKS.items():
        for i, item in enumerate(data.get(section, [])):
            where = f"$.{section}[{i}]"
            if isinstance(item, dict):
                problems += check(item, where)
            else:
                problems.append(f"{where}: should be an object, not {_shown(item)}")
            if most is not None and len(problems) >= most:
                return problems
    return problems


def _play_problems(item: dict[str, Any], where: str) -> list[str]:
    return _text_problems(item, where, "title") + _time_problems(item, where, "watched_at")


def _note_problems(item: dict[str, Any], where: str) -> list[str]:
    return (
        _text_problems(item, where, "show" if item.get("on_show") else "title")
        + _text_problems(item, where, "text", allow_empty=True)
        + _time_problems(item, where, "updated_at")
    )


def _pass_problems(item: dict[str, Any], where: str) -> list[str]:
    problems = _text_problems(item, where, "show")
    number = item.get("number")
    if not _is_int(number) or not 2 <= number <= MAX_PASS_NUMBER:
        problems.append(
            f"{where}.number: should be a whole number from 2 to {MAX_PASS_NUMBER}, "
            f"not {_shown(number)}"
        )
    return problems + _time_problems(item, where, "started_at")


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 40 else value[:39] + "…", ensure_ascii=False)
    if isinstance(value, (dict, list)):
        return "an object" if isinstance(value, dict) else "a list"
    try:
        text = json.dumps(value)
    except (ValueError, TypeError):
        text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _text_problems(
    item: dict[str, Any], where: str, name: str, allow_empty: bool = False
) -> list[str]:
    value = item.get(name)
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        wanted = "text" if allow_empty else "a non-empty text"
        return [f"{where}.{name}: should be {wanted}, not {_shown(value)}"]
    if len(value) > MAX_TEXT:
        return [f"{where}.{name}: longer than {MAX_TEXT:,} characters"]
    return []


def _time_problems(item: dict[str, Any], where: str, name: str) -> list[str]:
    try:
        parse_timestamp(item.get(name), naive_is_local=False)
    except TimeError as error:
        return [f"{where}.{name}: {error}"]
    return []


_ITEM_CHECKS = {"plays": _play_problems, "notes": _note_problems, "passes": _pass_problems}


def normalised(data: dict[str, Any]) -> dict[str, Any]:
    """A validated file with every time in the stored form (the same moment written as
    ``Z``, ``+00:00`` or ``+01:00`` is one moment). Format 2's times are normalised as
    its operations are applied."""
    if data.get("version") == 2:
        return data

    def fix(items: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
        return [item | {name: parse_timestamp(item[name], naive_is_local=False)} for item in items]

    return data | {
        "plays": fix(data.get("plays", []), "watched_at"),
        "notes": fix(data.get("notes", []), "updated_at"),
        "passes": fix(data.get("passes", []), "started_at"),
    }


class Names(Protocol):
    """How a file names what an entry names by key: an article by its title (and, for
    people, its show), a show by its name."""

    def article(self, key: str) -> tuple[str, str | None]: ...

    def show(self, key: str) -> str: ...


@dataclass(frozen=True)
class FileForm:
    """How format 2 holds one kind of journal entry: its list, the entry's fields it copies
    as they are, and how it names the entry's key. The export writes entries with it and
    the merge reads them back with it: one vocabulary for sync, undo and the file."""

    kind: str  # the entry's type
    name: str  # its list in the file
    fields: tuple[str, ...]
    named: str  # "title" (the entry's key), "show" (its show), "either" (on_show), "" (none)

    def entry(self, item: Any) -> Any:
        """The journal entry an item of the file stands for (library/entries checks it)."""
        if not isinstance(item, dict):
            return item  # check_op says what is wrong with it
        entry: dict[str, Any] = {"type": self.kind, "uid": item.get("id")}
        on_show = bool(item.get("on_show"))
        if self.named == "show":
            entry["show"] = _key(item, "show")
        elif self.named:
            entry["key"] = _key(item, "show" if on_show and self.named == "either" else "title")
        entry |= {name: item.get(name) for name in self.fields}
        if "on_show" in self.fields:
            entry["on_show"] = on_show
        if "device" in self.fields:
            entry["device"] = item.get("device") or ""
        return entry

    def item(self, entry: dict[str, Any], names: Names) -> dict[str, Any]:
        """The entry as the file holds it: its id, what it names, its fields."""
        item: dict[str, Any] = {"id": entry["uid"]}
        if self.named == "show":
            item["show"] = names.show(entry["show"])
        elif self.named == "either" and entry.get("on_show"):
            item |= {"show": names.show(entry["key"]), "on_show": True}
        elif self.named == "either":
            item["title"] = names.article(entry["key"])[0]
        elif self.named:
            item["title"], item["show"] = names.article(entry["key"])
        return item | {name: entry.get(name) for name in self.fields if name != "on_show"}


FORMS = (
    FileForm("play", "plays", ("watched_at", "pass", "device", "source"), "title"),
    FileForm("rating", "ratings", ("on_show", "rating", "rated_at", "device"), "either"),
    FileForm("status", "statuses", ("status", "at", "device"), "show"),
    FileForm("pass", "passes", ("started_at",), "show"),
    FileForm("delete", "deleted", ("kind",), ""),
    FileForm("revision", "revisions", ("on_show", "parents", "text", "at", "device"), "either"),
)
FORM_OF = {form.kind: form for form in FORMS}


def format_2_entries(data: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(JSON path, operation) for each item of a format 2 file, as sync applies them."""
    for form in FORMS:
        for i, item in enumerate(data.get(form.name, [])):
            yield f"$.{form.name}[{i}]", form.entry(item)


def _key(item: dict[str, Any], name: str) -> Any:
    value = item.get(name)
    return fold_title(value) if isinstance(value, str) and value.strip() else None
