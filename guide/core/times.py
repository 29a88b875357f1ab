"""The one door for moments: every timestamp that enters the library passes through here.

Stored form: ISO 8601 in UTC to the second (``2024-06-01T19:00:00+00:00``), so text order is
time order and the same moment is always the same text, whatever zone it was written in.
Values read back from the library are read defensively (:func:`read_stored`): a library that
already holds a bad value still opens, shows "date unknown", and ``guide check`` reports it.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

EARLIEST_YEAR = 1900
FUTURE_SLACK = timedelta(days=1)  # clocks and zones differ; a day ahead is still believable


class TimeError(ValueError):
    """A moment that cannot be accepted; the message is for the user."""


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_timestamp(moment: datetime) -> str:
    """Stored form of a moment; a naive one is local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def parse_moment(
    value: object, *, naive_is_local: bool = True, now: datetime | None = None
) -> datetime:
    """A moment as a person or a file wrote it, checked: ISO 8601 with or without a zone.

    A value without a zone is local time (``naive_is_local``) or UTC. Refused with a
    :class:`TimeError`: anything that is not a string, text that is not ISO 8601, years
    before 1900, and moments more than a day after ``now``.
    """
    if not isinstance(value, str):
        shown = "nothing" if value is None else f"a {type(value).__name__} ({_short(value)})"
        raise TimeError(f"a date should be text such as 2024-06-01T20:00, not {shown}")
    text = value.strip()
    try:
        if len(text) > 40:
            raise ValueError
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise TimeError(
            f"'{_short(value)}' is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    if moment.year < EARLIEST_YEAR:
        raise TimeError(f"'{_short(value)}' is before {EARLIEST_YEAR}")
    try:
        if moment.tzinfo is None:
            moment = moment.astimezone() if naive_is_local else moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        raise TimeError(f"'{_short(value)}' is not a date that can be used") from None
    latest = (now or now_utc()) + FUTURE_SLACK
    if moment > latest:
        raise TimeError(f"'{_short(value)}' is in the future")
    return moment.replace(microsecond=0)


def parse_timestamp(
    value: object, *, naive_is_local: bool = True, now: datetime | None = None
) -> str:
    """:func:`parse_moment`, in the stored form."""
    return to_timestamp(parse_moment(value, naive_is_local=naive_is_local, now=now))


def read_stored(stamp: object) -> datetime | None:
    """A stored moment in UTC, or None when the value is missing or cannot be a moment."""
    if not isinstance(stamp, str) or len(stamp) > 40:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)
    except (ValueError, OverflowError, OSError):
        return None


def is_canonical(stamp: object, *, now: datetime | None = None) -> bool:
    """Whether a stored value is exactly what :func:`parse_timestamp` would store."""
    try:
        return parse_timestamp(stamp, naive_is_local=False, now=now) == stamp
    except TimeError:
        return False


def local(stamp: object) -> datetime | None:
    """A stored moment in local time, or None when it cannot be shown."""
    moment = read_stored(stamp)
    if moment is None:
        return None
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return None


def human_date(stamp: object, unknown: str = "date unknown") -> str:
    """`12 Nov 2026` for a stored timestamp, in local time."""
    moment = local(stamp)
    return f"{moment.day} {moment:%b %Y}" if moment is not None else unknown


def _short(value: object) -> str:
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"
