"""The text of each article stored once, and the full-text indexes over it.

An article's prose is kept as one plain text (``bodies.prose``: the lead's paragraphs, then
each section's heading and paragraphs, a line each) with its shape beside it (the length of
each piece), so that the reader gets its sections back and the word index reads the very
same text. The word index (``search_index``) is an FTS5 *external-content* table over the
view ``search_text`` (schema v16): it holds the index alone, and reads an article's text from
the library's own tables when a snippet is made. The trigram index (``search_trigram``, for
scripts written without spaces) is *contentless* and holds only the articles in those
scripts.

Neither index sees a change by itself: whatever changes an article's title, infobox, prose
or note calls :func:`unindex` before it, while the view still gives the text as indexed, and
:func:`index` after. ``guide check`` compares the word index with the text (FTS5's
integrity-check) and rebuilds it when they differ.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from guide.core.article import Article, Section

_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

# The view's columns, in the indexes' order.
_WORD_COLUMNS = "title, fields, prose, note"
_TRIGRAM_BODY = "fields || char(10) || prose"


def encode_body(article: Article) -> tuple[str, str]:
    """The article's prose as one text (Article.plain_text) and its shape: the length of each
    lead paragraph, and of each section's level, heading and paragraphs."""
    shape = (
        [len(p) for p in article.lead],
        [[s.level, len(s.heading), [len(p) for p in s.paragraphs]] for s in article.sections],
    )
    return article.plain_text(), _JSON.encode(shape)


def decode_body(prose: str, shape: str) -> tuple[tuple[str, ...], tuple[Section, ...]]:
    """The lead and the sections back from a body's text and shape."""
    lead_lengths, section_shapes = json.loads(shape)
    at = 0

    def take(length: int) -> str:
        nonlocal at
        piece = prose[at : at + length]
        at += length + 1  # and the line break after it
        return piece

    lead = tuple(take(n) for n in lead_lengths)
    sections = []
    for level, heading, paragraphs in section_shapes:
        title = take(heading)
        sections.append(Section(level, title, tuple(take(n) for n in paragraphs)))
    return lead, tuple(sections)


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))


def _chunks(ids: Iterable[int], size: int = 500) -> Iterable[list[int]]:
    chunk: list[int] = []
    for article_id in ids:
        chunk.append(article_id)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def unindex(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Take the articles out of both indexes, as their text reads now (before it changes)."""
    for chunk in _chunks(ids):
        conn.execute(
            f"INSERT INTO search_index (search_index, rowid, {_WORD_COLUMNS}) "
            f"SELECT 'delete', id, {_WORD_COLUMNS} FROM search_text "
            f"WHERE id IN ({_marks(chunk)})",
            chunk,
        )
        conn.execute(
            "INSERT INTO search_trigram (search_trigram, rowid, title, body) "
            f"SELECT 'delete', id, title, {_TRIGRAM_BODY} FROM search_text "
            f"WHERE id IN (SELECT rowid FROM search_trigram WHERE rowid IN ({_marks(chunk)}))",
            chunk,
        )


def index(conn: sqlite3.Connection, ids: Iterable[int], trigram: Iterable[int] = ()) -> None:
    """Index the articles as their text reads now; ``trigram``: those of them written in a
    script without spaces (text.unsegmented), which the trigram index holds too."""
    for chunk in _chunks(ids):
        conn.execute(
            f"INSERT INTO search_index (rowid, {_WORD_COLUMNS}) "
            f"SELECT id, {_WORD_COLUMNS} FROM search_text WHERE id IN ({_marks(chunk)})",
            chunk,
        )
    for chunk in _chunks(trigram):
        conn.execute(
            f"INSERT INTO search_trigram (rowid, title, body) SELECT id, title, {_TRIGRAM_BODY} "
            f"FROM search_text WHERE id IN ({_marks(chunk)})",
            chunk,
        )


def reindex(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """After a change that :func:`unindex` preceded: the articles indexed again, each in the
    trigram index when its text is in a script without spaces."""
    from guide.core.text import unsegmented

    written = []
    for chunk in _chunks(ids):
        rows = conn.execute(
            f"SELECT id, title, {_TRIGRAM_BODY} FROM search_text WHERE id IN ({_marks(chunk)})",
            chunk,
        )
        written += [i for i, title, body in rows if unsegmented(title) or unsegmented(body)]
    index(conn, ids, written)


def check(conn: sqlite3.Connection) -> str | None:
    """None when the word index holds exactly the library's text; else SQLite's words. The
    check is a write statement: a library that cannot be written now (read-only, busy)
    raises, since that says nothing of the index."""
    from guide.core.errors import error_kind

    try:
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as error:
        if error_kind(error) in ("read-only", "busy"):
            raise
        return str(error)
    return None


def rebuild(conn: sqlite3.Connection) -> None:
    """The word index made again from the text (FTS5's rebuild), and the trigram index from
    the articles in scripts without spaces."""
    from guide.core.text import unsegmented

    conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
    conn.execute("INSERT INTO search_trigram (search_trigram) VALUES ('delete-all')")
    written = [
        article_id
        for article_id, title, body in conn.execute(
            f"SELECT id, title, {_TRIGRAM_BODY} FROM search_text"
        )
        if unsegmented(title) or unsegmented(body)
    ]
    index(conn, (), written)
