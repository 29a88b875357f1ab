"""The search language: parsing (including malformed queries) and running it."""

from __future__ import annotations

import pytest

from guide.core import query
from guide.core.opening import add_samples
from guide.core.query import QueryError, parse
from guide.core.store import Library


def test_parse_every_part():
    q = parse(
        'fog "clear night" show:"The Lighthouse Keepers" season:1 '
        'director:"Sigrid Aas" watched has:note note:theory aired:2024 Episode_List:x'
    )
    assert q.words == ["fog"] and q.phrases == ["clear night"]
    assert q.shows == ["The Lighthouse Keepers"] and q.seasons == [1]
    assert [(f.key, f.value) for f in q.fields] == [
        ("director", "Sigrid Aas"),
        ("episodelist", "x"),
    ]
    assert q.watched is True and q.has_note and q.note_terms == ["theory"]
    assert q.aired == ["2024"]
    assert parse("-watched").watched is False


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
    assert "Harbour Lights (film)" not in found(samples, "-watched")  # only episodes
    assert found(samples, "has:note") == ["Midsummer"]
    assert found(samples, "note:theory") == ["Midsummer"]
    assert found(samples, "note:bonfire") == []  # in the prose, not the note


def test_results_say_which_part_matched(samples: Library):
    samples.notes.set("fog signal", "headphones next time")
    (hit,) = samples.search('director:"Sigrid" headphones season:1 "eleven blasts"')
    assert hit.title == "Fog Signal"
    assert hit.matched == ("note", "text", "season 1", "director: Sigrid Aas")
    titled = samples.search("show:keepers midsummer")[0]  # the title ranks first
    assert titled.title == "Midsummer"
    assert titled.matched == ("title", "show: The Lighthouse Keepers")


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
    from guide.core.importer import import_paths

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
