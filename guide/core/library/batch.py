"""Articles written in batches: each article's row, infobox, body and search entries
prepared, then written in a few statements (the importer's write path)."""

from __future__ import annotations

import sqlite3
from typing import Any

from guide.core.article import (
    UNSEARCHED_KEYS,
    Article,
    fold_show,
    normalise_key,
)
from guide.core.library import fulltext
from guide.core.text import unsegmented

# The articles-table columns an import writes, in the order of article_values.
_ARTICLE_COLUMNS = (
    "key",
    "title",
    "display_title",
    "own_kind",
    "own_show_key",
    "own_show_name",
    "kind",
    "show_key",
    "season",
    "place_season",
    "position",
    "episode",
    "episode_label",
    "airdate",
    "prev",
    "next",
    "episode_list",
    "source_path",
    "content_hash",
)


_SHOW_KEY = _ARTICLE_COLUMNS.index("show_key")


_ARTICLE_ASSIGNMENTS = ", ".join(f"{column} = ?" for column in _ARTICLE_COLUMNS)


class Batch:
    """Articles written in one transaction, their rows sent to SQLite a table at a time
    (one executemany per table instead of six statements per article: the first import's
    cost was half in those calls). New articles get their ids here, in the transaction."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        existing: dict[str, tuple[int, str | None]],
    ):
        self.conn = conn
        self.existing = existing
        self.next_id = (
            int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()[0]) + 1
        )
        self.new: list[tuple[Any, ...]] = []
        self.bodies: list[tuple[int, str, str]] = []
        self.infobox: list[tuple[int, int, str, str, str]] = []
        self.trigram: list[int] = []  # articles in unsegmented scripts
        self.queued: set[int] = set()  # ids whose rows wait in the lists above

    def write(
        self, article: Article, source_path: str | None, digest: str | None
    ) -> tuple[str | None, ...]:
        """Queue one article; returns the show keys whose order must be recomputed."""
        values = article_values(article, source_path, digest)
        key, show_key = values[0], values[_SHOW_KEY]
        old = self.existing.get(key)
        if old:
            article_id, old_show = old
            if article_id in self.queued:  # the same title twice in one batch: the later wins
                self.flush()
            fulltext.unindex(self.conn, [article_id])  # as indexed, before its text changes
            self.conn.execute(  # OR FAIL: as the inserts (see flush)
                f"UPDATE OR FAIL articles SET {_ARTICLE_ASSIGNMENTS} WHERE id = ?",
                (*values, article_id),
            )
            # Delete and insert, not INSERT OR REPLACE: with foreign keys on, REPLACE made
            # each insert of a 5 KB body cost 0.4 ms (measured), a third of the import.
            self.conn.execute("DELETE FROM infobox WHERE article_id = ?", [article_id])
            self.conn.execute("DELETE FROM bodies WHERE article_id = ?", [article_id])
        else:
            article_id, old_show = self.next_id, None
            self.next_id += 1
            self.new.append((article_id, *values))
            self.existing[key] = (article_id, show_key)
        self.queued.add(article_id)
        prose, shape = fulltext.encode_body(article)
        self.bodies.append((article_id, prose, shape))
        self.infobox += [
            (article_id, i, k, normalise_key(k), v) for i, (k, v) in enumerate(article.infobox)
        ]
        if unsegmented(search_title(article)) or unsegmented(prose) or _unsegmented_fields(article):
            self.trigram.append(article_id)
        return (old_show, show_key) if old else (show_key,)

    def flush(self) -> None:
        # OR FAIL: a failed row needs no undo of its own (the transaction is rolled back
        # whole), so SQLite keeps no statement journal for the row and its trigger (schema
        # v11): with one, each insert cost 2.5 times as much. Rows are bound by position:
        # by name, binding cost half as much again as the insert.
        self.conn.executemany(
            f"INSERT OR FAIL INTO articles (id, {', '.join(_ARTICLE_COLUMNS)}) "
            f"VALUES (?{', ?' * len(_ARTICLE_COLUMNS)})",
            self.new,
        )
        self.conn.executemany(
            "INSERT INTO bodies (article_id, prose, shape) VALUES (?, ?, ?)", self.bodies
        )
        self.conn.executemany(
            "INSERT INTO infobox (article_id, ord, key, norm_key, value) VALUES (?, ?, ?, ?, ?)",
            self.infobox,
        )
        # The indexes read the text just written (the view search_text), so that they hold
        # exactly what unindex will read back when it changes.
        fulltext.index(self.conn, sorted(self.queued), self.trigram)
        self.new, self.bodies, self.infobox, self.trigram = [], [], [], []
        self.queued = set()


def article_values(
    article: Article, source_path: str | None, digest: str | None
) -> tuple[Any, ...]:
    """An article's row in the articles table, as _ARTICLE_COLUMNS names its columns."""
    show_name = article.show
    show_key = fold_show(show_name) if show_name else None
    kind = str(article.kind)
    season, episode = article.season, article.episode
    return (
        article.key,
        article.title,
        article.display_title,
        kind,
        show_key,
        show_name,
        kind,
        show_key,
        season,
        # place_season and position: where placing the show (ordering) most often puts it:
        # episode n of a season at n - 1; placing then rewrites only the rows that moved (a
        # first import: few).
        season,
        episode - 1 if episode is not None and episode > 0 else 0,
        episode,
        article.episode_label,
        article.airdate,
        article.prev,
        article.next,
        article.episode_list,
        source_path,
        digest,
    )


def _unsegmented_fields(article: Article) -> bool:
    """Whether a searched infobox value is in a script without spaces (the link fields are
    another article's title, the credit is not content: neither is searched)."""
    return any(
        unsegmented(value)
        for key, value in article.infobox
        if normalise_key(key) not in UNSEARCHED_KEYS
    )


def search_title(article: Article) -> str:
    if article.display_title == article.title:
        return article.title
    return f"{article.title} {article.display_title}"
