"""The library's schema, as named forward migrations.

Each step runs in its own transaction together with its record (sqlite-utils' Migrations) and
sets ``PRAGMA user_version`` to its number, so the version always says which steps a file holds.
A new step is appended to ``STEPS``; steps already released are never edited.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x45504744  # "EPGD"
MIGRATION_SET = "episode_guide"


def _v1_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE shows (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            display_title TEXT NOT NULL,
            own_kind TEXT NOT NULL,
            own_show_key TEXT,
            own_show_name TEXT,
            kind TEXT NOT NULL,
            show_key TEXT,
            season INTEGER,
            episode INTEGER,
            airdate TEXT,
            prev TEXT,
            next TEXT,
            episode_list TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            source_path TEXT,
            content_hash TEXT,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX articles_show ON articles (show_key, season, position);
        -- The prose lives apart, so that the articles table stays small and fast to scan.
        CREATE TABLE bodies (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            lead TEXT NOT NULL,
            sections TEXT NOT NULL
        );
        CREATE INDEX articles_hash ON articles (content_hash);
        CREATE TABLE infobox (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            key TEXT NOT NULL,
            norm_key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (article_id, ord)
        ) WITHOUT ROWID;
        CREATE INDEX infobox_norm_key ON infobox (norm_key, value);
        -- Personal data is keyed by the article's identity (its folded title), never by a row
        -- id, and has no foreign key: removing or re-importing an article cannot touch it.
        CREATE TABLE watch_events (
            id INTEGER PRIMARY KEY,
            article_key TEXT NOT NULL,
            watched_at TEXT NOT NULL
        );
        CREATE INDEX watch_events_article ON watch_events (article_key, watched_at);
        CREATE TABLE notes (
            article_key TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Shows whose navigator order must be recomputed (written in the same transaction
        -- as the articles, so an interrupted import is finished on the next open).
        CREATE TABLE pending_order (show_key TEXT PRIMARY KEY);
        CREATE VIRTUAL TABLE search_index USING fts5 (
            title, body, note, tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )


def _v2_passes_show_notes_saved_searches(db: Database) -> None:
    db.executescript(
        """
        -- Rewatches: a show's plays count for its current pass from that pass's start on.
        CREATE TABLE passes (
            show_key TEXT NOT NULL,
            number INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            PRIMARY KEY (show_key, number)
        );
        CREATE VIEW pass_start AS
            SELECT show_key, MAX(number) AS number, MAX(started_at) AS started_at
            FROM passes GROUP BY show_key;
        -- Articles watched in their show's current pass (or ever, outside any show).
        CREATE VIEW watched_now AS
            SELECT DISTINCT w.article_key AS key FROM watch_events w
            JOIN articles a ON a.key = w.article_key
            LEFT JOIN pass_start p ON p.show_key = a.show_key
            WHERE w.watched_at >= COALESCE(p.started_at, '');
        CREATE INDEX watch_events_time ON watch_events (watched_at);
        -- Episode counts per show, read from the index alone.
        CREATE INDEX articles_show_kind ON articles (show_key, kind, key);
        -- A note on a show that has neither an overview nor a list article.
        CREATE TABLE show_notes (
            show_key TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE saved_searches (
            name TEXT PRIMARY KEY,
            query TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """
    )


def _nfc(text: str | None) -> str | None:
    return unicodedata.normalize("NFC", text) if text is not None else None


# Every column that holds an identity (a folded title), by table.
_KEY_COLUMNS = {
    "articles": ("key", "own_show_key", "show_key"),
    "shows": ("key",),
    "watch_events": ("article_key",),
    "notes": ("article_key",),
    "show_notes": ("show_key",),
    "passes": ("show_key",),
    "pending_order": ("show_key",),
}


def _v3_play_ids_unknown_dates_nfc_keys(db: Database) -> None:
    """Plays get a stable id (undo and, later, sync address plays by it, never by a row id
    that SQLite may reuse) and may have no date ("date unknown"); identities are compared
    after Unicode NFC normalisation, so NFC and NFD "Café" are one article."""
    db.executescript(
        """
        CREATE TABLE watch_events_v3 (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            article_key TEXT NOT NULL,
            watched_at TEXT  -- NULL: watched, date unknown
        );
        INSERT INTO watch_events_v3 (id, uid, article_key, watched_at)
            SELECT id, lower(hex(randomblob(16))), article_key, watched_at FROM watch_events;
        DROP VIEW watched_now;
        DROP TABLE watch_events;
        ALTER TABLE watch_events_v3 RENAME TO watch_events;
        CREATE INDEX watch_events_article ON watch_events (article_key, watched_at);
        CREATE INDEX watch_events_time ON watch_events (watched_at);
        -- A play of unknown date counts in the first pass (it happened before any rewatch).
        CREATE VIEW watched_now AS
            SELECT DISTINCT w.article_key AS key FROM watch_events w
            JOIN articles a ON a.key = w.article_key
            LEFT JOIN pass_start p ON p.show_key = a.show_key
            WHERE COALESCE(w.watched_at, '') >= COALESCE(p.started_at, '');
        """
    )
    db.conn.create_function("nfc", 1, _nfc, deterministic=True)
    for table, columns in _KEY_COLUMNS.items():
        for column in columns:
            # OR IGNORE: where two identities become one, the first keeps it and the other
            # row stays as it was (never deleted): nothing personal is lost.
            db.execute(
                f"UPDATE OR IGNORE {table} SET {column} = nfc({column}) "
                f"WHERE {column} IS NOT nfc({column})"
            )


STEPS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_passes_show_notes_saved_searches,
    _v3_play_ids_unknown_dates_nfc_keys,
]
LATEST_VERSION = len(STEPS)


def _versioned(number: int, step: Callable[[Database], None]) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        step(db)
        db.execute(f"PRAGMA user_version = {number}")

    apply.__name__ = step.__name__.lstrip("_")
    return apply


def migrations() -> Migrations:
    steps = Migrations(MIGRATION_SET)
    for number, step in enumerate(STEPS, start=1):
        steps()(_versioned(number, step))
    return steps
