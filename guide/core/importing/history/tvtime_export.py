"""TV Time's "export my data" (its current export, beside the GDPR one of :mod:`.tvtime`):
``tvtime-export-<date>.zip``, or its files loose, the same viewings in two serializations.

- ``tvtime-series-episodes-<date>.csv``: ``series_tvdb_id, series_imdb_id, series_uuid,
  title, season, episode, tvdb_id, is_watched, watched_at, rewatch_count, special``: a row
  for every episode of every show followed, ``is_watched`` ``true`` or ``false``, ``title``
  the show's, ``watched_at`` ``2019-10-04 03:43:42`` (UTC, as the JSON's ``…Z`` says) or
  empty, ``rewatch_count`` the times it was watched again (their dates are not kept).
- ``tvtime-movies-<date>.csv``: ``uuid, tvdb_id, imdb_id, title, year, created_at,
  watched_at, is_watched, rewatch_count``.
- ``tvtime-series-<date>.json``: the shows (``id``, ``title``, ``status``) with their
  ``seasons`` and ``episodes`` (``number``, ``is_watched``, ``watched_at``,
  ``rewatch_count``); ``tvtime-movies-<date>.json``: the films. They hold what the CSV
  files hold: where both are given, the CSV files are read and the JSON ones said and left
  out.
- ``tvtime-series-<date>.csv`` (``uuid, tvdb_id, imdb_id, title, status, created_at``) and
  ``tvtime-lists-<date>.csv``: the shows' status and your lists, not viewings.

An episode or film watched is one play at ``watched_at`` (of unknown date when it is
empty), and one of unknown date for each rewatch. Sources of these shapes:
tests/fixtures/history/README.md.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from guide.core.importing.history.entries import Entry, Source, count, moment, name, number
from guide.core.times import TimeError

SOURCE = "TV Time"
EPISODES_CSV, MOVIES_CSV = "tvtime-export-episodes", "tvtime-export-movies"
SERIES_JSON, MOVIES_JSON = "tvtime-export-series-json", "tvtime-export-movies-json"
# The CSV files hold the JSON files' viewings (reading.SUPERSEDES).
SUPERSEDES = {EPISODES_CSV: (SERIES_JSON,), MOVIES_CSV: (MOVIES_JSON,)}

_EPISODE_COLUMNS = {"series_tvdb_id", "title", "season", "episode", "is_watched", "watched_at"}
_MOVIE_COLUMNS = {"tvdb_id", "imdb_id", "title", "year", "is_watched", "watched_at"}
_SERIES_COLUMNS = {"tvdb_id", "imdb_id", "title", "status", "created_at"}
_LIST_COLUMNS = {"list_name", "item_type", "tvdb_id"}


def csv_kind(columns: set[str]) -> str | None:
    """Which file of the export a CSV header is: its viewings' kind, "" for one that holds
    none, None for none of them."""
    if columns >= _EPISODE_COLUMNS:
        return EPISODES_CSV
    if columns >= _MOVIE_COLUMNS:
        return MOVIES_CSV
    if columns >= _SERIES_COLUMNS or columns >= _LIST_COLUMNS:
        return ""
    return None


def read_csv(header: list[str], rows: list[list[str]], shown: str) -> Source:
    keys = [column.strip().lower() for column in header]
    kind = csv_kind(set(keys))
    if not kind:
        said = "the shows you follow and your lists, not viewings"
        return Source(SOURCE, shown, skipped=[f"{shown}: {said}"], kind="tvtime-export-shows")
    source = Source(SOURCE, shown, kind=kind)
    for index, values in enumerate(rows):
        row = dict(zip(keys, values, strict=False))
        where = f"{shown}, row {index + 2}"  # the header is row 1
        found = (
            _episode(row.get("title"), row.get("season"), row.get("episode"))
            if kind == EPISODES_CSV
            else _film(row.get("title"), row.get("year"))
        )
        watched, at, rewatches = (
            row.get("is_watched"),
            row.get("watched_at"),
            row.get("rewatch_count"),
        )
        _add(source, where, watched, at, rewatches, found)
    return source


def is_series_json(items: list[Any]) -> bool:
    first = items[0] if items else None
    return isinstance(first, dict) and isinstance(first.get("id"), dict) and "seasons" in first


def is_movies_json(items: list[Any]) -> bool:
    first = items[0] if items else None
    return (
        isinstance(first, dict)
        and isinstance(first.get("id"), dict)
        and "is_watched" in first
        and "seasons" not in first
    )


def read_series_json(items: list[Any], shown: str) -> Source:
    source = Source(SOURCE, shown, kind=SERIES_JSON)
    for index, show in enumerate(items):
        if not isinstance(show, dict):
            continue
        seasons = show.get("seasons")
        for season in seasons if isinstance(seasons, list) else []:
            if not isinstance(season, dict) or not isinstance(season.get("episodes"), list):
                continue
            for episode in season["episodes"]:
                if not isinstance(episode, dict):
                    continue
                where = f"{shown}, show {index + 1}, S{_code(season.get('number'))}"
                where += f"E{_code(episode.get('number'))}"
                found = _episode(show.get("title"), season.get("number"), episode.get("number"))
                _add(
                    source,
                    where,
                    episode.get("is_watched"),
                    episode.get("watched_at"),
                    episode.get("rewatch_count"),
                    found,
                )
    return source


def read_movies_json(items: list[Any], shown: str) -> Source:
    source = Source(SOURCE, shown, kind=MOVIES_JSON)
    for index, movie in enumerate(items):
        if isinstance(movie, dict):
            _add(
                source,
                f"{shown}, item {index + 1}",
                movie.get("is_watched"),
                movie.get("watched_at"),
                movie.get("rewatch_count"),
                _film(movie.get("title"), movie.get("year")),
            )
    return source


def _code(value: object) -> str:
    found = number(value)
    return f"{found:02}" if found is not None else "?"


def _episode(show: object, season: object, episode: object) -> Entry | str:
    shown, number_ = name(show), number(episode)
    if shown is None or number_ is None:
        return "names no show and episode number"
    return Entry(SOURCE, "episode", show=shown, season=number(season), episode=number_)


def _film(title: object, year: object) -> Entry | str:
    shown = name(title)
    if shown is None:
        return "a film with no name"
    return Entry(SOURCE, "film", title=shown, year=number(year) or None)


def _add(
    source: Source,
    where: str,
    watched: object,
    watched_at: object,
    rewatches: object,
    found: Entry | str,
) -> None:
    """A watched episode or film: its play (at ``watched_at``, or of unknown date) and one of
    unknown date for each rewatch. One not watched is no viewing: nothing is said of it."""
    if watched not in (True, "true", "True", "TRUE"):
        return
    if isinstance(found, str):
        source.skipped.append(f"{where}: {found}")
        return
    try:
        at = moment(watched_at) if watched_at not in (None, "") else None
    except TimeError as error:
        source.skipped.append(f"{where}: {error}; date unknown")
        at = None
    source.entries.append(replace(found, watched_at=at, plays=1 + count(rewatches), where=where))
