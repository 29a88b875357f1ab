"""Airdates as articles write them. Moments (plays, notes) are :mod:`guide.core.times`."""

from __future__ import annotations

import re
from datetime import date, datetime

_AIRDATE_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%Y-%m-%d",
    "%B %Y",
    "%b %Y",
    "%Y",
)


def parse_airdate(text: str | None) -> date | None:
    """The first day an airdate as written can mean (`22 April 2022`, `April 2022`, `2022`,
    `2022-04-22`), or None when it reads as no date. Trailing notes after a colon, comma or
    parenthesis are ignored (`22 April 2022: worldwide`)."""
    if not text or len(text) > 200:
        return None
    candidates = [text.strip()]
    for mark in (":", "(", ";"):
        head = candidates[-1].split(mark, 1)[0].strip()
        if head and head != candidates[-1]:
            candidates.append(head)
    for candidate in candidates:
        for fmt in _AIRDATE_FORMATS:
            try:
                return datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    for candidate in candidates:
        day = _parsed_by_dateutil(candidate)
        if day is not None:
            return day
    return None


def _parsed_by_dateutil(text: str) -> date | None:
    """What the fixed formats miss ("Sunday, January 20th, 2008", "20 Jan. 2008", "2008/01/20"),
    read by dateutil's parser, which is loaded only then. Text without a year is no date."""
    if not _YEAR.search(text):
        return None
    from dateutil import parser

    try:
        return parser.parse(text, default=_FIRST_DAY, dayfirst=True).date()
    except (ValueError, OverflowError, parser.ParserError):
        return None


_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_FIRST_DAY = datetime(2000, 1, 1)
