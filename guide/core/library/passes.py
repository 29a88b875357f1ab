"""Rewatch passes: a show's progress starts again at each pass; earlier plays stay.

Each pass has a global id; its number (2, 3, …) is its rank by start, kept up to date, so
passes started on two computers take their places whatever the order they arrive in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from guide.core.library.manager import Manager
from guide.core.times import now_utc, to_timestamp


@dataclass(frozen=True)
class Pass:
    uid: str
    show_key: str
    number: int
    started_at: str

    def entry(self) -> dict[str, Any]:
        """The rewatch as a journal entry (its number is found where it arrives)."""
        return {
            "type": "pass",
            "uid": self.uid,
            "show": self.show_key,
            "started_at": self.started_at,
        }


_COLUMNS = "uid, show_key, number, started_at"


class Passes(Manager):
    def current(self, show_key: str) -> Pass | None:
        """The rewatch in progress, or None during the first watch."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM current_pass WHERE show_key = ?", [show_key]
        ).fetchone()
        return Pass(*row) if row else None

    def number(self, show_key: str) -> int:
        current = self.current(show_key)
        return current.number if current else 1

    def next(self, show_key: str, at: datetime | None = None) -> Pass:
        """The pass a rewatch started now (or at ``at``) would be."""
        from guide.core.ids import new_uid

        return Pass(new_uid(), show_key, self.number(show_key) + 1, to_timestamp(at or now_utc()))

    def start(self, show_key: str, at: datetime | None = None) -> Pass:
        """Begin a new pass of a show: its progress starts again; earlier plays stay."""
        with self.transaction():
            started = self.next(show_key, at)
            self.restore(started)
        return started

    def all(self) -> list[Pass]:
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM passes ORDER BY show_key, number, uid")
        return [Pass(*row) for row in rows]

    def add_if_new(self, show_key: str, number: int, started_at: str) -> bool:
        """A pass from a file that names no id (format 1): new unless one started then."""
        if self._scalar(
            "SELECT 1 FROM passes WHERE show_key = ? AND started_at = ?", [show_key, started_at]
        ):
            return False
        from guide.core.ids import new_uid

        return self.restore(Pass(new_uid(), show_key, number, started_at))

    def remove(self, rewatch: Pass) -> bool:
        return self.forget(rewatch.uid)

    def show_of(self, uid: str) -> str | None:
        """The show of a pass, by its uid (None: not here)."""
        show_key = self._scalar("SELECT show_key FROM passes WHERE uid = ?", [uid])
        return None if show_key is None else str(show_key)

    def forget(self, uid: str) -> bool:
        """Delete a pass by id, leaving a tombstone; True if it was here."""
        with self.transaction():
            show_key = self.show_of(uid)
            cursor = self.db.execute("DELETE FROM passes WHERE uid = ?", [uid])
            self.library.tombstones.bury(uid, "pass")
            if show_key is not None:
                self._renumber(show_key)
        return bool(cursor.rowcount)

    def restore(self, rewatch: Pass) -> bool:
        """Add a pass (unless it was deleted somewhere); True if it is new here."""
        with self.transaction():
            if self.library.tombstones.holds(rewatch.uid):
                return False
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO passes (uid, show_key, number, started_at, device) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    rewatch.uid,
                    rewatch.show_key,
                    rewatch.number,
                    rewatch.started_at,
                    self.library.device,
                ],
            )
            if cursor.rowcount:
                self._renumber(rewatch.show_key)
                self.library.journal.record(rewatch.entry())
        return bool(cursor.rowcount)

    def _renumber(self, show_key: str) -> None:
        self.db.execute(
            """
            UPDATE passes SET number = 1 + (
                SELECT COUNT(*) FROM passes q WHERE q.show_key = passes.show_key
                AND (q.started_at < passes.started_at
                     OR (q.started_at = passes.started_at AND q.uid <= passes.uid)))
            WHERE show_key = ?
            """,
            [show_key],
        )
