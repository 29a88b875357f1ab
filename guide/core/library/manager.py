"""What every manager of the library shares: the library it belongs to, its connection and
its transactions (Anki's collection managers: ``col.decks``, ``col.tags``).

A manager knows its library only as an :class:`Owner`: the few things managers ask of it.
The library is made of managers, so they never import it (no cycle, not even for types)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from guide.core.library.connection import Database


class Recorder(Protocol):
    """The library's journal, as managers use it: they record what they did."""

    def record(self, op: dict[str, Any]) -> None: ...


class Graves(Protocol):
    """The library's tombstones, as managers use them."""

    def holds(self, uid: str) -> bool: ...

    def bury(self, uid: str, kind: str, at: str | None = None) -> bool: ...


class Owner(Protocol):
    """What a manager asks of the library it belongs to."""

    @property
    def db(self) -> Database: ...

    @property
    def device(self) -> str: ...

    @property
    def journal(self) -> Recorder: ...

    @property
    def tombstones(self) -> Graves: ...

    def transaction(self) -> AbstractContextManager[None]: ...


class Manager:
    """One noun of the library (plays, passes, notes, …): its SQL and nothing else."""

    def __init__(self, library: Owner):
        self.library = library

    @property
    def db(self) -> Database:
        return self.library.db

    def transaction(self) -> AbstractContextManager[None]:
        return self.library.transaction()

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None
