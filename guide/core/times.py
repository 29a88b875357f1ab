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
    value: object,
    *,
    naive_is_local: bool = True,
    now: datetime | None = None,
    earliest: int | None = EARLIEST_YEAR,
) -> datetime:
    """A moment as a person or a file wrote it, checked: ISO 8601 with or without a zone.

    A value without a zone is local time (``naive_is_local``) or UTC. Refused with a
    :class:`TimeError`: anything that is not a string, text that is not ISO 8601, moments
    before ``earliest`` (a year, in UTC: the rule is the same whatever zone a time is
    written in), and moments more than a day after ``now``.
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
    if earliest is not None and moment.year < earliest:  # as written (year 1 has no zone)
        raise TimeError(f"'{_short(value)}' is before {earliest}")
    try:
        if moment.tzinfo is None:
            moment = local_moment(moment) if naive_is_local else moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError, OSError):
        raise TimeError(f"'{_short(value)}' is not a date that can be used") from None
    if earliest is not None and moment.year < earliest:
        raise TimeError(f"'{_short(value)}' is before {earliest} (in UTC)")
    latest = (now or now_utc()) + FUTURE_SLACK
    if moment > latest:
        raise TimeError(f"'{_short(value)}' is in the future")
    return moment.replace(microsecond=0)


def parse_timestamp(
    value: object,
    *,
    naive_is_local: bool = True,
    now: datetime | None = None,
    earliest: int | None = EARLIEST_YEAR,
) -> str:
    """:func:`parse_moment`, in the stored form."""
    moment = parse_moment(value, naive_is_local=naive_is_local, now=now, earliest=earliest)
    return to_timestamp(moment)


def local_moment(written: datetime) -> datetime:
    """A local time without a zone, as a moment: in the hour the clocks go through twice,
    the first; in the hour they skip, the time the clocks showed (02:30 is 03:30 summer
    time, as a clock set forward reads it)."""
    first = written.astimezone()  # fold 0: the first of a doubled hour
    if first.replace(tzinfo=None) != written:  # skipped: no such local time
        return written.replace(fold=1).astimezone()
    return first


def clock_change_note(value: str) -> str | None:
    """For a local time without a zone that a clock change skipped (spring) or went
    through twice (autumn), which moment is recorded, in words; None for any other."""
    from dateutil import tz

    try:
        written = datetime.fromisoformat(value.strip())
        if written.tzinfo is not None:
            return None
        here = tz.tzlocal()
        skipped = not tz.datetime_exists(written, tz=here)
        twice = not skipped and tz.datetime_ambiguous(written, tz=here)
        if not (skipped or twice):
            return None
        recorded = local_moment(written)
    except (ValueError, OverflowError, OSError):
        return None
    shown = f"{recorded:%Y-%m-%d %H:%M} {recorded.tzname() or ''}".strip()
    if skipped:
        return (
            f"{value.strip()} did not happen here (the clocks went forward): recorded as "
            f"{shown} ({to_timestamp(recorded)})"
        )
    return (
        f"{value.strip()} happened twice here (the clocks went back): recorded as the "
        f"first, {shown} ({to_timestamp(recorded)})"
    )


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
        # A moment before 1900 that an earlier version let in is a date the app accepted:
        # kept (in the stored form), never erased.
        return parse_timestamp(stamp, naive_is_local=False, now=now, earliest=None) == stamp
    except TimeError:
        return False


# A play known only by its day (Netflix, Kodi) is stored at noon UTC of that day.
DAY_ONLY = "T12:00:00+00:00"


def local(stamp: object) -> datetime | None:
    """A stored moment in local time, or None when it cannot be shown. A play known only by
    its day stays on that day in every zone (noon UTC would be the next day east of UTC+12)."""
    moment = read_stored(stamp)
    if moment is None:
        return None
    try:
        if isinstance(stamp, str) and stamp.endswith(DAY_ONLY):
            return datetime(moment.year, moment.month, moment.day, 12).astimezone()
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


def local_day_stamp(day: str) -> str:
    """The stored form of local midnight starting an ISO day (plays are stored in UTC)."""
    return to_timestamp(datetime.fromisoformat(day))
