"""A show's articles from a MediaWiki site (issue 25): wikitext made into article files, the
show found and only that show, episodes without a page made from their rows, links by
target, attribution, a cache by revision, and every bad source said in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.core.article import Kind
from guide.core.article.parsing import parse
from guide.core.importing.articles import import_texts
from guide.core.importing.sources import wikireader as wr
from guide.core.importing.sources import wikitext as wt
from guide.core.importing.sources.mediawiki import Site, SourceError, short_license
from guide.core.importing.sources.show import get_show
from guide.core.library import Library
from tests.helpers import article_text, episode
from tests.wiki_server import PAGES, Wiki, serving

SHOW = "Harbour Watch"


def articles_of(url: str, **site: object) -> dict[str, str]:
    with Site(url, **site) as wiki:  # type: ignore[arg-type]
        return {title: text for title, text, _ in get_show(wiki, SHOW).articles}


def fields_of(text: str) -> dict[str, str]:
    result = parse(text.encode())
    assert result.article is not None, result.rejection
    return dict(result.article.infobox)


def test_an_episode_page_becomes_an_article_with_its_infobox_dates_and_prose() -> None:
    code = wt.parse((PAGES / "Low Water.wiki").read_text(encoding="utf-8"))
    box = wt.find_template(code, wt.EPISODE_INFOBOXES)
    assert box is not None
    lead, sections = wt.prose(code)
    text = wt.article_text("Low Water", wt.infobox_fields(box, wt.EPISODE_INFOBOX), lead, sections)
    fields = fields_of(text)
    assert fields["Airdate"] == "4 March 2021"  # {{Start date|2021|3|4|df=y}}, not dropped
    assert fields["Writer"] == "Ingrid Solvik, Per Lunde"  # {{ubl}} with a link inside
    assert fields["Guests"].startswith("Liv Aasen as the ferry captain, Nils Dahl")
    assert fields["Series"] == "Harbour Watch (TV series)"  # the link's target, not its label
    assert fields["Next"] == "Fog Bank (Harbour Watch)"
    assert "Prev" not in fields  # empty in the infobox: left out
    assert lead == [
        '"Low Water" is the first episode of the invented drama series Harbour Watch. It was '
        "written by Ingrid Solvik and Per Lunde, and aired on 4 March 2021."
    ]  # bold and italics gone, references and notes gone, the date written out
    headings = [s.heading for s in sections]
    assert headings == ["Plot", "Production", "Filming", "Reception"]  # no Notes, References
    plot = sections[0].paragraphs
    assert plot[0].endswith("Nobody in town owns it. Her deputy says it came in with the fog.")
    assert "thumb" not in text and "cite" not in text and "{{" not in text and "[[" not in text


def test_templates_say_what_a_reader_reads() -> None:
    cases = {
        "{{Start date|2022|4|22}}": "22 April 2022",
        "{{Film date|2019|5}}": "May 2019",
        "{{dts|2020}}": "2020",
        "{{ubl|A|B|C}}": "A, B, C",
        "{{nowrap|Oslo – Bergen}}": "Oslo – Bergen",
        "{{lang|no|Havnevakt}}": "Havnevakt",
        "{{ill|Tove Marken|no|Tove Marken (skuespiller)}}": "Tove Marken",
        "x<ref>{{cite web|title=y}}</ref>{{efn|z}}{{sfn|A|2020}}": "x",
        "[[Oslo|the capital]] and [https://example.org a site]": "the capital and a site",
        "a<br />b": "a, b",
    }
    for source, said in cases.items():
        assert wt.one_line(wt.VALUE.text(wt.parse(source))).strip(" ,") == said, source


def test_a_show_comes_whole_and_only_that_show() -> None:
    with serving() as (url, wiki):
        got = articles_of(url)
    assert list(got)[:2] == [SHOW, f"List of {SHOW} episodes"]
    episodes = list(got)[2:]
    assert episodes == [
        "Low Water",
        "Fog Bank (Harbour Watch)",
        "Ebb Tide (Harbour Watch)",  # through the redirect "Ebb Tide (TV episode)"
        "Spring Tide (Harbour Watch)",  # from the season's own page
        "Slack Water (Harbour Watch)",
    ]
    assert "Saltmarsh Radio" not in got and wiki.pages  # a linked show is not brought
    # Broadcast order holds through Prev and Next, by the titles imported
    for before, after in zip(episodes, episodes[1:], strict=False):
        assert fields_of(got[before])["Next"] == after
        assert fields_of(got[after])["Prev"] == before
    for title in episodes:
        fields = fields_of(got[title])
        assert fields["Series"] == SHOW and fields["Episode List"] == f"List of {SHOW} episodes"
    fog = fields_of(got["Fog Bank (Harbour Watch)"])  # made from its row
    assert fog["Rtitle"] == "Fog Bank" and fog["Season"] == "1" and fog["Episode"] == "2"
    assert fog["Airdate"] == "11 March 2021" and fog["Production code"] == "HW102"
    spring = fields_of(got["Spring Tide (Harbour Watch)"])
    assert spring["Season"] == "2" and spring["Episode"] == "1"  # the season page's number
    assert fields_of(got[SHOW])["First aired"] == "4 March 2021"


def test_every_article_carries_its_attribution() -> None:
    with serving() as (url, _wiki):
        got = articles_of(url)
    for title, text in got.items():
        fields = fields_of(text)
        assert fields["Source"] == "Wikipedia", title
        assert fields["License"] == "CC BY-SA 4.0", title
        assert fields["Source URL"].endswith("&action=history"), title
        assert fields["Revision"].isdigit(), title
    fog = fields_of(got["Fog Bank (Harbour Watch)"])  # made from the list: the list's page
    assert "title=List_of_Harbour_Watch_episodes" in fog["Source URL"]
    assert short_license("Creative Commons Attribution-Share Alike 3.0") == "CC BY-SA 3.0"


def test_a_second_get_asks_only_for_what_changed(tmp_path: Path) -> None:
    cache = tmp_path / "cache.db"
    with serving() as (url, wiki):
        articles_of(url, cache=cache)
        first = wiki.asked["content"]
        wiki.asked.clear()
        articles_of(url, cache=cache)
        assert wiki.asked["content"] == 0 and wiki.asked["ids"] > 0
        text = (PAGES / "Low Water.wiki").read_text(encoding="utf-8")
        wiki.edit("Low Water", text.replace("praised the opening.", "praised it. One more line."))
        got = articles_of(url, cache=cache)
        assert wiki.asked["content"] == 1  # the one page that changed
    assert first >= 2 and "One more line." in got["Low Water"]


def test_the_wiki_is_asked_politely_and_a_wait_is_honoured() -> None:
    waits: list[float] = []
    with serving() as (url, wiki):
        wiki.trouble = [(429, {"Retry-After": "7"}, b"Too Many Requests")]
        articles_of(url, sleep=waits.append)
        lag = b'{"error": {"code": "maxlag", "info": "Waiting for a server: 6 seconds lagged."}}'
        wiki.trouble = [(200, {"Retry-After": "3", "Content-Type": "application/json"}, lag)]
        articles_of(url, sleep=waits.append)
    assert sum(waits) == pytest.approx(10)
    assert all(agent.startswith("EpisodeGuide/") and "github.com" in agent for agent in wiki.agents)


@pytest.mark.parametrize(
    ("trouble", "said"),
    [
        ((200, {"Content-Type": "text/html"}, b"<html><body>Hi</body></html>"), "not JSON"),
        ((404, {}, b"Not Found"), "HTTP 404"),
        ((200, {}, b'{"batchcomplete": true}'), "no site information"),
        (
            (200, {}, b'{"error": {"code": "readapidenied", "info": "You need read\\n rights."}}'),
            "refused the request: You need read rights.",
        ),
    ],
)
def test_a_source_that_is_not_a_wiki_is_said_in_one_line(
    trouble: tuple[int, dict[str, str], bytes], said: str
) -> None:
    with serving(path="/nowhere") as (url, wiki):
        wiki.trouble = [trouble, trouble]  # /w/api.php, then /api.php
        with pytest.raises(SourceError) as raised:
            Site(url)
    assert said in str(raised.value) and "\n" not in str(raised.value)


def test_an_unknown_show_and_an_unreachable_wiki_are_said_plainly() -> None:
    with serving() as (url, _wiki), Site(url) as site, pytest.raises(SourceError) as raised:
        get_show(site, "Nothing Like It")
    assert "no page for a show named 'Nothing Like It'" in str(raised.value)
    with serving() as (url, _wiki):
        pass  # the port is free again: nothing answers there
    with pytest.raises(SourceError, match="could not be reached"):
        Site(url)


def test_importing_keeps_what_the_user_wrote_and_reports_each_title(
    library: Library, tmp_path: Path
) -> None:
    mine = tmp_path / "low-water.txt"
    mine.write_text(article_text("Low Water", episode(SHOW, 1, 1), "My own words."))
    from guide.core.importing.articles import import_paths

    import_paths(library, [mine])
    with serving() as (url, _wiki), Site(url) as site:
        got = get_show(site, SHOW)
    dry = import_texts(library, got.articles, dry_run=True)
    assert len(dry.added) == 6 and library.counts().articles == 1  # said, not written
    report = import_texts(library, got.articles)
    assert len(report.added) == 6 and [r.path for r in report.rejected] == ["Low Water"]
    assert "--replace" in report.rejected[0].reason
    assert library.find("Low Water").article.lead == ("My own words.",)
    again = import_texts(library, got.articles, replace=True)
    assert again.updated == ["Low Water"] and len(again.unchanged) == 6
    assert library.find("Low Water").article.lead[0].startswith('"Low Water" is the first')
    shows = {s.name: s.episodes for s in library.shows()}
    assert shows[SHOW] == 5
    assert library.find(SHOW).kind == Kind.OVERVIEW  # heads the show in the navigator
    assert library.find(f"List of {SHOW} episodes").kind == Kind.LIST


FANDOM_PAGE = """{{Infobox episode
|title = Low Water
|image = Low Water.png
|partOfSeason = One
|episodeNumber = 1
|airdate = March 4, 2021
|writer = [[Ingrid Solvik]]
|Director = Sigrun Holt
|previous_episode = N/A
|nextEpisode = [[Fog Bank]]
}}
'''Low Water''' is the first episode."""


def test_a_fandom_wikis_episode_infobox_is_read_too() -> None:
    """The Fandom starter wiki's {{Infobox episode}} (partOfSeason, episodeNumber,
    previousEpisode, nextEpisode), its parameters as its copies spell them."""
    from guide.core.importing.sources.pages import Page

    reader = wr.WikitextReader()
    page = Page("Low Water", 7, FANDOM_PAGE)
    assert reader.episode_fields(page) == [
        ("Season", "One"),
        ("Episode", "1"),
        ("Director", "Sigrun Holt"),
        ("Writer", "Ingrid Solvik"),
        ("Airdate", "March 4, 2021"),
        ("Next", "Fog Bank"),
    ]
    assert reader.shown_title(page) == "Low Water"


def test_titles_are_suggested_from_a_wiki_a_zim_and_a_scanned_dump(tmp_path: Path) -> None:
    from guide.core.importing.sources import suggest
    from guide.core.importing.sources.dump import Dump
    from tests.dump_fixture import make_dump
    from tests.zim_fixture import make_zim

    with serving() as (url, wiki):
        assert suggest.titles_starting(url, "harbour") == [
            "Harbour Watch",
            "Harbour Watch (TV series)",
            "Harbour Watch (season 2)",
        ]
        suggest.titles_starting(url, "low")
        assert wiki.asked["siteinfo"] == 1  # the site found once, for every keystroke
        asked = wiki.asked["prefixsearch"]
        assert suggest.titles_starting(url, "h") == []  # one letter: nothing asked
        assert wiki.asked["prefixsearch"] == asked
    zim = make_zim(tmp_path / "w.zim")
    try:
        assert "Harbour Watch (TV series)" in suggest.titles_starting(str(zim), "Harbour Wa")
    finally:
        suggest.stop()
    dump = make_dump(tmp_path)
    cache = tmp_path / "cache"
    assert suggest.titles_starting(str(dump), "Low", cache=cache) == []  # not scanned yet
    Dump(dump, cache=cache).close()
    assert suggest.titles_starting(str(dump), "low", cache=cache) == ["Low Water"]


def test_a_sites_own_infobox_is_read_by_its_key_map(tmp_path: Path) -> None:
    """wiki-keys.json names a wiki's own template and what its parameters mean."""
    import json

    from guide.core.importing.sources.keymaps import keymap_for
    from guide.core.importing.sources.pages import Page

    (tmp_path / "wiki-keys.json").write_text(
        json.dumps(
            {
                "memory-alpha.fandom.com": {
                    "templates": ["Sidebar_episode"],
                    "keys": {"Air date": "Airdate", "nSeason": "Season", "wsWriter": "Writer"},
                }
            }
        )
    )
    keymap = keymap_for("memory-alpha.fandom.com", tmp_path)
    text = (
        "{{Sidebar episode\n|title = Low Water\n|nSeason = 1\n|Air date = 4 March 2021\n"
        "|wsWriter = [[Ingrid Solvik]]\n|next = [[Fog Bank]]\n}}\nThe first one."
    )
    fields = wr.WikitextReader(keymap).episode_fields(Page("Low Water", 1, text))
    assert fields == [
        ("Season", "1"),
        ("Writer", "Ingrid Solvik"),
        ("Airdate", "4 March 2021"),
        ("Next", "Fog Bank"),
    ]
    assert wr.WikitextReader().episode_fields(Page("Low Water", 1, text)) is None
    assert keymap_for("en.wikipedia.org", tmp_path) == wr.KeyMap()
    (tmp_path / "wiki-keys.json").write_text('{"memory-alpha.fandom.com": {"keys": [1]}}')
    with pytest.raises(SourceError, match="must map to"):
        keymap_for("memory-alpha.fandom.com", tmp_path)


def test_an_answer_cut_at_the_size_limit_is_continued() -> None:
    with serving() as (url, wiki):
        wiki.content_limit = 2
        got = articles_of(url)
        assert wiki.asked["content"] >= 4  # 5 pages, 2 an answer
    assert "Plot" in got["Low Water"] and len(got) == 7  # none taken for a missing page


def test_a_row_that_links_elsewhere_never_takes_that_pages_title(library: Library) -> None:
    """A row linking to a section of the list (or to any page that is not an episode's)
    is its own episode, "Title (Show)"; the list keeps its article, a second get is calm."""
    pages = {p.stem: p.read_text(encoding="utf-8") for p in PAGES.glob("*.wiki")}
    listing = f"List of {SHOW} episodes"
    pages[listing] = pages[listing].replace(
        "Title           = Fog Bank", f"Title           = [[{listing}#Fog Bank|Fog Bank]]"
    )
    with serving(Wiki(pages)) as (url, _wiki), Site(url) as site:
        got = get_show(site, SHOW)
    titles = [title for title, _, _ in got.articles]
    assert titles.count(listing) == 1 and "Fog Bank (Harbour Watch)" in titles
    first = import_texts(library, got.articles)
    again = import_texts(library, got.articles)
    assert len(first.added) == 7 and len(again.unchanged) == 7 and not again.warnings
    assert library.find(listing).kind == Kind.LIST


def test_what_is_not_a_web_server_is_one_line() -> None:
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def answer() -> None:
        for _ in range(2):
            conn, _ = server.accept()
            conn.recv(1024)
            conn.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")
            conn.close()

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        with pytest.raises(SourceError, match="could not be reached"):
            Site(f"http://127.0.0.1:{server.getsockname()[1]}")
    finally:
        server.close()
        thread.join(timeout=5)


def test_a_decompression_bomb_is_refused() -> None:
    import bz2

    from guide.core.importing.sources.dump import decompress

    bomb = bz2.compress(b"\0" * 10_000_000)
    assert len(bomb) < 1000
    with pytest.raises(SourceError, match="grows past"):
        decompress(bomb, "enwiki.xml.bz2", limit=1 << 20)
    with pytest.raises(SourceError, match="truncated"):
        decompress(bomb[: len(bomb) // 2], "enwiki.xml.bz2")


def test_a_bad_key_map_is_one_line(tmp_path: Path) -> None:
    from guide.core.importing.sources.keymaps import keymap_for

    (tmp_path / "wiki-keys.json").write_text('{"wiki.example.org": ["Sidebar episode"]}')
    with pytest.raises(SourceError, match="must map to"):
        keymap_for("wiki.example.org", tmp_path)
