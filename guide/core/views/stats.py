"""Statistics of what you watched: per month, per show, the people behind it, the time it
took (from each article's Running time), your ratings, and a year in review."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from guide.core.library import Library
from guide.core.times import local

_PEOPLE_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_HOURS = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?)\b", re.IGNORECASE)
_MINUTES = re.compile(r"(\d{1,4})\s*(?:m|min|mins|minutes?)\b", re.IGNORECASE)
_BARE = re.compile(r"^\s*(\d{1,4})\s*$")
MAX_RUNNING_MINUTES = 24 * 60


def hours(minutes: float) -> float:
    """Minutes as hours to one decimal: the one rounding of every figure of hours (window,
    CLI and JSON say the same 0.4 for 24 minutes)."""
    return round(minutes / 60, 1)


def running_minutes(text: str | None) -> int | None:
    """Minutes from a Running time as articles write it: "58 minutes", "1 hour 2 minutes",
    "1h 2m", "94 min", "58–62 minutes" (62); None when it says no length."""
    if not text or len(text) > 200:
        return None
    hours = _HOURS.search(text)
    minutes = _MINUTES.search(text)
    total = 0.0
    if hours:
        total += float(hours.group(1).replace(",", ".")) * 60
    if minutes:
        total += int(minutes.group(1))
    if not hours and not minutes:
        bare = _BARE.match(text)
        if not bare:
            return None
        total = int(bare.group(1))
    found = round(total)
    return found if 0 < found <= MAX_RUNNING_MINUTES else None


@dataclass(frozen=True)
class YearInReview:
    year: int
    plays: int
    episodes: int  # different episodes watched
    minutes: int
    shows: list[tuple[str, int]]  # (show, plays), most first
    busiest_month: str | None  # "2025-06"
    best_rated: list[tuple[str, int]]  # (title, rating) of what you watched that year

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "plays": self.plays,
            "episodes": self.episodes,
            "hours": hours(self.minutes),
            "shows": [{"show": s, "plays": n} for s, n in self.shows],
            "busiest_month": self.busiest_month,
            "best_rated": [{"title": t, "rating": r} for t, r in self.best_rated],
        }


@dataclass(frozen=True)
class Stats:
    months: list[tuple[str, int]]  # ("2026-11", plays), oldest first, every month shown
    completion: list[tuple[str, int, int]]  # (show, watched, total), most complete first
    directors: list[tuple[str, int]]
    writers: list[tuple[str, int]]
    minutes_per_month: list[tuple[str, int]]  # as months: minutes watched
    minutes_per_show: list[tuple[str, int]]  # most first
    total_minutes: int
    plays_without_running_time: int
    ratings: dict[int, int]  # 1..10 -> how many articles and shows
    rating_per_show: list[tuple[str, float, int]]  # (show, average, rated episodes)
    year: YearInReview

    def to_json(self) -> dict[str, Any]:
        return {
            "months": [
                {"month": m, "plays": n, "hours": hours(minutes)}
                for (m, n), (_, minutes) in zip(self.months, self.minutes_per_month, strict=True)
            ],
            "hours": hours(self.total_minutes),
            "hours_per_show": [
                {"show": s, "hours": hours(minutes)} for s, minutes in self.minutes_per_show
            ],
            "plays_without_running_time": self.plays_without_running_time,
            "ratings": {str(value): count for value, count in self.ratings.items()},
            "rating_per_show": [
                {"show": s, "average": a, "rated": n} for s, a, n in self.rating_per_show
            ],
            "year_in_review": self.year.to_json(),
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


_ROLE_NOTE = re.compile(r"\s*[\(\[][^()\[\]]*[\)\]]\s*")  # "(story)", "[teleplay]"


def people(values: list[str], limit: int) -> list[tuple[str, int]]:
    """Names counted once per watched episode; `A and B`, `A, B` and `A & B` are two people,
    and `Charlie Brooker (story)` is Charlie Brooker."""
    counts: Counter[str] = Counter()
    for value in values:
        names = set()
        for part in _PEOPLE_SPLIT.split(_ROLE_NOTE.sub(" ", value)):
            name = " ".join(part.split())
            if name:
                names.add(name)
        counts.update(names)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))[:limit]


def month_of(moment: datetime) -> str:
    """The month of a moment, as "2026-11". (strftime costs ten times as much under PySide:
    it imports a module at every call, through PySide's import hook.)"""
    return f"{moment.year:04}-{moment.month:02}"


def compute(
    library: Library,
    today: date | None = None,
    months: int = 24,
    limit: int = 10,
    year: int | None = None,
) -> Stats:
    """The figures; the year in review is ``year``, else this year, else the latest year
    with plays."""
    today = today or date.today()
    keys = month_keys(today, months)
    completion = [(s.name, s.watched, s.episodes) for s in library.shows() if s.episodes]
    completion.sort(key=lambda c: (-(c[1] / c[2]), c[0].casefold()))
    time = _watch_time(library)
    # Plays per local month, from every play's month as _watch_time read it (a damaged stored
    # time has none: `guide check` reports it).
    per_month = Counter(month for month, _, _, _ in time.plays if month is not None)
    return Stats(
        months=[(key, per_month.get(key, 0)) for key in keys],
        completion=completion,
        directors=people(library.plays.watched_field_values("director"), limit),
        writers=people(library.plays.watched_field_values("writer"), limit),
        minutes_per_month=[(key, time.per_month.get(key, 0)) for key in keys],
        minutes_per_show=time.per_show.most_common(limit),
        total_minutes=time.total,
        plays_without_running_time=time.unknown,
        ratings=library.ratings.distribution(),
        rating_per_show=library.ratings.average_per_show(),
        year=year_in_review(library, year or _review_year(time, today.year), time),
    )


@dataclass
class _WatchTime:
    total: int = 0
    unknown: int = 0  # plays of articles with no readable Running time
    per_month: Counter[str] = field(default_factory=Counter)  # local months
    per_show: Counter[str] = field(default_factory=Counter)
    # every play: (local month or None, show or None, article key, minutes or None)
    plays: list[tuple[str | None, str | None, str, int | None]] = field(default_factory=list)


def _watch_time(library: Library) -> _WatchTime:
    rows = library.db.execute(
        """
        SELECT w.watched_at, s.name, w.article_key,
               (SELECT i.value FROM infobox i WHERE i.article_id = a.id
                AND i.norm_key = 'runningtime' ORDER BY i.ord LIMIT 1)
        FROM watch_events w
        LEFT JOIN articles a ON a.key = w.article_key
        LEFT JOIN shows s ON s.key = a.show_key
        """
    )
    time = _WatchTime()
    lengths: dict[str | None, int | None] = {}
    for stamp, show, key, running in rows:
        if running not in lengths:
            lengths[running] = running_minutes(running)
        minutes = lengths[running]
        moment = local(stamp)
        month = month_of(moment) if moment is not None else None
        time.plays.append((month, show, key, minutes))
        if minutes is None:
            time.unknown += 1
            continue
        time.total += minutes
        if month is not None:
            time.per_month[month] += minutes
        time.per_show[show or "Outside any show"] += minutes
    return time


def _review_year(time: _WatchTime, this_year: int) -> int:
    years = {int(month[:4]) for month, _, _, _ in time.plays if month is not None}
    return this_year if this_year in years or not years else max(years)


def year_in_review(library: Library, year: int, time: _WatchTime | None = None) -> YearInReview:
    """One year of watching: plays, episodes, hours, the shows, the busiest month, and the
    best rated of what you watched."""
    time = time or _watch_time(library)
    prefix = f"{year:04}-"
    plays = [p for p in time.plays if p[0] is not None and p[0].startswith(prefix)]
    shows = Counter(show for _, show, _, _ in plays if show)
    months = Counter(month for month, _, _, _ in plays if month is not None)
    keys = {key for _, _, key, _ in plays}
    rated = library.ratings.of_keys(keys)
    titles = library.titles_of(list(rated))
    best = sorted(
        ((titles.get(k, k), r) for k, r in rated.items()),
        key=lambda item: (-item[1], item[0].casefold()),
    )[:5]
    return YearInReview(
        year=year,
        plays=len(plays),
        episodes=len(keys),
        minutes=sum(m for _, _, _, m in plays if m),
        shows=sorted(shows.items(), key=lambda item: (-item[1], item[0].casefold()))[:5],
        busiest_month=max(sorted(months), key=lambda m: months[m]) if months else None,
        best_rated=best,
    )
