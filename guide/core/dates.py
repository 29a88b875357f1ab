"""Reading and showing the moments stored in the library."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_timestamp(moment: datetime) -> str:
    """Stored form of a moment: ISO 8601 in UTC, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_moment(text: str) -> datetime:
    """An ISO 8601 date or date-time as the user wrote it; a naive one is local time.

    Raises ValueError with a message for the user.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def local(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone()


def human_date(stamp: str) -> str:
    """`12 Nov 2026` for a stored timestamp, in local time."""
    moment = local(stamp)
    return f"{moment.day} {moment:%b %Y}"


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
    if not text:
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
