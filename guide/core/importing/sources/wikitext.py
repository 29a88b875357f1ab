"""Wikitext to the text of an article file: what a reader sees of a MediaWiki page, the
infobox of an episode as the article format's fields, and the rows of episode tables.

``strip_code()`` alone drops what templates say (an airdate is a ``{{Start date}}``), so
templates are read through a small table: dates are written out, lists joined, wrappers
give their text, and references, notes, navigation boxes and maintenance templates go.
Links keep their label in prose; where a field names another article (Series, Prev, Next,
Episode List) it keeps the link's target, the title the app's links and order go by.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

# Sections that are about the page, not the episode.
SKIPPED_SECTIONS = frozenset(
    {
        "references",
        "external links",
        "notes",
        "see also",
        "further reading",
        "bibliography",
        "citations",
        "sources",
        "footnotes",
        "notes and references",
        "references and notes",
    }
)

# {{Infobox television episode}}'s parameters -> the article format's keys, in the order
# an article lists them (Template:Infobox television episode, its TemplateData).
EPISODE_INFOBOX = {
    "rtitle": "Rtitle",
    "series": "Series",
    "season": "Season",
    "series_no": "Series no",
    "episode": "Episode",
    "director": "Director",
    "writer": "Writer",
    "story": "Story",
    "teleplay": "Teleplay",
    "narrator": "Narrator",
    "presenter": "Presenter",
    "music": "Music",
    "photographer": "Cinematography",
    "editor": "Editing",
    "production": "Production code",
    "length": "Running time",
    "airdate": "Airdate",
    "released": "Released",
    "guests": "Guests",
    "prev": "Prev",
    "next": "Next",
    "episode_list": "Episode List",
}
# Fields that name another article: their value is the link's target, not its label.
LINKING = frozenset({"series", "prev", "next", "episode_list"})

SHOW_INFOBOX = {
    "genre": "Genre",
    "creator": "Created by",
    "based_on": "Based on",
    "starring": "Starring",
    "country": "Country",
    "num_seasons": "Seasons",
    "num_series": "Series count",
    "num_episodes": "Episodes",
    "network": "Network",
    "first_aired": "First aired",
    "last_aired": "Last aired",
}

EPISODE_INFOBOXES = frozenset({"infobox television episode", "infobox tv episode"})

SHOW_INFOBOXES = frozenset({"infobox television", "infobox tv series", "infobox television series"})
EPISODE_ROWS = frozenset({"episode list", "episode list/sublist"})

_DATES = frozenset(
    {"start date", "film date", "dts", "start date and age", "end date", "date", "release date"}
)
_LISTS = frozenset({"ubl", "unbulleted list", "plainlist", "flatlist", "hlist", "plain list"})
_FIRST_PARAM = frozenset({"nowrap", "nobold", "noitalic", "small", "abbr", "ill", "nihongo", "vi"})
_SECOND_PARAM = frozenset({"lang", "langx", "transl"})


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)  # English, whatever the process's locale (Qt sets it from the desktop's)


def day_text(year: int, month: int | None = None, day: int | None = None) -> str:
    """ "22 April 2022", "April 2022" or "2022", as an article's dates are written."""
    if month is None or not 1 <= month <= 12:
        return str(year)
    return f"{day} {MONTHS[month - 1]} {year}" if day else f"{MONTHS[month - 1]} {year}"


def template_name(template: Template) -> str:
    return " ".join(str(template.name).replace("_", " ").split()).lower()


def _positional(template: Template) -> list[str]:
    return [str(p.value).strip() for p in template.params if not p.showkey]


def date_text(template: Template) -> str:
    """{{Start date|2022|4|22}} -> "22 April 2022" (a month alone, a year alone as given)."""
    parts = [p for p in _positional(template) if p][:3]
    numbers = [int(p) if p.isdigit() else None for p in parts]
    if not numbers or numbers[0] is None:
        return " ".join(parts)
    month = numbers[1] if len(numbers) >= 2 else None
    day = numbers[2] if len(numbers) >= 3 else None
    return day_text(numbers[0], month, day)


@dataclass
class Plain:
    """How wikicode becomes text: ``links`` says whether a link gives its target."""

    targets: bool = False
    separator: str = "\n"  # what a <br> becomes

    def text(self, code: Wikicode | str) -> str:
        if isinstance(code, str):
            code = mwparserfromhell.parse(code)
        out = "".join(self._node(node) for node in code.nodes)
        return out

    def _node(self, node: object) -> str:
        if isinstance(node, Text):
            return str(node.value)
        if isinstance(node, HTMLEntity):
            return " " if node.normalize() == "\xa0" else str(node.normalize())
        if isinstance(node, Comment):
            return ""
        if isinstance(node, Wikilink):
            target = str(node.title).strip()
            if ":" in target and target.split(":", 1)[0].strip().lower() in (
                "file",
                "image",
                "category",
                "media",
            ):
                return ""
            if self.targets:
                return target.split("#", 1)[0].strip() if "#" in target else target
            return self.text(node.text) if node.text is not None else target.lstrip(":")
        if isinstance(node, ExternalLink):
            return self.text(node.title) if node.title is not None else ""
        if isinstance(node, Tag):
            return self._tag(node)
        if isinstance(node, Template):
            return self._template(node)
        if isinstance(node, Heading):
            return ""
        return str(node)

    def _tag(self, tag: Tag) -> str:
        name = str(tag.tag).lower()
        if name in ("ref", "references", "gallery", "math", "score", "timeline", "table"):
            return ""
        if name == "br":
            return self.separator
        if name in ("li", "dd", "dt"):
            return "\n\n"  # a list's item is a paragraph of its own
        if tag.contents is None:
            return ""
        return self.text(tag.contents)

    def _template(self, template: Template) -> str:
        name = template_name(template)
        if name in _DATES:
            return date_text(template)
        if name in _LISTS:
            items: list[str] = []
            for value in _positional(template):
                lines = [line.lstrip("*#:; ").strip() for line in value.splitlines()]
                items += [self.text(line) for line in lines if line]
            return ", ".join(item.strip() for item in items if item.strip())
        if name in _FIRST_PARAM:
            first = _positional(template)
            return self.text(first[0]) if first else ""
        if name in _SECOND_PARAM:
            given = _positional(template)
            return self.text(given[1]) if len(given) > 1 else ""
        if name in ("'", "'s"):
            return "'" if name == "'" else "'s"
        if name in ("snd", "spaced ndash", "spaced en dash"):
            return " – "
        if name in ("ndash", "mdash"):
            return "–" if name == "ndash" else "—"
        return ""  # citations, notes, navboxes, maintenance: not what a reader reads


PROSE = Plain()
VALUE = Plain(separator=", ")
TARGET = Plain(targets=True, separator=", ")


def one_line(text: str) -> str:
    return " ".join(text.split())


def field_value(value: Wikicode, *, target: bool = False) -> str:
    """An infobox value as one line: a link's target where the field names an article."""
    if target:
        links = value.filter_wikilinks(recursive=False)
        if links:
            return one_line(TARGET.text(mwparserfromhell.parse(str(links[0]))))
    return one_line(VALUE.text(value)).strip(" ,")


def find_template(code: Wikicode, names: frozenset[str]) -> Template | None:
    for template in code.filter_templates(recursive=False):
        if template_name(template) in names:
            return template
    return None


def infobox_fields(template: Template, table: dict[str, str]) -> list[tuple[str, str]]:
    found = {str(p.name).strip().lower(): p.value for p in template.params if p.showkey}
    fields = []
    for param, key in table.items():
        if param in found:
            value = field_value(found[param], target=param in LINKING)
            if value:
                fields.append((key, value))
    return fields


@dataclass
class Section:
    heading: str
    level: int
    paragraphs: list[str] = field(default_factory=list)


def prose(code: Wikicode) -> tuple[list[str], list[Section]]:
    """The lead's paragraphs and the sections a reader reads (not References and kin)."""
    lead: list[str] = []
    sections: list[Section] = []
    skipping_below: int | None = None
    current: list[str] = lead
    for level, heading, body in _split_sections(code):
        if heading is not None:
            if skipping_below is not None and level > skipping_below:
                continue
            skipping_below = None
            if one_line(PROSE.text(heading)).lower() in SKIPPED_SECTIONS:
                skipping_below = level
                continue
            section = Section(one_line(PROSE.text(heading)), min(max(level, 2), 6))
            sections.append(section)
            current = section.paragraphs
        elif skipping_below is not None:
            continue
        current.extend(paragraphs(body))
    return lead, with_text([s for s in sections if s.heading])


def with_text(sections: list[Section]) -> list[Section]:
    """The sections that hold text, or whose subsections do (a section that held only a
    table or a transcluded list is left out)."""
    kept = []
    for index, section in enumerate(sections):
        below = []
        for later in sections[index + 1 :]:
            if later.level <= section.level:
                break
            below.append(later)
        if section.paragraphs or any(s.paragraphs for s in below):
            kept.append(section)
    return kept


def _split_sections(code: Wikicode) -> Iterator[tuple[int, Wikicode | None, Wikicode]]:
    """(level, heading, what follows it) in order; the lead first, with no heading."""
    nodes: list[Node] = []
    heading: Heading | None = None
    for node in code.nodes:
        if isinstance(node, Heading):
            yield (
                (heading.level if heading else 0),
                (heading.title if heading else None),
                (Wikicode(nodes)),
            )
            heading, nodes = node, []
        else:
            nodes.append(node)
    yield (
        (heading.level if heading else 0),
        (heading.title if heading else None),
        (Wikicode(nodes)),
    )


_BLANK = re.compile(r"\n\s*\n")


def paragraphs(code: Wikicode) -> list[str]:
    """Paragraphs of prose: tables, templates that stand alone and files leave nothing; each
    list item is a paragraph of its own."""
    found = []
    for block in _BLANK.split(PROSE.text(code)):
        line = one_line(block)
        if any(ch.isalnum() for ch in line):
            found.append(line)
    return found


def strip_disambiguation(title: str) -> str:
    """ "Fog Signal (The Lighthouse Keepers)" -> "Fog Signal"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", title).strip() or title


def article_text(
    title: str,
    fields: list[tuple[str, str]],
    lead: list[str],
    sections: list[Section],
) -> str:
    """The text of an article file (ARTICLE_FORMAT.md)."""
    lines = [f"= {one_line(title)} =", ""]
    if fields:
        lines.append("Infobox")
        lines += [f"- {key}: {one_line(value)}" for key, value in fields]
        lines.append("")
    for paragraph in lead:
        lines += [paragraph, ""]
    for section in sections:
        marks = "=" * section.level
        lines += [f"{marks}{section.heading}{marks}"]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
        if not section.paragraphs:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# -- episode tables ----------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One row of an {{Episode list}}: an episode as its show's list tells it."""

    title: str  # as shown
    target: str | None  # the article the title links to, if it links
    overall: str
    number: str  # in its season (EpisodeNumber2), else overall
    season: int | None
    director: str
    writer: str
    airdate: str
    production: str
    summary: str


_SEASON_WORDS = re.compile(r"\b(?:season|series)\s+(\d+)\b", re.IGNORECASE)


def season_of(text: str) -> int | None:
    found = _SEASON_WORDS.search(text)
    return int(found.group(1)) if found else None


def episode_rows(code: Wikicode, page_season: int | None = None) -> list[Row]:
    """Every {{Episode list}} row of a page, in order; a row's season is its section's
    ("Season 2 (2023)"), else the page's ("… (season 2)")."""
    rows = []
    for level, heading, body in _split_sections(code):
        season = page_season
        if heading is not None and level >= 2:
            season = season_of(one_line(PROSE.text(heading))) or page_season
        for template in body.filter_templates(recursive=True):
            if template_name(template) in EPISODE_ROWS:
                rows.append(_row(template, season))
    return rows


def _row(template: Template, season: int | None) -> Row:
    def param(name: str) -> Wikicode | None:
        return template.get(name).value if template.has(name) else None

    def text(name: str) -> str:
        value = param(name)
        return one_line(VALUE.text(value)).strip(" ,") if value is not None else ""

    title_code = param("Title")
    target = None
    if title_code is not None:
        links = title_code.filter_wikilinks(recursive=False)
        if links:
            target = one_line(TARGET.text(mwparserfromhell.parse(str(links[0]))))
    overall = text("EpisodeNumber")
    in_season = text("EpisodeNumber2")
    return Row(
        title=text("Title").strip('"'),
        target=target,
        overall=overall,
        number=in_season or overall,
        season=season,
        director=text("DirectedBy"),
        writer=text("WrittenBy"),
        airdate=text("OriginalAirDate"),
        production=text("ProdCode"),
        summary=one_line(PROSE.text(param("ShortSummary") or mwparserfromhell.parse(""))),
    )


def parse(wikitext: str) -> Wikicode:
    return mwparserfromhell.parse(wikitext)
