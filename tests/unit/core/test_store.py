"""The library file: schema versions, safety on open, navigator order, personal data, search."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guide.core.article import Article, Kind, Section
from guide.core.errors import (
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryMissing,
    LibraryTooNew,
    QueryError,
    UnknownArticle,
)
from guide.core.importing.articles import import_paths
from guide.core.library import Library, schema
from tests.helpers import episode, rewind_to_v10


def art(title: str, fields: dict[str, str] | None = None, lead: str = "Lead.") -> Article:
    return Article(title, tuple((fields or {}).items()), (lead,), ())


def put(library: Library, *articles: Article) -> None:
    library.write_articles((a, None, None) for a in articles)
    library.refresh_order()


# -- opening -------------------------------------------------------------------------------


def test_new_library_has_latest_version_wal_and_foreign_keys(tmp_path: Path):
    with Library(tmp_path / "l.db") as library:
        assert library.created
        assert library.version == schema.LATEST_VERSION
        assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert library.db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        applied = library.db.execute("SELECT name FROM _sqlite_migrations").fetchall()
        assert sorted(row[0] for row in applied) == sorted(
            [
                "v1_initial",
                "v2_passes_show_notes_saved_searches",
                "v3_play_ids_unknown_dates_nfc_keys",
                "v4_identities_tombstones_revisions_journal",
                "v5_ratings_play_sources_pending_history",
                "v6_broadcast_order_index",
                "v7_episode_labels",
                "v8_trigram_search",
                "v9_search_fields_apart",
                "v10_place_season",
                "v11_show_counts",
                "v12_note_heads",
                "v13_plays_by_pass_with_time",
                "v14_search_fields_without_links",
                "v15_show_statuses",
                "v16_text_stored_once",
                "v17_smaller_articles",
            ]
        )
    with Library(tmp_path / "l.db") as again:
        assert not again.created


def test_a_write_waits_for_another_writer_and_says_so(tmp_path: Path):
    """Writers wait their turn: the lock is held elsewhere for a moment, the write waits
    (telling on_busy once) and then succeeds."""
    import threading

    path = tmp_path / "l.db"
    Library(path).close()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.8, lambda: other.execute("COMMIT")).start()
    told: list[str] = []
    with Library(path) as library:
        library.on_busy = told.append
        library.notes.set("pilot", "waited for my turn")
        assert library.notes.get("pilot") == "waited for my turn"
    assert len(told) == 1 and "busy" in told[0]
    other.close()


def test_a_write_that_cannot_get_the_lock_fails_clearly_and_changes_nothing(tmp_path: Path):
    path = tmp_path / "l.db"
    Library(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Library(path, max_wait=0.3) as library:
            with pytest.raises(LibraryBusy, match="busy: another program"):
                library.notes.set("pilot", "lost?")
            other.execute("ROLLBACK")
            assert library.notes.get("pilot") is None
    finally:
        other.close()


def test_too_new_library_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "new.db"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryTooNew, match="newer version"):
        Library(path)
    assert path.read_bytes() == before


def test_corrupt_file_is_refused_with_its_name(tmp_path: Path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="broken.db"):
        Library(path)
    assert path.read_bytes() == before


def test_other_sqlite_database_is_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE mine (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="not an Episode Guide library"):
        Library(path)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("mine",)]


def test_folder_or_missing_parent_is_refused(tmp_path: Path):
    with pytest.raises(LibraryError, match="folder"):
        Library(tmp_path)
    with pytest.raises(LibraryError, match="does not exist"):
        Library(tmp_path / "nope" / "l.db")


def test_a_version_1_library_migrates_forward_keeping_everything(tmp_path: Path):
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations().apply(db, stop_before="v2_passes_show_notes_saved_searches")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.execute("INSERT INTO watch_events (article_key, watched_at) VALUES ('pilot', '2020-01-01')")
    db.execute("INSERT INTO notes VALUES ('pilot', 'kept', '2020-01-01')")
    db.conn.commit()
    db.close()
    with Library(path) as library:
        assert library.version == schema.LATEST_VERSION
        assert [p.watched_at for p in library.plays.of("pilot")] == ["2020-01-01"]
        assert library.notes.get("pilot") == "kept"
        assert library.passes.current("x") is None


def test_an_empty_file_is_refused_as_damaged_and_left_untouched(tmp_path: Path):
    """Only a path where nothing is becomes a new library: a library truncated to 0 bytes
    is not taken for a new, empty one (whose daily backups would rotate the good ones
    away)."""
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()  # an empty file: version 0, no tables
    with pytest.raises(LibraryDamaged, match="holds no library"):
        Library(path)
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_a_new_library_is_made_whole_where_nothing_was(tmp_path: Path):
    path = tmp_path / "new.db"
    with Library(path) as library:
        assert library.created and library.version == schema.LATEST_VERSION
    with Library(path) as again:
        assert not again.created
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]  # nothing staged is left


def test_a_command_that_only_reads_creates_no_library(tmp_path: Path):
    path = tmp_path / "not-mounted" / "library.db"
    path.parent.mkdir()
    with pytest.raises(LibraryMissing, match="there is no library"):
        Library(path, create=False)
    assert not any(path.parent.iterdir())


# -- articles and order ------------------------------------------------------------------


def test_article_round_trips_through_the_store(library: Library):
    article = Article(
        "Fog Signal",
        (("Series", "Keepers"), ("Season", "1"), ("Episode", "2"), ("Director", "A: B")),
        ("Lead <b>one</b>.", "Lead two."),
        (Section(2, "Plot", ("p1", "p2")), Section(3, "Empty")),
    )
    put(library, article)
    record = library.find("fog  SIGNAL")
    assert record.article == article
    assert (record.kind, record.show, record.show_key) == (Kind.EPISODE, "Keepers", "keepers")


def test_unknown_title(library: Library):
    with pytest.raises(UnknownArticle, match="no article titled 'Nope'"):
        library.find("Nope")


def test_find_by_display_title(library: Library):
    put(library, art("Pilot (Keepers)", {"Rtitle": "Pilot"}))
    assert library.find("pilot").article.title == "Pilot (Keepers)"


def test_navigator_order(library: Library):
    show = "Keepers"
    put(
        library,
        art("S2 finale", episode(show, 2, 10)),
        art("Film", episode(show, None, 25)),
        art("Pilot", episode(show, 1, 1)),
        art("Second", episode(show, 1, 2)),
        art("Special", episode(show, 1, None, Prev="Pilot", Next="Second")),
        art("S2 opener", episode(show, 2, 1)),
        art("List of Keepers episodes"),
        art("Keepers"),
        art("Unrelated film"),
        art("Alpha", episode(show, 3, 1)),
        art("Beta", episode(show, 3, 1)),
    )
    rows = library.rows("keepers")
    assert [r.title for r in rows] == [
        "Keepers",
        "List of Keepers episodes",
        "Pilot",
        "Special",
        "Second",
        "S2 opener",
        "S2 finale",
        "Alpha",
        "Beta",
        "Film",
    ]
    assert [r.kind for r in rows[:2]] == [Kind.OVERVIEW, Kind.LIST]
    assert [r.title for r in library.rows(None)] == ["Unrelated film"]
    assert [(s.season, s.episodes) for s in library.seasons("keepers")] == [
        (1, 3),
        (2, 2),
        (3, 2),
        (None, 1),
    ]


def test_overview_attaches_when_its_show_arrives_later(library: Library):
    put(library, art("Keepers"))
    assert library.find("Keepers").kind == Kind.OTHER
    put(library, art("Pilot", episode("Keepers", 1, 1)))
    assert library.find("Keepers").kind == Kind.OVERVIEW
    assert [s.name for s in library.shows()] == ["Keepers"]


def test_show_disappears_when_its_last_episode_moves(library: Library):
    put(library, art("Pilot", episode("Old name", 1, 1)))
    put(library, art("Pilot", episode("New name", 1, 1)))
    assert [(s.name, s.episodes) for s in library.shows()] == [("New name", 1)]


def test_reimport_keeps_the_row_id(library: Library):
    put(library, art("Pilot", episode("S", 1, 1)))
    first = library.find("Pilot").id
    put(library, art("Pilot", episode("S", 1, 1), lead="Changed."))
    assert library.find("Pilot").id == first
    assert library.find("Pilot").article.lead == ("Changed.",)


# -- personal data -------------------------------------------------------------------------


def test_watch_unwatch_and_undo(library: Library):
    put(library, art("Pilot", episode("S", 1, 1)))
    library.plays.watch("pilot", datetime(2026, 11, 12, 20, 0, tzinfo=UTC))
    library.plays.watch("pilot", datetime(2026, 11, 14, 21, 30, tzinfo=UTC))
    record = library.find("Pilot")
    assert record.plays == ("2026-11-12T20:00:00+00:00", "2026-11-14T21:30:00+00:00")
    assert record.last_watched == "2026-11-14T21:30:00+00:00"
    assert library.shows()[0].watched == 1
    removed = library.plays.unwatch("pilot")
    assert len(removed) == 2 and not library.find("Pilot").watched
    library.plays.add(removed)  # a deleted play stays deleted: its id is a tombstone
    assert library.find("Pilot").plays == ()


def test_naive_time_is_local_and_stored_in_utc(library: Library):
    local = datetime(2026, 1, 2, 3, 4, 5)
    play = library.plays.watch("x", local)
    assert play.watched_at == local.astimezone(UTC).isoformat()


def test_personal_data_survives_reimport_and_rekeying(library: Library):
    put(library, art("Pilot", episode("S", 1, 1)))
    library.plays.watch("pilot")
    library.notes.set("pilot", "Great cold open.")
    put(library, art("PILOT", episode("Other show", 4, 7), lead="Rewritten."))
    record = library.find("Pilot")
    assert record.watched and record.note == "Great cold open."
    assert record.article.title == "PILOT"


def test_notes_set_replace_remove(library: Library):
    put(library, art("Pilot"))
    library.notes.set("pilot", "one")
    library.notes.set("pilot", "two")
    assert library.notes.get("pilot") == "two"
    library.notes.set("pilot", "   ")
    assert library.notes.get("pilot") is None


# -- search ---------------------------------------------------------------------------------


def test_search_titles_infobox_prose_and_notes(library: Library):
    put(
        library,
        art("Fog Signal", {"Director": "Sigrid Aas"}, lead="The foghorn sounds."),
        art("Midsummer", {"Director": "Per Lunde"}, lead="A bonfire on the island."),
    )
    assert [h.title for h in library.search("sigrid")] == ["Fog Signal"]
    assert [h.title for h in library.search("bonfire")] == ["Midsummer"]
    assert [h.title for h in library.search("midsum", as_you_type=True)] == ["Midsummer"]
    assert library.search("midsum") == []  # a finished query matches whole words
    assert "[bonfire]" in library.search("bonfire")[0].snippet
    library.notes.set("fog signal", "Watch with headphones")
    assert [h.title for h in library.search("headphones")] == ["Fog Signal"]
    library.notes.set("fog signal", "")
    assert library.search("headphones") == []


def test_search_follows_reimport(library: Library):
    put(library, art("Pilot", lead="Old words."))
    library.notes.set("pilot", "kept note")
    put(library, art("Pilot", lead="New words."))
    assert library.search("old") == []
    assert [h.title for h in library.search("new")] == ["Pilot"]
    assert [h.title for h in library.search("kept")] == ["Pilot"]


def test_title_ranks_above_prose(library: Library):
    put(library, art("Lantern", lead="Nothing."), art("Other", lead="A lantern here."))
    assert [h.title for h in library.search("lantern")] == ["Lantern", "Other"]


@pytest.mark.parametrize("text", ["AND", "OR NOT", "a:b", "(", "*", "- -", "NEAR(", "'", "^"])
def test_search_never_fails_on_odd_queries(library: Library, text: str):
    put(library, art("Pilot"))
    assert isinstance(library.search(text), list)


def test_malformed_search_is_an_error_with_a_reason(library: Library):
    with pytest.raises(QueryError, match="quote is not closed"):
        library.search('"unclosed')


def test_counts(library: Library, write):
    write("a.txt", "Pilot", episode("S", 1, 1))
    write("b.txt", "Film")
    import_paths(library, [write.folder])
    library.plays.watch("pilot")
    counts = library.counts()
    assert (counts.articles, counts.shows, counts.episodes, counts.watched) == (2, 1, 1, 1)


def test_a_long_infobox_reads_its_meanings_from_the_index_as_the_parser_does(library, write):
    from guide.core.importing.articles import import_paths

    fields = {f"Field {n}": str(n) for n in range(300)}
    fields |= {"Series": "Tides", "Season": "2", "Episode no": "7", "Rtitle": "Long"}
    write("long.txt", "Long One", fields)
    import_paths(library, [write.folder])
    stored = library.find("Long One").article
    parsed = Article("Long One", stored.infobox, stored.lead, stored.sections)
    assert stored._meanings == parsed._meanings
    assert (stored.season, stored.episode, stored.display_title) == (2, 7, "Long")


def test_neighbours_are_the_navigator_order_read_two_rows_at_a_time(library, write):
    from guide.core.importing.articles import import_paths
    from guide.core.opening import add_samples

    add_samples(library)
    write(
        "special.txt",
        "Storm Special",
        episode("The Lighthouse Keepers", 1, None, Prev="Fog Signal"),
    )
    write("loose.txt", "A Loose Film", {"Released": "2020"})
    import_paths(library, [write.folder])
    for show_key in [s.key for s in library.shows()] + [None]:
        rows = library.rows(show_key)
        episodes = [row.id for row in rows if row.kind == Kind.EPISODE]
        for row in rows:  # the episodes before and after it; an overview or a list is none
            before = [i for i in episodes if rows_place(rows, i) < rows_place(rows, row.id)]
            after = [i for i in episodes if rows_place(rows, i) > rows_place(rows, row.id)]
            expected = (before[-1] if before else None, after[0] if after else None)
            assert library.neighbours(row.id) == expected


def rows_place(rows: list, article_id: int) -> int:
    return next(place for place, row in enumerate(rows) if row.id == article_id)


def test_v7_reads_numbers_as_written_in_libraries_made_before(tmp_path: Path, write):
    """A library made before v7 learns 'Two' is 2 and keeps '13a' as written, in order."""
    from sqlite_utils import Database

    path = tmp_path / "v6.db"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations().apply(db, stop_before="v7_episode_labels")
    db.close()
    with Library(path) as library:  # v6 → v7 on open; then articles as a v6 app wrote them
        pass
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 6")
    rewind_to_v10(raw)
    raw.execute("ALTER TABLE articles DROP COLUMN episode_label")
    raw.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('v7_episode_labels', 'v8_trigram_search', 'v9_search_fields_apart', "
        "'v10_place_season')"
    )
    raw.execute("DROP INDEX articles_show")
    raw.execute("DROP INDEX articles_broadcast")
    raw.execute("ALTER TABLE articles DROP COLUMN place_season")
    raw.execute("DROP TABLE search_trigram")
    raw.execute("DROP TABLE search_index")  # as v1 made it
    raw.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5 "
        "(title, body, note, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for article_id, (title, written, number) in enumerate(
        [("Second", "Two", None), ("Thirteen", "13", 13), ("Thirteen Again", "13a", 13)], 1
    ):
        raw.execute(
            "INSERT INTO articles (id, key, title, display_title, own_kind, kind, show_key, "
            "own_show_key, own_show_name, season, episode, imported_at) "
            "VALUES (?, ?, ?, ?, 'episode', 'episode', 'tides', 'tides', 'Tides', 1, ?, '')",
            [article_id, title.casefold(), title, title, number],
        )
        raw.execute(
            "INSERT INTO infobox VALUES (?, 0, 'Episode', 'episode', ?)", [article_id, written]
        )
        raw.execute("INSERT INTO bodies VALUES (?, '[]', '[]')", [article_id])
    raw.execute("INSERT INTO shows VALUES ('tides', 'Tides')")
    raw.commit()
    raw.close()
    with Library(path) as library:
        assert library.version == schema.LATEST_VERSION
        rows = [(r.title, r.episode, r.episode_label) for r in library.rows("tides")]
        assert rows == [("Second", 2, "2"), ("Thirteen", 13, "13"), ("Thirteen Again", 13, "13a")]


def test_a_reader_connection_never_writes_while_an_import_is_unfinished(tmp_path: Path):
    """The window's search thread opens the library as a reader: an import still being
    ordered (pending_order) is left to its writer, and nothing waits for the write lock."""
    path = tmp_path / "l.db"
    with Library(path) as library:
        library.db.execute("INSERT INTO pending_order VALUES ('some show')")
    writer = sqlite3.connect(path)
    writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with Library(path, verify=False, reader=True, max_wait=0.1) as reading:
            assert reading.search("anything") == []
            assert reading._scalar("SELECT COUNT(*) FROM pending_order") == 1
    finally:
        writer.rollback()
        writer.close()


def test_a_first_import_places_numbered_episodes_where_they_were_written(library, write):
    """Episode n is written at position n - 1, where placing its show puts it when the
    season has no gaps: placing then rewrites only the episodes that moved."""
    for number in (1, 2, 3, 5):
        write(f"e{number}.txt", f"Tide {number}", episode("Tides", 1, number))
    placed: list[str] = []
    library.db.conn.set_trace_callback(
        lambda sql: placed.append(sql) if sql.startswith("UPDATE articles SET place") else None
    )
    import_paths(library, [write.folder])
    library.db.conn.set_trace_callback(None)
    assert len(placed) == 1  # Tide 5, the fourth: written at 4, placed at 3
    rows = library.rows("tides")
    assert [(row.title, row.place_season) for row in rows] == [
        ("Tide 1", 1),
        ("Tide 2", 1),
        ("Tide 3", 1),
        ("Tide 5", 1),
    ]
    positions = library.db.execute(
        "SELECT title, position FROM articles WHERE show_key = 'tides' ORDER BY position"
    ).fetchall()
    assert positions == [("Tide 1", 0), ("Tide 2", 1), ("Tide 3", 2), ("Tide 5", 3)]


def test_v17_keeps_one_index_per_show_order_and_no_import_stamp(library_path: Path):
    """A v16 library loses the two indexes that the broadcast order (now with the key)
    answers for, and the import stamp nothing read; what it holds and shows is the same."""
    import sqlite3

    from guide.core.library import schema
    from tests.helpers import rewind_to_v16

    with Library(library_path) as library:
        rows_before = [(r.key, r.title) for r in library.rows(all_shows=True)]
    raw = sqlite3.connect(library_path)
    rewind_to_v16(raw)
    raw.execute("PRAGMA user_version = 16")
    raw.commit()
    raw.close()
    with Library(library_path) as library:
        assert library.version == schema.LATEST_VERSION == 17
        indexes = {
            name
            for (name,) in library.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'"
            )
        }
        assert {"articles_show", "articles_show_kind"}.isdisjoint(indexes)
        columns = [row[1] for row in library.db.execute("PRAGMA table_info(articles)")]
        assert "imported_at" not in columns
        assert [(r.key, r.title) for r in library.rows(all_shows=True)] == rows_before
        assert library.search("fog")
