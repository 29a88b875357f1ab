"""Kodi and Jellyfin: NFO files (`<episodedetails>`, `<movie>`, `<tvshow>`) and Kodi's library
export `videodb.xml`, with `playcount`, `lastplayed` (local time) and `userrating`.

Documents that declare a DTD or entities are refused: an export never needs one, and
entity expansion is how an XML file grows a million times when read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from guide.core.times import TimeError
from guide.core.trackers.entries import (
    Entry,
    HistoryError,
    Source,
    count,
    moment,
    name,
    number,
    rating,
)

SOURCE = "Kodi/Jellyfin"
ROOTS = ("episodedetails", "movie", "tvshow", "videodb")


def parse(text: str) -> ET.Element:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise HistoryError("declares a DTD or entities, which watch history never needs")
    try:
        return ET.fromstring(text)
    except ET.ParseError as error:
        raise HistoryError(f"is not well-formed XML ({error})") from None


def _text(element: ET.Element, tag: str) -> str | None:
    found = element.find(tag)
    return found.text.strip() if found is not None and found.text else None


def read(root: ET.Element, source: Source) -> None:
    if root.tag == "videodb":
        for index, item in enumerate(root):
            _item(item, source, f"{source.path}, <{item.tag}> {index + 1}", None)
    else:
        _item(root, source, source.path, None)


def _item(item: ET.Element, source: Source, where: str, show: str | None) -> None:
    if item.tag == "tvshow":
        title = name(_text(item, "title"))
        value = rating(_text(item, "userrating"))
        if title and value is not None:
            source.entries.append(Entry(SOURCE, "show", show=title, rating=value, where=where))
        for index, episode in enumerate(item.findall("episodedetails")):
            _item(episode, source, f"{where}, episode {index + 1}", title)
        return
    if item.tag not in ("episodedetails", "movie"):
        return
    plays = count(_text(item, "playcount"))
    value = rating(_text(item, "userrating"))
    if not plays and value is None:
        return
    last = None
    if plays and _text(item, "lastplayed"):
        try:
            last = moment(_text(item, "lastplayed"), naive_is_local=True)
        except TimeError as error:
            source.skipped.append(f"{where}: lastplayed {error}; date unknown")
    title = name(_text(item, "title"))
    if item.tag == "movie":
        if title is None:
            source.skipped.append(f"{where}: a film with no title")
            return
        entry = Entry(
            SOURCE,
            "film",
            title=title,
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
            watched_at=last,
            plays=plays,
            rating=value,
            where=where,
        )
    source.entries.append(entry)
