"""`guide get SHOW --from URL`: the contract for scripts, and one line for a bad source."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import content, guide, one_line
from tests.wiki_server import serving

SHOW = "Harbour Watch"
KEYS = {"source", "show", "pages_read", "added", "updated", "unchanged", "made_from_rows"}


def test_get_brings_the_show_and_a_second_get_changes_nothing(tmp_path: Path) -> None:
    library = str(tmp_path / "library.db")
    with serving() as (url, wiki):
        first = json.loads(guide("get", SHOW, "--from", url, "--library", library, "--json").stdout)
        asked = wiki.asked["content"]
        second = json.loads(
            guide("get", SHOW, "--from", url, "--library", library, "--json").stdout
        )
        assert wiki.asked["content"] == asked  # the pages had not changed: none read again
    assert KEYS | {"rejected"} == set(first)
    assert first["source"] == "Wikipedia" and first["show"] == SHOW
    assert first["pages_read"] == 5 and len(first["added"]) == 7 and first["rejected"] == []
    assert first["made_from_rows"] == [
        "Fog Bank (Harbour Watch)",
        "Spring Tide (Harbour Watch)",
        "Slack Water (Harbour Watch)",
    ]
    assert second["added"] == [] and second["updated"] == [] and len(second["unchanged"]) == 7
    shows = json.loads(guide("shows", "--library", library, "--json").stdout)
    assert shows == [{"name": SHOW, "episodes": 5, "watched": 0}]
    shown = guide("list", SHOW, "--library", library).stdout
    assert shown.index("Low Water") < shown.index("Fog Bank") < shown.index("Slack Water")
    guide("export-articles", str(tmp_path / "out"), "--library", library)
    written = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("*.txt"))
    assert written.count("- License: CC BY-SA 4.0") == 7  # the credit goes where they go


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    guide("samples", "--library", str(library))
    before = content(library)
    with serving() as (url, _wiki):
        said = guide("get", SHOW, "--from", url, "--library", str(library), "--dry-run")
    assert "nothing was changed (dry run)" in said.stdout and "7 added" in said.stdout
    assert content(library) == before


def test_get_reads_a_kiwix_zim_file_as_it_reads_a_wiki(tmp_path: Path) -> None:
    from tests.zim_fixture import make_zim

    zim = make_zim(tmp_path / "wikipedia_en_harbour-watch_nopic_2026-01.zim")
    library = str(tmp_path / "library.db")
    got = json.loads(guide("get", SHOW, "--from", str(zim), "--library", library, "--json").stdout)
    assert got["source"] == "Wikipedia" and got["pages_read"] == 4 and len(got["added"]) == 7
    shown = json.loads(guide("show", "Low Water", "--library", library, "--json").stdout)
    infobox = dict(shown["infobox"])
    assert infobox["Airdate"] == "4 March 2021" and infobox["Next"] == "Fog Bank (Harbour Watch)"
    assert infobox["Source URL"].startswith("https://en.wikipedia.org/w/index.php?title=Low_Water")
    assert [s["heading"] for s in shown["sections"]] == [
        "Plot",
        "Production",
        "Filming",
        "Reception",
    ]


def test_get_reads_a_wikipedia_dump_by_its_index(tmp_path: Path) -> None:
    from tests.dump_fixture import make_dump

    dump = make_dump(tmp_path)
    library = str(tmp_path / "library.db")
    got = json.loads(guide("get", SHOW, "--from", str(dump), "--library", library, "--json").stdout)
    assert got["source"] == "Wikipedia" and len(got["added"]) == 7
    again = json.loads(
        guide("get", SHOW, "--from", str(dump), "--library", library, "--json").stdout
    )
    assert len(again["unchanged"]) == 7


def test_a_dry_run_or_a_bad_source_never_makes_a_library(tmp_path: Path) -> None:
    library = tmp_path / "new.db"
    with serving() as (url, _wiki):
        guide("get", SHOW, "--from", url, "--library", str(library), "--dry-run", code=1)
    guide("get", SHOW, "--from", "nowhere", "--library", str(library), code=1)
    assert not library.exists()


def test_a_bad_source_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    guide("samples", "--library", str(library))
    before = content(library)
    zim = tmp_path / "wikipedia_en_all.zim"
    zim.write_bytes(b"ZIM\x04")
    with serving() as (url, _wiki):
        pass  # nothing answers at url now
    dump = tmp_path / "enwiki-pages-articles-multistream.xml.bz2"
    dump.write_bytes(b"BZh91AY&SY")
    for source, said in [
        ("nowhere", "is neither a ZIM file nor a wiki's address"),
        (str(zim), "is not a ZIM file that can be read"),
        (str(dump), "needs its index beside it"),
        (str(tmp_path), "is a folder"),
        (url, "could not be reached"),
    ]:
        result = guide("get", SHOW, "--from", source, "--library", str(library), code=1)
        line = one_line(result)
        assert said in line and line.endswith("nothing was changed"), line
    with serving() as (url, _wiki):
        result = guide("get", "No Such Show", "--from", url, "--library", str(library), code=1)
    assert "has no page for a show named 'No Such Show'" in one_line(result)
    assert content(library) == before


def test_get_all_brings_every_episode_article_of_a_dump(tmp_path: Path) -> None:
    from tests.dump_fixture import make_dump

    other = (
        "{{Infobox television episode\n| title = Night Shift\n| series = [[Saltmarsh Radio]]\n"
        "| season = 1\n| episode = 1\n| airdate = {{Start date|2020|5|1}}\n}}\n"
        "\"'''Night Shift'''\" is the first episode of ''Saltmarsh Radio''.\n"
    )
    dump = make_dump(tmp_path, per_stream=2, extra={"Night Shift": other})
    library = str(tmp_path / "library.db")
    got = json.loads(
        guide("get", "--all", "--from", str(dump), "--library", library, "--json").stdout
    )
    assert got["show"] is None and sorted(got["added"]) == [
        "Ebb Tide (Harbour Watch)",
        "Low Water",
        "Night Shift",
    ]  # the pages with an episode infobox, of every show; not lists, not rows
    shows = json.loads(guide("shows", "--library", library, "--json").stdout)
    assert {s["name"] for s in shows} == {"Harbour Watch", "Saltmarsh Radio"}  # as get names it
    said = one_line(guide("get", SHOW, "--all", "--from", str(dump), "--library", library, code=1))
    assert "give no SHOW" in said
    with serving() as (url, _wiki):
        said = one_line(guide("get", "--all", "--from", url, "--library", library, code=1))
    assert "--all reads a whole Wikipedia dump" in said
