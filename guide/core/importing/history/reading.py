"""Reading a tracker's export: the format is recognised from the content, never the name.

A ZIP is opened and its members read the same way. Files that hold account data (Trakt's
`user-profile.json` and `user-settings.json`, TV Time's tokens and logins) are never opened:
they are recognised by name and left alone, in a ZIP or given directly.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide.core.files import NotRegularFile, TooLarge, describe_os_error, read_regular_file
from guide.core.importing.history import (
    kodi,
    netflix,
    seriesguide,
    trakt,
    tvtime,
    tvtime_export,
)
from guide.core.importing.history.entries import HistoryError, Source
from guide.core.text import from_os

MAX_FILE = 256 * 1024 * 1024  # the largest export read (a 50,000-play Trakt history: 25 MB)
MAX_MEMBERS_TOTAL = 512 * 1024 * 1024  # what a ZIP may unpack to, in all
# Trakt's user-profile/user-settings; TV Time's user (a password hash), access and refresh
# tokens, logins, sessions, devices, IP addresses, advertising ids and social accounts.
_ACCOUNT = re.compile(
    r"^user$|(^|[-_])(user[-_]?profile|user[-_]?settings|settings|token|tokens|login|logins|"
    r"password|oauth|session|account|credentials?|devices?|emails?|ip[-_]address|facebook|"
    r"social|ad[-_]identifier|appsflyer|webhook|personal[-_]data)([-_.]|$)",
    re.IGNORECASE,
)


def is_account_file(file_name: str) -> bool:
    """Whether a file's name says it holds account data (never read)."""
    return bool(_ACCOUNT.search(Path(file_name).stem))


@dataclass
class Reading:
    """The files of one import read: the sources that hold something to import, and each
    file (or ZIP member) left out, with why."""

    sources: list[Source] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file: why"


def read_files(paths: Iterable[str | os.PathLike[str]], *, profile: str | None = None) -> Reading:
    """Every file given, read or left out with its reason, never aborting the others (a
    Trakt export's collection files, a library folder's season.nfo). HistoryError when no
    file holds anything to import: then it says why for each. ``profile``: the Netflix
    profile whose viewing activity is read (netflix.ProfilesError when a file holds several
    and none is chosen)."""
    reading = Reading()
    found: list[Source] = []
    for path in paths:
        try:
            found += read_file(path, profile=profile)
        except netflix.ProfilesError:
            raise  # a choice to make, not a file to leave out
        except HistoryError as error:
            reading.skipped.append(str(error))
    kept = _without_superseded(found, reading.skipped)
    reading.sources = [source for source in kept if source.entries]
    useful = {source.path for source in found if source.entries}
    for path, empty in _by_path(s for s in kept if not s.entries and s.path not in useful):
        said = [line for source in empty for line in source.skipped]
        if len(said) == 1 and said[0].startswith(f"{path}: "):
            reading.skipped += said  # says what the file is: enough
            continue
        why = f" ({said[0]}{', …' if len(said) > 1 else ''})" if said else ""
        reading.skipped.append(f"{path}: nothing in it to import{why}")
    if not reading.sources:
        shown = "; ".join(reading.skipped[:5]) or "no file was given"
        more = len(reading.skipped) - 5
        raise HistoryError(shown + (f"; and {more} more" if more > 0 else ""))
    return reading


def _by_path(sources: Iterable[Source]) -> list[tuple[str, list[Source]]]:
    grouped: dict[str, list[Source]] = {}
    for source in sources:
        grouped.setdefault(source.path, []).append(source)
    return list(grouped.items())


def _without_superseded(sources: list[Source], skipped: list[str]) -> list[Source]:
    """The sources whose viewings no other file of the same import holds (TV Time's
    records files supersede its older per-episode files); each one left out is said."""
    present = {source.kind: source.path for source in sources if source.kind and source.entries}
    covered: dict[str, str] = {}
    for kind, others in SUPERSEDES.items():
        if kind in present:
            for other in others:
                covered.setdefault(other, present[kind])
    kept = []
    for source in sources:
        holder = covered.get(source.kind)
        if holder is None or holder == source.path:
            kept.append(source)
        elif source.entries:
            skipped.append(f"{source.path}: left out: its viewings are in {holder} too")
    return kept


# File kinds whose viewings another kind of the same export holds too: read only where that
# one is not given (TV Time's records supersede its per-episode files; Trakt's history, one
# play per event, supersedes the counts of its watched-shows and watched-movies).
SUPERSEDES = (
    {kind.name: kind.supersedes for kind in tvtime.KINDS}
    | {trakt.HISTORY: (trakt.WATCHED,)}
    | tvtime_export.SUPERSEDES
)


def read_file(path: str | os.PathLike[str], *, profile: str | None = None) -> list[Source]:
    """Every source in a file (a ZIP holds several); HistoryError says why a file cannot be
    read at all."""
    shown = from_os(path)
    if is_account_file(os.fspath(path)):
        raise HistoryError(f"{shown}: holds account data, which is never read")
    try:
        data = read_regular_file(path, MAX_FILE)
    except NotRegularFile as error:
        raise HistoryError(f"{shown}: not a regular file: {error}") from None
    except TooLarge:
        raise HistoryError(f"{shown}: larger than {MAX_FILE // 2**20} MiB") from None
    except OSError as error:
        raise HistoryError(f"{shown}: {describe_os_error(error)}") from None
    if data.startswith(b"PK\x03\x04"):
        return _read_zip(data, shown, profile)
    sources = read_bytes(data, shown, profile)
    if sources is None:
        raise HistoryError(f"{shown}: {_UNKNOWN}")
    return sources


_UNKNOWN = (
    "not a watch history this version can read (Trakt, TV Time, SeriesGuide, Kodi or "
    "Jellyfin NFO, Netflix viewing activity)"
)


def _read_zip(data: bytes, shown: str, profile: str | None = None) -> list[Source]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise HistoryError(f"{shown}: a damaged ZIP file ({error})") from None
    wanted = [
        member
        for member in members
        if not is_account_file(member.filename.rsplit("/", 1)[-1])
        and member.filename.lower().endswith((".json", ".csv", ".nfo", ".xml"))
    ]
    # What it would unpack to is known from its directory: refused before anything is.
    if any(m.file_size > MAX_FILE for m in wanted) or (
        sum(m.file_size for m in wanted) > MAX_MEMBERS_TOTAL
    ):
        raise HistoryError(f"{shown}: unpacks to more than {MAX_MEMBERS_TOTAL // 2**20} MiB")
    sources = []
    for member in wanted:
        base = member.filename.rsplit("/", 1)[-1]
        if member.flag_bits & 0x1:
            raise HistoryError(f"{shown}: {from_os(base)} is encrypted; unpack it first")
        try:
            with archive.open(member) as stream:
                content = stream.read(MAX_FILE + 1)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as e:
            raise HistoryError(f"{shown}: {from_os(base)} cannot be unpacked ({e})") from None
        if len(content) > MAX_FILE:
            raise HistoryError(f"{shown}: unpacks to more than {MAX_FILE // 2**20} MiB")
        try:
            found = read_bytes(content, f"{shown}/{from_os(member.filename)}", profile)
        except netflix.ProfilesError:
            raise
        except HistoryError:
            continue  # a ZIP holds other files too; only what reads as history counts
        sources += found or []
    if not sources:
        raise HistoryError(f"{shown}: holds no watch history this version can read")
    return sources


def _text(data: bytes, shown: str) -> str:
    """UTF-8 (with or without a byte order mark), or UTF-16 with one (Windows tools)."""
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise HistoryError(f"{shown}: not UTF-8 text") from None


def read_bytes(data: bytes, shown: str, profile: str | None = None) -> list[Source] | None:
    """One file's content as sources (one, or two for a TV Time v1 file: its films and its
    episodes); None when it is no format this version knows."""
    text = _text(data, shown)
    head = text.lstrip()[:1]
    if head in ("[", "{"):
        return _read_json(text, shown)
    if head == "<":
        root = kodi.parse(text, shown)
        if root.tag in kodi.NOT_PLAYS:
            return [Source(kodi.SOURCE, shown, skipped=[f"{shown}: {kodi.NOT_PLAYS[root.tag]}"])]
        if root.tag not in kodi.ROOTS:
            return None
        source = Source(kodi.SOURCE, shown)
        kodi.read(root, source)
        return [source]
    if kodi.is_link_only(text):
        return [Source(kodi.SOURCE, shown, skipped=[f"{shown}: {kodi.LINK_ONLY}"])]
    return _read_csv(text, shown, profile)


def _read_json(text: str, shown: str) -> list[Source] | None:
    try:
        data: Any = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise HistoryError(f"{shown}: not valid JSON ({error})") from None
    if isinstance(data, dict):
        # SeriesGuide's newer backups wrap the list; Trakt's never do.
        data = data.get("shows") if isinstance(data.get("shows"), list) else None
    if not isinstance(data, list):
        return None
    # TV Time's export first: its films have a watched_at (as a Trakt history's events) and
    # its shows seasons (as a SeriesGuide backup's).
    if tvtime_export.is_series_json(data):
        return [tvtime_export.read_series_json(data, shown)]
    if tvtime_export.is_movies_json(data):
        return [tvtime_export.read_movies_json(data, shown)]
    if trakt.is_watched_shows(data) or trakt.is_watched_movies(data):
        return trakt.read_watched(data, shown)
    readers = (
        (trakt.SOURCE, trakt.is_history, trakt.read_history, trakt.HISTORY),
        (trakt.SOURCE, trakt.is_ratings, trakt.read_ratings, ""),
        (seriesguide.SOURCE, seriesguide.recognises, seriesguide.read, ""),
        (seriesguide.SOURCE, seriesguide.recognises_movies, seriesguide.read_movies, ""),
    )
    for name, recognises, read, kind in readers:
        if recognises(data):
            source = Source(name, shown, kind=kind)
            read(data, source)
            return [source]
    return [Source("empty", shown)] if not data else None


def _read_csv(text: str, shown: str, profile: str | None = None) -> list[Source] | None:
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as error:
        raise HistoryError(f"{shown}: not a readable CSV file ({error})") from None
    if not rows:
        return None
    header = rows[0]
    if netflix.recognises(header):
        source = Source(netflix.SOURCE, shown)
        netflix.read(rows, source)
        return [source]
    if netflix.recognises_activity(header):
        source = Source(netflix.SOURCE, shown)
        netflix.read_activity(rows, source, profile)
        return [source]
    if tvtime_export.csv_kind({column.strip().lower() for column in header}) is not None:
        return [tvtime_export.read_csv(header, rows[1:], shown)]
    if tvtime.recognises(header):
        keys = [column.strip().lower() for column in header]
        return tvtime.read(header, [dict(zip(keys, row, strict=False)) for row in rows[1:]], shown)
    return None
