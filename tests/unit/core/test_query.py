"""The search language: parsing (including malformed queries) and running it."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.core import query
from guide.core.errors import QueryError
from guide.core.library import Library
from guide.core.opening import add_samples
from guide.core.query import parse
from guide.core.ranges import Range
from tests.helpers import rewind_to_v10, rewind_to_v15


def test_parse_every_part():
    q = parse(
        'fog "clear night" show:"The Lighthouse Keepers" season:1 '
        'director:"Sigrid Aas" watched has:note note:theory aired:2024 Episode_List:x '
        "-has:rating rating:>=8 watched:2025-06"
    )
    assert q.words == ["fog"] and q.phrases == ["clear night"]
    assert [(t.filter, t.value) for t in q.terms] == [
        (query.SHOW, "the lighthouse keepers"),
        (query.SEASON, 1),
        (query.INFOBOX, query.InfoboxValue("director", "director", "Sigrid Aas")),
        (query.SEEN, True),
        (query.HAS_ONE, "note"),
        (query.NOTE, "theory"),
        (query.AIRED, "2024"),
        (query.INFOBOX, query.InfoboxValue("episodelist", "Episode_List", "x")),
        (query.HAS_NONE, "rating"),
        (query.RATING, Range(8, None)),
        (query.WATCHED, Range("2025-06-01", "2025-07-01")),
    ]
    assert q.note_terms == ["theory"]
    assert parse("-watched").values(query.SEEN) == [False]


def test_every_filter_is_written_in_the_readme_and_the_help():
    """The table is the one place a filter is described: the README's table of filters,
    the window's help and `guide search --help` say what it says."""
    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    shown = query.help_text()
    for kind in query.FILTERS:
        assert f"| {kind.examples} | {kind.keeps} |" in readme, kind.name
        assert kind.keeps in shown and kind.examples.replace("`", "") in shown


def test_prefix_only_while_typing_the_last_word():
    assert parse("midsum").prefix_last_word
    assert not parse("midsum ").prefix_last_word
    assert query.fts_expression(parse("fog sig")) == '"fog" "sig"*'


@pytest.mark.parametrize(
    "text, message",
    [
        ('"unclosed phrase', "quote is not closed"),
        ("director:", "needs a value"),
        ('director:""', "needs a value"),
        ("season:two", "a season is a number"),
        ("has:popcorn", "only has:note and has:rating"),
        ("rating:11", "a rating is a whole number"),
        ("rating:>=good", "a rating is a whole number"),
        ("aired:>=soon", "write a year, a month or a day"),
        ("watched:2025-13", "is not a date"),
        (":value", "no name before the colon"),
        ("-note:theory", "only has: takes a minus"),
        ("-rating:5", "only has: takes a minus"),
    ],
)
def test_malformed_queries_say_why(text: str, message: str):
    with pytest.raises(QueryError, match=message):
        parse(text)


@pytest.fixture
def samples(library: Library) -> Library:
    add_samples(library)
    return library


def found(library: Library, text: str) -> list[str]:
    return [hit.title for hit in library.search(text)]


def test_every_filter_is_read_and_run(samples: Library):
    """Each row of the table parses as written in the help, compiles to SQL the library
    runs, finds what it should and says how: no filter is left out of the compiler or the
    explanation. A filter added to the table without a case here fails."""
    from guide.core import ops
    from guide.core.times import parse_moment

    ops.apply(samples, ops.SetRating("fog signal", 8))
    ops.apply(samples, ops.SetNote("fog signal", "a theory about the horn"))
    ops.apply(samples, ops.Watch(("fog signal",), "watch", parse_moment("2025-08-01T20:00")))
    for kind in query.FILTERS:
        for example in kind.examples.split("`")[1::2]:
            assert [term.filter for term in parse(example).terms] == [kind], example
            samples.search(example)  # runs
    cases = {
        query.SHOW: ("show:lighthouse", "show: The Lighthouse Keepers"),
        query.SEASON: ("season:1", "season 1"),
        query.INFOBOX: ("director:sigrid", "director: Sigrid Aas"),
        query.SEEN: ("watched", "watched"),
        query.NOTE: ("note:theory", "note"),
        query.HAS_ONE: ("has:rating", "has a rating"),
        query.HAS_NONE: ("-has:note", "no note"),
        query.AIRED: ("aired:>=2024", "aired:>=2024"),
        query.RATING: ("rating:>=8", "rating:>=8"),
        query.WATCHED: ("watched:2025-08", "watched:2025-08"),
    }
    assert set(cases) == set(query.FILTERS)
    for text, said in cases.values():
        hits = samples.search(text)
        assert hits and all(said in hit.matched for hit in hits), text
    assert [hit.title for hit in samples.search("rating:>=8 watched note:theory")] == ["Fog Signal"]


def test_filters_combine_with_and(samples: Library):
    assert found(samples, 'director:"Sigrid Aas"') == [
        "The Keeper's Log",
        "Fog Signal",
        "Midsummer",
        "Last Light",
    ]
    assert found(samples, "director:sigrid season:2") == ["Midsummer", "Last Light"]
    assert found(samples, "show:heartstopper") == ["Heartstopper Forever"]
    assert found(samples, "aired:2025 writer:holt") == ["Between the Tides", "Last Light"]
    assert found(samples, "foghorn director:per") == []


def test_watched_note_filters(samples: Library):
    samples.plays.watch("fog signal")
    samples.notes.set("midsummer", "My theory: the child is the keeper")
    assert found(samples, "watched") == ["Fog Signal"]
    assert "Fog Signal" not in found(samples, "-watched")
    assert "Harbour Lights (film)" in found(samples, "-watched")  # films are watched too
    assert "The Lighthouse Keepers" not in found(samples, "-watched")  # an overview is not
    assert found(samples, "has:note") == ["Midsummer"]
    assert found(samples, "note:theory") == ["Midsummer"]
    assert found(samples, "note:bonfire") == []  # in the prose, not the note


def test_results_say_which_part_matched(samples: Library):
    samples.notes.set("fog signal", "headphones next time")
    (hit,) = samples.search('director:"Sigrid" headphones season:1 "eleven blasts"')
    assert hit.title == "Fog Signal"
    assert hit.matched == ("text", "note", "director: Sigrid Aas", "season 1")  # as written
    titled = samples.search("show:keepers midsummer")[0]  # the title ranks first
    assert titled.title == "Midsummer"
    assert titled.matched == ("title", "text", "show: The Lighthouse Keepers")


def test_snippets_show_what_really_matched(samples: Library):
    """A field by its name (not a run of other fields' values), a passage of the prose, a
    line of the note: each snippet is where the words were found."""
    by_field = samples.search("sigrid")
    assert by_field and all(hit.snippet == "Director: [Sigrid] Aas" for hit in by_field)
    assert all(hit.matched == ("director",) for hit in by_field)
    (in_prose,) = samples.search('"eleven blasts"')
    assert "[eleven blasts]" in in_prose.snippet and in_prose.matched == ("text",)
    samples.notes.set("fog signal", "remember the lantern colours")
    (in_note,) = samples.search("lantern colours")
    assert in_note.snippet == "note: remember the [lantern] [colours]"
    assert in_note.matched == ("note",)


def test_v9_keeps_fields_and_prose_apart_in_a_library_made_before(tmp_path: Path):
    import sqlite3

    from guide.core.library import schema

    path = tmp_path / "v8.db"
    with Library(path) as library:
        add_samples(library)
    raw = sqlite3.connect(path)  # the index as v8 left it: every value, then the prose
    rewind_to_v15(raw)
    rows = raw.execute(
        "SELECT rowid, title, (SELECT group_concat(value, char(10)) FROM (SELECT value "
        "FROM infobox WHERE article_id = search_index.rowid ORDER BY ord)) "
        "|| char(10) || prose, note FROM search_index"
    ).fetchall()
    raw.execute("DROP TABLE search_index")
    raw.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5 "
        "(title, body, note, tokenize = 'unicode61 remove_diacritics 2')"
    )
    raw.executemany("INSERT INTO search_index (rowid, title, body, note) VALUES (?, ?, ?, ?)", rows)
    raw.execute(
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('v9_search_fields_apart', 'v10_place_season')"
    )
    raw.execute("DROP INDEX articles_show")
    raw.execute("DROP INDEX articles_broadcast")
    raw.execute("ALTER TABLE articles DROP COLUMN place_season")
    rewind_to_v10(raw)
    raw.execute("PRAGMA user_version = 8")
    raw.commit()
    raw.close()
    with Library(path) as library:
        assert library.version == schema.LATEST_VERSION
        assert library.search("sigrid")[0].snippet == "Director: [Sigrid] Aas"
        (hit,) = library.search('"eleven blasts"')
        assert hit.title == "Fog Signal" and "[eleven blasts]" in hit.snippet


def test_quoted_phrase_is_a_phrase(samples: Library):
    assert found(samples, '"clear night"') == ["Fog Signal"]
    assert found(samples, '"night clear"') == []


def test_comparisons_on_ratings_airdates_and_play_dates(samples: Library):
    from guide.core import ops
    from guide.core.times import parse_moment

    ops.apply(samples, ops.SetRating("fog signal", 9))
    ops.apply(samples, ops.SetRating("midsummer", 4))
    ops.apply(samples, ops.SetRating("the lighthouse keepers", 8, on_show=True))
    at = parse_moment("2025-06-20T20:00")
    ops.apply(samples, ops.Watch(("last light",), "watch", at))
    assert found(samples, "rating:>=8 season:1") == ["Fog Signal"]
    assert found(samples, "rating:<5") == ["Midsummer"]
    assert found(samples, "rating:9") == ["Fog Signal"]
    assert "Midsummer" not in found(samples, "-has:rating")
    assert "Last Light" in found(samples, "-has:rating")
    assert found(samples, "aired:>=2025-06-07 season:2") == ["Between the Tides", "Last Light"]
    assert found(samples, "aired:<2024-01-11") == ["The Keeper's Log", "Harbour Lights (film)"]
    assert found(samples, "watched:>2025-05") == ["Last Light"]
    assert found(samples, "watched:<=2025-06") == ["Last Light"]
    assert found(samples, "watched:<2025-06") == []


def test_unsegmented_scripts_are_found_inside_longer_words(library: Library, write):
    """Chinese and Japanese are written without spaces: '千と千尋' is found inside the title
    '千と千尋の神隠し', and two characters too; Latin words still match whole words."""
    from guide.core.importing.articles import import_paths

    write("a.txt", "千と千尋の神隠し", {"Released": "2001"}, lead="湯屋で働く少女の物語。")
    write("b.txt", "Spirited Away", {"Released": "2001"}, lead="A girl works at a bathhouse.")
    import_paths(library, [write.folder])
    assert found(library, "千と千尋") == ["千と千尋の神隠し"]
    assert found(library, "少女") == ["千と千尋の神隠し"]  # two characters: still found
    assert found(library, "神隠し bathhouse") == []  # every part must match
    assert found(library, "bathhouse") == ["Spirited Away"]
    assert found(library, "千と千尋 released:2001") == ["千と千尋の神隠し"]
    from guide.core import ops

    ops.apply(library, ops.RemoveArticles(("千と千尋の神隠し",), "remove"))
    assert found(library, "千と千尋") == []


def test_a_search_finds_no_article_by_its_links_in_a_library_made_before_v14(tmp_path: Path):
    """Issue 24, item 14: "fog" found the episodes before and after Fog Signal, by the
    titles in their Prev and Next, and said "matched: prev, next". A library indexed so
    before is indexed again."""
    import sqlite3

    from guide.core.library import schema

    path = tmp_path / "old.db"
    with Library(path) as library:
        add_samples(library)
    raw = sqlite3.connect(path)
    rewind_to_v15(raw)
    raw.execute(  # the fields as versions before 14 indexed them: every value, links too
        "UPDATE search_index SET fields = (SELECT group_concat(value, char(10)) FROM "
        "(SELECT value FROM infobox WHERE article_id = search_index.rowid ORDER BY ord))"
    )
    raw.execute(  # as version 13 left it: the later steps not taken
        "DELETE FROM _sqlite_migrations WHERE name IN "
        "('v14_search_fields_without_links', 'v15_show_statuses')"
    )
    raw.execute("PRAGMA user_version = 13")
    raw.commit()
    assert "The Keeper's Log" in [
        row[0]
        for row in raw.execute(
            "SELECT a.title FROM search_index JOIN articles a ON a.id = search_index.rowid "
            "WHERE search_index MATCH 'fields:fog'"
        )
    ]
    raw.close()
    with Library(path) as library:
        assert library.version == schema.LATEST_VERSION
        hits = {hit.title: hit for hit in library.search("fog")}
        assert "The Keeper's Log" not in hits and "The Ship That Wasn't" not in hits
        assert all("prev" not in hit.matched and "next" not in hit.matched for hit in hits.values())
        assert library.search("sigrid")[0].snippet == "Director: [Sigrid] Aas"  # other fields


def test_a_snippet_keeps_a_heading_apart_from_its_text(samples: Library):
    hit = next(hit for hit in samples.search("harald") if hit.title == "Fog Signal")
    assert "Plot · [Harald] Vik tells" in hit.snippet  # not "Plot [Harald]"
