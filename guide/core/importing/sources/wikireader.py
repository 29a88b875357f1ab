"""Which template of a wiki page is an episode's infobox, and the reader that answers the
show finder's questions (show.Reader) from wikitext: Wikipedia's templates, Fandom's starter
{{Infobox episode}} in its copies' spellings, and a wiki's own named in its key map."""

from __future__ import annotations

from dataclasses import dataclass

from mwparserfromhell.nodes import Template
from mwparserfromhell.wikicode import Wikicode

from guide.core.importing.sources.pages import Page
from guide.core.importing.sources.wikitext import (
    EPISODE_INFOBOX,
    EPISODE_INFOBOXES,
    SHOW_INFOBOX,
    SHOW_INFOBOXES,
    Row,
    Section,
    episode_rows,
    field_value,
    find_template,
    infobox_fields,
    parse,
    prose,
)

# Fandom wikis: the starter wiki's {{Infobox episode}} (title, partOfSeason, episodeNumber,
# airdate, writer, director, previousEpisode, nextEpisode) and the names its copies took;
# parameters compared without case, spaces or underscores.
FANDOM_EPISODE_INFOBOXES = frozenset({"infobox episode", "episode infobox", "episode"})
FANDOM_EPISODE = {
    "series": "Series",
    "show": "Series",
    "partofseason": "Season",
    "season": "Season",
    "episodenumber": "Episode",
    "episode": "Episode",
    "number": "Episode",
    "director": "Director",
    "directors": "Director",
    "directedby": "Director",
    "writer": "Writer",
    "writers": "Writer",
    "writtenby": "Writer",
    "productioncode": "Production code",
    "production": "Production code",
    "runtime": "Running time",
    "length": "Running time",
    "airdate": "Airdate",
    "originalairdate": "Airdate",
    "previousepisode": "Prev",
    "previous": "Prev",
    "prev": "Prev",
    "nextepisode": "Next",
    "next": "Next",
}
FANDOM_LINKING = frozenset({"Series", "Prev", "Next"})
_NONE = frozenset({"none", "n/a", "na", "—", "–", "-", "tba", "tbd", "unknown"})


def plain_name(name: str) -> str:
    """A parameter's or a key's name without case, spaces, underscores or hyphens."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


@dataclass(frozen=True)
class KeyMap:
    """A site's own episode infobox: its template names and its parameters' keys, for a
    wiki whose template is neither Wikipedia's nor Fandom's starter one."""

    templates: frozenset[str] = frozenset()
    keys: tuple[tuple[str, str], ...] = ()  # plain parameter name -> the format's key


def fandom_fields(template: Template, extra: KeyMap | None = None) -> list[tuple[str, str]]:
    """A Fandom episode infobox as fields, each key once, in the format's order."""
    table = {**FANDOM_EPISODE, **dict(extra.keys if extra else ())}
    found: dict[str, str] = {}
    for param in template.params:
        key = table.get(plain_name(str(param.name)))
        if key is not None and key not in found:
            value = field_value(param.value, target=key in FANDOM_LINKING)
            if value and value.lower().strip(".") not in _NONE:
                found[key] = value
    order = list(dict.fromkeys([*FANDOM_EPISODE.values(), *table.values()]))
    return [(key, found[key]) for key in order if key in found]


class WikitextReader:
    """A MediaWiki API's pages: wikitext (each parsed once)."""

    def __init__(self, keymap: KeyMap | None = None) -> None:
        self._parsed: dict[tuple[str, int | None], Wikicode] = {}
        self.keymap = keymap or KeyMap()
        self.fandom = FANDOM_EPISODE_INFOBOXES | self.keymap.templates

    def _code(self, page: Page) -> Wikicode:
        key = (page.title, page.revid)
        if key not in self._parsed:
            self._parsed[key] = parse(page.wikitext)
        return self._parsed[key]

    def is_show(self, page: Page) -> bool:
        return find_template(self._code(page), SHOW_INFOBOXES) is not None

    def show_fields(self, page: Page) -> list[tuple[str, str]]:
        box = find_template(self._code(page), SHOW_INFOBOXES)
        return infobox_fields(box, SHOW_INFOBOX) if box is not None else []

    def episode_fields(self, page: Page) -> list[tuple[str, str]] | None:
        box = find_template(self._code(page), EPISODE_INFOBOXES)
        if box is not None:
            return infobox_fields(box, EPISODE_INFOBOX)
        fandom = find_template(self._code(page), self.fandom)
        return fandom_fields(fandom, self.keymap) if fandom is not None else None

    def shown_title(self, page: Page) -> str | None:
        box = find_template(self._code(page), EPISODE_INFOBOXES | self.fandom)
        return field_value(box.get("title").value) if box and box.has("title") else None

    def prose(self, page: Page) -> tuple[list[str], list[Section]]:
        return prose(self._code(page))  # read only: the parse shared with rows and fields

    def rows(self, page: Page, page_season: int | None) -> list[Row]:
        return episode_rows(self._code(page), page_season)

    def linked_titles(self, page: Page) -> list[str]:
        code = self._code(page)
        names = [str(link.title) for link in code.filter_wikilinks()]
        return names + [
            str(t.name).lstrip(":") for t in code.filter_templates() if str(t.name).startswith(":")
        ]
