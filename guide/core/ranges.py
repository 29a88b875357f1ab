"""Comparisons in the search language: `rating:>=8`, `aired:<2024-06`, `watched:2025`, each
read into a :class:`Range` (``low <= value < high``) or refused with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from guide.core.errors import QueryError
from guide.core.text import digits

_COMPARISON = re.compile(r"^(>=|<=|>|<|=)?\s*(.+)$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class Range:
    """A comparison: ``low <= value < high`` (either end open when None). Dates are ISO
    text (``2025-06-01``); ratings whole numbers."""

    low: str | int | None = None
    high: str | int | None = None


def _split(value: str) -> tuple[str, str]:
    found = _COMPARISON.match(value.strip())
    assert found is not None  # the pattern matches any non-empty text
    return found.group(1) or "=", found.group(2).strip()


def rating_range(label: str, value: str) -> Range:
    operator, operand = _split(value)
    number = digits(operand, longest=2)
    if number is None or not 0 <= number <= 10:
        raise QueryError(f"{label} — a rating is a whole number from 1 to 10, e.g. rating:>=8")
    low, high = {
        "=": (number, number + 1),
        ">=": (number, None),
        ">": (number + 1, None),
        "<=": (None, number + 1),
        "<": (None, number),
    }[operator]
    return Range(low, high)


def _period(label: str, operand: str) -> tuple[str, str]:
    """[start, end) of `2025`, `2025-06` or `2025-06-14`, as ISO dates."""
    found = _PERIOD.match(operand)
    if not found:
        raise QueryError(f"{label} — write a year, a month or a day: 2025, 2025-06, 2025-06-14")
    year, month, day = (int(part) if part else None for part in found.groups())
    try:
        assert year is not None
        if month is None:
            return date(year, 1, 1).isoformat(), date(year + 1, 1, 1).isoformat()
        start = date(year, month, day or 1)
        if day is not None:
            end = date.fromordinal(start.toordinal() + 1)
        else:
            end = date(year + month // 12, month % 12 + 1, 1)
        return start.isoformat(), end.isoformat()
    except (ValueError, OverflowError):
        raise QueryError(f"{label} — {operand} is not a date") from None


def date_range(label: str, value: str) -> Range:
    operator, operand = _split(value)
    start, end = _period(label, operand)
    low, high = {
        "=": (start, end),
        ">=": (start, None),
        ">": (end, None),
        "<=": (None, end),
        "<": (None, start),
    }[operator]
    return Range(low, high)
