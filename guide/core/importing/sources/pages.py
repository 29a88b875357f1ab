"""What every source of pages gives: pages, where they are from, and one-line errors."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass


class SourceError(Exception):
    """A source that cannot be used, said in one line; nothing was changed."""


@dataclass(frozen=True)
class Page:
    title: str  # as the site names it (after redirects and normalisation)
    revid: int | None  # None where the source does not say (a ZIM)
    wikitext: str  # the page's text: wikitext from an API, HTML from a ZIM


@dataclass(frozen=True)
class SiteInfo:
    api: str
    name: str  # "Wikipedia"
    server: str  # "https://en.wikipedia.org"
    script: str  # "/w/index.php"
    license: str  # "CC BY-SA 4.0"
    license_url: str

    def history_url(self, title: str) -> str:
        query = urllib.parse.urlencode({"title": title.replace(" ", "_"), "action": "history"})
        return f"{self.server}{self.script}?{query}"
