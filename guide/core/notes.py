"""Notes on articles and on shows (a show with neither an overview nor a list article);
two tables of one shape."""

from __future__ import annotations

from dataclasses import dataclass

from guide.core.manager import Manager
from guide.core.times import now_utc, to_timestamp


@dataclass(frozen=True)
class NoteEntry:
    key: str  # article key, or show key for a show note
    on_show: bool
    title: str  # the article's title, or the show's name
    show: str | None
    text: str
    updated_at: str


class Notes(Manager):
    _NOTE_KEY = {"notes": "article_key", "show_notes": "show_key"}

    def _row(self, table: str, key: str) -> tuple[str, str] | None:
        row = self.db.execute(
            f"SELECT text, updated_at FROM {table} WHERE {self._NOTE_KEY[table]} = ?", [key]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _store(self, table: str, key: str, text: str, updated_at: str) -> None:
        """Upsert a note, or delete it when the text is blank (inside the caller's atomic)."""
        column = self._NOTE_KEY[table]
        if text.strip():
            self.db.execute(
                f"INSERT INTO {table} ({column}, text, updated_at) VALUES (?, ?, ?) "
                f"ON CONFLICT ({column}) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                [key, text, updated_at],
            )
        else:
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [key])

    def get(self, key: str) -> str | None:
        entry = self._row("notes", key)
        return entry[0] if entry else None

    def entry(self, key: str) -> tuple[str, str] | None:
        return self._row("notes", key)

    def set(self, key: str, text: str) -> None:
        """Save a note (empty text removes it), and keep the search index in step."""
        self.write(key, text, to_timestamp(now_utc()))

    def write(self, key: str, text: str, updated_at: str) -> None:
        with self.transaction():
            self._store("notes", key, text, updated_at)
            self.db.execute(
                "UPDATE search_index SET note = ? "
                "WHERE rowid = (SELECT id FROM articles WHERE key = ?)",
                [text if text.strip() else "", key],
            )

    def of_show(self, show_key: str) -> str | None:
        entry = self._row("show_notes", show_key)
        return entry[0] if entry else None

    def show_entry(self, show_key: str) -> tuple[str, str] | None:
        return self._row("show_notes", show_key)

    def set_show(self, show_key: str, text: str) -> None:
        self.write_show(show_key, text, to_timestamp(now_utc()))

    def write_show(self, show_key: str, text: str, updated_at: str) -> None:
        with self.transaction():
            self._store("show_notes", show_key, text, updated_at)

    def all(self, text: str = "") -> list[NoteEntry]:
        """Every note, newest change first; ``text`` keeps those that hold it (any case)."""
        rows = self.db.execute(
            """
            SELECT n.article_key, 0, COALESCE(a.title, n.article_key), s.name, n.text,
                   n.updated_at
            FROM notes n LEFT JOIN articles a ON a.key = n.article_key
            LEFT JOIN shows s ON s.key = a.show_key
            UNION ALL
            SELECT sn.show_key, 1, COALESCE(s.name, sn.show_key), s.name, sn.text, sn.updated_at
            FROM show_notes sn LEFT JOIN shows s ON s.key = sn.show_key
            ORDER BY 6 DESC
            """
        )
        needle = text.casefold().strip()
        entries = [
            NoteEntry(k, bool(on_show), t, show, body, at) for k, on_show, t, show, body, at in rows
        ]
        if needle:
            entries = [
                e for e in entries if needle in e.text.casefold() or needle in e.title.casefold()
            ]
        return entries
