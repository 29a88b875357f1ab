"""Trakt's export: `watched-history*.json` (one event per play, paged in large accounts),
`ratings-*.json` (1–10; a season's rating is not the show's), `watched-shows.json` and
`watched-movies.json` (a play count and the last time per episode or film, as Trakt's API
and the exporters built on it write them; the export's own may hold no episodes; a show's
`reset_at` says when its progress was reset: a rewatch). Where the history is given too,
the counts are left out: the history holds the same plays, one by one.

A play "watched at an unknown date" (Trakt's option since October 2025) is written as the
Unix epoch (``1970-01-01T00:00:00.000Z``, as Trakt's web client stores it) or as
``"unknown"`` (its API): a play of unknown date, never one of 1970. Those of one episode or
film are counted together (each event is a play), with its dated ones."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from guide.core.importing.history.entries import Entry, Source, count, moment, name, number, rating
from guide.core.times import TimeError

SOURCE = "Trakt"
HISTORY, WATCHED = "trakt-history", "trakt-watched-counts"
# "Watched at an unknown date": as the web client stores it (the Unix epoch, however it is
# written), and as the API writes it.
EPOCH, UNKNOWN = "1970-01-01T00:00:00+00:00", "unknown"


def is_history(items: list[Any]) -> bool:
    return _shape(items, "watched_at") and not _shape(items, "rating")


def is_ratings(items: list[Any]) -> bool:
    return _shape(items, "rating") and _shape(items, "rated_at")


def is_watched_shows(items: list[Any]) -> bool:
    return _shape(items, "show") and _shape(items, "plays") and not _shape(items, "watched_at")


def is_watched_movies(items: list[Any]) -> bool:
    return _shape(items, "movie") and _shape(items, "plays") and not _shape(items, "watched_at")


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
    if kind == "season" or (not episode and _object(item, "season")):
        return {"what": "season", **fields}
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


Fields = dict[str, Any] | str | None  # an entry's fields; why an item is skipped; or nothing


def _each(
    items: list[Any],
    source: Source,
    noun: str | None,
    moment_key: str,
    fields_of: Callable[[dict[str, Any]], Fields],
) -> None:
    """The loop every Trakt file shares: an item that says what it is about and when
    (``moment_key``, also the entry's field) becomes an entry; any other is skipped with why
    (an item that is no object: silently when ``noun`` is None)."""
    for index, item in enumerate(items):
        where = f"{source.path}, item {index + 1}"
        if not isinstance(item, dict):
            if noun is not None:
                source.skipped.append(f"{where}: not {noun}")
            continue
        fields = fields_of(item)
        if fields is None:
            continue
        if isinstance(fields, str):
            source.skipped.append(f"{where}: {fields}")
            continue
        try:
            at = _when(item, moment_key)
        except TimeError as error:
            source.skipped.append(f"{where}: {error}")
            continue
        timed: dict[str, Any] = {moment_key: at}
        source.entries.append(Entry(SOURCE, where=where, **fields, **timed))


def _when(item: dict[str, Any], moment_key: str) -> str | None:
    """The item's moment; None for a play watched at an unknown date."""
    given = item.get(moment_key)
    if moment_key == "watched_at" and given == UNKNOWN:
        return None
    at = moment(given)
    return None if moment_key == "watched_at" and at == EPOCH else at


def read_history(items: list[Any], source: Source) -> None:
    def fields(item: dict[str, Any]) -> Fields:
        media = _media(item)
        if not _named(media) or media["what"] in ("show", "season"):
            return "names no episode or film"
        return {"plays": 1, **media}

    _each(items, source, "an event", "watched_at", fields)
    _count_undated(items, source)


def _count_undated(items: list[Any], source: Source) -> None:
    """Plays of unknown date are a count (plan._plays: at least that many plays of the
    episode or film, those already recorded included): as many as its distinct events in
    the file (an event exported twice, by its id, once), dated ones included."""

    def key(media: dict[str, Any]) -> tuple[Any, ...]:
        fields = ("what", "show", "year", "season", "episode", "title")
        return tuple(media.get(field) for field in fields)

    undated: dict[tuple[Any, ...], set[object]] = defaultdict(set)
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        try:
            unknown = _when(item, "watched_at") is None
        except TimeError:
            continue  # skipped, and said, by _each
        media = _media(item)
        if unknown and _named(media) and media["what"] not in ("show", "season"):
            event = item.get("id")
            undated[key(media)].add(event if isinstance(event, int | str) else f"item {index}")
    if not undated:
        return
    dated: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    first: dict[tuple[Any, ...], Entry] = {}
    for entry in source.entries:
        named = key(vars(entry))
        if entry.watched_at is not None:
            dated[named].add(entry.watched_at)
        else:
            first.setdefault(named, entry)
    source.entries[:] = [entry for entry in source.entries if entry.watched_at is not None]
    for named, entry in first.items():
        source.entries.append(replace(entry, plays=len(undated[named]) + len(dated[named])))


def read_ratings(items: list[Any], source: Source) -> None:
    def fields(item: dict[str, Any]) -> Fields:
        media = _media(item)
        if media["what"] == "season":  # ratings-seasons.json: never a rating of the show
            return "a season's rating (Episode Guide rates episodes, films and shows)"
        value = rating(item.get("rating"))
        if not _named(media) or value is None:
            return "names nothing, or its rating is not 1 to 10"
        return {"rating": value, **media}

    _each(items, source, "a rating", "rated_at", fields)


def read_watched(items: list[Any], shown: str) -> list[Source]:
    """A watched-shows or watched-movies file: its shows' resets (always read), and its
    counts of plays with their last time (left out where the history is given)."""
    resets = Source(SOURCE, shown)

    def reset(item: dict[str, Any]) -> Fields:
        if item.get("reset_at") in (None, ""):
            return None
        media = _media({"type": "show", "show": item.get("show")})
        return media if _named(media) else "names no show"

    _each(items, resets, None, "reset_at", reset)
    counts = Source(SOURCE, shown, kind=WATCHED)
    for index, item in enumerate(items):
        if isinstance(item, dict):
            _counts(item, counts, f"{shown}, item {index + 1}")
    return [resets, counts]


def _counts(item: dict[str, Any], source: Source, where: str) -> None:
    def last(value: object, at: str) -> str | None:
        try:
            return moment(value) if value not in (None, "") else None
        except TimeError as error:
            source.skipped.append(f"{at}: {error}; date unknown")
            return None

    if isinstance(item.get("movie"), dict):
        media = _media({"type": "movie", "movie": item["movie"]})
        plays = count(item.get("plays"))
        if _named(media) and plays:
            at = last(item.get("last_watched_at"), where)
            source.entries.append(Entry(SOURCE, plays=plays, watched_at=at, where=where, **media))
        return
    show = _media({"type": "show", "show": item.get("show")})
    if not _named(show):
        source.skipped.append(f"{where}: names no show")
        return
    for season in item.get("seasons") or []:
        if not isinstance(season, dict):
            continue
        for episode in season.get("episodes") or []:
            plays = count(episode.get("plays")) if isinstance(episode, dict) else 0
            if not plays:
                continue
            number_ = number(episode.get("number"))
            at_where = f"{where}, S{number(season.get('number')) or 0:02}E{number_ or 0:02}"
            source.entries.append(
                Entry(
                    SOURCE,
                    "episode",
                    show=show["show"],
                    year=show["year"],
                    season=number(season.get("number")),
                    episode=number_,
                    plays=plays,
                    watched_at=last(episode.get("last_watched_at"), at_where),
                    where=at_where,
                )
            )
