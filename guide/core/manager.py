"""What every manager of the library shares: the library it belongs to, its connection and
its transactions (Anki's collection managers: ``col.decks``, ``col.tags``)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from guide.core.db import Database

if TYPE_CHECKING:
    from guide.core.store import Library


class Manager:
    """One noun of the library (plays, passes, notes, …): its SQL and nothing else."""

    def __init__(self, library: Library):
        self.library = library

    @property
    def db(self) -> Database:
        return self.library.db

    def transaction(self) -> AbstractContextManager[None]:
        return self.library.transaction()

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None
