"""Saved searches: a name and a query in the query language."""

from __future__ import annotations

from guide.core import query
from guide.core.library.manager import Manager
from guide.core.times import now_utc, to_timestamp


class SavedSearches(Manager):
    def all(self) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE"
        )
        return [(name, text) for name, text in rows]

    def save(self, name: str, text: str) -> None:
        query.parse(text)  # only well-formed searches are kept
        with self.transaction():
            self.db.execute(
                "INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET query = excluded.query",
                [name.strip(), text.strip(), to_timestamp(now_utc())],
            )

    def delete(self, name: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM saved_searches WHERE name = ?", [name])
