"""Articles as HTML for QTextBrowser. Every piece of article text is escaped: markup-looking
text is shown as written, and nothing in an article can make the reader load anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote, unquote

from guide.core.article import ATTRIBUTION_KEYS, Kind, credit, normalise_key
from guide.core.library import Library
from guide.core.library.plays import episode_code
from guide.core.library.records import ArticleRecord, ArticleRow
from guide.gui import i18n
from guide.gui.i18n import QT_TR_NOOP, tr

SHIELD_TEXT = QT_TR_NOOP("The prose of this episode is folded away until you have watched it.")
# Shown at first; the rest in steps, on request (an article of 100,000 fields or megabytes of
# prose, laid out whole, froze the window for seconds on every open).
INFOBOX_SHOWN = 200
INFOBOX_STEP = 1_000
PROSE_SHOWN = 30_000  # characters: a long episode article is under 20,000
MORE_FIELDS = "more:infobox"
MORE_PROSE = "more:prose"


def plain_tip(text: str) -> str:
    """A tooltip that shows text exactly as written. Qt reads a tooltip that looks like
    markup as rich text (and would load an <img src="file:///…">), so outside text is escaped
    inside an explicit rich-text envelope."""
    return "<qt>" + escape(text).replace("\n", "<br>") + "</qt>"


def article_link(article_id: int) -> str:
    return f"article:{article_id}"


def show_link(show_key: str) -> str:
    return f"show:{quote(show_key)}"


def parse_link(href: str) -> tuple[str, str]:
    """('article', id), ('show', key), ('more', 'infobox' or 'prose'), or ('', href)."""
    scheme, _, rest = href.partition(":")
    if scheme in ("article", "show", "more"):
        return scheme, unquote(rest)
    return "", href


def placement(record: ArticleRecord) -> str:
    """`The Lighthouse Keepers · Season 1 · Episode 2`, or the kind of article."""
    a = record.article
    parts = []
    if record.show:
        parts.append(record.show)
    if a.season is not None:
        parts.append(tr("Season {number}").format(number=a.season))
    if record.kind == Kind.EPISODE:
        episode = a.meaning("episode")
        if episode:
            parts.append(tr("Episode {number}").format(number=episode))
    elif record.kind == Kind.LIST:
        parts.append(tr("Episode list"))
    elif record.kind == Kind.OVERVIEW:
        parts.append(tr("Show overview"))
    if a.airdate:
        parts.append(i18n.airdate_text(a.airdate))
    return " · ".join(parts)


def section_anchor(number: int) -> str:
    return f"section-{number}"


def title_hidden(row: ArticleRow, hide_titles: bool) -> bool:
    """Whether a row's title is hidden: the Spoiler Shield's option, an unwatched episode."""
    return hide_titles and row.kind == Kind.EPISODE and not row.watched


def shown_title(row: ArticleRow, hide_titles: bool) -> str:
    """A row's display title, or that it is hidden (see title_hidden)."""
    return tr("(title hidden)") if title_hidden(row, hide_titles) else row.display_title


def hidden_title(season: int | None, episode: int | None, label: str | None = None) -> str:
    """What an unwatched episode goes by when its title is hidden: its number."""
    return code_hidden(episode_code(season, episode, label))


def code_hidden(code: str) -> str:
    """An episode whose title is hidden, by its code ("S01E03 (title hidden)")."""
    return tr("{code} (title hidden)").format(code=code) if code else tr("(title hidden)")


def article_html(
    record: ArticleRecord,
    *,
    shielded: bool = False,
    limit: int | None = PROSE_SHOWN,
    title_hidden: bool = False,
) -> str:
    """The reader's page; past ``limit`` characters of prose, a link shows more. Shielded,
    the prose is folded away (and with ``title_hidden`` the title too)."""
    a = record.article
    if shielded and title_hidden:
        heading = hidden_title(a.season, a.episode, a.episode_label)
        return f"<h1>{escape(heading)}</h1>\n<p><i>{escape(tr(SHIELD_TEXT))}</i></p>"
    out = [f"<h1>{escape(a.display_title)}</h1>"]
    if a.display_title != a.title:
        out.append(f"<p><i>{escape(a.title)}</i></p>")
    line = placement(record)
    if line:
        out.append(f"<p style='font-size:small'>{escape(line)}</p>")
    if shielded:
        out.append(f"<p><i>{escape(tr(SHIELD_TEXT))}</i></p>")
        return "\n".join(out)
    budget = limit if limit is not None else -1
    total = sum(len(p) for p in a.lead) + sum(
        len(s.heading) + sum(len(p) for p in s.paragraphs) for s in a.sections
    )
    shown = 0

    def paragraph(text: str) -> str | None:
        nonlocal shown
        if budget >= 0 and shown >= budget:
            return None
        if budget >= 0 and shown + len(text) > budget:
            text = text[: budget - shown].rsplit(" ", 1)[0] + " …"
        shown += len(text)
        return f"<p>{escape(text)}</p>"

    out += [p for p in map(paragraph, a.lead) if p]
    for number, section in enumerate(a.sections):
        if budget >= 0 and shown >= budget:
            break
        level = min(max(section.level, 2), 6)
        out.append(
            f"<a name='{section_anchor(number)}'></a><h{level}>{escape(section.heading)}</h{level}>"
        )
        shown += len(section.heading)
        out += [p for p in map(paragraph, section.paragraphs) if p]
    if budget >= 0 and shown < total and total > budget:
        rest = total - shown
        more = escape(tr("Show more of this article"))
        untold = escape(tr("(%Ln character(s) not shown yet)", "", rest))
        out.append(f"<p><a href='{MORE_PROSE}'>{more}</a> <i>{untold}</i></p>")
    if not a.lead and not a.sections:
        out.append(f"<p><i>{escape(tr('This article has no prose.'))}</i></p>")
    said = credit_html(a.infobox)
    if said:
        out.append(said)
    return "\n".join(out)


def credit_html(infobox: Sequence[tuple[str, str]]) -> str:
    """ "From Wikipedia, CC BY-SA 4.0 · Page history": the credit its licence asks for, at
    the end of what the reader shows of an article."""
    found = credit(infobox)
    if found is None:
        return ""
    words = (
        tr("From {source}, {license}").format(source=found.source, license=found.license)
        if found.license
        else tr("From {source}").format(source=found.source)
    )
    line = f"<i>{escape(words)}</i>"
    if found.url is not None:
        # Double quotes: Qt reads entities (an address's &amp;) only in those.
        href = escape(found.url, quote=True)
        line += f' · <a href="{href}">{escape(tr("Page history"))}</a>'
    return f"<p style='font-size:small'>{line}</p>"


@dataclass(frozen=True)
class InfoboxLinks:
    """Field index -> link, for every shown value that names an article (or, for Series, a
    show); and field index -> what stands for a value that is the title of an episode the
    Spoiler Shield hides (its number: "S01E03 (title hidden)")."""

    links: dict[int, str]
    hidden: dict[int, str]


def infobox_links(
    record: ArticleRecord, library: Library, limit: int = INFOBOX_SHOWN, hide_titles: bool = False
) -> InfoboxLinks:
    fields = record.article.infobox[:limit]
    present = library.titles_present(value for _, value in fields)
    links: dict[int, str] = {}
    targets: dict[int, int] = {}
    for index, (key, value) in enumerate(fields):
        target = present.get(" ".join(value.split()).casefold())
        if target is not None and target != record.id:
            links[index] = article_link(target)
            targets[index] = target
        elif normalise_key(key) == "series" and record.show_key and value:
            links[index] = show_link(record.show_key)
    unwatched = library.unwatched_episodes(list(set(targets.values()))) if hide_titles else {}
    hidden = {i: code_hidden(unwatched[t]) for i, t in targets.items() if t in unwatched}
    return InfoboxLinks(links, hidden)


# Infobox keys that are the format's words, not a reader's: shown in the reader's words.
_FIELD_LABELS = {"rtitle": QT_TR_NOOP("Original title")}


def field_label(key: str) -> str:
    label = _FIELD_LABELS.get(normalise_key(key))
    return tr(label) if label else key


def infobox_html(
    record: ArticleRecord, links: InfoboxLinks | None = None, limit: int = INFOBOX_SHOWN
) -> str:
    links = links or InfoboxLinks({}, {})
    fields = record.article.infobox
    total = record.infobox_total if record.infobox_total is not None else len(fields)
    if not fields:
        return f"<p><i>{escape(tr('No infobox'))}</i></p>"
    rows = []
    for index, (key, value) in enumerate(fields[:limit]):
        if normalise_key(key) in ATTRIBUTION_KEYS:
            continue  # the article's credit, shown under its prose
        value = links.hidden.get(index, value)
        shown = escape(value) if value else "<i>—</i>"
        href = links.links.get(index)
        if href is not None:
            shown = f'<a href="{escape(href, quote=True)}">{shown}</a>'
        rows.append(
            f"<tr><th align='left' valign='top' style='padding-right:8px'>"
            f"{escape(field_label(key))}</th>"
            f"<td valign='top'>{shown}</td></tr>"
        )
    more = ""
    if total > limit:
        step = min(INFOBOX_STEP, total - limit)
        show = escape(tr("Show %Ln more field(s)", "", step))
        untold = escape(tr("(%Ln not shown yet)", "", total - limit))
        more = f"<p><a href='{MORE_FIELDS}'>{show}</a> <i>{untold}</i></p>"
    return "<table cellspacing='2' width='100%'>" + "".join(rows) + "</table>" + more
