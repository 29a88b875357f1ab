"""A show's articles from a MediaWiki site: its overview, its list of episodes, and every
episode — from the episode's own page where it has one, else made from its row of the
show's episode tables. That show only: never another show that a page links to.

Every article says where it came from (Source, Source URL: the page's history, Revision,
License), as CC BY-SA asks of anything taken from Wikipedia.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from guide.core.article import fold_title
from guide.core.importing.sources import wikitext as wt
from guide.core.importing.sources.pages import Page, SiteInfo, SourceError

ATTRIBUTION = ("Source", "Source URL", "Revision", "License")
# A show's page named apart from other things of its name: "Lost (TV series)", "Skins (British
# TV series)", "Cosmos (miniseries)". The show is its name, as `guide get SHOW` names it.
_SHOW_PAGE = re.compile(
    r"\s*\((?:[^()]*\s)?(?:TV series|TV programme|TV program|series|miniseries|web series)\)$",
    re.IGNORECASE,
)


class Reader(Protocol):
    """What a show is read from in a page, whatever the page's form (wikitext, HTML)."""

    def is_show(self, page: Page) -> bool: ...

    def show_fields(self, page: Page) -> list[tuple[str, str]]: ...

    def episode_fields(self, page: Page) -> list[tuple[str, str]] | None: ...

    def shown_title(self, page: Page) -> str | None: ...

    def prose(self, page: Page) -> tuple[list[str], list[wt.Section]]: ...

    def rows(self, page: Page, page_season: int | None) -> list[wt.Row]: ...

    def linked_titles(self, page: Page) -> list[str]: ...


class Source(Protocol):
    """Where pages come from: a wiki's API, a ZIM file."""

    @property
    def info(self) -> SiteInfo: ...

    @property
    def reader(self) -> Reader: ...

    def pages(self, titles: Iterable[str]) -> dict[str, Page | None]: ...

    def close(self) -> None: ...


@dataclass
class Got:
    """What a show's pages became: article texts, and what could not be used."""

    source: str
    show: str
    articles: list[tuple[str, str, str]] = field(default_factory=list)  # title, text, URL
    pages_read: int = 0
    made_from_rows: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # page, reason


@dataclass
class _Episode:
    title: str  # the article's title
    row: wt.Row | None
    page: Page | None  # its own page (with an episode infobox), if it has one
    holder: Page  # the page whose text it is made from (its own, or its list's)


def get_show(site: Source, show: str) -> Got:
    show = " ".join(show.split())
    if not show:
        raise SourceError("no show named: give the show's name as the site titles it")
    list_title = f"List of {show} episodes"
    main = site.pages([show, f"{show} (TV series)", list_title])
    reader = site.reader
    overview = next(
        (p for p in (main.get(f"{show} (TV series)"), main.get(show)) if p and reader.is_show(p)),
        None,
    )
    listing = main.get(list_title)
    if listing is not None and overview is not None and listing.title == overview.title:
        listing = None  # the list redirects to the show's page: its episodes are there
    if overview is None and listing is None:
        raise SourceError(
            f"{site.info.name} has no page for a show named {show!r} (looked for '{show}', "
            f"'{show} (TV series)' and '{list_title}')"
        )
    got = Got(site.info.name, show)
    read = [p for p in (overview, listing) if p is not None]
    holders = [listing] if listing is not None else [overview]
    seasons = site.pages(_season_titles(show, [p for p in holders if p is not None], reader))
    holders += sorted(
        (p for p in seasons.values() if p is not None), key=lambda p: wt.season_of(p.title) or 0
    )
    read += [p for p in seasons.values() if p is not None]
    rows: list[tuple[wt.Row, Page]] = []
    seen: set[tuple[int | None, str, str]] = set()
    for holder in holders:
        assert holder is not None
        page_season = wt.season_of(holder.title) if holder is not listing else None
        for row in reader.rows(holder, page_season):
            key = (row.season, row.number, row.title.lower())
            if row.title and key not in seen:
                seen.add(key)
                rows.append((row, holder))
    own = site.pages(row.target for row, _ in rows if row.target)
    read += [p for p in own.values() if p is not None]
    got.pages_read = len({p.title for p in read})
    taken = {fold_title(t) for t in (show, list_title)}
    taken |= {fold_title(p.title) for p in read if p is not None}
    taken -= {
        fold_title(p.title)
        for p in own.values()
        if p is not None and reader.episode_fields(p) is not None
    }
    episodes = _episodes(show, rows, own, reader, taken)
    final = {asked: page.title for asked, page in {**main, **own}.items() if page is not None}
    list_name = listing.title if listing is not None else None
    for index, episode in enumerate(episodes):
        before = episodes[index - 1].title if index > 0 else None
        after = episodes[index + 1].title if index + 1 < len(episodes) else None
        text = _episode_text(site.info, reader, show, episode, (before, after), list_name, final)
        got.articles.append((episode.title, text, address(site.info, episode.holder.title)))
        if episode.page is None:
            got.made_from_rows.append(episode.title)
    heads = [(show, overview, True), (list_title, listing, False)]
    got.articles[:0] = [
        (
            title,
            _page_text(site.info, reader, title, page, is_overview),
            address(site.info, page.title),
        )
        for title, page, is_overview in heads
        if page is not None
    ]
    return got


def _season_titles(show: str, pages: list[Page], reader: Reader) -> list[str]:
    """The show's season pages that these pages link to or transclude."""
    pattern = re.compile(
        rf"^{re.escape(show)}\s*(?:\((?:season|series)\s+\d+\)|(?:season|series)\s+\d+)$",
        re.IGNORECASE,
    )
    found: list[str] = []
    for page in pages:
        for name in reader.linked_titles(page):
            name = " ".join(name.split("#", 1)[0].split())
            if pattern.match(name) and name not in found:
                found.append(name)
    return found


def _episodes(
    show: str,
    rows: list[tuple[wt.Row, Page]],
    own: dict[str, Page | None],
    reader: Reader,
    taken: set[str],
) -> list[_Episode]:
    """The show's episodes in the tables' order. An episode is imported under its own
    page's title where that page is an episode's; under the title a red link names where
    its page does not exist yet; else as "Title (Show)" — never under the title of a page
    that is something else (the list, a season, another show's article), whose article it
    would replace. ``taken``: the folded titles of the show's other pages."""
    episodes = []
    titles: set[str] = set()
    for row, holder in rows:
        page = own.get(row.target) if row.target else None
        if page is not None and reader.episode_fields(page) is not None:
            title = page.title
        elif row.target and page is None and "#" not in row.target:
            title = row.target  # a red link: the title the wiki would give its page
        else:
            page, title = None, f"{row.title} ({show})"
        if fold_title(title) in taken:
            page, title = None, f"{row.title} ({show})"
        if fold_title(title) in titles or fold_title(title) in taken:
            continue
        titles.add(fold_title(title))
        episodes.append(_Episode(title, row, page, page or holder))
    return episodes


def address(site: SiteInfo, title: str) -> str:
    """Where an article came from, as the library keeps it: the page's history on its wiki,
    or (a ZIM or a dump that does not say which wiki) "source:FILE#TITLE" — never what
    could be taken for a file of the user's own."""
    return site.history_url(title) if site.server else f"source:{site.api}#{title}"


def _attribution(site: SiteInfo, page: Page) -> list[tuple[str, str]]:
    fields = [("Source", site.name)]
    if site.server:
        fields.append(("Source URL", site.history_url(page.title)))
    if page.revid is not None:
        fields.append(("Revision", str(page.revid)))
    if site.license:
        fields.append(("License", site.license))
    return fields


def _episode_text(
    site: SiteInfo,
    reader: Reader,
    show: str,
    episode: _Episode,
    neighbours: tuple[str | None, str | None],
    list_name: str | None,
    final: dict[str, str],
) -> str:
    row = episode.row
    if episode.page is not None:
        fields = _page_fields(reader, episode.page)
        lead, sections = reader.prose(episode.page)
    else:
        assert row is not None
        fields = [("Rtitle", row.title)] if row.title != episode.title else []
        fields += [("Series", show)]
        fields += [
            (key, value)
            for key, value in (
                ("Season", str(row.season) if row.season is not None else ""),
                ("Episode", row.number),
                ("Director", row.director),
                ("Writer", row.writer),
                ("Airdate", row.airdate),
                ("Production code", row.production),
            )
            if value
        ]
        lead, sections = ([row.summary] if row.summary else []), []
    fields = _with_links(fields, show, *neighbours, list_name, final)
    return wt.article_text(
        episode.title, fields + _attribution(site, episode.holder), lead, sections
    )


def _page_fields(reader: Reader, page: Page) -> list[tuple[str, str]]:
    """An episode page's infobox as fields, with its title as shown (Rtitle) where the
    page's title differs ("Fog Signal" for "Fog Signal (The Lighthouse Keepers)")."""
    fields = reader.episode_fields(page) or []
    shown = (reader.shown_title(page) or "").strip('"') or wt.strip_disambiguation(page.title)
    if "Rtitle" not in {key for key, _ in fields} and shown != page.title:
        fields.insert(0, ("Rtitle", shown))
    return fields


def episode_page_text(site: SiteInfo, reader: Reader, page: Page) -> str | None:
    """An episode's own page as an article, alone (a dump's --all): its infobox as it is,
    with its credit; None for a page that is not an episode's."""
    if reader.episode_fields(page) is None:
        return None
    lead, sections = reader.prose(page)
    fields = [
        (key, _SHOW_PAGE.sub("", value) if key == "Series" else value)
        for key, value in _page_fields(reader, page)
    ]
    fields += _attribution(site, page)
    return wt.article_text(page.title, fields, lead, sections)


def _with_links(
    fields: list[tuple[str, str]],
    show: str,
    before: str | None,
    after: str | None,
    list_name: str | None,
    final: dict[str, str],
) -> list[tuple[str, str]]:
    """Series, Prev, Next and Episode List name articles by the titles they are imported
    under (a redirect's target); missing ones come from the show and the table's order."""
    fields = [
        (key, final.get(value, value) if key in ("Prev", "Next", "Episode List") else value)
        for key, value in fields
    ]
    named = {key for key, _ in fields}
    wanted = [("Series", show), ("Prev", before), ("Next", after), ("Episode List", list_name)]
    for key, value in wanted:
        if key not in named and value:
            fields.append((key, value))
    return [(k, show) if k == "Series" else (k, v) for k, v in fields]


def _page_text(site: SiteInfo, reader: Reader, title: str, page: Page, is_overview: bool) -> str:
    fields = reader.show_fields(page) if is_overview else []
    lead, sections = reader.prose(page)
    return wt.article_text(title, fields + _attribution(site, page), lead, sections)
