"""Statistics of what you watched: per month, per show, and the people behind it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from guide.core.store import Library
from guide.core.times import local

_PEOPLE_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


@dataclass(frozen=True)
class Stats:
    months: list[tuple[str, int]]  # ("2026-11", plays), oldest first, every month shown
    completion: list[tuple[str, int, int]]  # (show, watched, total), most complete first
    directors: list[tuple[str, int]]
    writers: list[tuple[str, int]]

    def to_json(self) -> dict[str, Any]:
        return {
            "months": [{"month": m, "plays": n} for m, n in self.months],
            "completion": [{"show": s, "watched": w, "total": t} for s, w, t in self.completion],
            "directors": [{"name": n, "episodes": c} for n, c in self.directors],
            "writers": [{"name": n, "episodes": c} for n, c in self.writers],
        }


def month_keys(today: date, count: int) -> list[str]:
    """The last COUNT months up to today's, oldest first, as YYYY-MM."""
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04}-{month:02}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def people(values: list[str], limit: int) -> list[tuple[str, int]]:
    """Names counted once per watched episode; `A and B`, `A, B` and `A & B` are two people."""
    counts: Counter[str] = Counter()
    for value in values:
        names = {name.strip() for name in _PEOPLE_SPLIT.split(value) if name.strip()}
        counts.update(names)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))[:limit]


def compute(
    library: Library, today: date | None = None, months: int = 24, limit: int = 10
) -> Stats:
    today = today or date.today()
    keys = month_keys(today, months)
    per_month: Counter[str] = Counter()
    for stamp in library.plays.times(since=f"{keys[0]}-01"):
        moment = local(stamp)
        if moment is not None:  # a damaged stored time is reported by `guide check`
            per_month[moment.strftime("%Y-%m")] += 1
    completion = [(s.name, s.watched, s.episodes) for s in library.shows() if s.episodes]
    completion.sort(key=lambda c: (-(c[1] / c[2]), c[0].casefold()))
    return Stats(
        months=[(key, per_month.get(key, 0)) for key in keys],
        completion=completion,
        directors=people(library.plays.watched_field_values("director"), limit),
        writers=people(library.plays.watched_field_values("writer"), limit),
    )
