"""Tombstones: the ids of deleted plays and passes. A delete travels to every copy of the
library, and no copy's add brings the deleted thing back."""

from __future__ import annotations

from typing import Any

from guide.core.library.manager import Manager
from guide.core.times import now_utc, to_timestamp


def delete_entry(uid: str, kind: str) -> dict[str, Any]:
    """A delete (of a play or a pass) as a journal entry."""
    return {"type": "delete", "kind": kind, "uid": uid}


class Tombstones(Manager):
    def holds(self, uid: str) -> bool:
        return bool(self._scalar("SELECT 1 FROM tombstones WHERE uid = ?", [uid]))

    def bury(self, uid: str, kind: str, at: str | None = None) -> bool:
        """Record a delete (once); journaled so that it travels. True if it is new here."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO tombstones (uid, kind, at, device) VALUES (?, ?, ?, ?)",
            [uid, kind, at or to_timestamp(now_utc()), self.library.device],
        )
        if cursor.rowcount:
            self.library.journal.record(delete_entry(uid, kind))
        return bool(cursor.rowcount)

    def all(self) -> list[tuple[str, str, str]]:
        """(uid, kind, at) of every delete."""
        return [tuple(row) for row in self.db.execute("SELECT uid, kind, at FROM tombstones")]
