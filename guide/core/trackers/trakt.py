"""Trakt's export: `watched-history*.json` (one event per play), `ratings-*.json` (1–10), and
`watched-shows.json` (whose `reset_at` says when a show's progress was reset: a rewatch)."""

from __future__ import annotations

from typing import Any

from guide.core.times import TimeError
from guide.core.trackers.entries import Entry, Source, moment, name, number, rating

SOURCE = "Trakt"


def is_history(items: list[Any]) -> bool:
    return _shape(items, "watched_at") and not _shape(items, "rating")


def is_ratings(items: list[Any]) -> bool:
    return _shape(items, "rating") and _shape(items, "rated_at")


def is_watched_shows(items: list[Any]) -> bool:
    return _shape(items, "show") and _shape(items, "seasons") and not _shape(items, "watched_at")


def _shape(items: list[Any], key: str) -> bool:
    sample = [item for item in items[:20] if isinstance(item, dict)]
    return bool(sample) and all(key in item for item in sample)


def _object(item: dict[str, Any], name: str) -> dict[str, Any]:
    value = item.get(name)
    return value if isinstance(value, dict) else {}


def _media(item: dict[str, Any]) -> dict[str, Any]:
    """What an event is about: the show, episode or film fields, read safely."""
    show = _object(item, "show")
    episode = _object(item, "episode")
    movie = _object(item, "movie")
    kind = item.get("type")
    if kind == "movie" or (movie and not show):
        return {
            "what": "film",
            "title": name(movie.get("title")),
            "year": number(movie.get("year")),
        }
    fields: dict[str, Any] = {
        "show": name(show.get("title")),
        "year": number(show.get("year")),
    }
    if kind == "show" or not episode:
        return {"what": "show", **fields}
    return {
        "what": "episode",
        **fields,
        "season": number(episode.get("season")),
        "episode": number(episode.get("number")),
        "title": name(episode.get("title")),
    }


def _named(media: dict[str, Any]) -> bool:
    return bool(media.get("title") if media["what"] == "film" else media.get("show"))


def read_history(items: list[Any], source: Source) -> None:
    for index, item in enumerate(items):
        where = f"{source.path}, item {index + 1}"
        if not isinstance(item, dict):
            source.skipped.append(f"{where}: not an event")
            continue
        media = _media(item)
        if not _named(media) or media["what"] == "show":
            source.skipped.append(f"{where}: names no episode or film")
            continue
        try:
            watched_at = moment(item.get("watched_at"))
        except TimeError as error:
            source.skipped.append(f"{where}: {error}")
            continue
        source.entries.append(Entry(SOURCE, watched_at=watched_at, plays=1, where=where, **media))


def read_ratings(items: list[Any], source: Source) -> None:
    for index, item in enumerate(items):
        where = f"{source.path}, item {index + 1}"
        if not isinstance(item, dict):
            source.skipped.append(f"{where}: not a rating")
            continue
        media = _media(item)
        value = rating(item.get("rating"))
        if not _named(media) or value is None:
            source.skipped.append(f"{where}: names nothing, or its rating is not 1 to 10")
            continue
        try:
            rated_at = moment(item.get("rated_at"))
        except TimeError as error:
            source.skipped.append(f"{where}: {error}")
            continue
        source.entries.append(Entry(SOURCE, rating=value, rated_at=rated_at, where=where, **media))


def read_watched_shows(items: list[Any], source: Source) -> None:
    """Only `reset_at` is taken: the plays themselves are in the history files."""
    for index, item in enumerate(items):
        if not isinstance(item, dict) or item.get("reset_at") in (None, ""):
            continue
        where = f"{source.path}, item {index + 1}"
        media = _media({"type": "show", "show": item.get("show")})
        if not _named(media):
            source.skipped.append(f"{where}: names no show")
            continue
        try:
            reset_at = moment(item.get("reset_at"))
        except TimeError as error:
            source.skipped.append(f"{where}: {error}")
            continue
        source.entries.append(Entry(SOURCE, reset_at=reset_at, where=where, **media))
