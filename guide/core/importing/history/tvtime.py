"""TV Time's GDPR export: a ZIP of some seventy CSV files, a few of which record viewings.

Each file kind is recognised by its columns (never its name), and declared once in
:data:`KINDS`: what it yields, and which other files of the same export it supersedes, so
that one viewing is never read from two files (a real export's
`tracking-prod-records.csv`, `watched_on_episode.csv` and `seen_episode_source.csv` repeat
the episodes of `tracking-prod-records-v2.csv`, at other seconds).

- ``tracking-prod-records-v2.csv`` (v2): one row per viewing, typed by its ``key``:
  ``watch-episode-…`` a first viewing, ``rewatch-episode-…`` a viewing again (its
  ``rewatch_count`` sits on the first viewing's row, and says nothing of that row);
  ``user-series-…`` and ``tracking-stats`` are a show's state and totals, not viewings.
- ``tracking-prod-records.csv`` (v1): rows typed by ``type`` and ``entity_type``: films
  watched (``watch``/``rewatch`` of a ``movie``), and an older copy of the episodes, read
  only where v2 is not there; ``last-episode-watched``, ``follow``, ``towatch`` and the
  ``count-…`` rows are pointers and totals, never viewings.
- ``watched_on_episode.csv`` and, before 2024, ``seen_episode.csv``: episodes, read only
  where neither record file is there.
- ``seen_episode_source.csv`` (which screen a mark was made from), ``rewatched_episode.csv``
  (a counter), ``episode_emotion.csv`` (reactions): not viewings; said and left out.

Times (``created_at``, ``updated_at``: ``2024-11-02 11:53:58``) are UTC: the epoch times
stored beside them (``gsi``, ``watch_date_range_key``) agree with them read as UTC.
Sources of these shapes: tests/fixtures/history/README.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from guide.core.importing.history.entries import Entry, Source, moment, name, number
from guide.core.times import TimeError

SOURCE = "TV Time"

V2, V1_FILMS, V1_EPISODES = "tvtime-v2", "tvtime-v1-films", "tvtime-v1-episodes"
WATCHED_ON, SEEN = "tvtime-watched-on-episode", "tvtime-seen-episode"

Row = dict[str, str]


@dataclass(frozen=True)
class Kind:
    """A file kind of the export: how it is known, and what it is."""

    name: str
    recognised: Callable[[set[str]], bool]
    said: str  # what it holds, as the import report names it
    viewings: bool = True  # False: said, and left out
    supersedes: tuple[str, ...] = ()  # kinds whose viewings this one holds too


def _episode_columns(columns: set[str]) -> bool:
    return "tv_show_name" in columns and "episode_number" in columns


# In the order they are tried: the first kind that recognises a header is its kind.
KINDS = (
    Kind(
        V2,
        lambda c: "key" in c and "series_name" in c,
        "viewings (records v2)",
        supersedes=(V1_EPISODES, WATCHED_ON, SEEN),
    ),
    Kind(V1_FILMS, lambda c: "type-uuid-n" in c, "viewings (records v1)"),
    # v1's episodes: a kind of their own, read from the same file as its films
    Kind(V1_EPISODES, lambda c: False, "episodes (records v1)", supersedes=(WATCHED_ON, SEEN)),
    Kind(
        "tvtime-emotions",
        lambda c: "emotion_id" in c and _episode_columns(c),
        "emoji reactions to episodes, not viewings",
        viewings=False,
    ),
    Kind(
        "tvtime-rewatch-counter",
        lambda c: "cpt" in c and _episode_columns(c),
        "a count of rewatches (the viewings are in the records files)",
        viewings=False,
    ),
    Kind(
        "tvtime-followed",
        lambda c: "notification_offset" in c and "tv_show_name" in c,
        "the shows you follow, not viewings",
        viewings=False,
    ),
    Kind(
        "tvtime-seen-source",
        lambda c: "source" in c and _episode_columns(c),
        "which screen an episode was marked from, not viewings",
        viewings=False,
    ),
    Kind(
        WATCHED_ON,
        lambda c: "watched_on_source_id" in c and _episode_columns(c),
        "episodes watched",
        supersedes=(SEEN,),
    ),
    Kind(SEEN, _episode_columns, "episodes seen (an export from before 2024)"),
)


def kind_of(header: list[str]) -> Kind | None:
    columns = {column.strip().lower() for column in header}
    return next((kind for kind in KINDS if kind.recognised(columns)), None)


def recognises(header: list[str]) -> bool:
    return kind_of(header) is not None


def read(header: list[str], rows: list[Row], shown: str) -> list[Source]:
    """A file's sources: its viewings (a v1 file: its films and, apart, its episodes, which
    v2 supersedes), or one that says what the file is and holds nothing to import."""
    kind = kind_of(header)
    assert kind is not None
    if not kind.viewings:
        return [Source(SOURCE, shown, skipped=[f"{shown}: {kind.said}"], kind=kind.name)]
    if kind.name == V2:
        return [_read(rows, Source(SOURCE, shown, kind=V2), _v2_row)]
    if kind.name == V1_FILMS:
        films = _read(rows, Source(SOURCE, shown, kind=V1_FILMS), _v1_film)
        episodes = _read(rows, Source(SOURCE, shown, kind=V1_EPISODES), _v1_episode)
        return [films, episodes]
    return [_read(rows, Source(SOURCE, shown, kind=kind.name), _episode_row)]


def _read(
    rows: list[Row], source: Source, entry_of: Callable[[Row, str], Entry | str | None]
) -> Source:
    for index, row in enumerate(rows):
        where = f"{source.path}, row {index + 2}"  # the header is row 1
        found = entry_of(row, where)
        if isinstance(found, Entry):
            source.entries.append(found)
        elif found is not None:
            source.skipped.append(f"{where}: {found}")
    return source


def _first(row: Row, *names: str) -> str | None:
    return next((row[column] for column in names if row.get(column)), None)


def _episode(
    row: Row,
    where: str,
    show_column: str,
    season_columns: tuple[str, ...],
    episode_columns: tuple[str, ...],
    *,
    rewatch: bool = False,
) -> Entry | str:
    show = name(row.get(show_column))
    season = number(_first(row, *season_columns))
    episode = number(_first(row, *episode_columns))
    if show is None or episode is None:
        return "names no show and episode number"
    try:
        watched_at = moment(_first(row, "created_at", "updated_at"))
    except TimeError as error:
        return str(error)
    return Entry(
        SOURCE,
        "episode",
        show=show,
        season=season,
        episode=episode,
        watched_at=watched_at,
        plays=1,
        rewatch=rewatch,
        where=where,
    )


def _v2_row(row: Row, where: str) -> Entry | str | None:
    key = row.get("key", "")
    if not key.startswith(("watch-episode-", "rewatch-episode-")):
        return None  # a show's state (user-series-…) or the totals (tracking-stats)
    return _episode(
        row,
        where,
        "series_name",
        ("season_number", "s_no"),
        ("episode_number", "ep_no"),
        rewatch=key.startswith("rewatch-"),
    )


def _v1_kind(row: Row) -> tuple[str, str]:
    return row.get("type", "").strip().lower(), row.get("entity_type", "").strip().lower()


def _v1_film(row: Row, where: str) -> Entry | str | None:
    kind, entity = _v1_kind(row)
    if entity != "movie" or kind not in ("watch", "rewatch"):
        return None  # to watch later, followed, counts: not viewings
    title = name(row.get("movie_name"))
    if title is None:
        return "a film with no name"
    try:
        watched_at = moment(_first(row, "created_at", "updated_at"))
    except TimeError as error:
        return str(error)
    year = (row.get("release_date") or "")[:4]
    # movie_name is in the account's language ("港湾之光"); alpha_range_key carries the English
    # title as a slug ("watch-alpha-harbour-lights"), tried when the name finds no article
    # (trakt/trakt-web's TvTimeGdprParser.ts, toMovieTitle).
    slug = (row.get("alpha_range_key") or "").partition("-alpha-")[2]
    english = name(slug.replace("-", " ")) if slug else None
    return Entry(
        SOURCE,
        "film",
        title=title,
        original_title=english if english and english.casefold() != title.casefold() else None,
        year=number(year) if year not in ("", "0001") else None,
        watched_at=watched_at,
        plays=1,
        where=where,
    )


def _v1_episode(row: Row, where: str) -> Entry | str | None:
    kind, entity = _v1_kind(row)
    if entity != "episode" or kind not in ("watch", "rewatch"):
        return None  # last-episode-watched is a pointer to the latest, not a viewing
    return _episode(
        row,
        where,
        "series_name",
        ("season_number",),
        ("episode_number",),
        rewatch=kind == "rewatch",
    )


def _episode_row(row: Row, where: str) -> Entry | str | None:
    return _episode(row, where, "tv_show_name", ("episode_season_number",), ("episode_number",))
