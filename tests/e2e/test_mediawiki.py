"""`guide get` against a real MediaWiki (Debian's package, on 127.0.0.1): the answers of
MediaWiki itself, not of our idea of it (tests/wiki_server.py is that idea)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e import mediawiki
from tests.helpers import guide
from tests.wiki_server import PAGES

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not mediawiki.available(), reason="needs the mediawiki and php-cli packages"
    ),
]
SHOW = "Harbour Watch"


def test_a_show_from_a_real_mediawiki_and_then_what_changed(tmp_path: Path) -> None:
    library = str(tmp_path / "library.db")
    with mediawiki.running(tmp_path / "wiki") as (address, settings):
        first = json.loads(
            guide("get", SHOW, "--from", address, "--library", library, "--json").stdout
        )
        text = (PAGES / "Low Water.wiki").read_text(encoding="utf-8")
        mediawiki.edit(
            settings,
            "Low Water",
            text.replace("| length         = 52 minutes", "| length         = 53 minutes"),
        )
        second = json.loads(
            guide(
                "get",
                SHOW,
                "--from",
                f"{address}/index.php/Main_Page",
                "--library",
                library,
                "--json",
            ).stdout
        )
    assert first["source"] == "Harbour Wiki" and first["pages_read"] == 5
    assert len(first["added"]) == 7 and first["rejected"] == []
    assert first["made_from_rows"] == [
        "Fog Bank (Harbour Watch)",
        "Spring Tide (Harbour Watch)",
        "Slack Water (Harbour Watch)",
    ]
    assert second["updated"] == ["Low Water"] and len(second["unchanged"]) == 6
    shown = json.loads(guide("show", "Low Water", "--library", library, "--json").stdout)
    infobox = dict(shown["infobox"])
    assert infobox["Running time"] == "53 minutes"
    assert infobox["Source URL"] == f"{address}/index.php?title=Low_Water&action=history"
    assert int(infobox["Revision"]) > 0
    ebb = json.loads(
        guide("show", "Ebb Tide (Harbour Watch)", "--library", library, "--json").stdout
    )
    assert (
        ebb["prev"] == "Fog Bank (Harbour Watch)" and ebb["next"] == "Spring Tide (Harbour Watch)"
    )
