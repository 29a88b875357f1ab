"""A Wikipedia multistream dump of the pages in tests/fixtures/wiki: the XML of MediaWiki's
export format (export-0.11: <siteinfo> first, then <page>s with <revision>, <text
xml:space="preserve">, <redirect title=…/>), in bz2 streams of a few pages each (Wikimedia's
dumps hold 100 a stream), the <mediawiki> root opened in the first stream and closed in the
last; and its index, `offset:page id:title` a line, bz2-compressed (meta.wikimedia.org, Data
dumps/Dump format). Content synthetic."""

from __future__ import annotations

import bz2
import hashlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from tests.wiki_server import PAGES, REDIRECTS

HEAD = """<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ \
http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="en">
  <siteinfo>
    <sitename>Wikipedia</sitename>
    <dbname>enwiki</dbname>
    <base>https://en.wikipedia.org/wiki/Main_Page</base>
    <generator>MediaWiki 1.45.0-wmf.5</generator>
    <case>first-letter</case>
    <namespaces>
      <namespace key="0" case="first-letter" />
      <namespace key="10" case="first-letter">Template</namespace>
    </namespaces>
  </siteinfo>
"""


def _page(number: int, title: str, text: str, redirect: str | None = None) -> str:
    digest = hashlib.sha1(text.encode()).hexdigest()
    moved = f"    <redirect title={quoteattr(redirect)} />\n" if redirect else ""
    return (
        f"  <page>\n    <title>{escape(title)}</title>\n    <ns>0</ns>\n    <id>{number}</id>\n"
        f"{moved}    <revision>\n      <id>{5000 + number}</id>\n"
        f"      <parentid>{4000 + number}</parentid>\n"
        "      <timestamp>2026-01-01T00:00:00Z</timestamp>\n"
        "      <contributor>\n        <username>Example</username>\n        <id>1</id>\n"
        "      </contributor>\n      <comment>synthetic</comment>\n"
        f"      <origin>{5000 + number}</origin>\n      <model>wikitext</model>\n"
        "      <format>text/x-wiki</format>\n"
        f'      <text bytes="{len(text.encode())}" sha1="{digest}" xml:space="preserve">'
        f"{escape(text)}</text>\n      <sha1>{digest}</sha1>\n    </revision>\n  </page>\n"
    )


def make_dump(folder: Path, *, per_stream: int = 3, extra: dict[str, str] | None = None) -> Path:
    """``extra``: more pages (title -> wikitext), after the fixture's."""
    pages = [(p.stem, p.read_text(encoding="utf-8"), None) for p in sorted(PAGES.glob("*.wiki"))]
    pages += [(title, text, None) for title, text in (extra or {}).items()]
    pages += [(src, f"#REDIRECT [[{dst}]]", dst) for src, dst in REDIRECTS.items()]
    dump = folder / "enwiki-20260101-pages-articles-multistream.xml.bz2"
    index = folder / "enwiki-20260101-pages-articles-multistream-index.txt.bz2"
    lines = []
    with open(dump, "wb") as out:
        out.write(bz2.compress(HEAD.encode()))
        for start in range(0, len(pages), per_stream):
            offset = out.tell()
            chunk = pages[start : start + per_stream]
            xml = ""
            for number, (title, text, redirect) in enumerate(chunk, start=start + 10):
                xml += _page(number, title, text, redirect)
                lines.append(f"{offset}:{number}:{title}\n")
            out.write(bz2.compress(xml.encode()))
        out.write(bz2.compress(b"</mediawiki>\n"))
    index.write_bytes(bz2.compress("".join(lines).encode()))
    return dump
