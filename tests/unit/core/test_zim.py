"""A show's articles from a Kiwix ZIM (issue 25): Wikipedia's rendered HTML read as its
wikitext is — infobox rows and the episode chronology, episode tables, prose under headings
with and without <section> wrappers — with nothing hidden, no reference marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.core.article.parsing import parse
from guide.core.importing.sources.html import Html, target
from guide.core.importing.sources.opening import open_source
from guide.core.importing.sources.pages import SourceError
from guide.core.importing.sources.show import get_show
from guide.core.importing.sources.zim import Zim
from tests.zim_fixture import PAGES, make_zim

SHOW = "Harbour Watch"


def fields_of(text: str) -> dict[str, str]:
    article = parse(text.encode()).article
    assert article is not None
    return dict(article.infobox)


@pytest.fixture(scope="module")
def zim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_zim(tmp_path_factory.mktemp("zim") / "wikipedia_en_harbour-watch.zim")


def test_an_episode_page_reads_as_its_infobox_and_prose() -> None:
    page = Html((PAGES / "Low_Water.html").read_text(encoding="utf-8"))
    fields = dict(page.episode_fields() or [])
    assert fields["Series"] == "Harbour Watch (TV series)"  # the subheader's link target
    assert (fields["Season"], fields["Episode"]) == ("1", "1")  # "Season 1<br>Episode 1"
    assert fields["Airdate"] == "4 March 2021"  # the hidden ISO copy is not read
    assert fields["Writer"] == "Ingrid Solvik, Per Lunde"
    assert fields["Next"] == "Fog Bank (Harbour Watch)" and "Prev" not in fields
    assert fields["Episode List"] == "List of Harbour Watch episodes"
    assert page.shown_title() == "Low Water"
    lead, sections = Html((PAGES / "Low_Water.html").read_text(encoding="utf-8")).prose()
    assert lead[0].endswith(
        "It was written by Ingrid Solvik and Per Lunde, and aired on 4 March 2021."
    )
    assert "[1]" not in " ".join(lead)
    assert [(s.heading, s.level) for s in sections] == [
        ("Plot", 2),
        ("Production", 2),
        ("Filming", 3),
        ("Reception", 2),
    ]
    assert "harbour used for filming" not in str(sections)  # a figure's caption


def test_headings_without_section_wrappers_read_alike() -> None:
    """ZIMs since August 2025: <div class="mw-heading"><h2>, no <section>."""
    lead, sections = Html((PAGES / "Ebb_Tide_(Harbour_Watch).html").read_text()).prose()
    assert lead == ['"Ebb Tide" is the third episode of Harbour Watch.']
    assert [(s.heading, s.paragraphs) for s in sections] == [
        ("Plot", ["The town learns who owns the boat."])
    ]


def test_episode_tables_give_their_rows_with_seasons_and_dates() -> None:
    rows = Html((PAGES / "List_of_Harbour_Watch_episodes.html").read_text()).rows(None)
    assert [(r.season, r.overall, r.number, r.title) for r in rows] == [
        (1, "1", "1", "Low Water"),
        (1, "2", "2", "Fog Bank"),
        (1, "3", "3", "Ebb Tide"),
        (2, "4", "1", "Spring Tide"),
        (2, "5", "2", "Slack Water"),
    ]
    fog = rows[1]
    assert fog.airdate == "11 March 2021" and fog.production == "HW102"
    assert fog.summary == "A ferry is late, and then it is not."  # no "[2]"
    assert rows[0].target == "Low Water" and rows[2].target == "Ebb Tide (TV episode)"
    assert rows[3].writer == "Ingrid Solvik, Per Lunde"


def test_link_targets_are_titles() -> None:
    assert target("./Fog_Bank_(Harbour_Watch)") == "Fog Bank (Harbour Watch)"
    assert target("./Caf%C3%A9_(film)#Plot") == "Café (film)"
    assert target("A/Low_Water") == "Low Water"
    assert target("https://example.org/x") is None and target("#cite_note-1") is None
    assert target("./File:Harbour.jpg") is None


@pytest.mark.parametrize("prefix", ["", "A/"])
def test_a_zim_gives_the_show_as_a_wiki_does(tmp_path: Path, prefix: str) -> None:
    path = make_zim(tmp_path / "w.zim", prefix=prefix)
    with Zim(path) as source:
        got = get_show(source, SHOW)
    titles = [title for title, _, _ in got.articles]
    assert titles == [
        SHOW,
        f"List of {SHOW} episodes",
        "Low Water",
        "Fog Bank (Harbour Watch)",
        "Ebb Tide (Harbour Watch)",  # through the ZIM's redirect
        "Spring Tide (Harbour Watch)",
        "Slack Water (Harbour Watch)",
    ]
    texts = {title: fields_of(text) for title, text, _ in got.articles}
    for before, after in zip(titles[2:], titles[3:], strict=False):
        assert texts[before]["Next"] == after and texts[after]["Prev"] == before
    assert texts["Low Water"]["Revision"] == "2006"  # from Parsoid's <html about=…>
    assert texts[SHOW]["License"] == "CC BY-SA 4.0"
    assert texts[SHOW]["First aired"] == "4 March 2021 – 21 April 2022"
    assert "Saltmarsh Radio" not in titles


def test_open_source_tells_a_zim_from_a_wiki_and_from_nothing(zim: Path, tmp_path: Path) -> None:
    assert isinstance(open_source(str(zim)), Zim)
    fake = tmp_path / "fake.zim"
    fake.write_bytes(b"ZIM\x04" + b"\0" * 60)
    with pytest.raises(SourceError, match="is not a ZIM file that can be read"):
        open_source(str(fake))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(SourceError, match="is neither a ZIM file nor a Wikipedia dump"):
        open_source(str(text))


def test_only_the_chronology_row_gives_prev_and_next() -> None:
    html = (
        (PAGES / "Low_Water.html")
        .read_text(encoding="utf-8")
        .replace(
            "<li>Nils Dahl as the customs officer</li>",
            '<li>Nils Dahl as the <a href="./Neighbour">next</a>-door neighbour</li>',
        )
    )
    fields = Html(html).episode_fields() or []
    assert [value for key, value in fields if key in ("Prev", "Next")] == [
        "Fog Bank (Harbour Watch)"
    ]


def test_a_zim_that_names_no_wiki_is_still_not_your_own_file(tmp_path: Path) -> None:
    """No Source metadata and a Name that is not a wiki's: its articles are stored by the
    ZIM's path ("source:…"), so a second get updates them instead of keeping them as the
    user's own files."""
    from guide.core.importing.articles import import_texts
    from guide.core.library import Library

    path = make_zim(tmp_path / "shows.zim", name="my_collection_of_pages")
    with Zim(path) as source:
        assert source.info.server == ""
        got = get_show(source, SHOW)
    assert all(address.startswith("source:") for _, _, address in got.articles)
    assert all("Source URL" not in fields_of(text) for _, text, _ in got.articles)
    with Library(tmp_path / "library.db") as library:
        assert len(import_texts(library, got.articles).added) == 7
        again = import_texts(library, got.articles)
    assert again.rejected == [] and len(again.unchanged) == 7
