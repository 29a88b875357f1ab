"""SeriesGuide's JSON backup (`seriesguide-shows-backup.json`): shows → seasons → episodes,
each episode with `watched`, `plays` and `rating_user`, and no per-play dates (SeriesGuide
Cloud exports may add `last_watched_ms`, taken as the last play's time)."""

from __future__ import annotations

from typing import Any

from guide.core.times import TimeError
from guide.core.trackers.entries import Entry, Source, count, epoch_ms, name, number, rating

SOURCE = "SeriesGuide"


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
        for season in show.get("seasons") or []:
            if not isinstance(season, dict):
                continue
            season_number = _season_number(season)
            for episode in season.get("episodes") or []:
                if isinstance(episode, dict):
                    _episode(source, title, season_number, episode, where_show)


def _episode(
    source: Source, show: str, season: int | None, episode: dict[str, Any], where_show: str
) -> None:
    plays = count(episode.get("plays"))
    if episode.get("watched") is True:
        plays = max(plays, 1)
    elif episode.get("watched") is not None and episode.get("watched") is not True:
        plays = 0  # unwatched (SeriesGuide keeps `plays` after an unwatch)
    value = rating(episode.get("rating_user"))
    if not plays and value is None:
        return
    number_ = _episode_number(episode)
    where = f"{where_show}, S{season or 0:02}E{number_ or 0:02}"
    last = None
    if plays and "last_watched_ms" in episode:
        try:
            last = epoch_ms(episode.get("last_watched_ms"))
        except TimeError:
            source.skipped.append(f"{where}: its last watch time is not a time; date unknown")
    source.entries.append(
        Entry(
            SOURCE,
            "episode",
            show=show,
            season=season,
            episode=number_,
            title=name(episode.get("title")),
            watched_at=last,
            plays=plays,
            rating=value,
            where=where,
        )
    )
