"""The connection as the library uses it: a thin layer over :mod:`sqlite3`.

It behaves as sqlite-utils' ``Database`` does for the few calls the library makes
(``execute`` commits a write made outside a transaction; ``atomic`` nests as savepoints), so
that opening a library never loads sqlite-utils (and, through it, numpy where installed:
0.14 s of every `guide` command's start). sqlite-utils is loaded for the schema migrations
alone, which run only when a library is created or upgraded.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_CONTROL = ("BEGIN", "COMMIT", "RELEASE", "ROLLBACK", "SAVEPOINT", "END")


class Database:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (
                self.conn.execute(sql, parameters)
                if parameters is not None
                else self.conn.execute(sql)
            )
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and not sql.lstrip().upper().startswith(_CONTROL)
        ):
            self.conn.execute("COMMIT")
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction, or a savepoint inside the one already open."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.execute("COMMIT")
            return
        savepoint = f"guide_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    def enable_wal(self) -> None:
        if self.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.execute("PRAGMA journal_mode=wal")

    def close(self) -> None:
        if self.conn is not None:  # a library whose file could not be opened has none
            self.conn.close()


def file_uri(path: str | os.PathLike[str], query: str) -> str:
    """SQLite's URI for a file, whatever characters its name holds: the path is
    percent-encoded (a '#', '?' or '%' in a name is part of the name, never a fragment, a
    query or an escape)."""
    location = urllib.parse.quote(os.fsencode(os.path.abspath(path)), safe=b"/")
    return f"file:{location}?{query}"


def connect_read_only(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A connection that only reads the file named; nothing is created if it is not there."""
    return sqlite3.connect(file_uri(path, "mode=ro"), uri=True)
