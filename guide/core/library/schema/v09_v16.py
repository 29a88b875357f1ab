"""Released schema steps 9 to 16 (never edited: a new step is appended to STEPS)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from guide.core.article import ordering

if TYPE_CHECKING:
    from sqlite_utils import Database


def _v9_search_fields_apart(db: Database) -> None:
    """The word index with the infobox values apart from the prose, so that a result shows
    what really matched: a field by its name, a passage of prose, a line of the note."""
    counts = dict(
        db.execute("SELECT article_id, COUNT(*) FROM infobox GROUP BY article_id").fetchall()
    )
    rows = db.execute("SELECT rowid, title, body, note FROM search_index").fetchall()
    db.execute("DROP TABLE search_index")
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5 "
        "(title, fields, prose, note, tokenize = 'unicode61 remove_diacritics 2')"
    )

    def apart(rowid: int, title: str, body: str, note: str) -> tuple[int, str, str, str, str]:
        fields = counts.get(rowid, 0)  # the body was the values, a line each, then the prose
        lines = body.split("\n", fields)
        prose = lines[fields] if len(lines) > fields else ""
        return rowid, title, "\n".join(lines[:fields]), prose, note

    db.conn.executemany(
        "INSERT INTO search_index (rowid, title, fields, prose, note) VALUES (?, ?, ?, ?, ?)",
        [apart(*row) for row in rows],
    )


def _v10_place_season(db: Database) -> None:
    """The season an episode is placed in: its own, or for an episode without one, the
    season its links reach (see ordering). Broadcast order and the navigator's seasons go
    by it; the shows with such episodes are placed again here."""
    db.execute("ALTER TABLE articles ADD COLUMN place_season INTEGER")
    db.execute("UPDATE articles SET place_season = season")
    shows = db.execute(
        "SELECT DISTINCT show_key FROM articles WHERE season IS NULL AND show_key IS NOT NULL "
        "AND (prev IS NOT NULL OR next IS NOT NULL)"
    ).fetchall()
    for (show_key,) in shows:
        rows = db.execute(
            "SELECT id, key, title, season, episode, prev, next, episode_label "
            "FROM articles WHERE show_key = ?",
            [show_key],
        ).fetchall()
        placed = ordering.placements([ordering.Entry(*row) for row in rows])
        db.conn.executemany(
            "UPDATE articles SET place_season = ?, position = ? WHERE id = ?",
            [(season, place, article_id) for article_id, (season, place) in placed.items()],
        )
    db.execute("DROP INDEX IF EXISTS articles_show")
    db.execute("DROP INDEX IF EXISTS articles_broadcast")
    db.execute("CREATE INDEX articles_show ON articles (show_key, place_season, position)")
    db.execute(
        "CREATE INDEX articles_broadcast ON articles "
        "(show_key, kind, place_season IS NULL, place_season, position, title COLLATE NOCASE)"
    )


def _v11_show_counts(db: Database) -> None:
    """Each show's episode, watched and rewatch figures kept in a table, so that the
    navigator, the status bar and `guide shows` read them instead of joining every play to
    its article (44 ms at 100,000 articles on every start and every refresh).

    Triggers forget a show's row whenever something its figures depend on changes (an
    episode comes, goes or moves, a play or a pass of the show is written or deleted), by any
    writer; a transaction of the library counts the forgotten shows again before it commits
    (lifecycle.count_shows), and a reader counts any it still finds missing. A step that rebuilds
    one of these tables must create its triggers again.

    The index on content hashes goes: nothing looks an article up by its hash (the importer
    reads them all at once), and inserting random hashes into it was a sixth of the writing
    of a first import."""
    db.execute("DROP INDEX IF EXISTS articles_hash")

    db.execute(
        """
        CREATE TABLE show_counts (
            show_key TEXT PRIMARY KEY,
            episodes INTEGER NOT NULL,
            watched INTEGER NOT NULL,  -- episodes watched in the current pass
            pass INTEGER NOT NULL  -- the current pass's number: 1, or 2, 3… for rewatches
        ) WITHOUT ROWID
        """
    )
    forget = "DELETE FROM show_counts WHERE show_key"
    of_play = "(SELECT show_key FROM articles WHERE key = {play}.article_key AND kind = 'episode')"
    triggers = {
        "episode_in": ("INSERT ON articles", "NEW.kind = 'episode'", f"{forget} = NEW.show_key"),
        "episode_out": ("DELETE ON articles", "OLD.kind = 'episode'", f"{forget} = OLD.show_key"),
        # An overview's kind goes back and forth on every refresh: only episodes count.
        "episode_moved": (
            "UPDATE OF key, kind, show_key ON articles",
            "(OLD.kind = 'episode' OR NEW.kind = 'episode') AND (OLD.kind IS NOT NEW.kind "
            "OR OLD.show_key IS NOT NEW.show_key OR OLD.key IS NOT NEW.key)",
            f"{forget} IN (OLD.show_key, NEW.show_key)",
        ),
        "play_in": ("INSERT ON watch_events", "", f"{forget} = {of_play.format(play='NEW')}"),
        "play_out": ("DELETE ON watch_events", "", f"{forget} = {of_play.format(play='OLD')}"),
        "play_moved": (
            "UPDATE OF article_key, pass_uid ON watch_events",
            "",
            f"{forget} IN ({of_play.format(play='OLD')}, {of_play.format(play='NEW')})",
        ),
        "pass_in": ("INSERT ON passes", "", f"{forget} = NEW.show_key"),
        "pass_out": ("DELETE ON passes", "", f"{forget} = OLD.show_key"),
        "pass_moved": ("UPDATE ON passes", "", f"{forget} IN (OLD.show_key, NEW.show_key)"),
        "show_in": ("INSERT ON shows", "", f"{forget} = NEW.key"),
        "show_out": ("DELETE ON shows", "", f"{forget} = OLD.key"),
    }
    for name, (event, when, action) in triggers.items():
        condition = f"WHEN {when}" if when else ""
        db.execute(
            f"CREATE TRIGGER show_counts_{name} AFTER {event} {condition} BEGIN {action}; END"
        )
    # The table starts empty: a reader counts a show it finds missing, and the store counts
    # every missing show once the migration is done (Library._prepare).


def _v12_note_heads(db: Database) -> None:
    """Each note revision says whether another revision of its note follows it, so that a
    note's heads (its text, or a conflict) are read by an index instead of by reading every
    revision it ever had: a note saved 1,500 times took 30 ms a save, on the GUI thread."""
    db.execute("ALTER TABLE note_revisions ADD COLUMN followed INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE note_revisions SET followed = 1 WHERE (on_show, key, uid) IN ("
        "SELECT c.on_show, c.key, j.value FROM note_revisions c, json_each(c.parents) j)"
    )
    db.execute("CREATE INDEX note_heads ON note_revisions (on_show, key) WHERE followed = 0")


def _v13_plays_by_pass_with_time(db: Database) -> None:
    """The index of plays by article and pass also holds each play's time, so that Up Next
    reads the plays of the current passes from the index alone, in article order: reading
    them from the table, in the order they were written, took 75 ms of the 100 ms that
    Continue Watching took to show with 25,000 plays over 500 shows."""
    db.execute("DROP INDEX IF EXISTS watch_events_pass")
    db.execute("CREATE INDEX watch_events_pass ON watch_events (article_key, pass_uid, watched_at)")


def _v14_search_fields_without_links(db: Database) -> None:
    """The full-text index's fields leave out the fields that name another article (Series,
    Prev, Next, Episode List, as normalised in 2026-12): a search for "fog" no longer finds
    the episodes before and after Fog Signal, with nothing of theirs to show for it."""
    db.execute(
        """
        UPDATE search_index SET fields = COALESCE((
            SELECT group_concat(value, char(10)) FROM (
                SELECT i.value FROM infobox i
                WHERE i.article_id = search_index.rowid
                  AND i.norm_key NOT IN ('series', 'prev', 'next', 'episodelist')
                ORDER BY i.ord)), '')
        """
    )


def _v15_show_statuses(db: Database) -> None:
    """A show's status (Watching, Paused, Dropped, Plan to Watch), the latest change of each
    show kept, as ratings are ("" clears it)."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS show_statuses (
            show_key TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            at TEXT NOT NULL,
            uid TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT ''
        )
        """
    )


_V16_STATEMENTS = """
        DROP TABLE bodies;
        ALTER TABLE bodies_v16 RENAME TO bodies;
        DROP TABLE search_index;
        DROP TABLE search_trigram;
        -- The text each article is found by: its titles, its infobox values but those that
        -- name another article or its source, its prose and its note.
        CREATE VIEW search_text AS
            SELECT a.id AS id,
                   CASE WHEN a.display_title = a.title THEN a.title
                        ELSE a.title || ' ' || a.display_title END AS title,
                   COALESCE((SELECT group_concat(v.value, char(10)) FROM (
                       SELECT i.value FROM infobox i WHERE i.article_id = a.id
                         AND i.norm_key NOT IN ('series', 'prev', 'next', 'episodelist',
                             'source', 'sourceurl', 'revision', 'license', 'licence')
                       ORDER BY i.ord) v), '') AS fields,
                   b.prose AS prose,
                   COALESCE(n.text, '') AS note
            FROM articles a JOIN bodies b ON b.article_id = a.id
            LEFT JOIN notes n ON n.article_key = a.key;
        CREATE VIRTUAL TABLE search_index USING fts5 (
            title, fields, prose, note, content = 'search_text', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO search_index (search_index) VALUES ('rebuild');
        CREATE VIRTUAL TABLE search_trigram USING fts5 (
            title, body, content = '', tokenize = 'trigram'
        );
"""


def _v16_text_stored_once(db: Database) -> None:
    """Each article's text stored once: the prose as one plain text with its shape beside it
    (the length of each paragraph and heading) instead of JSON, and the word index as an
    FTS5 external-content table over a view of the library's own text, where it kept a full
    copy of every text (a library was 3.5 times the size of its articles); the trigram index
    keeps no copy either (contentless). The file is compacted after this step (VACUUM)."""
    import json

    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    db.execute(
        """
        CREATE TABLE bodies_v16 (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            prose TEXT NOT NULL,  -- lead paragraphs, then each heading and its paragraphs
            shape TEXT NOT NULL  -- JSON: [[lead lengths], [[level, heading, [lengths]], ...]]
        )
        """
    )

    def body(lead_json: str, sections_json: str) -> tuple[str, str]:
        lead, sections = json.loads(lead_json), json.loads(sections_json)
        parts = list(lead)
        for _level, heading, paragraphs in sections:
            parts.append(heading)
            parts.extend(paragraphs)
        shape = (
            [len(p) for p in lead],
            [[level, len(heading), [len(p) for p in ps]] for level, heading, ps in sections],
        )
        return "\n".join(parts), encoder.encode(shape)

    rows = db.conn.execute("SELECT article_id, lead, sections FROM bodies")
    while batch := rows.fetchmany(2000):
        db.conn.executemany(
            "INSERT INTO bodies_v16 (article_id, prose, shape) VALUES (?, ?, ?)",
            [(article_id, *body(lead, sections)) for article_id, lead, sections in batch],
        )
    trigram = [row[0] for row in db.execute("SELECT rowid FROM search_trigram").fetchall()]
    # Statement by statement (executescript would commit the step's transaction first).
    for statement in _V16_STATEMENTS.split(";\n"):
        if statement.strip():
            db.execute(statement)
    for start in range(0, len(trigram), 500):
        chunk = trigram[start : start + 500]
        db.conn.execute(
            "INSERT INTO search_trigram (rowid, title, body) "
            "SELECT id, title, fields || char(10) || prose FROM search_text "
            f"WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )


# In order: the schema package numbers them from where the steps before end.
STEPS: list[Callable[[Database], None]] = [
    _v9_search_fields_apart,
    _v10_place_season,
    _v11_show_counts,
    _v12_note_heads,
    _v13_plays_by_pass_with_time,
    _v14_search_fields_without_links,
    _v15_show_statuses,
    _v16_text_stored_once,
]
