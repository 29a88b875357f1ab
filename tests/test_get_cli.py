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


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    guide("samples", "--library", str(library))
    before = content(library)
    with serving() as (url, _wiki):
        said = guide("get", SHOW, "--from", url, "--library", str(library), "--dry-run")
    assert "nothing was changed (dry run)" in said.stdout and "7 added" in said.stdout
    assert content(library) == before


def test_a_bad_source_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.db"
    guide("samples", "--library", str(library))
    before = content(library)
    zim = tmp_path / "wikipedia_en_all.zim"
    zim.write_bytes(b"ZIM\x04")
    with serving() as (url, _wiki):
        pass  # nothing answers at url now
    for source, said in [
        ("nowhere", "is not a wiki's address"),
        (str(zim), "a Kiwix ZIM file or a Wikipedia dump cannot be read yet"),
        (url, "could not be reached"),
    ]:
        result = guide("get", SHOW, "--from", source, "--library", str(library), code=1)
        line = one_line(result)
        assert said in line and line.endswith("nothing was changed"), line
    with serving() as (url, _wiki):
        result = guide("get", "No Such Show", "--from", url, "--library", str(library), code=1)
    assert "has no page for a show named 'No Such Show'" in one_line(result)
    assert content(library) == before
