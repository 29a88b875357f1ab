"""The writer, and the parser's robustness, by property."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.core.article import Article, Section
from guide.core.article.parsing import has_visible, parse
from guide.core.article.render import render, render_bytes

# Text the parser could have produced: one line, trimmed, not empty.
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00")
_line = st.text(_chars, min_size=1, max_size=40).map(str.strip).filter(bool)


def _fold(text: str) -> str:
    return " ".join(text.split())


# A title has a character one can see (a title of only controls or spaces is rejected).
_title = _line.map(_fold).filter(has_visible)
_key = _line.filter(lambda k: ":" not in k)
_value = st.one_of(st.just(""), _line)
_paragraph = st.one_of(
    _line,
    st.lists(_line, min_size=2, max_size=3).map(" ".join),  # joined lines, as the parser makes
    st.sampled_from(["Infobox", "== not a heading ==", "==a b==", "- Key: value", "= T ="]),
)
_section = st.builds(
    Section,
    level=st.integers(2, 6),
    heading=_line,
    paragraphs=st.lists(_paragraph, max_size=3).map(tuple),
)
articles = st.builds(
    Article,
    title=_title,
    infobox=st.lists(st.tuples(_key, _value), max_size=5).map(tuple),
    lead=st.lists(_paragraph, max_size=3).map(tuple),
    sections=st.lists(_section, max_size=4).map(tuple),
)


@given(st.binary(max_size=2000))
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_any_bytes_give_an_article_or_a_rejection(data: bytes):
    result = parse(data)
    assert (result.article is None) != (result.rejection is None)
    assert all(isinstance(w, str) for w in result.warnings)


@given(
    st.lists(
        st.sampled_from(
            [
                "= T =",
                "=T=",
                "Infobox",
                "- A: 1",
                "- B",
                "-",
                "- :x",
                "==H==",
                "== ==",
                "===",
                "==x===",
                "text",
                "",
                "  ",
                "\t",
                "Series: x",
                "=======y=======",
                "- Episode: 5a",
            ]
        ),
        max_size=25,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_line_soup_never_raises(lines: list[str], newline: str):
    result = parse(newline.join(lines).encode())
    assert (result.article is None) != (result.rejection is None)


@given(articles)
def test_parse_of_render_is_identity(article: Article):
    result = parse(render_bytes(article))
    assert result.article == article, render(article)


def test_render_shape():
    article = Article(
        title="Fog Signal",
        infobox=(("Series", "The Lighthouse Keepers"), ("Episode", "2"), ("Empty", "")),
        lead=("Lead one.", "Lead two."),
        sections=(Section(2, "Plot", ("Plot text.",)), Section(3, "Notes")),
    )
    assert render(article) == (
        "= Fog Signal =\n\nInfobox\n- Series: The Lighthouse Keepers\n- Episode: 2\n- Empty:\n\n"
        "Lead one.\n\nLead two.\n\n== Plot ==\nPlot text.\n\n=== Notes ===\n"
    )


def test_paragraph_that_reads_as_a_heading_is_broken_at_a_line_boundary():
    article = Article(title="T", lead=("== a b ==",))
    text = render(article)
    assert "== a\nb ==" in text
    assert parse(text.encode()).article == article
