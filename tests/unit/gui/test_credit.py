"""An article from a wiki carries its credit (issue 25): under its prose "From Wikipedia,
CC BY-SA 4.0" with a link to the page's history, opened in the browser; the credit's
fields are not infobox rows, and an address that is not http(s) is never a link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from guide.core.article import Article
from guide.gui.reader.render import credit_html

HISTORY = "https://en.wikipedia.org/w/index.php?title=Low_Water&action=history"
CREDIT = (
    ("Source", "Wikipedia"),
    ("Source URL", HISTORY),
    ("Revision", "1006"),
    ("License", "CC BY-SA 4.0"),
)


def anchors(document: QTextDocument) -> list[str]:
    """Every link's address in a document, as Qt holds it."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                found.append(href)
            it += 1
        block = block.next()
    return found


def test_the_reader_credits_the_wiki_and_links_its_history(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    fields = (("Series", "Harbour Watch"), ("Episode", "1"), *CREDIT)
    window.library.write_articles([(Article("Low Water", fields, ("A boat.",)), None, None)])
    window.library.refresh_order()
    window.open_key("low water")
    text = window.page.reader.toPlainText()
    assert text.rstrip().endswith("From Wikipedia, CC BY-SA 4.0 · Page history")
    assert HISTORY in anchors(window.page.reader.document())
    infobox = window.side.infobox.toPlainText()
    assert "Episode" in infobox
    assert not any(word in infobox for word in ("Source", "Revision", "License", "1006"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    window.reading.follow_link(HISTORY)
    assert [url.toString() for url in opened] == [HISTORY]
    assert window.record is not None and window.record.key == "low water"  # still here


def test_a_credit_never_makes_markup_or_a_strange_link() -> None:
    said = credit_html(
        (("Source", "<b>Wiki</b>"), ("Source URL", "javascript:alert(1)"), ("License", "&"))
    )
    assert "&lt;b&gt;Wiki&lt;/b&gt;" in said and "&amp;" in said
    assert "href" not in said and "javascript" not in said
    assert credit_html((("Director", "Sigrun Holt"),)) == ""  # no source: no credit
