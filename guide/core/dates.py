"""Airdates as articles write them. Moments (plays, notes) are :mod:`guide.core.times`."""

from __future__ import annotations

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
    return None
