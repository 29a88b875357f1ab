"""A show's articles from a Wikipedia multistream dump (issue 25): only the streams that hold
the show's pages are read, the index scanned once, and the articles are what the wiki's own
API gives for the same pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.core.importing.sources.dump import Dump
from guide.core.importing.sources.mediawiki import Site
from guide.core.importing.sources.opening import open_source
from guide.core.importing.sources.pages import SourceError
from guide.core.importing.sources.show import get_show
from tests.dump_fixture import make_dump
from tests.wiki_server import serving

SHOW = "Harbour Watch"


def without_provenance(text: str) -> str:
    return "\n".join(
        line for line in text.splitlines() if not line.startswith(("- Source", "- Revision"))
    )


def test_a_dump_gives_what_the_wiki_gives(tmp_path: Path) -> None:
    with Dump(make_dump(tmp_path), cache=tmp_path / "cache") as dump:
        from_dump = get_show(dump, SHOW)
    with serving() as (url, _wiki), Site(url) as site:
        from_api = get_show(site, SHOW)
    assert [t for t, _, _ in from_dump.articles] == [t for t, _, _ in from_api.articles]
    for (title, mine, _), (_, theirs, _) in zip(from_dump.articles, from_api.articles, strict=True):
        assert without_provenance(mine) == without_provenance(theirs), title
    low = dict(
        line[2:].split(": ", 1)
        for line in from_dump.articles[2][1].splitlines()
        if line.startswith("- ")
    )
    assert (
        low["Source URL"] == "https://en.wikipedia.org/w/index.php?title=Low_Water&action=history"
    )
    assert low["Revision"].isdigit() and low["License"] == "CC BY-SA 4.0"


def test_only_the_streams_of_the_shows_pages_are_read_and_the_index_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = "'''Saltmarsh Radio''' is another invented show. [[Harbour Watch (TV series)]]"
    path = make_dump(tmp_path, per_stream=1, extra={"Saltmarsh Radio": other})
    read: list[int] = []
    original = Dump._stream

    def counted(self: Dump, offset: int) -> bytes:
        read.append(offset)
        return original(self, offset)

    monkeypatch.setattr(Dump, "_stream", counted)
    with Dump(path, cache=tmp_path / "cache") as dump:
        get_show(dump, SHOW)
        elsewhere = dump._find("Saltmarsh Radio")
        shows_page = dump._find(f"{SHOW} (TV series)")
    assert len(read) == len(set(read))  # each stream decompressed once
    assert shows_page in read and elsewhere not in read  # another show's page: never read

    def no_scan(self: Dump, conn: object) -> None:
        raise AssertionError("the index was scanned again")

    monkeypatch.setattr(Dump, "_scan", no_scan)
    with Dump(path, cache=tmp_path / "cache") as again:
        assert again.pages(["Low Water"])["Low Water"] is not None


def test_a_dump_without_its_index_or_cut_short_is_said_in_one_line(tmp_path: Path) -> None:
    path = make_dump(tmp_path)
    index = path.with_name(path.name.replace(".xml.bz2", "-index.txt.bz2"))
    cut = tmp_path / "cut"
    cut.mkdir()
    short = cut / path.name
    short.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    (cut / index.name).write_bytes(index.read_bytes())
    with Dump(short, cache=tmp_path / "c") as dump, pytest.raises(SourceError) as raised:
        get_show(dump, SHOW)
    assert "does not match its index" in str(raised.value) or "truncated" in str(raised.value)
    index.unlink()
    with pytest.raises(SourceError, match="needs its index beside it"):
        open_source(str(path))
    whole = tmp_path / "enwiki-latest-pages-articles.xml.bz2"  # one stream: no index
    whole.write_bytes(b"BZh9")
    with pytest.raises(SourceError, match="needs its index beside it"):
        open_source(str(whole))
    gzipped = tmp_path / "enwiki-latest-pages-articles.xml.gz"
    gzipped.write_bytes(b"\x1f\x8b")
    with pytest.raises(SourceError, match="only a multistream dump"):
        open_source(str(gzipped))
