"""A Kiwix ZIM of the pages in tests/fixtures/zim, written with python-libzim's Creator
as mwoffliner writes Wikipedia's (new namespace scheme, its metadata, a redirect)."""

from __future__ import annotations

from pathlib import Path

from libzim.writer import Creator, Hint, Item, StringProvider

PAGES = Path(__file__).parent / "fixtures" / "zim"
REDIRECTS = {"Ebb_Tide_(TV_episode)": "Ebb_Tide_(Harbour_Watch)"}


class _Page(Item):  # type: ignore[misc]
    def __init__(self, path: str, title: str, html: str):
        super().__init__()
        self.path, self.title, self.html = path, title, html

    def get_path(self) -> str:
        return self.path

    def get_title(self) -> str:
        return self.title

    def get_mimetype(self) -> str:
        return "text/html"

    def get_contentprovider(self) -> StringProvider:
        return StringProvider(self.html)

    def get_hints(self) -> dict[Hint, int]:
        return {Hint.FRONT_ARTICLE: True}


def make_zim(
    path: Path, *, name: str = "wikipedia_en_harbour-watch_nopic", prefix: str = ""
) -> Path:
    """``prefix`` "A/": the paths of a ZIM of the old namespace scheme (before 2021)."""
    with Creator(str(path)).config_indexing(True, "eng") as creator:
        creator.set_mainpath(f"{prefix}Harbour_Watch_(TV_series)")
        for page in sorted(PAGES.glob("*.html")):
            html = page.read_text(encoding="utf-8")
            creator.add_item(_Page(f"{prefix}{page.stem}", page.stem.replace("_", " "), html))
        for source, target in REDIRECTS.items():
            creator.add_redirection(
                f"{prefix}{source}", source.replace("_", " "), f"{prefix}{target}", {}
            )
        for key, value in {
            "Name": name,
            "Title": "Wikipedia: Harbour Watch (a test)",
            "Creator": "Wikipedia",
            "Publisher": "openZIM",
            "Date": "2026-01-15",
            "Language": "eng",
            "Description": "An invented show's pages, for tests",
        }.items():
            creator.add_metadata(key, value)
    return path
