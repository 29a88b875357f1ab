"""SeriesGuide's JSON backups (UweTrottmann/SeriesGuide `dataliberation`):

- `seriesguide-shows-backup.json`: shows → seasons → episodes, each episode with `watched`,
  `plays` (ignored unless `watched`), `skipped` and `rating_user`, and no time of its own.
  The show's `last_watched_ms` is when an episode of it was last watched: it dates the
  play of the show's furthest watched episode; the other plays have no date.
- `seriesguide-movies-backup.json`: films with `tmdb_id`, `title`, `released_utc_ms`
  (`Long.MAX_VALUE` when unknown), `watched` and `plays`; no watch time (`last_updated_ms`
  is when its details were updated).
"""

from __future__ import annotations

from typing import Any

from guide.core.importing.history.entries import (
    Entry,
    Source,
    count,
    epoch_ms,
    name,
    number,
    rating,
)
from guide.core.times import TimeError

SOURCE = "SeriesGuide"


UNKNOWN_RELEASE = 2**63 - 1  # SgMovie.RELEASED_MS_UNKNOWN


def recognises_movies(items: list[Any]) -> bool:
    sample = [item for item in items[:20] if isinstance(item, dict)]
    return bool(sample) and all(
        "tmdb_id" in item and "released_utc_ms" in item and "seasons" not in item for item in sample
    )


def read_movies(items: list[Any], source: Source) -> None:
    for index, movie in enumerate(items):
        where = f"{source.path}, film {index + 1}"
        if not isinstance(movie, dict):
            continue
        plays = _plays(movie)
        value = rating(movie.get("rating_user"))
        if not plays and value is None:
            continue  # on the watchlist or in the collection: not watched
        title = name(movie.get("title"))
        if title is None:
            source.skipped.append(f"{where}: a film with no title")
            continue
        source.entries.append(
            Entry(
                SOURCE,
                "film",
                title=title,
                year=_year(movie.get("released_utc_ms")),
                plays=plays,
                rating=value,
                where=where,
            )
        )


def _plays(item: dict[str, Any]) -> int:
    """An episode's or a film's plays: its count when watched (at least 1); none when not
    watched or skipped (SeriesGuide keeps `plays` after an unwatch, and ignores it)."""
    return max(count(item.get("plays")), 1) if item.get("watched") is True else 0


def _year(released_ms: object) -> int | None:
    if not isinstance(released_ms, int) or released_ms in (UNKNOWN_RELEASE, -1):
        return None
    try:
        return int(epoch_ms(released_ms)[:4])
    except TimeError:
        return None


def recognises(items: list[Any]) -> bool:
    sample = [item for item in items[:20] if isinstance(item, dict)]
    return bool(sample) and all(
        "title" in item and isinstance(item.get("seasons"), list) and "show" not in item
        for item in sample
    )


def _season_number(season: dict[str, Any]) -> int | None:
    for key in ("season", "season_number", "number"):
        if key in season:
            return number(season[key])
    return None


def _episode_number(episode: dict[str, Any]) -> int | None:
    for key in ("episode", "episode_number", "number"):
        if key in episode:
            return number(episode[key])
    return None


def read(items: list[Any], source: Source) -> None:
    for show_index, show in enumerate(items):
        if not isinstance(show, dict):
            continue
        title = name(show.get("title"))
        where_show = f"{source.path}, show {show_index + 1}"
        if title is None:
            source.skipped.append(f"{where_show}: has no title")
            continue
        show_rating = rating(show.get("rating_user"))
        if show_rating is not None:
            source.entries.append(
                Entry(SOURCE, "show", show=title, rating=show_rating, where=where_show)
            )
        last_watched = _last_watched(show, where_show, source)
        episodes = [
            (_season_number(season), episode)
            for season in show.get("seasons") or []
            if isinstance(season, dict)
            for episode in season.get("episodes") or []
            if isinstance(episode, dict)
        ]
        watched = [(s, e) for s, e in episodes if e.get("watched") is True]
        furthest = max(watched, key=lambda p: (p[0] or 0, _episode_number(p[1]) or 0), default=None)
        for season_number, episode in episodes:
            dated = last_watched if furthest is not None and episode is furthest[1] else None
            _episode(source, title, season_number, episode, where_show, dated)


def _last_watched(show: dict[str, Any], where: str, source: Source) -> str | None:
    value = show.get("last_watched_ms")
    if value in (None, 0):
        return None
    try:
        return epoch_ms(value)
    except TimeError:
        source.skipped.append(f"{where}: its last watch time is not a time; dates unknown")
        return None


def _episode(
    source: Source,
    show: str,
    season: int | None,
    episode: dict[str, Any],
    where_show: str,
    last: str | None,
) -> None:
    plays = _plays(episode)
    value = rating(episode.get("rating_user"))
    if not plays and value is None:
        return
    number_ = _episode_number(episode)
    where = f"{where_show}, S{season or 0:02}E{number_ or 0:02}"
    source.entries.append(
        Entry(
            SOURCE,
            "episode",
            show=show,
            season=season,
            episode=number_,
            title=name(episode.get("title")),
            watched_at=last if plays else None,
            plays=plays,
            rating=value,
            where=where,
        )
    )
