"""A Kiwix ZIM file (wikipedia_en_all_nopic, _maxi, _mini, top1m, movies…) read with libzim:
its pages by title, redirects followed, as HTML. Nothing is sent anywhere.

A ZIM names its pages by path: "Fog_Signal_(The_Lighthouse_Keepers)" in files of the new
namespace scheme, "A/Fog_Signal_(…)" in older ones; both are tried, then the title index.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from libzim.reader import Archive, Entry

from guide.core.importing.sources.html import HtmlReader
from guide.core.importing.sources.pages import Page, SiteInfo, SourceError
from guide.core.work import Session

WIKIPEDIA_LICENSE = "CC BY-SA 4.0"
_REVISION = re.compile(r"/revision/(\d+)")
MAX_PAGE = 16 * 1024 * 1024  # bytes of one page's HTML


class Zim:
    def __init__(self, path: str | Path, *, session: Session | None = None):
        self.path = Path(path)
        self.session = session or Session()
        self.reader = HtmlReader()
        try:
            self.archive = Archive(self.path)
        except (RuntimeError, OSError) as error:
            raise SourceError(
                f"{self.path} is not a ZIM file that can be read ({' '.join(str(error).split())})"
            ) from error
        self.info = self._info()

    def __enter__(self) -> Zim:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        pass  # libzim's Archive closes its file when it is collected

    def _metadata(self, key: str) -> str:
        try:
            return bytes(self.archive.get_metadata(key)).decode("utf-8", "replace").strip()
        except (RuntimeError, KeyError):
            return ""

    def _info(self) -> SiteInfo:
        """Where the ZIM's pages were taken from: its Source (a wiki's host), else what its
        name says ("wikipedia_en_all_nopic" -> en.wikipedia.org)."""
        creator = self._metadata("Creator") or self._metadata("Publisher") or "the ZIM file"
        host = self._metadata("Source")
        name = self._metadata("Name") or self.path.stem
        parts = name.split("_")
        if not host and len(parts) >= 2 and parts[0] in ("wikipedia", "wiktionary", "wikivoyage"):
            host = f"{parts[1]}.{parts[0]}.org"
        host = host.removeprefix("https://").removeprefix("http://").strip("/")
        wikipedia = "wikipedia" in (creator + host).lower()
        return SiteInfo(
            api=str(self.path),
            name=creator,
            server=f"https://{host}" if host else "",
            script="/w/index.php",
            license=WIKIPEDIA_LICENSE if wikipedia else "",
            license_url="https://creativecommons.org/licenses/by-sa/4.0/" if wikipedia else "",
        )

    def _entry(self, title: str) -> Entry | None:
        path = title.replace(" ", "_")
        try:
            for candidate in (path, f"A/{path}"):
                if self.archive.has_entry_by_path(candidate):
                    return self.archive.get_entry_by_path(candidate)
            if self.archive.has_entry_by_title(title):
                return self.archive.get_entry_by_title(title)
        except RuntimeError as error:
            raise SourceError(
                f"{self.path.name} is damaged ({' '.join(str(error).split())})"
            ) from error
        return None

    def pages(self, titles: Iterable[str]) -> dict[str, Page | None]:
        found: dict[str, Page | None] = {}
        for title in dict.fromkeys(t for t in titles if t.strip()):
            self.session.check()
            entry = self._entry(title)
            for _ in range(5):
                if entry is None or not entry.is_redirect:
                    break
                entry = entry.get_redirect_entry()
            if entry is None or entry.is_redirect:
                found[title] = None
                continue
            try:
                item = entry.get_item()
                if not item.mimetype.startswith("text/html") or item.size > MAX_PAGE:
                    found[title] = None
                    continue
                html = bytes(item.content).decode("utf-8", "replace")
            except RuntimeError as error:  # libzim: a cluster that cannot be read
                raise SourceError(
                    f"{self.path.name} is damaged ({' '.join(str(error).split())})"
                ) from error
            revision = _REVISION.search(html[:8000])  # Parsoid's <html about=…/revision/N>
            found[title] = Page(entry.title or title, int(revision[1]) if revision else None, html)
        return found
