"""Snippets of long columns, made in Python (FTS5's snippet() is quadratic in the matches of
a column: a 4 MB article where the word searched is every fifth took 117 s, uninterruptible)."""

from __future__ import annotations

import sqlite3

import pytest

from guide.core.importing.articles import import_paths
from guide.core.library import Library, snippets
from guide.core.library.snippets import CLOSE, LONG, OPEN, snippet


def shown(text: str) -> str:
    return text.replace(OPEN, "[").replace(CLOSE, "]")


def test_a_match_deep_in_a_text_is_shown_with_the_words_about_it():
    words = [f"w{n}" for n in range(5000)]
    words[3000] = "Zebra"
    assert shown(snippet(" ".join(words), ["zebra"])) == (
        "…w2995 w2996 w2997 w2998 w2999 [Zebra] w3001 w3002 w3003 w3004 w3005 w3006…"
    )


def test_the_beginning_is_shown_when_nothing_in_the_text_matches():
    assert shown(snippet("One two, three.", ["zebra"])) == "One two, three."
    assert shown(snippet(" ".join(["w"] * 20), [])) == " ".join(["w"] * 12) + "…"


def test_words_match_as_the_word_index_matches_them():
    """Case and diacritics aside, whole words only (an unfinished last word as a prefix)."""
    text = "Café owners. The CAFE closed; cafeteria staff cafe_bar."
    assert shown(snippet(text, ["cafe"])) == (
        "[Café] owners. The [CAFE] closed; cafeteria staff [cafe]_bar."
    )
    assert shown(snippet(text, ["cafet"], prefix_last=True)) == (
        "Café owners. The CAFE closed; [cafeteria] staff cafe_bar."
    )
    assert shown(snippet(text, ["cafe bar"])).endswith("staff [cafe_bar].")
    assert shown(snippet("Ærøskøbing harbour", ["ærøskøbing"])) == "[Ærøskøbing] harbour"
    # unicode61's folding, not Python's compatibility one (a review compared every code
    # point): Cyrillic and Greek keep their marks, sigma is one letter however written.
    assert shown(snippet("мои и мой", ["мой"])) == "мои и [мой]"
    assert shown(snippet("ΤΗΣ θάλασσας", ["της"])) == "[ΤΗΣ] θάλασσας"
    assert shown(snippet("ά α", ["α"])) == "ά [α]"


def test_a_phrase_matches_its_words_in_a_row():
    text = "the fog came in. Fog-signal station; signal fog"
    expected = "the fog came in. [Fog-signal] station; signal fog"
    assert shown(snippet(text, ["fog signal"])) == expected


def test_the_window_holds_the_most_different_terms():
    words = ["w"] * 400
    words[50] = "harbour"
    words[300], words[303] = "harbour", "ferry"
    text = " ".join(words)
    assert shown(snippet(text, ["harbour", "ferry"])).count("[") == 2


def test_a_rare_term_after_many_of_another_is_in_the_window():
    """Review: only the first 50 matches of each term were scored, so "ferry", after a
    hundred "harbour", was left out of the snippet that FTS5 would show it in."""
    text = " ".join(["harbour w w w w w w w w w w w w"] * 100) + " harbour w ferry w"
    made = shown(snippet(text, ["harbour", "ferry"]))
    assert "[harbour] w [ferry]" in made


def test_a_phrase_longer_than_the_window_is_shown_from_its_beginning():
    """Review: no window held the whole phrase, and the text's beginning was shown."""
    words = [f"w{n}" for n in range(40)]
    text = "filler " * 100 + " ".join(words) + " tail"
    assert shown(snippet(text, [" ".join(words)])).startswith("…w0 w1 w2")


def test_a_column_over_the_limit_is_given_its_snippet_in_python(
    library: Library, write, monkeypatch
):
    made: list[int] = []
    original = snippets.snippet

    def recording(text: str, terms: list[str], *, prefix_last: bool = False) -> str:
        made.append(len(text))
        return original(text, terms, prefix_last=prefix_last)

    monkeypatch.setattr(snippets, "snippet", recording)
    many = " ".join(["lorem ipsum dolor sit amet."] * (LONG // 10))  # "lorem" 1,638 times
    write("long.txt", "Long One", lead=many)
    write("short.txt", "Short One", lead="lorem once, then other words.")
    import_paths(library, [write.folder])
    hits = {hit.title: hit for hit in library.search("lorem")}
    assert made == [len(many)]  # the long prose alone; FTS5 made the short one's
    assert hits["Long One"].snippet.startswith("[lorem] ipsum dolor sit amet. [lorem]")
    assert hits["Short One"].snippet == "[lorem] once, then other words."  # FTS5's


def test_a_long_note_is_searched_by_its_own_terms(library: Library, write):
    write("a.txt", "Noted", lead="Nothing to see.")
    import_paths(library, [write.folder])
    library.notes.set("noted", "filler " * LONG + "the ferry was late")
    (hit,) = library.search('note:"ferry"')
    assert hit.snippet == "note: …filler filler filler filler the [ferry] was late"


@pytest.mark.parametrize("column", ["fields", "prose"])
def test_long_columns_are_left_to_python_by_the_query(library: Library, write, column):
    """The ranking query asks FTS5 for no snippet of a column over LONG characters."""
    value = "zebra " * (LONG // 6 + 1)
    fields = {"Director": value} if column == "fields" else None
    write("z.txt", "Zebras", fields, lead=value if column == "prose" else "Lead.")
    import_paths(library, [write.folder])
    conn: sqlite3.Connection = library.db.conn
    length = conn.execute(f"SELECT length({column}) FROM search_text").fetchone()[0]
    assert length > LONG
    (hit,) = library.search("zebra")
    assert "[zebra]" in hit.snippet
