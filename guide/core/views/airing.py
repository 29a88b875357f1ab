"""Airdates ahead: Upcoming (episodes whose airdate lies ahead, soonest first) and an
iCalendar file of the airdates of the shows you follow, for any calendar app.

Airdates are read from the articles' Airdate field (see
:func:`guide.core.article.airdates.parse_airdate`);
an article whose airdate reads as no date is left out, never guessed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from guide.core.article.airdates import parse_airdate
from guide.core.files import check_destination, write_text_atomically
from guide.core.library import Library
from guide.core.library.plays import episode_code
from guide.core.text import one_line
from guide.core.times import now_utc

_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")


@dataclass(frozen=True)
class Airing:
    title: str
    show: str | None
    season: int | None
    episode: int | None
    airdate: date
    key: str = ""
    episode_label: str | None = None  # the number as written: "13a"

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "show": self.show,
            "season": self.season,
            "episode": self.episode,
            "airdate": self.airdate.isoformat(),
        }

    @property
    def code(self) -> str:
        """Its number as the navigator writes it ("S01E13a")."""
        return episode_code(self.season, self.episode, self.episode_label)

    @property
    def episode_text(self) -> str:
        """Its number and title, without the show ("S01E13a The Long Shift")."""
        return " ".join(p for p in (self.code, self.title) if p)

    @property
    def label(self) -> str:
        """Show, number and title: a calendar event's summary."""
        return " ".join(p for p in (self.show, self.episode_text) if p)


def _airings(library: Library, since: date | None, shows: set[str] | None) -> list[Airing]:
    rows = library.db.execute(
        "SELECT a.key, a.title, a.display_title, s.name, a.show_key, a.season, a.episode, "
        "a.airdate, a.episode_label FROM articles a LEFT JOIN shows s ON s.key = a.show_key "
        "WHERE a.kind = 'episode' AND a.airdate IS NOT NULL"
    )
    found = []
    for key, _title, display, show, show_key, season, episode, airdate, label in rows:
        if shows is not None and show_key not in shows:
            continue
        if since is not None:
            # A cheap look at the years written before parsing: most airdates are past.
            years = [int(y) for y in _YEAR.findall(airdate)]
            if not years or max(years) < since.year:
                continue
        day = parse_airdate(airdate)
        if day is None or (since is not None and day < since):
            continue
        found.append(Airing(display, show, season, episode, day, key, label))
    found.sort(key=lambda a: (a.airdate, a.show or "", a.season or 0, a.episode or 0, a.title))
    return found


def upcoming(library: Library, today: date | None = None) -> list[Airing]:
    """Episodes airing today or later, soonest first."""
    return _airings(library, today or date.today(), None)


def followed_shows(library: Library) -> set[str]:
    """Shows you follow: those with at least one play."""
    rows = library.db.execute(
        "SELECT DISTINCT a.show_key FROM watch_events w JOIN articles a ON a.key = w.article_key "
        "WHERE a.show_key IS NOT NULL"
    )
    return {row[0] for row in rows}


def calendar_ics(library: Library, every_show: bool = False) -> tuple[bytes, int]:
    """An iCalendar file of every airdate of the shows you follow (or of every show): all-day
    events with stable ids, so a calendar app that imports it again updates, not doubles."""
    from icalendar import Calendar, Event

    from guide import __version__

    shows = None if every_show else followed_shows(library)
    calendar = Calendar()
    calendar.add("prodid", f"-//Episode Guide//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Episode Guide airdates")
    airings = _airings(library, None, shows)
    stamp = now_utc()
    for airing in airings:
        event = Event()
        event.add("uid", f"{_uid(airing.key)}@episode-guide")
        event.add("summary", one_line(airing.label))
        event.add("dtstart", airing.airdate)
        event.add("dtend", airing.airdate + timedelta(days=1))
        event.add("dtstamp", stamp)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical(), len(airings)


def _uid(key: str) -> str:
    return hashlib.blake2b(key.encode(), digest_size=12).hexdigest()


def write_calendar(
    library: Library, path: Path, *, every_show: bool = False, force: bool = False
) -> int:
    """Write the calendar atomically (never onto the library, never over a file without
    ``force``); returns how many airdates it holds."""
    check_destination(path, force=force, protected=[library.path])
    data, count = calendar_ics(library, every_show)
    write_text_atomically(path, data.decode("utf-8"))
    return count
