"""Netflix's viewing history, in its two downloads:

- ``NetflixViewingHistory.csv`` (a profile's page): ``Title,Date``, one row per day a title
  was watched. Its date is written as the account's language writes dates, and one file
  holds one style: ``M/D/YY`` (United States), ``D/M/YY`` or ``DD/MM/YYYY`` (most others),
  ``D.M.YYYY`` and ``DD.MM.YY`` (Finnish, German, Polish, Turkish), ``DD-MM-YY`` (Dutch,
  some Spanish), ``YYYY/MM/DD`` (Japanese). A date with dots or dashes is day first; with
  slashes, day first when some row's first number is over 12, month first when some row's
  second number is; else day first when the years have four digits (``DD/MM/YYYY``: the
  United States' file writes ``M/D/YY``), month first otherwise. A play known only by its
  day keeps that day.
- ``ViewingActivity.csv`` (the full data download, ``CONTENT_INTERACTION/``): one row per
  viewing with its exact start (``YYYY-MM-DD HH:MM:SS``, UTC, as Netflix's cover sheet
  says), for every profile of the account: a profile is chosen when there are several.
  Trailers, hooks, recaps and other supplemental videos are not viewings, nor is a row of
  under two minutes (an autoplayed glimpse). A row is a session, not a viewing: a film
  watched in three sittings is three rows, the later ones resumed where the last stopped
  (``Bookmark`` − ``Duration``, where the session began in the title, is past its first two
  minutes). A sitting that resumed a title within five minutes of where the sitting before
  it stopped, and within two weeks of it, continues that viewing: one play, at its first
  sitting's start. Any other sitting is a viewing (a rewatch from the start, or of the
  second half a year later).

An episode is written ``Show: Season 2: Episode title``, with the season's word in the
account's language (``Kausi 2``, ``Temporada 2``, ``Staffel 2``, ``Saison 2``…, or a limited
series' ``Minisarja``, ``Miniserie``…); ``Episode 3`` (``Jakso 3``, ``Episodio 3``…), and in
ViewingActivity a trailing ``(Episode 3)``, give the episode's number. Films are their title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from guide.core.importing.history.entries import (
    Entry,
    HistoryError,
    Source,
    day_moment,
    moment,
    name,
)
from guide.core.times import TimeError

SOURCE = "Netflix"
ACTIVITY_HEADER = [
    "profile name",
    "start time",
    "duration",
    "attributes",
    "title",
    "supplemental video type",
    "device type",
    "bookmark",
    "latest bookmark",
    "country",
]
SHORTEST_VIEW = timedelta(minutes=2)
RESUME_SLACK = timedelta(minutes=5)  # a sitting resumed this near where the last one stopped
RESUME_WITHIN = timedelta(days=14)  # and this soon after it: the same viewing

# A season, or a part of a show that stands for one, in the languages of real files.
_SEASON_WORDS = (
    "season|series|part|volume|book|chapter|collection|"  # English
    "kausi|osa|luku|"  # Finnish
    "temporada|parte|volumen|vol\\.|libro|colección|capítulo|"  # Spanish, Portuguese
    "saison|partie|chapitre|"  # French
    "staffel|teil|"  # German
    "stagione|"  # Italian
    "sæson|del|bind|kapitel|"  # Danish
    "seizoen|deel|hoofdstuk|"  # Dutch
    "sezon|część|księga|rozdział"  # Polish
)
_SEASON = re.compile(
    rf"^(?:(?:{_SEASON_WORDS})\s*(\d{{1,4}})|(\d{{1,4}})\.\s*(?:řada|sezon|svazek|část|kısım)"
    r"|シーズン\s*(\d{1,4})|第(\d{1,4})シリーズ)$",
    re.IGNORECASE,
)
_LIMITED = re.compile(
    r"^(?:limited series|miniseries|minisarja|miniserie|minissérie|mini-série|miniserial|"
    r"minisérie|mini dizi|リミテッドシリーズ)$",
    re.IGNORECASE,
)
_EPISODE_WORDS = (
    "episode|episodio|episódio|épisode|jakso|folge|aflevering|odcinek|afsnit|avsnitt|"
    "episodi|epizoda|bölüm"  # Turkish ViewingActivity: "5. Bölüm (Bölüm 5)"
)
_EPISODE = re.compile(
    rf"^(?:(?:{_EPISODE_WORDS})\s*(\d{{1,4}})|(\d{{1,4}})\.\s*(?:díl|bölüm)|エピソード\s*(\d{{1,4}}))$",
    re.IGNORECASE,
)
_EPISODE_SUFFIX = re.compile(rf"\s*\((?:{_EPISODE_WORDS})\s*(\d{{1,4}})\)$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$")


def recognises(header: list[str]) -> bool:
    return [column.strip().lower() for column in header[:2]] == ["title", "date"]


def recognises_activity(header: list[str]) -> bool:
    return [column.strip().lower() for column in header] == ACTIVITY_HEADER


def _parts(value: str) -> tuple[int, str, int, int] | None:
    found = _DATE.match(value.strip())
    if not found:
        return None
    first, separator, second, third = found.groups()
    return int(first), separator, int(second), int(third)


def _order(values: list[str]) -> str:
    """The file's date order: "ymd", "dmy" or "mdy"."""
    parts = [p for p in map(_parts, values) if p is not None]
    if any(first > 31 for first, _, _, _ in parts):
        return "ymd"
    if any(separator in ".-" for _, separator, _, _ in parts):
        return "dmy"
    if any(first > 12 for first, _, _, _ in parts):
        return "dmy"
    if any(second > 12 for _, _, second, _ in parts):
        return "mdy"
    if parts and all(year >= 1000 for _, _, _, year in parts):
        return "dmy"  # DD/MM/YYYY: a short history with no day past the 12th
    return "mdy"


def _day(value: str, order: str) -> date | None:
    parts = _parts(value)
    try:
        if parts is None:
            return date.fromisoformat(value.strip())
        first, _, second, third = parts
        if order == "ymd":
            year, month, day = first, second, third
        elif order == "dmy":
            day, month, year = first, second, third
        else:
            month, day, year = first, second, third
        return date(year + (2000 if year < 100 else 0), month, day)
    except ValueError:
        return None


def _number(found: re.Match[str]) -> int | None:
    return next((int(group) for group in found.groups() if group), None)


def split_title(title: str) -> Entry:
    """`Show: Season 2: Episode` -> an episode of season 2; `Show: Limited Series: Episode`
    -> an episode with no season; `Show: Episode` or `Film: Subtitle` -> a film title that
    may also be an episode (matching tries both); anything else -> a film. `Episode 3` (in
    any of the languages) is the episode's number."""
    title = title.replace("\u00a0", " ")  # French writes "Saison 4" with a no-break space
    suffix = _EPISODE_SUFFIX.search(title)
    number = int(suffix.group(1)) if suffix else None
    if suffix:
        title = title[: suffix.start()]
    parts = [part.strip() for part in title.split(": ")]
    if len(parts) >= 3:
        for index in range(1, len(parts) - 1):
            season = _SEASON.match(parts[index])
            if season or _LIMITED.match(parts[index]):
                rest = ": ".join(parts[index + 1 :])
                episode = _EPISODE.match(rest)
                return Entry(
                    SOURCE,
                    "episode",
                    show=": ".join(parts[:index]),
                    season=_number(season) if season else None,
                    episode=_number(episode) if episode else number,
                    title=None if episode else rest,
                )
    if len(parts) >= 2:
        return Entry(SOURCE, "film", show=parts[0], title=title)
    return Entry(SOURCE, "film", title=title)


def _entry(title: str, watched_at: str, where: str) -> Entry:
    found = split_title(title)
    return Entry(
        SOURCE,
        found.what,
        show=found.show,
        season=found.season,
        episode=found.episode,
        title=found.title,
        watched_at=watched_at,
        plays=1,
        where=where,
    )


def read(rows: list[list[str]], source: Source) -> None:
    data = rows[1:]
    order = _order([row[1] for row in data if len(row) >= 2])
    for index, row in enumerate(data):
        where = f"{source.path}, row {index + 2}"
        title = name(row[0]) if row else None
        if title is None or len(row) < 2:
            source.skipped.append(f"{where}: no title and date")
            continue
        day = _day(row[1], order)
        if day is None or day > date.today():
            source.skipped.append(f"{where}: '{name(row[1])}' is not a date")
            continue
        source.entries.append(_entry(title, day_moment(day), where))


class ProfilesError(HistoryError):
    """A viewing activity file of several profiles, read without one chosen."""

    def __init__(self, shown: str, profiles: list[str]):
        listed = ", ".join(profiles)
        super().__init__(
            f"{shown}: holds the viewing of {len(profiles)} profiles ({listed}); "
            "choose one (guide import-history --profile NAME)"
        )
        self.profiles = profiles


def profiles(rows: list[list[str]]) -> list[str]:
    """The profiles of a viewing activity file, in the order they first appear."""
    return list(dict.fromkeys(name(row[0]) or "" for row in rows[1:] if row and row[0]))


def _duration(value: str) -> timedelta | None:
    try:
        hours, minutes, seconds = (int(part) for part in value.strip().split(":"))
    except ValueError:
        return None
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def read_activity(rows: list[list[str]], source: Source, profile: str | None) -> None:
    """The viewings of one profile (the only one, or ``profile``); ProfilesError when there
    are several and none is chosen, HistoryError when the one chosen is not there."""
    present = profiles(rows)
    if not present:
        return  # no viewing in it (said as a file with nothing to import)
    if profile is None and len(present) > 1:
        raise ProfilesError(source.path, present)
    wanted = profile if profile is not None else (present[0] if present else None)
    if wanted not in present:
        raise HistoryError(f"{source.path}: no profile named {wanted!r} ({', '.join(present)})")
    sessions: list[_Session] = []
    for index, row in enumerate(rows[1:]):
        where = f"{source.path}, row {index + 2}"
        cells = dict(zip(ACTIVITY_HEADER, row, strict=False))
        if name(cells.get("profile name")) != wanted:
            continue
        if (cells.get("supplemental video type") or "").strip():
            continue  # a trailer, a hook, a recap: not a viewing
        title = name(cells.get("title"))
        if title is None:
            source.skipped.append(f"{where}: no title")
            continue
        try:
            started = moment(cells.get("start time"), naive_is_local=False)
        except TimeError as error:
            source.skipped.append(f"{where}: {error}")
            continue
        length = _duration(cells.get("duration", ""))
        reached = _duration(cells.get("bookmark", ""))
        sessions.append(_Session(started, title, length, reached, where))
    stopped: dict[str, _Session] = {}  # title -> its latest session so far
    for session in sorted(sessions, key=lambda s: s.started):  # oldest first (file: newest)
        earlier, stopped[session.title] = stopped.get(session.title), session
        if session.short or session.continues(earlier):
            continue  # a glimpse, or the rest of a viewing begun in the session before
        source.entries.append(_entry(session.title, session.started, session.where))


@dataclass(frozen=True)
class _Session:
    """One row of ViewingActivity: a sitting, of a viewing or of part of one."""

    started: str
    title: str
    length: timedelta | None
    reached: timedelta | None  # the bookmark: where in the title it stopped
    where: str

    @property
    def short(self) -> bool:
        return self.length is not None and self.length < SHORTEST_VIEW

    def continues(self, earlier: _Session | None) -> bool:
        """Whether this sitting resumed the title where the one before it stopped (within
        RESUME_SLACK of its bookmark, and RESUME_WITHIN of it), past its first minutes: a
        viewing watched again from its start, or from elsewhere, or long after, is a new one."""
        if earlier is None or None in (self.length, self.reached, earlier.reached):
            return False
        assert self.length is not None and self.reached is not None
        assert earlier.reached is not None
        begun_at = self.reached - self.length
        gap = datetime.fromisoformat(self.started) - datetime.fromisoformat(earlier.started)
        return (
            begun_at > SHORTEST_VIEW
            and abs(begun_at - earlier.reached) <= RESUME_SLACK
            and gap <= RESUME_WITHIN
        )
