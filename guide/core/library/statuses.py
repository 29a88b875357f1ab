"""A show's status, as the person sets it: Watching, Paused, Dropped or Plan to Watch (none
set: the show goes by its progress, in progress, finished or not started).

One status per show. A change is a value with an id and a time; the latest (by time, then
id) wins wherever it is applied, as ratings do, so two computers agree whatever order the
changes reach them in. Clearing a status is a change to "", so that it travels too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from guide.core.library.manager import Manager
from guide.core.text import QT_TR_NOOP
from guide.core.times import now_utc, read_stored, to_timestamp


class Status(StrEnum):
    WATCHING = "watching"
    PAUSED = "paused"
    DROPPED = "dropped"
    PLAN = "plan"  # to watch

    @property
    def label(self) -> str:
        """Its name for people (translated where shown: the strings are in the catalogue)."""
        return LABELS[self]


LABELS = {
    Status.WATCHING: QT_TR_NOOP("Watching"),
    Status.PAUSED: QT_TR_NOOP("Paused"),
    Status.DROPPED: QT_TR_NOOP("Dropped"),
    Status.PLAN: QT_TR_NOOP("Plan to Watch"),
}
WORDS = {
    "watching": Status.WATCHING,
    "paused": Status.PAUSED,
    "dropped": Status.DROPPED,
    "plan": Status.PLAN,
    "plan-to-watch": Status.PLAN,
    "plantowatch": Status.PLAN,
}


class StatusError(ValueError):
    """A status that cannot be given; the message is for the user."""


def checked_status(value: object) -> Status | None:
    """A status as a person or a file gave it ("" or "none": none)."""
    if not isinstance(value, str):
        raise StatusError("a status is watching, paused, dropped, plan-to-watch or none")
    word = "".join(value.split()).casefold().replace("_", "-")
    if word in ("", "none", "clear"):
        return None
    found = WORDS.get(word) or WORDS.get(word.replace("-", ""))
    if found is None:
        shown = value if len(value) <= 20 else value[:19] + "…"
        raise StatusError(
            f"'{shown}' is not a status: give watching, paused, dropped, plan-to-watch or none"
        )
    return found


@dataclass(frozen=True)
class StatusChange:
    show_key: str
    status: str  # a Status's value, or "": none
    at: str
    uid: str
    device: str = ""

    def entry(self) -> dict[str, Any]:
        """The status as a journal entry."""
        return {
            "type": "status",
            "uid": self.uid,
            "show": self.show_key,
            "status": self.status,
            "at": self.at,
            "device": self.device,
        }


class Statuses(Manager):
    def get(self, show_key: str) -> Status | None:
        value = self._scalar(
            "SELECT status FROM show_statuses WHERE show_key = ? AND status <> ''", [show_key]
        )
        return Status(value) if value in WORDS.values() else None

    def all_set(self) -> dict[str, Status]:
        """Show key -> its status, for every show that has one."""
        rows = self.db.execute("SELECT show_key, status FROM show_statuses WHERE status <> ''")
        return {key: Status(value) for key, value in rows if value in WORDS.values()}

    def entry(self, show_key: str) -> StatusChange | None:
        row = self.db.execute(
            "SELECT show_key, status, at, uid, device FROM show_statuses WHERE show_key = ?",
            [show_key],
        ).fetchone()
        return StatusChange(*row) if row else None

    def all(self) -> list[StatusChange]:
        rows = self.db.execute(
            "SELECT show_key, status, at, uid, device FROM show_statuses ORDER BY show_key"
        )
        return [StatusChange(*row) for row in rows]

    def set(self, show_key: str, status: Status | None) -> bool:
        """Set a show's status now (None clears it); True if it changed."""
        from guide.core.ids import new_uid

        stamp = to_timestamp(now_utc())
        current = self.entry(show_key)
        if current is not None and current.at >= stamp:  # a clock behind another computer's
            latest = read_stored(current.at)
            if latest is not None:
                stamp = to_timestamp(latest + timedelta(seconds=1))
        value = status.value if status is not None else ""
        return self.apply(StatusChange(show_key, value, stamp, new_uid(), self.library.device))

    def apply(self, change: StatusChange) -> bool:
        """Take a change unless a later one is already here; journaled. True if the status
        shown changed."""
        with self.transaction():
            current = self.entry(change.show_key)
            if current is not None and (current.at, current.uid) >= (change.at, change.uid):
                return False
            self.db.execute(
                "INSERT OR REPLACE INTO show_statuses (show_key, status, at, uid, device) "
                "VALUES (?, ?, ?, ?, ?)",
                [change.show_key, change.status, change.at, change.uid, change.device],
            )
            self.library.journal.record(change.entry())
        return (current.status if current else "") != change.status
