"""Rewatch passes: a show's progress starts again at each pass; earlier plays stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from guide.core.manager import Manager
from guide.core.times import now_utc, to_timestamp


@dataclass(frozen=True)
class Pass:
    show_key: str
    number: int
    started_at: str


class Passes(Manager):
    def current(self, show_key: str) -> Pass | None:
        """The rewatch in progress, or None during the first watch."""
        row = self.db.execute(
            "SELECT show_key, number, started_at FROM passes WHERE show_key = ? "
            "ORDER BY number DESC LIMIT 1",
            [show_key],
        ).fetchone()
        return Pass(*row) if row else None

    def number(self, show_key: str) -> int:
        current = self.current(show_key)
        return current.number if current else 1

    def next(self, show_key: str, at: datetime | None = None) -> Pass:
        """The pass a rewatch started now (or at ``at``) would be."""
        return Pass(show_key, self.number(show_key) + 1, to_timestamp(at or now_utc()))

    def start(self, show_key: str, at: datetime | None = None) -> Pass:
        """Begin a new pass of a show: its progress starts again; earlier plays stay."""
        with self.transaction():
            started = self.next(show_key, at)
            self.restore(started)
        return started

    def all(self) -> list[Pass]:
        rows = self.db.execute(
            "SELECT show_key, number, started_at FROM passes ORDER BY show_key, number"
        )
        return [Pass(*row) for row in rows]

    def add_if_new(self, show_key: str, number: int, started_at: str) -> bool:
        if self._scalar(
            "SELECT 1 FROM passes WHERE show_key = ? AND number = ?", [show_key, number]
        ):
            return False
        return self.restore(Pass(show_key, number, started_at))

    def remove(self, rewatch: Pass) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "DELETE FROM passes WHERE show_key = ? AND number = ? AND started_at = ?",
                [rewatch.show_key, rewatch.number, rewatch.started_at],
            )
        return bool(cursor.rowcount)

    def restore(self, rewatch: Pass) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO passes (show_key, number, started_at) VALUES (?, ?, ?)",
                [rewatch.show_key, rewatch.number, rewatch.started_at],
            )
        return bool(cursor.rowcount)

    def start_of_article(self, key: str) -> str | None:
        return self._scalar(
            "SELECT p.started_at FROM articles a JOIN pass_start p ON p.show_key = a.show_key "
            "WHERE a.key = ?",
            [key],
        )
