"""Ratings: 1–10 on an article (an episode, a film) or on a show.

One rating per article or show. A change is a value with an id and a time; the latest (by
time, then id) wins wherever it is applied, so two computers that rated the same episode
agree whatever order the changes reach them in. Removing a rating is a change to 0, so that
a removal travels too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from guide.core.library.manager import Manager
from guide.core.text import digits, printable
from guide.core.times import now_utc, read_stored, to_timestamp

LOWEST, HIGHEST = 1, 10


class RatingError(ValueError):
    """A rating that cannot be given; the message is for the user."""


def checked_rating(value: object) -> int:
    """A rating as a person or a file gave it: a whole number from 0 (none) to 10."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise RatingError(f"a rating is a whole number from {LOWEST} to {HIGHEST} (0 removes it)")
    if isinstance(value, int):  # never turned into text: a 5,000-digit number cannot be
        number: int | None = value if 0 <= value <= HIGHEST else None
        text = "that number"
    else:
        text = printable(value.strip())
        number = digits(text, longest=2)
    if number is None or not 0 <= number <= HIGHEST:
        shown = text if len(text) <= 20 else text[:19] + "…"
        raise RatingError(
            f"'{shown}' is not a rating: give a whole number from {LOWEST} to {HIGHEST} "
            "(0 removes it)"
        )
    return number


@dataclass(frozen=True)
class Rating:
    on_show: bool
    key: str
    rating: int  # 0: removed
    at: str
    uid: str
    device: str = ""

    def entry(self) -> dict[str, Any]:
        """The rating as a journal entry."""
        return {
            "type": "rating",
            "uid": self.uid,
            "on_show": self.on_show,
            "key": self.key,
            "rating": self.rating,
            "rated_at": self.at,
            "device": self.device,
        }


class Ratings(Manager):
    def get(self, key: str, *, on_show: bool = False) -> int | None:
        """The rating of an article (or a show), or None."""
        value = self._scalar(
            "SELECT rating FROM ratings WHERE on_show = ? AND key = ? AND rating > 0",
            [int(on_show), key],
        )
        return int(value) if value is not None else None

    def entry(self, key: str, *, on_show: bool = False) -> Rating | None:
        row = self.db.execute(
            "SELECT on_show, key, rating, at, uid, device FROM ratings "
            "WHERE on_show = ? AND key = ?",
            [int(on_show), key],
        ).fetchone()
        return Rating(bool(row[0]), *row[1:]) if row else None

    def of_keys(self, keys: Iterable[str]) -> dict[str, int]:
        """Article key -> its rating, for those of these articles that have one."""
        keys = list(keys)
        found: dict[str, int] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, rating FROM ratings WHERE on_show = 0 AND rating > 0 "
                f"AND key IN ({marks})",
                chunk,
            )
            found.update(rows.fetchall())
        return found

    def of_shows(self) -> dict[str, int]:
        """Show key -> its rating, for every rated show."""
        rows = self.db.execute("SELECT key, rating FROM ratings WHERE on_show = 1 AND rating > 0")
        return dict(rows.fetchall())

    def set(self, key: str, rating: int, *, on_show: bool = False, at: str | None = None) -> bool:
        """Rate an article or a show now (0 removes the rating); True if it changed."""
        from guide.core.ids import new_uid

        stamp = at or to_timestamp(now_utc())
        current = self.entry(key, on_show=on_show)
        if current is not None and current.at >= stamp:
            # A clock behind another computer's: this change is still the latest.
            latest = read_stored(current.at)
            if latest is not None:
                stamp = to_timestamp(latest + timedelta(seconds=1))
        change = Rating(on_show, key, rating, stamp, new_uid(), self.library.device)
        return self.apply(change)

    def apply(self, change: Rating) -> bool:
        """Take a rating change unless a later one is already here; journaled. True if the
        rating shown changed."""
        with self.transaction():
            current = self.entry(change.key, on_show=change.on_show)
            if current is not None and (current.at, current.uid) >= (change.at, change.uid):
                return False
            self.db.execute(
                "INSERT OR REPLACE INTO ratings (on_show, key, rating, at, uid, device) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    int(change.on_show),
                    change.key,
                    change.rating,
                    change.at,
                    change.uid,
                    change.device,
                ],
            )
            self.library.journal.record(change.entry())
        return (current.rating if current else 0) != change.rating

    def all(self) -> list[Rating]:
        rows = self.db.execute(
            "SELECT on_show, key, rating, at, uid, device FROM ratings ORDER BY on_show, key"
        )
        return [Rating(bool(row[0]), *row[1:]) for row in rows]

    def distribution(self) -> dict[int, int]:
        """How many articles and shows have each rating, 1 to 10."""
        rows = self.db.execute("SELECT rating, COUNT(*) FROM ratings WHERE rating > 0 GROUP BY 1")
        counts = Counter(dict(rows.fetchall()))
        return {value: counts.get(value, 0) for value in range(LOWEST, HIGHEST + 1)}

    def average_per_show(self) -> list[tuple[str, float, int]]:
        """(show name, average rating of its rated episodes, how many), best first."""
        rows = self.db.execute(
            """
            SELECT s.name, AVG(r.rating), COUNT(*) FROM ratings r
            JOIN articles a ON a.key = r.key AND r.on_show = 0
            JOIN shows s ON s.key = a.show_key
            WHERE r.rating > 0 AND a.kind = 'episode'
            GROUP BY s.key ORDER BY AVG(r.rating) DESC, s.name COLLATE NOCASE
            """
        )
        return [(name, round(average, 2), count) for name, average, count in rows]
