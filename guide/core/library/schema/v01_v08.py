"""Released schema steps 1 to 8 (never edited: a new step is appended to STEPS)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from guide.core.ids import stable_uid

if TYPE_CHECKING:
    from sqlite_utils import Database


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


def _v4_identities_tombstones_revisions_journal(db: Database) -> None:
    """What sync needs (see "Two computers, one history"): every pass has a global id and
    every play names its pass (chosen when it is recorded, not by time windows); deletes leave
    tombstones so that they travel; notes keep revisions (a note edited in two places has two
    heads: a conflict, never a concatenation); each library has a device id; its own
    operations are journaled for the sync folder."""
    db.conn.create_function("stable_uid", 2, stable_uid, deterministic=True)
    db.executescript(
        """
        CREATE TABLE passes_v4 (
            uid TEXT PRIMARY KEY,
            show_key TEXT NOT NULL,
            number INTEGER NOT NULL,  -- 2, 3, …: its rank by start, kept up to date
            started_at TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO passes_v4 (uid, show_key, number, started_at)
            SELECT lower(hex(randomblob(16))), show_key, number, started_at FROM passes;
        DROP VIEW watched_now;
        DROP VIEW pass_start;
        DROP TABLE passes;
        ALTER TABLE passes_v4 RENAME TO passes;
        CREATE INDEX passes_show ON passes (show_key, started_at, uid);
        -- The pass each show is in now: its latest (ties broken by id, the same everywhere).
        CREATE VIEW current_pass AS
            SELECT p.show_key, p.uid, p.number, p.started_at FROM passes p
            WHERE p.uid = (SELECT q.uid FROM passes q WHERE q.show_key = p.show_key
                           ORDER BY q.started_at DESC, q.uid DESC LIMIT 1);

        ALTER TABLE watch_events ADD COLUMN pass_uid TEXT;  -- NULL: the first watch
        ALTER TABLE watch_events ADD COLUMN device TEXT NOT NULL DEFAULT '';
        -- Each old play joins the pass its time fell in, as the old time windows said.
        UPDATE watch_events SET pass_uid = (
            SELECT p.uid FROM passes p JOIN articles a ON a.show_key = p.show_key
            WHERE a.key = watch_events.article_key
              AND p.started_at <= COALESCE(watch_events.watched_at, '')
            ORDER BY p.started_at DESC, p.uid DESC LIMIT 1);
        CREATE INDEX watch_events_pass ON watch_events (article_key, pass_uid);
        -- A dated play from before ids travelled is named by what it is (the article and the
        -- moment), so that two libraries that merged the same plays name them alike and a
        -- sync unites them instead of counting them twice; exact duplicates go.
        DELETE FROM watch_events WHERE watched_at IS NOT NULL AND id NOT IN (
            SELECT MIN(id) FROM watch_events WHERE watched_at IS NOT NULL
            GROUP BY article_key, watched_at);
        UPDATE watch_events SET uid = stable_uid(article_key, watched_at)
            WHERE watched_at IS NOT NULL;
        CREATE VIEW watched_now AS
            SELECT DISTINCT w.article_key AS key FROM watch_events w
            JOIN articles a ON a.key = w.article_key
            LEFT JOIN current_pass p ON p.show_key = a.show_key
            WHERE w.pass_uid IS p.uid;

        -- A deleted play or pass: its id, so that the delete travels and is never undone by
        -- another copy's add.
        CREATE TABLE tombstones (
            uid TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT ''
        );
        -- Every text a note has had; the heads (revisions no other names as a parent) are its
        -- current text, or a conflict. notes / show_notes keep the newest head's text.
        CREATE TABLE note_revisions (
            uid TEXT PRIMARY KEY,
            on_show INTEGER NOT NULL,
            key TEXT NOT NULL,
            parents TEXT NOT NULL,  -- JSON list of revision ids
            text TEXT NOT NULL,
            at TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX note_revisions_key ON note_revisions (on_show, key);
        INSERT INTO note_revisions (uid, on_show, key, parents, text, at)
            SELECT lower(hex(randomblob(16))), 0, article_key, '[]', text, updated_at FROM notes;
        INSERT INTO note_revisions (uid, on_show, key, parents, text, at)
            SELECT lower(hex(randomblob(16))), 1, show_key, '[]', text, updated_at
            FROM show_notes;

        -- Undo here: a deleted play brought back is a new play (a deleted id stays deleted
        -- everywhere); undo and redo follow a deleted play to the play that replaced it.
        CREATE TABLE play_successors (uid TEXT PRIMARY KEY, successor TEXT NOT NULL);
        -- This library's identity as a device: taken anew when the file is copied or moved
        -- (its path or inode no longer match), so two files never write as one device.
        CREATE TABLE device (id TEXT NOT NULL, path TEXT NOT NULL, inode INTEGER NOT NULL);
        -- This device's own operations, in order, for its files in the sync folder.
        CREATE TABLE journal (seq INTEGER PRIMARY KEY, op TEXT NOT NULL);
        -- What sync remembers: the folder, what of its own journal it wrote, what it read.
        CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )


def _v5_ratings_play_sources_pending_history(db: Database) -> None:
    """Ratings (1–10 on an article or a show), where each play came from (a tracker's export,
    shown in History), and imported history that matched no article yet (it attaches when
    its article is imported)."""
    db.executescript(
        """
        ALTER TABLE watch_events ADD COLUMN source TEXT;  -- NULL: recorded here
        -- One rating per article or show; the latest change wins (by time, then id), so two
        -- computers agree whatever order their changes arrive in. 0: the rating was removed.
        CREATE TABLE ratings (
            on_show INTEGER NOT NULL,
            key TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
            at TEXT NOT NULL,
            uid TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (on_show, key)
        );
        -- An imported history item (JSON) whose show, episode or film is not in the library.
        CREATE TABLE pending_history (
            uid TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            item TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        """
    )


def _v6_broadcast_order_index(db: Database) -> None:
    """Episodes of a show in broadcast order straight from an index: Up Next reads the few
    episodes after the last one watched, instead of sorting each show's episodes."""
    db.execute(
        "CREATE INDEX articles_broadcast ON articles "
        "(show_key, kind, season IS NULL, season, position, title COLLATE NOCASE)"
    )


def _v7_episode_labels(db: Database) -> None:
    """An episode's number as written when it says more than the number ("13a"), for display,
    order (13 before 13a) and the check (13 and 13a are not duplicates); and numbers written
    as words ("Two") are numbers now."""
    from guide.core.article import leading_number, number_label

    db.execute("ALTER TABLE articles ADD COLUMN episode_label TEXT")
    rows = db.execute(
        """
        SELECT a.id, a.show_key, a.episode,
               (SELECT i.value FROM infobox i WHERE i.article_id = a.id
                AND i.norm_key IN ('episode', 'episodeno') ORDER BY i.ord LIMIT 1) AS written
        FROM articles a WHERE written IS NOT NULL
        """
    ).fetchall()
    changed_shows = set()
    updates = []
    for article_id, show_key, episode, written in rows:
        number = leading_number(written)
        updates.append((number, number_label(written), article_id))
        if number != episode:
            changed_shows.add(show_key or "")
    db.conn.executemany("UPDATE articles SET episode = ?, episode_label = ? WHERE id = ?", updates)
    db.conn.executemany(
        "INSERT OR IGNORE INTO pending_order (show_key) VALUES (?)",
        [(show,) for show in changed_shows],
    )


def _v8_trigram_search(db: Database) -> None:
    """Substring search for scripts written without spaces (Chinese, Japanese, Thai…): a
    trigram index beside the word index, holding only the articles written in them."""
    from guide.core.text import unsegmented

    db.execute("CREATE VIRTUAL TABLE search_trigram USING fts5 (title, body, tokenize = 'trigram')")
    rows = db.execute("SELECT rowid, title, body FROM search_index").fetchall()
    db.conn.executemany(
        "INSERT INTO search_trigram (rowid, title, body) VALUES (?, ?, ?)",
        [row for row in rows if unsegmented(row[1]) or unsegmented(row[2])],
    )


# In order: the schema package numbers them from where the steps before end.
STEPS: list[Callable[[Database], None]] = [
    _v1_initial,
    _v2_passes_show_notes_saved_searches,
    _v3_play_ids_unknown_dates_nfc_keys,
    _v4_identities_tombstones_revisions_journal,
    _v5_ratings_play_sources_pending_history,
    _v6_broadcast_order_index,
    _v7_episode_labels,
    _v8_trigram_search,
]
