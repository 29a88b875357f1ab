"""Netflix's viewing activity (`NetflixViewingHistory.csv`): `Title,Date`, one row per day a
title was watched. Episodes are written `Show: Season 2: Episode title`; films by their title.
Dates are `M/D/YY` in the United States and `D/M/YY` elsewhere: a file with a first number
above 12 is read day first, otherwise month first; ISO dates are read as they are."""

from __future__ import annotations

import re
from datetime import date

from guide.core.trackers.entries import Entry, Source, day_moment, name

SOURCE = "Netflix"
_SEASON = re.compile(
    r"^(?:season|series|part|volume|book|chapter|collection)\s+(\d{1,4})$|^limited series$",
    re.IGNORECASE,
)
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")


def recognises(header: list[str]) -> bool:
    return [column.strip().lower() for column in header[:2]] == ["title", "date"]


def _day_first(values: list[str]) -> bool:
    for value in values:
        found = _SLASHED.match(value.strip())
        if found and int(found.group(1)) > 12:
            return True
    return False


def _day(value: str, day_first: bool) -> date | None:
    text = value.strip()
    found = _SLASHED.match(text)
    try:
        if found:
            first, second, year = (int(part) for part in found.groups())
            year += 2000 if year < 100 else 0
            month, day = (second, first) if day_first else (first, second)
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        return None


def split_title(title: str) -> Entry:
    """`Show: Season 2: Episode` -> an episode of season 2; `Show: Limited Series: Episode`
    -> an episode with no season; `Show: Episode` or `Film: Subtitle` -> a film title that
    may also be an episode (matching tries both); anything else -> a film."""
    parts = [part.strip() for part in title.split(": ")]
    if len(parts) >= 3:
        for index in range(1, len(parts) - 1):
            found = _SEASON.match(parts[index])
            if found:
                return Entry(
                    SOURCE,
                    "episode",
                    show=": ".join(parts[:index]),
                    season=int(found.group(1)) if found.group(1) else None,
                    title=": ".join(parts[index + 1 :]),
                )
    if len(parts) >= 2:
        return Entry(SOURCE, "film", show=parts[0], title=title)
    return Entry(SOURCE, "film", title=title)


def read(rows: list[list[str]], source: Source) -> None:
    data = rows[1:]
    day_first = _day_first([row[1] for row in data if len(row) >= 2])
    for index, row in enumerate(data):
        where = f"{source.path}, row {index + 2}"
        title = name(row[0]) if row else None
        if title is None or len(row) < 2:
            source.skipped.append(f"{where}: no title and date")
            continue
        day = _day(row[1], day_first)
        if day is None or day > date.today():
            source.skipped.append(f"{where}: '{name(row[1])}' is not a date")
            continue
        entry = split_title(title)
        source.entries.append(
            Entry(
                SOURCE,
                entry.what,
                show=entry.show,
                season=entry.season,
                title=entry.title,
                watched_at=day_moment(day),
                plays=1,
                where=where,
            )
        )
