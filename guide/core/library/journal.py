"""This library's own operations, in order: what its files in a sync folder hold.

Every add and delete of personal data made here (a play, a pass, a tombstone, a note
revision) is recorded by the manager that makes it, in the same transaction. Operations read
from other devices are applied with journaling off: each device's files hold only its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from guide.core.library.manager import Manager
from guide.core.times import now_utc, to_timestamp


class Journal(Manager):
    enabled = True

    def record(self, op: dict[str, Any]) -> None:
        if not self.enabled:
            return
        from guide.core.ids import new_uid

        entry = {"id": new_uid(), "device": self.library.device, "at": to_timestamp(now_utc())}
        entry |= op
        self.db.execute(
            "INSERT INTO journal (op) VALUES (?)", [json.dumps(entry, ensure_ascii=False)]
        )

    def since(self, seq: int) -> list[tuple[int, dict[str, Any]]]:
        rows = self.db.execute("SELECT seq, op FROM journal WHERE seq > ? ORDER BY seq", [seq])
        return [(number, json.loads(text)) for number, text in rows]

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Apply others' operations without making them this device's own."""
        was, self.enabled = self.enabled, False
        try:
            yield
        finally:
            self.enabled = was
