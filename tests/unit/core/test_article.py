"""The parser, rule by rule, against ARTICLE_FORMAT.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guide.core.article import (
    MAX_FILE_SIZE,
    Article,
    Kind,
    RejectReason,
    Section,
    fold_title,
    leading_number,
    normalise_key,
)
from guide.core.article.parsing import parse

SHARED_SAMPLE = Path(__file__).parents[3] / "resources" / "samples" / "heartstopper-forever.txt"


def ok(text: str | bytes) -> tuple[Article, list[str]]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    result = parse(data)
    assert result.article is not None, result.rejection
    return result.article, result.warnings


def rejected(data: bytes) -> RejectReason:
    result = parse(data)
    assert result.article is None
    assert result.rejection is not None
    return result.rejection.reason


# -- bytes and lines -----------------------------------------------------------------------


def test_utf8_with_and_without_bom_read_the_same():
    plain, _ = ok("= Café =\n\nCrème brûlée.")
    with_bom, warnings = ok(b"\xef\xbb\xbf" + "= Café =\n\nCrème brûlée.".encode())
    assert plain == with_bom
    assert plain.title == "Café"
    assert warnings == []


def test_invalid_utf8_is_read_as_windows_1252_with_a_warning():
    article, warnings = ok(b"= Caf\xe9 =\n\nQuote \x93here\x94.")
    assert article.title == "Café"
    assert article.lead == ("Quote \u201chere\u201d.",)
    assert len(warnings) == 1 and "Windows-1252" in warnings[0]


def test_bytes_undefined_in_windows_1252_still_decode():
    article, warnings = ok(b"= A\x81B =\n")
    assert article.title == "A\x81B"
    assert warnings


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(newline: str):
    text = newline.join(["= T =", "Infobox", "- Series: S", "", "one", "two", "", "==H==", "p"])
    article, _ = ok(text)
    assert article.infobox == (("Series", "S"),)
    assert article.lead == ("one two",)
    assert article.sections == (Section(2, "H", ("p",)),)


def test_trailing_white_space_ignored_and_last_line_without_newline():
    article, _ = ok("= T =   \nInfobox \t\n- Key: value   \n\nlast line  ")
    assert article.infobox == (("Key", "value"),)
    assert article.lead == ("last line",)


def test_only_lf_cr_crlf_break_lines():
    article, _ = ok("= T =\n\na\u2028b\x0cc")
    assert article.lead == ("a\u2028b\x0cc",)


def test_nul_byte_is_binary():
    assert rejected(b"= T =\n\x00") == RejectReason.BINARY


def test_over_5_mib_is_too_large_and_5_mib_is_not():
    head = b"= T =\n\n"
    assert rejected(head + b"x" * (MAX_FILE_SIZE - len(head) + 1)) == RejectReason.TOO_LARGE
    ok(head + b"x" * (MAX_FILE_SIZE - len(head)))


@pytest.mark.parametrize("data", [b"", b"\n\n", b"   \r\n\t\n", b"\xef\xbb\xbf"])
def test_no_non_blank_line_is_empty(data: bytes):
    assert rejected(data) == RejectReason.EMPTY


# -- title -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, title",
    [
        ("= Heartstopper Forever =", "Heartstopper Forever"),
        ("=Title=", "Title"),
        ("=   Lots   of\t space  =", "Lots of space"),
        ("  = Indented =", "Indented"),
        ("= a = b =", "a = b"),
    ],
)
def test_title_line(line: str, title: str):
    article, _ = ok(f"\n\n{line}\n\nText.")
    assert article.title == title


@pytest.mark.parametrize(
    "first_line",
    ["Title", "== Heading ==", "= =", "==", "= Unequal ==", "=", "Infobox"],
)
def test_missing_or_empty_title_is_rejected(first_line: str):
    assert rejected(f"{first_line}\n= Later title =\n".encode()) == RejectReason.NO_TITLE


def test_rejection_says_which_line():
    result = parse(b"\n\nHello there\n")
    assert "line 3" in str(result.rejection)


# -- infobox -------------------------------------------------------------------------------


def test_infobox_is_optional():
    article, _ = ok("= T =\n\nJust prose.")
    assert article.infobox == ()
    assert article.lead == ("Just prose.",)


@pytest.mark.parametrize("marker", ["Infobox", "INFOBOX", "  infobox  ", "InfoBox"])
def test_infobox_marker_any_case(marker: str):
    article, _ = ok(f"= T =\n{marker}\n- A: 1\n")
    assert article.infobox == (("A", "1"),)


@pytest.mark.parametrize("ending", ["\n\n- B: 2", "\nProse - B: 2", "\n==H==\n- B: 2"])
def test_infobox_ends_at_first_line_that_is_not_a_field(ending: str):
    article, _ = ok(f"= T =\nInfobox\n- A: 1{ending}")
    assert article.infobox == (("A", "1"),)
    assert "- B: 2" in (article.lead + tuple(p for s in article.sections for p in s.paragraphs))[0]


def test_infobox_after_prose_is_prose():
    article, _ = ok("= T =\n\nProse first.\n\nInfobox\n- A: 1")
    assert article.infobox == ()
    assert article.lead == ("Prose first.", "Infobox - A: 1")


def test_value_keeps_colons_and_empty_values():
    article, _ = ok("= T =\nInfobox\n- Airdate: 22 April 2022: worldwide\n- Empty:\n- Blank:   ")
    assert article.infobox == (
        ("Airdate", "22 April 2022: worldwide"),
        ("Empty", ""),
        ("Blank", ""),
    )


def test_field_line_without_colon_is_skipped_with_warning():
    article, warnings = ok("= T =\nInfobox\n- A: 1\n- no colon here\n- B: 2")
    assert article.infobox == (("A", "1"), ("B", "2"))
    assert any("line 4" in w and "colon" in w for w in warnings)


def test_fields_keep_order_spelling_and_duplicates_first_counts():
    article, _ = ok("= T =\nInfobox\n- episode_no: 7\n- Series: S\n- Episode: 9\n- SERIES: Z")
    assert article.infobox == (
        ("episode_no", "7"),
        ("Series", "S"),
        ("Episode", "9"),
        ("SERIES", "Z"),
    )
    assert article.episode == 7
    assert article.series == "S"


@pytest.mark.parametrize(
    "key", ["Episode List", "episode_list", "EpisodeList", "episode-list", " EPISODE  LIST "]
)
def test_keys_match_without_case_spaces_hyphens_underscores(key: str):
    assert normalise_key(key) == "episodelist"
    article, _ = ok(f"= T =\nInfobox\n- {key}: List of S episodes")
    assert article.episode_list == "List of S episodes"


# -- meanings --------------------------------------------------------------------------------


def fields(**values: str) -> Article:
    body = "\n".join(f"- {k.replace('_', ' ')}: {v}" for k, v in values.items())
    return ok(f"= Some Title =\nInfobox\n{body}\n")[0]


@pytest.mark.parametrize("key", ["Season", "Series no", "Season no", "season_no"])
def test_season_aliases(key: str):
    assert fields(**{key.replace(" ", "_"): "3"}).season == 3


@pytest.mark.parametrize("key", ["Episode", "Episode no"])
def test_episode_aliases(key: str):
    assert fields(**{key.replace(" ", "_"): "12"}).episode == 12


@pytest.mark.parametrize("key", ["Airdate", "Released", "First aired"])
def test_airdate_aliases(key: str):
    assert fields(**{key.replace(" ", "_"): "22 April 2022"}).airdate == "22 April 2022"


@pytest.mark.parametrize(
    "value, number",
    [
        ("25", 25),
        ("5a", 5),
        ("1 and 2", 1),
        ("Two", 2),
        ("twelve (special)", 12),
        ("Pilot", None),
        ("", None),
        (" 07 ", 7),
        ("-3", None),
        ("1234567890", None),
        ("123456789", 123456789),
        ("0012", 12),
        ("\u0663", None),  # an Arabic-Indic digit is not a number the format knows
        ("1\u0663", 1),
    ],
)
def test_leading_number(value: str, number: int | None):
    assert leading_number(value) == number


def test_value_as_written_is_kept_for_display():
    article = fields(Episode="5a")
    assert article.episode == 5
    assert article.infobox == (("Episode", "5a"),)


def test_number_less_episode_warns():
    _, warnings = ok("= T =\nInfobox\n- Series: S\n- Episode: Special\n")
    assert any("Special" in w for w in warnings)


def test_rtitle_prev_next_list():
    article = fields(Rtitle="Shown Title", Prev="A", Next="B", Episode_List="List of S episodes")
    assert article.display_title == "Shown Title"
    assert (article.prev, article.next, article.episode_list) == ("A", "B", "List of S episodes")
    assert fields().display_title == "Some Title"


def test_kinds():
    assert fields(Series="Show").kind == Kind.EPISODE
    assert fields(Series="Show").show == "Show"
    listing = ok("= List of The  Show episodes =\n")[0]
    assert (listing.kind, listing.show) == (Kind.LIST, "The Show")
    assert ok("= Some film =\n")[0].kind == Kind.OTHER
    overview = ok("= The Show =\nInfobox\n- Series: the show\n")[0]
    assert overview.kind == Kind.OVERVIEW


def test_empty_series_is_outside_any_show_with_warning():
    article, warnings = ok("= T =\nInfobox\n- Series:\n")
    assert article.show is None and article.kind == Kind.OTHER
    assert any("Series" in w for w in warnings)


# -- prose -------------------------------------------------------------------------------------


def test_heading_levels_two_to_six_and_spaces_inside():
    text = "= T =\n==A==\n=== B ===\n====C====\n===== D =====\n======E======\n=======F======="
    article, _ = ok(text)
    assert [(s.level, s.heading) for s in article.sections] == [
        (2, "A"),
        (3, "B"),
        (4, "C"),
        (5, "D"),
        (6, "E"),
    ]
    assert article.sections[-1].paragraphs == ("=======F=======",)


def test_unequal_runs_take_the_smaller_with_warning():
    article, warnings = ok("= T =\n==Cast===\ntext")
    assert article.sections == (Section(2, "Cast", ("text",)),)
    assert any("unequal" in w for w in warnings)


def test_empty_heading_is_skipped_with_warning():
    article, warnings = ok("= T =\nLead.\n\n== ==\nStill lead.\n====\n")
    assert article.sections == ()
    assert article.lead == ("Lead.", "Still lead.")
    assert sum("empty heading" in w for w in warnings) == 2


def test_paragraphs_split_on_blank_lines_and_lines_join_with_a_space():
    article, _ = ok("= T =\n\nOne\n  two\nthree\n\n\n\nFour\n==H==\nFive\n\nSix\nseven")
    assert article.lead == ("One two three", "Four")
    assert article.sections[0].paragraphs == ("Five", "Six seven")


def test_heading_without_paragraphs_and_file_without_headings():
    article, _ = ok("= T =\n==Production==\n===Development===\nText.")
    assert article.sections == (Section(2, "Production"), Section(3, "Development", ("Text.",)))
    assert ok("= T =\n\nOnly a lead.")[0].sections == ()


def test_markup_is_text():
    raw = "<b>x</b> &amp; [[Link]] {{tmpl}} ''it''"
    article, _ = ok(f"= <i>T</i> =\n\n{raw}")
    assert article.title == "<i>T</i>"
    assert article.lead == (raw,)


# -- identity ----------------------------------------------------------------------------------


def test_identity_ignores_case_and_white_space_runs():
    assert fold_title("The  Keeper's\tLog") == fold_title("the keeper's log")
    # every white space of Unicode, as \s in a regular expression means it
    assert fold_title("\u2003The\u00a0Keeper's \x1f\u3000Log\u2028") == "the keeper's log"
    assert ok("=  The  Keeper's Log =")[0].key == ok("= the keeper's LOG =")[0].key


# -- the real sample ---------------------------------------------------------------------------


def test_real_sample():
    article, warnings = ok(SHARED_SAMPLE.read_bytes())
    assert warnings == []
    assert article.title == "Heartstopper Forever"
    assert (article.kind, article.show, article.episode, article.season) == (
        Kind.EPISODE,
        "Heartstopper",
        25,
        None,
    )
    assert article.prev == "Apart" and article.next is None
    assert article.episode_list == "List of Heartstopper episodes"
    assert len(article.lead) == 1 and article.lead[0].startswith("Heartstopper Forever is")
    assert [(s.level, s.heading) for s in article.sections] == [
        (2, "Production"),
        (3, "Development"),
        (3, "Casting"),
        (3, "Filming"),
        (2, "Release"),
    ]
    assert article.sections[0].paragraphs == ()
    assert len(article.sections[1].paragraphs) == 2


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(0, 5)),  # an episode number, or none
            st.one_of(st.none(), st.integers(0, 11)),  # Prev: another entry's index
            st.one_of(st.none(), st.integers(0, 11)),  # Next
        ),
        min_size=1,
        max_size=12,
    )
)
def test_linear_walks_are_the_walks_taken_one_by_one(spec):
    """Ordering walks every link chain once (linear); it must agree with walking from each
    entry, cycles and dangling links included."""
    from guide.core.article import ordering

    titles = [f"t{n}" for n in range(len(spec))]
    entries = [
        ordering.Entry(
            n,
            titles[n],
            titles[n],
            1,
            episode,
            titles[prev] if prev is not None and prev < len(spec) else "elsewhere",
            titles[nxt] if nxt is not None and nxt < len(spec) else None,
        )
        for n, (episode, prev, nxt) in enumerate(spec)
    ]
    by_key = {e.key: e for e in entries}
    links = {e.key: by_key[e.prev] for e in entries if e.prev in by_key and by_key[e.prev] is not e}
    walks = ordering._walks(entries, links)
    assert walks == {e.key: ordering._walk(e, links) for e in entries}


@given(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(
                    [
                        "Series",
                        "SEASON",
                        "Episode No",
                        "episode_list",
                        "Rtitle",
                        "Prev",
                        "Next",
                        "First aired",
                        "Released",
                        "Air-date",
                        "S eason",
                        "-Series",
                    ]
                ),
                st.text(min_size=1, max_size=12),
            ),
            st.text(max_size=8),
        ),
        max_size=12,
    )
)
def test_the_quick_reading_of_meanings_is_the_plain_one(fields):
    """Keys are ruled out by their first letters before normalising; the meanings must be
    exactly those of normalising every key."""
    from guide.core.article import _MEANING_OF_KEY

    article = Article("T", tuple(fields))
    plain: dict[str, str] = {}
    for key, value in fields:
        name = _MEANING_OF_KEY.get(normalise_key(key))
        if name is not None:
            plain.setdefault(name, value)
    assert article._meanings == plain
