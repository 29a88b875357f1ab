"""TV Time's GDPR export: `tracking-prod-records-v2.csv` (one row per episode watched, with a
watch or rewatch marker) and, in older exports, `watched_on_episode.csv`. Times are UTC."""

from __future__ import annotations

from guide.core.text import digits
from guide.core.times import TimeError
from guide.core.trackers.entries import Entry, Source, moment, name, number

SOURCE = "TV Time"

SHOW_COLUMNS = ("series_name", "tv_show_name", "show_name")
SEASON_COLUMNS = ("season_number", "episode_season_number")
EPISODE_COLUMNS = ("episode_number",)
TIME_COLUMNS = ("created_at", "watched_at", "updated_at")


def recognises(header: list[str]) -> bool:
    columns = {column.strip().lower() for column in header}
    return bool(columns & set(SHOW_COLUMNS)) and bool(columns & set(EPISODE_COLUMNS))


def _first(row: dict[str, str], names: tuple[str, ...]) -> str | None:
    for column in names:
        value = row.get(column)
        if value not in (None, ""):
            return value
    return None


def _is_rewatch(row: dict[str, str]) -> bool:
    for column in ("type", "tracking_type", "action"):
        if (row.get(column) or "").strip().lower().startswith(("rewatch", "re-watch")):
            return True
    for column in ("is_rewatch", "rewatch"):
        if (row.get(column) or "").strip().lower() in ("true", "1", "yes"):
            return True
    count = digits(row.get("rewatch_count") or "")
    return count is not None and count > 0


def read(rows: list[dict[str, str]], source: Source) -> None:
    for index, raw in enumerate(rows):
        row = {(k or "").strip().lower(): (v or "") for k, v in raw.items() if isinstance(v, str)}
        where = f"{source.path}, row {index + 2}"  # the header is row 1
        show = name(_first(row, SHOW_COLUMNS))
        season = number(_first(row, SEASON_COLUMNS))
        episode = number(_first(row, EPISODE_COLUMNS))
        if show is None or episode is None:
            source.skipped.append(f"{where}: names no show and episode number")
            continue
        try:
            watched_at = moment(_first(row, TIME_COLUMNS))
        except TimeError as error:
            source.skipped.append(f"{where}: {error}")
            continue
        source.entries.append(
            Entry(
                SOURCE,
                "episode",
                show=show,
                season=season,
                episode=episode,
                title=name(row.get("episode_name") or row.get("episode_title")),
                watched_at=watched_at,
                plays=1,
                rewatch=_is_rewatch(row),
                where=where,
            )
        )
