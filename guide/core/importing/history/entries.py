"""What every tracker's export becomes: entries (a play, a count of plays, a rating, a
rewatch) naming a show, an episode or a film as the tracker wrote them.

Readers never see the library; matching (:mod:`.matching`) and planning (:mod:`.plan`) do.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any, Literal

from guide.core.text import digits, printable
from guide.core.times import TimeError, parse_timestamp, to_timestamp

MAX_NAME = 500  # characters of a show, episode or film name kept from a file
MAX_COUNT = 1_000  # plays one entry can stand for ("plays": 5000000 is not a count)

What = Literal["episode", "film", "show"]


class HistoryError(ValueError):
    """A file that cannot be read as watch history; the message is one line for the user."""


@dataclass(frozen=True)
class Entry:
    """One thing a tracker remembered about one episode, film or show.

    A dated play has ``watched_at`` and ``plays == 1``; a count without dates (SeriesGuide,
    Kodi) has ``plays`` > 1 and, where the file gives one, the last date in ``watched_at``.
    A rating alone has ``plays == 0``.
    """

    source: str  # the tracker: "Trakt", "TV Time", …
    what: What
    show: str | None = None
    year: int | None = None
    season: int | None = None
    episode: int | None = None
    title: str | None = None  # the episode's or the film's title
    original_title: str | None = None  # Kodi's <originaltitle>: tried when the title is not
    watched_at: str | None = None
    plays: int = 0
    rating: int | None = None
    rated_at: str | None = None
    rewatch: bool = False  # TV Time: watched again (a rewatch pass)
    reset_at: str | None = None  # Trakt: the show's progress was reset (a rewatch pass)
    where: str = field(default="", compare=False)  # "watched-history.json, item 12"

    @property
    def label(self) -> str:
        """How the entry is named to the user: `Show S01E02 "Title"`, or a film's title."""
        if self.what == "film":
            return f"{self.title} ({self.year})" if self.year else str(self.title)
        parts = [self.show or "?"]
        if self.what == "episode":
            code = ""
            if self.season is not None:
                code += f"S{self.season:02}"
            if self.episode is not None:
                code += f"E{self.episode:02}"
            if code:
                parts.append(code)
            if self.title:
                parts.append(f'"{self.title}"')
        return " ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, False) and k != "where"}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data and k != "where"}
        return cls(**known)

    def identity(self) -> str:
        """The same entry read twice is the same text (re-imports add nothing)."""
        return json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False)


@dataclass
class Source:
    """One file read: its format, its entries, and the items it skipped (with why)."""

    format: str
    path: str
    entries: list[Entry] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "where: why"
    kind: str = ""  # the file kind, where a format has several (TV Time's)


# -- reading values the way every reader must ------------------------------------------------


def name(value: object) -> str | None:
    """A show, episode or film name from a file: printable, trimmed, bounded; None if empty."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    text = " ".join(printable(str(value)).split())
    return text[:MAX_NAME] or None


def number(value: object) -> int | None:
    """A season or episode number (0 to 100,000), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        value = digits(value)
    if isinstance(value, int) and 0 <= value <= 100_000:
        return value
    return None


def count(value: object) -> int:
    """A play count, at most MAX_COUNT; 0 for anything that is not a count."""
    if isinstance(value, str):
        value = digits(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return min(value, MAX_COUNT)
    return 0


def rating(value: object) -> int | None:
    """A 1–10 rating, or None (0 and anything else mean "not rated")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        value = digits(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10:
        return value
    return None


def moment(value: object, *, naive_is_local: bool = False) -> str:
    """A moment from a file, checked (TimeError says why it is refused)."""
    if isinstance(value, str) and value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return parse_timestamp(value, naive_is_local=naive_is_local)


def day_moment(day: date) -> str:
    """A play known only by its day: noon UTC, shown on that day in every zone
    (:func:`guide.core.times.local`)."""
    return to_timestamp(datetime.combine(day, time(12), tzinfo=UTC))


def epoch_ms(value: object) -> str:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise TimeError("not a time")
    try:
        moment_ = datetime.fromtimestamp(value / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        raise TimeError(f"'{value}' is not a time that can be used") from None
    return parse_timestamp(moment_.isoformat())


_YEAR_SUFFIX = re.compile(r"\s*\((\d{4})\)\s*$")


def split_year(show: str | None, year: int | None = None) -> tuple[str | None, int | None]:
    """`Doctor Who (2005)` -> (`Doctor Who`, 2005); a year given apart wins."""
    if show is None:
        return None, year
    found = _YEAR_SUFFIX.search(show)
    if found and show[: found.start()].strip():
        return show[: found.start()].strip(), year or int(found.group(1))
    return show, year
