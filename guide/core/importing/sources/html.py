"""A wiki page's HTML (as a Kiwix ZIM keeps Wikipedia's pages) read as the wikitext reader
reads wikitext: the episode infobox as the format's fields, prose by headings, the rows of
episode tables, links by target.

The shapes are what MediaWiki renders for Wikipedia's templates: Module:Infobox television
episode (``table.infobox``: ``th.infobox-above`` the title, ``td.infobox-subheader`` the
show, ``th.infobox-label``/``td.infobox-data`` rows, an "Episode chronology" header above a
cell with the previous and next episodes, ``td.infobox-below`` the list), Template:Episode
table and Episode list (``table.wikiepisodetable``, ``tr.vevent.module-episode-list-row``
with a ``td.summary`` title, the short summary in the next ``tr.expand-child``), headings
in ``<section>`` wrappers (ZIMs before August 2025) or in ``div.mw-heading`` (later ones).
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from guide.core.importing.sources.pages import Page
from guide.core.importing.sources.wikitext import (
    SKIPPED_SECTIONS,
    Row,
    Section,
    day_text,
    season_of,
    with_text,
)

# An episode infobox's row labels -> the article format's keys.
EPISODE_LABELS = {
    "directed by": "Director",
    "written by": "Writer",
    "story by": "Story",
    "teleplay by": "Teleplay",
    "narrated by": "Narrator",
    "presented by": "Presenter",
    "featured music": "Music",
    "music by": "Music",
    "cinematography by": "Cinematography",
    "editing by": "Editing",
    "production code": "Production code",
    "running time": "Running time",
    "original air date": "Airdate",
    "original release date": "Airdate",
    "release date": "Released",
    "guest appearance": "Guests",
    "guest appearances": "Guests",
    "guest appearance(s)": "Guests",
}
SHOW_LABELS = {
    "genre": "Genre",
    "created by": "Created by",
    "based on": "Based on",
    "starring": "Starring",
    "country of origin": "Country",
    "no. of seasons": "Seasons",
    "no. of series": "Series count",
    "no. of episodes": "Episodes",
    "network": "Network",
    "release": "First aired",
}
_DROPPED = (
    "sup.reference, .mw-ref, style, script, link, meta, .navbox, .navbox-styles, .noprint, "
    ".mw-editsection, .hatnote, figure, .thumb, .reflist, ol.references, "
    ".mw-references-wrap, .shortdescription, .mw-empty-elt, .metadata, .sistersitebox"
)
_EPISODE_NUMBER = re.compile(r"(?:(?:season|series)\s*(\d+))?\D*episode\s*(\w+)", re.IGNORECASE)


def one_line(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def target(href: str | None) -> str | None:
    """The title a link names: "./Fog_Signal_(The_Lighthouse_Keepers)" -> "Fog Signal (The
    Lighthouse Keepers)"; None for a link out of the wiki or to a section of the page."""
    if not href or href.startswith("#") or "://" in href or href.startswith("//"):
        return None
    path = href.split("#", 1)[0].split("?", 1)[0]
    for prefix in ("./", "../", "/wiki/", "A/", "C/"):
        while path.startswith(prefix):
            path = path[len(prefix) :]
    title = unquote(path).replace("_", " ").strip()
    if (
        not title
        or ":" in title.split(" ", 1)[0]
        and title.split(":", 1)[0]
        in (
            "File",
            "Category",
            "Special",
            "Help",
            "Template",
        )
    ):
        return None
    return title


_UNSEEN = 'sup.reference, .mw-ref, style, [style*="display:none"], [style*="display: none"]'


def text_of(node: LexborNode) -> str:
    """A cell's text on one line as a reader sees it (not what is hidden, not a reference
    mark), a line break or a list item as ", "."""
    copy = LexborHTMLParser(node.html or "").body or LexborHTMLParser("").body
    assert copy is not None
    for unseen in copy.css(_UNSEEN):
        unseen.decompose()
    for br in copy.css("br"):
        br.replace_with(", ")
    for item in copy.css("li"):
        item.insert_after(", ")
    return one_line(copy.text(deep=True, separator="")).strip(" ,")


class Html:
    """One page's HTML, cleaned of what a reader does not read."""

    def __init__(self, html: str):
        self.tree = LexborHTMLParser(html)
        self.root = self.tree.body or self.tree.root

    # -- infoboxes -------------------------------------------------------------------------

    def _infobox(self) -> LexborNode | None:
        return self.root.css_first("table.infobox") if self.root is not None else None

    def is_show(self) -> bool:
        box = self._infobox()
        return box is not None and any(
            text_of(th).lower() in ("created by", "no. of episodes", "no. of seasons", "genre")
            for th in box.css("th.infobox-label")
        )

    def episode_fields(self) -> list[tuple[str, str]] | None:
        """The episode infobox as fields, or None when the page has none."""
        box = self._infobox()
        if box is None or self.is_show():
            return None
        labels = [text_of(th).lower() for th in box.css("th.infobox-label")]
        chronology = any("episode chronology" in text_of(h).lower() for h in box.css("th"))
        if not chronology and "episode no." not in labels:
            return None
        fields: list[tuple[str, str]] = []
        subheader = box.css_first(".infobox-subheader a")
        if subheader is not None and target(subheader.attributes.get("href")):
            fields.append(("Series", target(subheader.attributes.get("href")) or ""))
        for row in box.css("tr"):
            label, data = row.css_first("th.infobox-label"), row.css_first("td.infobox-data")
            if label is None or data is None:
                continue
            name, value = text_of(label).lower(), text_of(data)
            if name == "episode no.":
                found = _EPISODE_NUMBER.search(value)
                if found and found.group(1):
                    fields.append(("Season", found.group(1)))
                if found:
                    fields.append(("Episode", found.group(2)))
            elif name in EPISODE_LABELS and value:
                fields.append((EPISODE_LABELS[name], value))
        fields += self._chronology(box)
        below = box.css_first(".infobox-below a")
        if below is not None and target(below.attributes.get("href")):
            fields.append(("Episode List", target(below.attributes.get("href")) or ""))
        return fields

    def _chronology(self, box: LexborNode) -> list[tuple[str, str]]:
        """Prev and Next from the row under the "Episode chronology" header, and only there
        (a guest's cell may well say "next door")."""
        rows = [tr for tr in box.css("tr") if tr.parent is not None]
        fields: list[tuple[str, str]] = []
        for index, tr in enumerate(rows):
            header = tr.css_first("th.infobox-header")
            if header is None or "chronology" not in text_of(header).lower():
                continue
            below = rows[index + 1] if index + 1 < len(rows) else None
            for cell in below.css("td") if below is not None else []:
                if len(cell.css("td")) > 1:  # the cell that holds the others (css matches itself)
                    continue
                words = one_line(cell.text(deep=True)).lower()
                link = cell.css_first("a")
                name = target(link.attributes.get("href")) if link is not None else None
                if name and "previous" in words:
                    fields.append(("Prev", name))
                elif name and "next" in words:
                    fields.append(("Next", name))
            break
        return fields

    def shown_title(self) -> str | None:
        box = self._infobox()
        above = box.css_first("th.infobox-above") if box is not None else None
        return text_of(above).strip('"“”') if above is not None else None

    def show_fields(self) -> list[tuple[str, str]]:
        box = self._infobox()
        fields = []
        for row in box.css("tr") if box is not None else []:
            label, data = row.css_first("th.infobox-label"), row.css_first("td.infobox-data")
            if label is not None and data is not None:
                name = text_of(label).lower()
                if name in SHOW_LABELS and text_of(data):
                    fields.append((SHOW_LABELS[name], text_of(data)))
        return fields

    # -- links and rows ----------------------------------------------------------------------

    def linked_titles(self) -> list[str]:
        found = []
        for link in self.root.css("a[href]") if self.root is not None else []:
            name = target(link.attributes.get("href"))
            if name:
                found.append(name)
        return found

    def rows(self, page_season: int | None) -> list[Row]:
        rows: list[Row] = []
        season = page_season
        if self.root is None:
            return rows
        for node in self.root.css("h2, h3, h4, table.wikiepisodetable"):
            if node.tag != "table":
                season = season_of(one_line(node.text(deep=True))) or page_season
                continue
            header = next((tr for tr in node.css("tr") if tr.css_first("th[scope=col]")), None)
            names = (
                [one_line(th.text(deep=True, separator=" ")).lower() for th in header.css("th")]
                if header
                else []
            )
            for tr in node.css("tr.module-episode-list-row"):
                rows.append(_row(tr, names, season))
        return rows

    # -- prose -----------------------------------------------------------------------------

    def prose(self) -> tuple[list[str], list[Section]]:
        if self.root is None:
            return [], []
        for node in self.root.css("table"):
            node.decompose()
        for node in self.root.css(f"{_DROPPED}, {_UNSEEN}"):
            node.decompose()
        lead: list[str] = []
        sections: list[Section] = []
        current = lead
        skipping: int | None = None
        for node in self.root.css("h2, h3, h4, h5, h6, p, li, dd"):
            tag = node.tag or ""
            if tag[:1] == "h" and tag[1:].isdigit():
                level = int(tag[1:])
                heading = one_line(node.text(deep=True))
                if skipping is not None and level > skipping:
                    continue
                skipping = level if heading.lower() in SKIPPED_SECTIONS else None
                if skipping is None and heading:
                    sections.append(Section(heading, level))
                    current = sections[-1].paragraphs
                continue
            if skipping is not None or _inside_item(node):
                continue
            text = one_line(node.text(deep=True))
            if any(ch.isalnum() for ch in text):
                current.append(text)
        return lead, with_text(sections)


def _inside_item(node: LexborNode) -> bool:
    """A list item inside another one: its words are its parent's already."""
    parent = node.parent
    while parent is not None:
        if parent.tag in ("li", "dd") or (node.tag == "p" and parent.tag == "li"):
            return True
        parent = parent.parent
    return False


def _row(tr: LexborNode, names: list[str], season: int | None) -> Row:
    cells = [c for c in tr.iter() if c.tag in ("th", "td")]

    def cell(*wanted: str) -> LexborNode | None:
        for index, name in enumerate(names):
            if any(w in name for w in wanted) and index < len(cells):
                return cells[index]
        return None

    def text(*wanted: str) -> str:
        found = cell(*wanted)
        return text_of(found) if found is not None else ""

    title_cell = tr.css_first("td.summary") or cell("title")
    link = title_cell.css_first("a") if title_cell is not None else None
    summary = ""
    following = tr.next
    while following is not None and following.tag != "tr":
        following = following.next
    if following is not None and "expand-child" in (following.attributes.get("class") or ""):
        summary = text_of(following)
    overall = text("no. overall", "no.")
    in_season = text("no. in season", "no. in series")
    return Row(
        title=text_of(title_cell).strip('"“”') if title_cell is not None else "",
        target=target(link.attributes.get("href")) if link is not None else None,
        overall=overall,
        number=in_season or overall,
        season=season,
        director=text("directed by"),
        writer=text("written by"),
        airdate=_airdate(cell("air date", "release date", "airdate")),
        production=text("prod. code", "production code"),
        summary=summary,
    )


def _airdate(node: LexborNode | None) -> str:
    """The date as the page shows it; its ISO form (``span.dtstart``) written out."""
    if node is None:
        return ""
    iso = node.css_first(".dtstart, .published")
    if iso is not None:
        try:
            day = date.fromisoformat(one_line(iso.text(deep=True)))
        except ValueError:
            day = None
        if day is not None:
            return day_text(day.year, day.month, day.day)
    return text_of(node)


class HtmlReader:
    """A ZIM's pages: HTML (each parsed once; prose from a fresh parse, as it cleans)."""

    def __init__(self) -> None:
        self._parsed: dict[tuple[str, int | None], Html] = {}

    def _html(self, page: Page) -> Html:
        key = (page.title, page.revid)
        if key not in self._parsed:
            self._parsed[key] = Html(page.wikitext)
        return self._parsed[key]

    def is_show(self, page: Page) -> bool:
        return self._html(page).is_show()

    def show_fields(self, page: Page) -> list[tuple[str, str]]:
        return self._html(page).show_fields()

    def episode_fields(self, page: Page) -> list[tuple[str, str]] | None:
        return self._html(page).episode_fields()

    def shown_title(self, page: Page) -> str | None:
        return self._html(page).shown_title()

    def prose(self, page: Page) -> tuple[list[str], list[Section]]:
        return Html(page.wikitext).prose()

    def rows(self, page: Page, page_season: int | None) -> list[Row]:
        return self._html(page).rows(page_season)

    def linked_titles(self, page: Page) -> list[str]:
        return self._html(page).linked_titles()
