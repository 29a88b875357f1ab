"""The articles in the library: written in batches by the importer, removed, placed in
broadcast order, read back whole or by title."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from guide.core.article import (
    MEANING_KEYS,
    Article,
    Kind,
    fold_title,
    ordering,
)
from guide.core.errors import (
    LibraryError,
    UnknownArticle,
)
from guide.core.library import fulltext
from guide.core.library.batch import Batch
from guide.core.library.managers import Managers
from guide.core.library.records import ArticleRecord, StoredFile

# Shows are placed in transactions of this many articles at most: one a show made a first
# import of 100 shows commit 100 times (0.05 s of its 1.4 s).
PLACE_ROWS = 5000


class Articles(Managers):
    """Writing and reading articles."""

    def stored_files(self) -> dict[str, StoredFile]:
        """Content hash -> the article those bytes produced, for skipping unchanged files."""
        rows = self.db.execute(
            "SELECT content_hash, title, key FROM articles WHERE content_hash IS NOT NULL"
        )
        return {digest: StoredFile(title, key) for digest, title, key in rows}

    def file_sources(self, keys: Iterable[str]) -> dict[str, str]:
        """Of these articles, those imported from a file (not from an address): key -> the
        file they came from."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, source_path FROM articles WHERE key IN ({marks}) "
                "AND source_path IS NOT NULL AND source_path NOT LIKE 'http://%' "
                "AND source_path NOT LIKE 'https://%' AND source_path NOT LIKE 'source:%'",
                chunk,
            )
            found.update({key: path for key, path in rows})
        return found

    def stored_article(self, title: str) -> Article | None:
        row = self.db.execute("SELECT id FROM articles WHERE key = ?", [fold_title(title)])
        found = row.fetchone()
        return self._load_article(found[0])[0] if found else None

    def write_articles(self, items: Iterable[tuple[Article, str | None, str | None]]) -> None:
        """Add or replace articles, each given with its source path and content hash.

        All of them are written in one transaction; personal data is never touched.
        """
        pending: set[str | None] = set()
        items = list(items)
        with self.transaction():
            # What is already there, read for the whole batch at once (two lookups per
            # article were a fifth of a first import).
            keys = list({article.key for article, _, _ in items})
            existing: dict[str, tuple[int, str | None]] = {}
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                rows = self.db.execute(
                    f"SELECT key, id, show_key FROM articles WHERE key IN ({marks})", chunk
                )
                existing.update((key, (article_id, show)) for key, article_id, show in rows)
            batch = Batch(self.db.conn, existing)
            for article, source_path, digest in items:
                pending.update(batch.write(article, source_path, digest))
            batch.flush()
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO pending_order (show_key) VALUES (?)",
                [(show_key or "",) for show_key in pending],
            )

    def remove_articles(self, keys: Iterable[str]) -> list[tuple[Article, str | None, str | None]]:
        """Take articles out of the library (their plays, notes and ratings stay, keyed by
        title, as always); returns them as they were, with their source path and content
        hash, so that they can be written back."""
        removed = []
        shows: set[str | None] = set()
        with self.transaction():
            for key in dict.fromkeys(keys):
                row = self.db.execute(
                    "SELECT id, source_path, content_hash, show_key FROM articles WHERE key = ?",
                    [key],
                ).fetchone()
                if row is None:
                    continue
                article_id, source_path, digest, show_key = row
                removed.append((self._load_article(article_id)[0], source_path, digest))
                shows.add(show_key)
                fulltext.unindex(self.db.conn, [article_id])
                self.db.execute("DELETE FROM infobox WHERE article_id = ?", [article_id])
                self.db.execute("DELETE FROM bodies WHERE article_id = ?", [article_id])
                self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO pending_order (show_key) VALUES (?)",
                [(show_key or "",) for show_key in shows],
            )
            self.refresh_order()
        return removed

    def remember_file(self, title: str, source_path: str, digest: str) -> None:
        """Record new bytes for an article whose content did not change."""
        with self.transaction():
            self.db.execute(
                "UPDATE articles SET source_path = ?, content_hash = ? WHERE key = ?",
                [source_path, digest, fold_title(title)],
            )

    def refresh_order(self) -> None:
        """Recompute shows, overview links and navigator positions where imports changed them."""
        with self.transaction():
            self._refresh_shows()
        pending = [row[0] for row in self.db.execute("SELECT show_key FROM pending_order")]
        while pending:  # PLACE_ROWS at a time: other writers wait a moment, not minutes
            with self.transaction():
                placed = 0
                while pending and placed < PLACE_ROWS:
                    show_key = pending.pop()
                    placed += place_show(self.db.conn, show_key or None)
                    self.db.execute("DELETE FROM pending_order WHERE show_key = ?", [show_key])

    def _refresh_shows(self) -> None:
        conn = self.db.conn
        conn.execute(
            "UPDATE articles SET kind = own_kind, show_key = own_show_key "
            "WHERE kind IS NOT own_kind OR show_key IS NOT own_show_key"
        )
        conn.execute(
            "DELETE FROM shows WHERE key NOT IN "
            "(SELECT own_show_key FROM articles WHERE own_show_key IS NOT NULL)"
        )
        conn.execute(
            """
            INSERT INTO shows (key, name)
            SELECT own_show_key,
                   COALESCE(MIN(CASE WHEN own_kind = 'episode' THEN own_show_name END),
                            MIN(own_show_name))
            FROM articles WHERE own_show_key IS NOT NULL GROUP BY own_show_key
            ON CONFLICT (key) DO UPDATE SET name = excluded.name
            """
        )
        conn.execute(
            "UPDATE articles SET kind = 'overview', show_key = key "
            "WHERE own_kind = 'other' AND key IN (SELECT key FROM shows)"
        )

    def titles_present(self, titles: Iterable[str]) -> dict[str, int]:
        """Of these titles, those in the library: folded title -> article id."""
        keys = list({fold_title(t) for t in titles if t})
        if not keys:
            return {}
        marks = ", ".join("?" * len(keys))
        rows = self.db.execute(f"SELECT key, id FROM articles WHERE key IN ({marks})", keys)
        return dict(rows.fetchall())

    def titles_of(self, keys: list[str]) -> dict[str, str]:
        """Article key -> title, for these keys (those in the library)."""
        titles: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT key, title FROM articles WHERE key IN ({marks})", chunk)
            titles.update(rows.fetchall())
        return titles

    def article_titles(self) -> dict[str, tuple[str, str | None]]:
        """Article key -> (title, show key), for every article."""
        rows = self.db.execute("SELECT key, title, show_key FROM articles")
        return {key: (title, show_key) for key, title, show_key in rows}

    def links(self) -> dict[str, tuple[str | None, str | None]]:
        """Article key -> (Prev, Next) as written."""
        rows = self.db.execute("SELECT key, prev, next FROM articles")
        return {key: (prev, following) for key, prev, following in rows}

    def airdates(self, keys: Sequence[str]) -> dict[str, str]:
        """Article key -> airdate as written, for those that have one."""
        if not keys:
            return {}
        marks = ", ".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT key, airdate FROM articles WHERE key IN ({marks}) AND airdate IS NOT NULL",
            list(keys),
        )
        return dict(rows.fetchall())

    def find(self, title: str, *, fields: int | None = None) -> ArticleRecord:
        """The article with this title (or display title), compared as identities are."""
        key = fold_title(title)
        row = self.db.execute("SELECT id FROM articles WHERE key = ?", [key]).fetchone()
        if row is None:
            candidates = self.db.execute(
                "SELECT id, display_title FROM articles WHERE display_title = ? COLLATE NOCASE",
                [title.strip()],
            ).fetchall()
            row = next((c for c in candidates if fold_title(c[1]) == key), None)
        if row is None:
            raise UnknownArticle(title)
        return self.record(row[0], fields=fields)

    def show_key_of(self, title: str) -> str | None:
        """The show an article belongs to (None: outside any show); UnknownArticle if absent.
        One indexed read, where find() would load the whole article."""
        row = self.db.execute(
            "SELECT show_key FROM articles WHERE key = ?", [fold_title(title)]
        ).fetchone()
        if row is None:
            raise UnknownArticle(title)
        return row[0]  # type: ignore[no-any-return]

    def record(self, article_id: int, *, fields: int | None = None) -> ArticleRecord:
        """An article with its personal data; with ``fields``, only its first infobox fields
        are read (the window shows 200 of an article's 100,000) and ``infobox_total`` says
        how many there are."""
        row = self.db.execute(
            "SELECT a.kind, a.show_key, s.name, a.key, a.source_path FROM articles a "
            "LEFT JOIN shows s ON s.key = a.show_key WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise LibraryError(f"article {article_id} is no longer in the library")
        kind, show_key, show_name, key, source_path = row
        article, total = self._load_article(article_id, fields)
        return ArticleRecord(
            id=article_id,
            article=article,
            kind=Kind(kind),
            show_key=show_key,
            show=show_name,
            note=self.notes.get(key),
            source_path=source_path,
            note_conflicts=tuple(self.notes.conflicts(key)),
            rating=self.rating_of(key, Kind(kind), show_key),
            infobox_total=total,
            **self._tracking_of(key, show_key),
        )

    def _tracking_of(self, key: str, show_key: str | None) -> dict[str, Any]:
        """An article's plays and where they stand in its show's current pass, in one read:
        the fields of ArticleRecord they fill."""
        rows = self.db.execute(
            "SELECT p.uid, p.number, w.watched_at, w.pass_uid, w.uid FROM (SELECT 1) "
            "LEFT JOIN current_pass p ON p.show_key = ? "
            "LEFT JOIN watch_events w ON w.article_key = ? ORDER BY w.watched_at, w.id",
            [show_key, key],
        ).fetchall()
        current, number = rows[0][0], rows[0][1] or 1
        plays = [(at, pass_uid, uid) for _, _, at, pass_uid, uid in rows if uid is not None]
        in_pass = tuple(uid for _, pass_uid, uid in plays if pass_uid == current)
        return {
            "plays": tuple(at for at, _, _ in plays),
            "watched": bool(in_pass),
            "pass_number": number,
            "current_play_uids": in_pass,
        }

    def refreshed(
        self, record: ArticleRecord, *, plays: bool, note: bool, rating: bool
    ) -> ArticleRecord:
        """The record with its personal data read again, only the parts named (after a
        change that touched only them: the article's text is not read again)."""
        found: dict[str, Any] = {}
        if plays:  # its plays, and whether one is in its show's current pass
            found |= self._tracking_of(record.key, record.show_key)
        if note:
            found |= {
                "note": self.notes.get(record.key),
                "note_conflicts": tuple(self.notes.conflicts(record.key)),
            }
        if rating:
            found["rating"] = self.rating_of(record.key, record.kind, record.show_key)
        return replace(record, **found) if found else record

    def rating_of(self, key: str, kind: Kind, show_key: str | None) -> int | None:
        """An article's rating; an overview or list article shows its show's."""
        if kind.stands_for_show and show_key is not None:
            return self.ratings.get(show_key, on_show=True)
        return self.ratings.get(key)

    def _load_article(
        self, article_id: int, fields: int | None = None
    ) -> tuple[Article, int | None]:
        """The article, and with ``fields`` how many infobox fields it has (only the first
        ``fields`` of them are read; None when every one was)."""
        title, prose, shape = self.db.execute(
            "SELECT a.title, b.prose, b.shape FROM articles a "
            "JOIN bodies b ON b.article_id = a.id WHERE a.id = ?",
            [article_id],
        ).fetchone()
        limit = -1 if fields is None else fields
        infobox = self.db.execute(
            "SELECT key, value FROM infobox WHERE article_id = ? ORDER BY ord LIMIT ?",
            [article_id, limit + 1 if limit >= 0 else -1],
        ).fetchall()
        total: int | None = None
        if fields is not None and len(infobox) > fields:  # more than asked for: count them
            infobox = infobox[:fields]
            total = self._scalar("SELECT COUNT(*) FROM infobox WHERE article_id = ?", [article_id])
        lead, sections = fulltext.decode_body(prose, shape)
        article = Article(
            title=title,
            infobox=tuple(infobox),  # rows are (key, value) tuples already
            lead=lead,
            sections=sections,
        )
        if len(infobox) > 200 or total is not None:  # the meaningful fields from the index
            article.prime_meanings(
                self.db.execute(
                    f"SELECT norm_key, value FROM infobox WHERE article_id = ? "
                    f"AND +norm_key IN ({', '.join('?' * len(MEANING_KEYS))}) ORDER BY ord",
                    [article_id, *MEANING_KEYS],
                ).fetchall()
            )
        return article, total


def place_show(conn: sqlite3.Connection, show_key: str | None) -> int:
    """Place a show's articles in broadcast order (ordering.placements): the season each is
    placed in and its position there; returns how many articles it placed. Only the rows
    that moved are written: one file re-imported moves few. (Also schema v10's, for
    libraries made before it.)"""
    where = "show_key = ?" if show_key is not None else "show_key IS NULL"
    rows = conn.execute(
        "SELECT id, key, title, season, episode, prev, next, episode_label, "
        "place_season, position "
        f"FROM articles WHERE {where}",
        [show_key] if show_key is not None else [],
    ).fetchall()
    entries = [ordering.Entry(*row[:8]) for row in rows]
    before = {row[0]: (row[8], row[9]) for row in rows}
    conn.executemany(
        "UPDATE articles SET place_season = ?, position = ? WHERE id = ?",
        [
            (season, place, article_id)
            for article_id, (season, place) in ordering.placements(entries).items()
            if before[article_id] != (season, place)
        ],
    )
    return len(rows)
