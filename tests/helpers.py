"""Helpers for writing article files and making old libraries in tests."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).parent  # tests/: fixtures/ and golden/ beside this file
ROOT = TESTS.parent  # the checkout
FIXTURES = TESTS / "fixtures"
GUIDE_COMMAND = [sys.executable, "-m", "guide"]  # the real command, as installed


def article_text(
    title: str, fields: dict[str, str] | None = None, lead: str = "Lead text.", body: str = ""
) -> str:
    lines = [f"= {title} =", ""]
    if fields:
        lines.append("Infobox")
        lines += [f"- {k}: {v}" for k, v in fields.items()]
        lines.append("")
    lines += [lead, ""]
    if body:
        lines.append(body)
    return "\n".join(lines)


def episode(show: str, season: int | None, number: int | None, **more: str) -> dict[str, str]:
    fields = {"Series": show}
    if season is not None:
        fields["Season"] = str(season)
    if number is not None:
        fields["Episode"] = str(number)
    fields.update({k.replace("_", " "): v for k, v in more.items()})
    return fields


def rewind_to_v16(raw: sqlite3.Connection) -> None:
    """Take schema v17 out of a library: the three indexes that began with the show, and
    the import stamp."""
    for statement in (
        "DROP INDEX IF EXISTS articles_broadcast",
        "CREATE INDEX articles_show ON articles (show_key, place_season, position)",
        "CREATE INDEX articles_show_kind ON articles (show_key, kind, key)",
        "CREATE INDEX articles_broadcast ON articles "
        "(show_key, kind, place_season IS NULL, place_season, position, title COLLATE NOCASE)",
        "ALTER TABLE articles ADD COLUMN imported_at TEXT NOT NULL DEFAULT ''",
        "DELETE FROM _sqlite_migrations WHERE name = 'v17_smaller_articles'",
    ):
        raw.execute(statement)


def rewind_to_v15(raw: sqlite3.Connection) -> None:
    """Take schema v16 (and every later step) out of a library: the prose back as JSON
    (lead, sections), and each full-text index with its own copy of the text, as versions
    before 16 kept them."""
    import json

    rewind_to_v16(raw)

    from guide.core.library.fulltext import decode_body

    bodies = []
    for article_id, prose, shape in raw.execute("SELECT article_id, prose, shape FROM bodies"):
        lead, sections = decode_body(prose, shape)
        bodies.append(
            (
                article_id,
                json.dumps(list(lead), ensure_ascii=False),
                json.dumps([(s.level, s.heading, list(s.paragraphs)) for s in sections]),
            )
        )
    texts = raw.execute("SELECT id, title, fields, prose, note FROM search_text").fetchall()
    trigram = {row[0] for row in raw.execute("SELECT rowid FROM search_trigram")}
    for statement in (
        "DROP TABLE search_index",
        "DROP TABLE search_trigram",
        "DROP VIEW search_text",
        "DROP TABLE bodies",
        "CREATE TABLE bodies (article_id INTEGER PRIMARY KEY REFERENCES articles (id) "
        "ON DELETE CASCADE, lead TEXT NOT NULL, sections TEXT NOT NULL)",
        "CREATE VIRTUAL TABLE search_index USING fts5 "
        "(title, fields, prose, note, tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE VIRTUAL TABLE search_trigram USING fts5 (title, body, tokenize = 'trigram')",
    ):
        raw.execute(statement)
    raw.executemany("INSERT INTO bodies VALUES (?, ?, ?)", bodies)
    raw.executemany(
        "INSERT INTO search_index (rowid, title, fields, prose, note) VALUES (?, ?, ?, ?, ?)", texts
    )
    raw.executemany(
        "INSERT INTO search_trigram (rowid, title, body) VALUES (?, ?, ?)",
        [(i, title, f"{fields}\n{prose}") for i, title, fields, prose, _ in texts if i in trigram],
    )
    raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'v16_text_stored_once'")


def rewind_to_v10(raw: sqlite3.Connection) -> None:
    """Take schema v16 (see rewind_to_v15), v13 (the plays' pass index with their times),
    v12 (note heads) and v11 (show_counts and its triggers; the hash index back) out of a
    library, for tests that make a library as an earlier version left it."""
    if raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_text'").fetchone():
        rewind_to_v15(raw)
    raw.execute("DROP INDEX watch_events_pass")
    raw.execute("CREATE INDEX watch_events_pass ON watch_events (article_key, pass_uid)")
    raw.execute("DROP INDEX note_heads")
    raw.execute("ALTER TABLE note_revisions DROP COLUMN followed")
    for (name,) in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'show_counts_%'"
    ).fetchall():
        raw.execute(f"DROP TRIGGER {name}")
    raw.execute("DROP TABLE show_counts")
    raw.execute("CREATE INDEX articles_hash ON articles (content_hash)")
    raw.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('v11_show_counts', 'v12_note_heads', 'v13_plays_by_pass_with_time', "
        "'v14_search_fields_without_links', 'v15_show_statuses')"
    )


def as_v10_left_it(path: Path) -> None:
    """Make the library at ``path`` what version 10 of the schema left (see rewind_to_v10)."""
    raw = sqlite3.connect(path)
    rewind_to_v10(raw)
    raw.execute("PRAGMA user_version = 10")
    raw.commit()
    raw.close()


# -- real `guide` processes ------------------------------------------------------------------


def guide(
    *args: str, code: int | None = 0, timeout: float = 120, stdin: str | None = None
) -> subprocess.CompletedProcess:
    """Run the real `guide` command: it never prints a traceback, and (unless ``code`` is
    None) exits with ``code``. ``stdin``: text given on its standard input (else none)."""
    result = subprocess.run(
        [*GUIDE_COMMAND, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        errors="replace",
        **({"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}),
    )
    assert "Traceback" not in result.stderr, result.stderr
    if code is not None:
        assert result.returncode == code, result.stderr or result.stdout
    return result


def history_json(library: str) -> list[dict]:
    """`guide history --json`: every play, newest first."""
    import json

    return list(json.loads(guide("history", "--json", "--library", library).stdout))


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def content(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return [
            *conn.execute("SELECT key, title FROM articles ORDER BY key"),
            *conn.execute("SELECT uid, article_key, watched_at FROM watch_events ORDER BY uid"),
        ]
    finally:
        conn.close()


@contextlib.contextmanager
def small_disk(folder: Path, size: str, options: str = "") -> Iterator[Path]:
    """A file system of its own, of SIZE (a tmpfs, with mount OPTIONS), mounted on FOLDER
    for the test."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}{options}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Fill a file system to its last byte."""
    with contextlib.suppress(OSError), open(folder / "filler", "wb") as file:
        while True:
            file.write(b"\0" * 4096)
            file.flush()


def one_show_library(path: Path) -> Any:
    """A library of one show, "Show", of three episodes: E1, E2, E3 (keys e1, e2, e3)."""
    from guide.core.article import Article
    from guide.core.library import Library

    library = Library(path)
    library.write_articles(
        (Article(f"E{n}", tuple(episode("Show", 1, n).items()), ("Lead.",)), None, None)
        for n in (1, 2, 3)
    )
    library.refresh_order()
    return library
