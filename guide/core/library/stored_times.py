"""Stored moments as a whole: find those not in the stored form, and repair them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from guide.core.library.manager import Manager
from guide.core.times import TimeError, is_canonical, now_utc, parse_timestamp, to_timestamp


@dataclass(frozen=True)
class BadTime:
    table: str
    column: str
    rowid: int
    key: str  # whose: an article or show key
    value: object


class StoredTimes(Manager):
    _MOMENTS = (
        ("watch_events", "watched_at", "article_key"),
        ("notes", "updated_at", "article_key"),
        ("show_notes", "updated_at", "show_key"),
        ("passes", "started_at", "show_key"),
    )

    def bad(self) -> list[BadTime]:
        """Stored moments that are not in the stored form: unreadable, impossible, or
        written another way (``Z``, another zone) by an older version or by hand."""
        found = []
        for table, column, owner in self._MOMENTS:
            rows = self.db.execute(
                f"SELECT rowid, {owner}, {column} FROM {table} WHERE {column} IS NOT NULL"
            )
            for rowid, key, value in rows:
                if not is_canonical(value):
                    found.append(BadTime(table, column, rowid, key, value))
        return found

    def repair(self, bad: Sequence[BadTime]) -> list[str]:
        """Fix stored moments: what can be read is rewritten in the stored form; a play whose
        time cannot be a moment keeps its place as "date unknown"; a note's or a pass's time
        that cannot be read becomes the time of the repair. Returns what was done."""
        done = []
        stamp = to_timestamp(now_utc())
        with self.transaction():
            for item in bad:
                try:
                    fixed: str | None = parse_timestamp(
                        item.value, naive_is_local=False, earliest=None
                    )
                    said = f"rewritten as {fixed}"
                except TimeError:
                    fixed = None if item.table == "watch_events" else stamp
                    said = "now: date unknown" if fixed is None else f"set to {fixed}"
                self.db.execute(
                    f"UPDATE {item.table} SET {item.column} = ? WHERE rowid = ?",
                    [fixed, item.rowid],
                )
                done.append(f"{item.key}: {item.column} {item.value!r} {said}")
        return done
