"""The text stored once (issue 27, schema v16): the prose kept as one text with its shape,
the word index reading it through a view, and both indexes kept exact by every writer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from guide.core import ops
from guide.core.article import Article, Section
from guide.core.importing.articles import import_paths
from guide.core.library import Library, schema
from guide.core.library.connection import PAGE_SIZE
from guide.core.library.fulltext import decode_body, encode_body
from guide.core.opening import add_samples
from tests.helpers import article_text, episode, rewind_to_v15

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(
    lead=st.lists(_TEXT, max_size=4),
    sections=st.lists(st.tuples(st.integers(2, 6), _TEXT, st.lists(_TEXT, max_size=3)), max_size=4),
)
def test_a_body_comes_back_as_it_was_written(lead, sections):
    """Paragraphs and headings of any text (line breaks, empty ones) come back whole."""
    article = Article(
        title="T",
        lead=tuple(lead),
        sections=tuple(Section(level, heading, tuple(ps)) for level, heading, ps in sections),
    )
    prose, shape = encode_body(article)
    assert prose == article.plain_text()  # the very text the word index reads
    assert decode_body(prose, shape) == (article.lead, article.sections)


def _hits(library: Library, query: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(hit.title, hit.snippet, hit.matched) for hit in library.search(query)]


def test_every_writer_keeps_the_indexes_exact(library: Library, write):
    """An import, a re-import that changes the text, a note written and cleared, a removal
    and its undo: after each, FTS5's integrity check finds the word index and the text alike,
    and a search finds what the text says now."""
    first = write("a.txt", "Fog Signal", {"Director": "Sigrid Aas"}, lead="A horn in the fog.")
    write("b.txt", "千と千尋の神隠し", {"Released": "2001"}, lead="湯屋で働く少女の物語。")
    import_paths(library, [first.parent])
    assert library.search_index_problem() is None
    assert [h[0] for h in _hits(library, "horn")] == ["Fog Signal"]
    assert [h[0] for h in _hits(library, "少女")] == ["千と千尋の神隠し"]

    write("a.txt", "Fog Signal", {"Director": "Ola Berg"}, lead="A bell in the mist.")
    import_paths(library, [first])
    assert library.search_index_problem() is None
    assert _hits(library, "horn") == [] and _hits(library, "sigrid") == []
    assert [h[0] for h in _hits(library, "bell")] == ["Fog Signal"]

    ops.apply(library, ops.SetNote("fog signal", "The lamp keeper's favourite."))
    assert library.search_index_problem() is None
    assert _hits(library, "favourite")[0][1] == "note: The lamp keeper's [favourite]."
    ops.apply(library, ops.SetNote("fog signal", ""))
    assert library.search_index_problem() is None
    assert _hits(library, "favourite") == []

    applied = ops.apply(library, ops.RemoveArticles(("fog signal", "千と千尋の神隠し"), "Remove"))
    assert library.search_index_problem() is None
    assert _hits(library, "bell") == [] and _hits(library, "少女") == []
    assert applied.inverse is not None
    ops.apply(library, applied.inverse)
    assert library.search_index_problem() is None
    assert [h[0] for h in _hits(library, "bell")] == ["Fog Signal"]
    assert [h[0] for h in _hits(library, "少女")] == ["千と千尋の神隠し"]


def test_guide_check_finds_an_index_that_differs_and_repairs_it(library_path: Path):
    from guide.core.views.check import check

    with Library(library_path) as library:
        library.db.execute(  # a hand-made change behind the library's back
            "UPDATE bodies SET prose = 'nothing else' WHERE article_id = "
            "(SELECT id FROM articles WHERE key = 'fog signal')"
        )
        assert [f.kind for f in check(library) if f.kind == "search-index"] == ["search-index"]
        assert [f.kind for f in check(library, repair=True)].count("repaired") == 1
        assert library.search_index_problem() is None
        assert [hit.title for hit in library.search("nothing else")] == ["Fog Signal"]


def test_a_library_that_cannot_be_written_is_not_called_damaged(library_path: Path):
    """A scripter's walk: `guide check` on a read-only library said the search index
    differed from the text ("attempt to write a readonly database"): FTS5's check is a write
    statement. The index is said not checked, which is no problem found."""
    from guide.core.errors import error_kind
    from guide.core.library import fulltext
    from guide.core.views.check import INFORMATION, check

    reading = sqlite3.connect(f"file:{library_path}?mode=ro", uri=True)
    try:
        fulltext.check(reading)
    except sqlite3.DatabaseError as error:
        assert error_kind(error) == "read-only"
    else:
        raise AssertionError("a read-only check answered for the index")
    finally:
        reading.close()
    with Library(library_path) as library:
        library.db.conn.execute("PRAGMA query_only = ON")  # as a file it cannot write
        try:
            findings = [f for f in check(library) if f.kind not in ("not-in-library",)]
        finally:
            library.db.conn.execute("PRAGMA query_only = OFF")
    assert [(f.kind, f.message) for f in findings if f.kind not in INFORMATION] == []
    assert "not-checked" in {f.kind for f in findings}


QUERIES = (
    "fog",
    "sigrid",
    "keeper",
    "harald",
    "lighthouse",
    '"fog signal"',
    "light*",
    "heart",
    "episode",
)


def test_a_library_of_version_15_is_made_smaller_in_place_and_searches_alike(tmp_path: Path, write):
    """The samples and 300 articles of a few KiB as version 15 kept them (the prose as JSON,
    a full copy of the text in the word index, pages of 4 KiB): opened, the file is smaller,
    in pages of PAGE_SIZE, its articles read as before, and every search gives the same hits,
    ranks and snippets."""
    import random

    rng = random.Random(3)
    words = [
        "".join(rng.choices("abcdefghiklmnoprstuvw", k=rng.randint(2, 9))) for _ in range(3000)
    ]
    for n in range(300):
        paragraphs = [" ".join(rng.choices(words, k=70)) for _ in range(5)]
        write(
            f"x{n}.txt",
            f"Episode {n}",
            {"Series": "Long Show", "Episode": str(n + 1)},
            lead=paragraphs[0],
            body="==Plot==\n{1}\n\n{2}\n\n==Reception==\n{3}\n\n{4}\n".format(*paragraphs),
        )
    path = tmp_path / "v15.db"
    with Library(path) as library:
        add_samples(library)
        import_paths(library, [tmp_path / "articles"])
        before = {query: _hits(library, query) for query in QUERIES}
        ids = [row[0] for row in library.db.execute("SELECT id FROM articles ORDER BY id")]
        articles = [library.record(article_id).article for article_id in ids]
    raw = sqlite3.connect(path)
    rewind_to_v15(raw)
    raw.execute("PRAGMA user_version = 15")
    raw.commit()
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("PRAGMA page_size = 4096")
    raw.execute("VACUUM")  # as a version-15 library was: pages of 4 KiB, in WAL
    raw.execute("PRAGMA journal_mode = WAL")
    raw.close()
    old_size = path.stat().st_size
    with Library(path) as library:
        assert library.version == schema.LATEST_VERSION
        assert library.db.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
        assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.search_index_problem() is None
        assert [library.record(i).article for i in ids] == articles
        assert {query: _hits(library, query) for query in QUERIES} == before
        tables = {row[0] for row in library.db.execute("SELECT name FROM sqlite_master")}
        assert "search_index_content" not in tables and "search_trigram_content" not in tables
    assert path.stat().st_size < old_size


def test_an_import_gives_its_free_pages_back_to_the_disk(tmp_path: Path):
    """FTS5 merging its segments frees pages as an import writes; a new library keeps
    auto_vacuum incremental and gives them back when the import ends, so the file is the
    size of what it holds."""
    import random

    from guide.core.importing.articles import import_paths

    rng = random.Random(1)
    words = [f"w{n}" for n in range(3000)]
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(1200):
        lead = " ".join(rng.choices(words, k=300))
        fields = episode("Show", 1 + n // 100, n % 100 + 1)
        (folder / f"{n}.txt").write_text(article_text(f"T{n}", fields, lead=lead))
    with Library(tmp_path / "library.db") as library:
        conn = library.db.conn
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
        report = import_paths(library, [folder])
        assert len(report.added) == 1200
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
