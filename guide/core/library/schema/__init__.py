"""The library's schema, as named forward migrations.

Each step runs in its own transaction together with its record (sqlite-utils' Migrations) and
sets ``PRAGMA user_version`` to its number, so the version always says which steps a file holds.
A new step is appended to ``STEPS``; steps already released are never edited.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from guide.core.library.schema import v01_v08, v09_v16, v17_v24

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x45504744  # "EPGD"
MIGRATION_SET = "episode_guide"


STEPS: list[Callable[[Database], None]] = [*v01_v08.STEPS, *v09_v16.STEPS, *v17_v24.STEPS]
LATEST_VERSION = len(STEPS)
# A library older than this is compacted once upgraded (v16 gave up a copy of the text).
COMPACTING_VERSION = 16


def _versioned(number: int, step: Callable[[Database], None]) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        step(db)
        db.execute(f"PRAGMA user_version = {number}")

    apply.__name__ = step.__name__.lstrip("_")
    return apply


def migrations() -> Migrations:
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for number, step in enumerate(STEPS, start=1):
        steps()(_versioned(number, step))
    return steps


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every step the file lacks (sqlite-utils is loaded here, and only here)."""
    from sqlite_utils import Database

    migrations().apply(Database(conn))
