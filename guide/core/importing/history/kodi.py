"""Kodi and Jellyfin: NFO files (`<episodedetails>`, `<movie>`, `<tvshow>`) and Kodi's library
export `videodb.xml`, with `playcount` (or `<watched>true</watched>`, as MediaPortal and
tinyMediaManager write it), `lastplayed`, `userrating` and `originaltitle`.

Times: Kodi's NFO writer gives `lastplayed` as a date alone (local: the play keeps its day);
Jellyfin's NFO saver writes a date and time in UTC (and its parser reads it as UTC); Kodi's
`videodb.xml` holds its database's local date and time. A multi-episode NFO holds several
`<episodedetails>` roots, one per episode of the file.

Documents that declare a DTD or entities are refused: an export never needs one, and
entity expansion is how an XML file grows a million times when read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

from guide.core.importing.history.entries import (
    Entry,
    HistoryError,
    Source,
    count,
    day_moment,
    moment,
    name,
    number,
    rating,
)
from guide.core.times import TimeError

SOURCE = "Kodi/Jellyfin"
ROOTS = ("episodedetails", "movie", "tvshow", "videodb", MULTI := "episodes")
# NFO files of a media library that hold no plays: said, and left out.
NOT_PLAYS = {
    "season": "a season's NFO (its name and artwork), no plays",
    "musicvideo": "a music video's NFO, not a show or a film",
    "artist": "an artist's NFO, not a show or a film",
    "album": "an album's NFO, not a show or a film",
}
LINK_ONLY = "an NFO holding only a link to a scraper's page, no plays"
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_LINK = re.compile(r"^https?://\S+$")


def is_link_only(text: str) -> bool:
    """A "parsing NFO": one line, a link to the item's page on a scraper's site."""
    lines = text.strip().splitlines()
    return len(lines) == 1 and bool(_LINK.match(lines[0].strip()))


def parse(text: str, shown: str) -> ET.Element:
    """The document's root; a multi-episode NFO (several roots) as one ``<episodes>``."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise HistoryError(f"{shown}: declares a DTD or entities, which watch history never needs")
    try:
        return ET.fromstring(text)
    except ET.ParseError as error:
        try:  # several roots: Kodi's multi-episode NFO
            root = ET.fromstring(f"<{MULTI}>{_DECLARATION.sub('', text, count=1)}</{MULTI}>")
        except ET.ParseError:
            raise HistoryError(f"{shown}: is not well-formed XML ({error})") from None
        # (a link after the XML, as Jellyfin allows, is text of the wrapper: passed over)
        if len(root) and all(child.tag in ("episodedetails", "movie") for child in root):
            return root
        raise HistoryError(f"{shown}: is not well-formed XML ({error})") from None


def _text(element: ET.Element, tag: str) -> str | None:
    found = element.find(tag)
    return found.text.strip() if found is not None and found.text else None


def read(root: ET.Element, source: Source) -> None:
    if root.tag == "videodb":
        for index, item in enumerate(root):
            _item(item, source, f"{source.path}, <{item.tag}> {index + 1}", None, utc=False)
    elif root.tag == MULTI:
        for index, item in enumerate(root):
            where = f"{source.path}, <{item.tag}> {index + 1}" if len(root) > 1 else source.path
            _item(item, source, where, None, utc=True)
    else:
        _item(root, source, source.path, None, utc=True)


def _played(item: ET.Element) -> int:
    """The play count, or 1 for `<watched>true</watched>` without one."""
    plays = count(_text(item, "playcount"))
    if not plays and (_text(item, "watched") or "").lower() == "true":
        return 1
    return plays


def _last_played(value: str, *, utc: bool) -> str:
    """A `lastplayed` value: a date alone keeps its day; a date and time is UTC in an NFO
    (Jellyfin's) and local in Kodi's videodb.xml."""
    try:
        return day_moment(date.fromisoformat(value.strip()))
    except ValueError:
        return moment(value, naive_is_local=not utc)


def _item(item: ET.Element, source: Source, where: str, show: str | None, *, utc: bool) -> None:
    if item.tag == "tvshow":
        title = name(_text(item, "title"))
        value = rating(_text(item, "userrating"))
        if title and value is not None:
            source.entries.append(Entry(SOURCE, "show", show=title, rating=value, where=where))
        for index, episode in enumerate(item.findall("episodedetails")):
            _item(episode, source, f"{where}, episode {index + 1}", title, utc=utc)
        return
    if item.tag not in ("episodedetails", "movie"):
        return
    plays = _played(item)
    value = rating(_text(item, "userrating"))
    if not plays and value is None:
        return
    last = None
    lastplayed = _text(item, "lastplayed")
    if plays and lastplayed:
        try:
            last = _last_played(lastplayed, utc=utc)
        except TimeError as error:
            source.skipped.append(f"{where}: lastplayed {error}; date unknown")
    title = name(_text(item, "title"))
    original = name(_text(item, "originaltitle"))
    original = original if original != title else None
    if item.tag == "movie":
        if title is None:
            source.skipped.append(f"{where}: a film with no title")
            return
        entry = Entry(
            SOURCE,
            "film",
            title=title,
            original_title=original,
            year=number(_text(item, "year")),
            watched_at=last,
            plays=plays,
            rating=value,
            where=where,
        )
    else:
        show_title = name(_text(item, "showtitle")) or show
        if show_title is None:
            source.skipped.append(f"{where}: an episode with no show title")
            return
        entry = Entry(
            SOURCE,
            "episode",
            show=show_title,
            season=number(_text(item, "season")),
            episode=number(_text(item, "episode")),
            title=title,
            original_title=original,
            watched_at=last,
            plays=plays,
            rating=value,
            where=where,
        )
    source.entries.append(entry)
