"""Which article an imported entry means.

In order: the show by name (compared folded, accents and punctuation aside, with a year in
parentheses dropped: "Doctor Who (2005)" is "Doctor Who", and the year then tells two shows of
one name apart), then the episode by season and number, then by its title within the show
(fuzzy), then films by title.

Titles are compared with rapidfuzz's ``ratio`` (normalised Indel similarity, 0–100) on the
simplified text, and accepted from :data:`TITLE_THRESHOLD` = 90: that lets through a
difference of one character in ten ("The Lighthouse Keeper" / "The Lighthouse Keepers": 98,
"Whos There" / "Who's There?": 100 once simplified) and refuses titles that differ in what
tells episodes apart ("Part 1" / "Part 2": 83, "The Storm" / "The Stone": 78). The numbers
in two titles must agree, whatever the score: "Toy Story 2" is not "Toy Story" (ratio 91).
Two candidates within :data:`TIE_MARGIN` of each other are ambiguous: the person chooses.

Years: a film's or a show's year is the one in its title's parentheses ("Harbour Lights
(2019 film)"), else the year of its (first) airdate. A year in the export chooses among
candidates of one name; a candidate without a year stands for any year; one of another year
is another film. A show named with a qualifier, "The Office (US)", is a candidate for "The
Office".
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from rapidfuzz import fuzz, process

from guide.core.importing.history.entries import Entry, split_year
from guide.core.library import Library
from guide.core.library.plays import episode_code

TITLE_THRESHOLD = 90
TIE_MARGIN = 3
_NOT_WORD = re.compile(r"[\W_]+")
_PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)\s*$")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_NUMBER = re.compile(r"\d+")


def _numbers(text: str) -> tuple[int, ...]:
    """The numbers a title holds, in order ("Toy Story 2" -> (2,); "Part 01" -> (1,))."""
    return tuple(int(n) for n in _NUMBER.findall(text))


def _year_of(airdate: str | None) -> int | None:
    found = _YEAR.search(airdate or "")
    return int(found.group(1)) if found else None


def _of_year(
    found: list[tuple[str, int | None, str]], year: int | None
) -> list[tuple[str, int | None, str]]:
    """Candidates of one name, chosen by a year: those of that year, else those with no
    year, else those a year off (a release and a premiere can fall in two years); with no
    year given, all of them."""
    if year is None:
        return found
    return (
        [c for c in found if c[1] == year]
        or [c for c in found if c[1] is None]
        or [c for c in found if c[1] is not None and abs(c[1] - year) == 1]
    )


def simple(text: str) -> str:
    """Folded for comparing names: no case, no accents, no punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


def _bare_title(title: str) -> tuple[str, int | None]:
    """`Pilot (Breaking Point)` -> (`Pilot`, None); `Harbour Lights (2019 film)` ->
    (`Harbour Lights`, 2019)."""
    found = _PARENTHETICAL.search(title)
    if not found or not title[: found.start()].strip():
        return title, None
    year = _YEAR.search(found.group(1))
    return title[: found.start()].strip(), int(year.group(1)) if year else None


@dataclass(frozen=True)
class Candidate:
    key: str  # an article key, or a show key for a show's rating
    label: str  # how the person sees it: "Show — S01E02 Title"


@dataclass(frozen=True)
class Match:
    outcome: Literal["matched", "ambiguous", "unmatched"]
    key: str | None = None
    on_show: bool = False
    how: str = ""  # "number", "title", "film", "show"
    candidates: tuple[Candidate, ...] = field(default=())


UNMATCHED = Match("unmatched")


class Matcher:
    """An index of the library's shows and articles, read once for a whole import."""

    def __init__(self, library: Library):
        self.show_names: dict[str, list[tuple[str, int | None, str]]] = defaultdict(list)
        self.show_labels: dict[str, str] = {}
        first_aired = {
            key: _year_of(day)
            for key, day in library.db.execute(
                "SELECT show_key, MIN(airdate_iso(airdate)) FROM articles "
                "WHERE show_key IS NOT NULL AND airdate IS NOT NULL GROUP BY show_key"
            )
        }
        for key, show_name in library.db.execute("SELECT key, name FROM shows"):
            self.show_labels[key] = show_name
            bare, year = split_year(show_name)
            entry = (key, year or first_aired.get(key), show_name)
            self.show_names[simple(bare or show_name)].append(entry)
            if bare != show_name:
                self.show_names[simple(show_name)].append(entry)
            else:  # "The Office (US)" is a candidate for "The Office"
                qualified, _ = _bare_title(show_name)
                if qualified != show_name:
                    self.show_names[simple(qualified)].append(entry)
        self.by_number: dict[tuple[str, int | None, int], list[str]] = defaultdict(list)
        self.titles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.films: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
        self.labels: dict[str, str] = {}
        self.season_of: dict[str, int | None] = {}
        rows = library.db.execute(
            "SELECT a.key, a.title, a.display_title, a.kind, a.show_key, a.season, a.episode, "
            "s.name, a.airdate, a.episode_label "
            "FROM articles a LEFT JOIN shows s ON s.key = a.show_key"
        )
        for key, title, display, kind, show_key, season, episode, show_name, aired, label in rows:
            bare, year = _bare_title(display if display != title else title)
            year = year or _year_of(aired)
            code = episode_code(season, episode, label)  # "S01E13a", as the navigator says
            self.labels[key] = " — ".join(p for p in (show_name, f"{code} {display}".strip()) if p)
            if show_key is not None and kind == "episode":
                self.season_of[key] = season
                if episode is not None:
                    self.by_number[(show_key, season, episode)].append(key)
                self.titles[show_key][simple(bare)].append(key)
            elif show_key is None:
                self.films[simple(bare)].append((key, year))
        self._cache: dict[tuple[object, ...], Match] = {}

    def match(self, entry: Entry) -> Match:
        """The article (or show) an entry means, or candidates to choose from, or nothing;
        an entry with an original title (Kodi's) is tried by it when its title finds none."""
        cache_key = (
            entry.what,
            entry.show,
            entry.year,
            entry.season,
            entry.episode,
            entry.title,
            entry.original_title,
        )
        found = self._cache.get(cache_key)
        if found is None:
            found = self._match(entry)
            if found.outcome == "unmatched" and entry.original_title:
                found = self._match(replace(entry, title=entry.original_title))
            self._cache[cache_key] = found
        return found

    def _match(self, entry: Entry) -> Match:
        if entry.what == "film":
            found = self._film(entry)
            if found.outcome == "unmatched" and entry.show and entry.title:
                # Netflix's "Show: Episode" reads as a film title or an episode title.
                prefix = f"{entry.show}: "
                title = entry.title[len(prefix) :] if entry.title.startswith(prefix) else None
                if title:
                    return self._episode(
                        Entry(entry.source, "episode", show=entry.show, title=title)
                    )
            return found
        if entry.what == "show":
            shows = self._shows(entry)
            if len(shows) == 1:
                return Match("matched", shows[0][0], on_show=True, how="show")
            if len(shows) > 1:
                return Match("ambiguous", candidates=tuple(Candidate(k, n) for k, _, n in shows))
            return UNMATCHED
        return self._episode(entry)

    def _shows(self, entry: Entry) -> list[tuple[str, int | None, str]]:
        name, year = split_year(entry.show, entry.year)
        if not name:
            return []
        found = list(dict.fromkeys(self.show_names.get(simple(name), [])))
        if len(found) > 1 and year is not None:
            found = _of_year(found, year) or found
        return found

    def _episode(self, entry: Entry) -> Match:
        shows = [key for key, _, _ in self._shows(entry)]
        if not shows:
            return UNMATCHED
        if entry.episode is not None:
            keys = [
                key
                for show in shows
                for key in self.by_number.get((show, entry.season, entry.episode), [])
            ]
            if keys:
                return self._one(keys, "number")
        if entry.title:
            choices = {title: keys for show in shows for title, keys in self.titles[show].items()}
            if entry.season is not None:  # searched within its season first
                within = {
                    title: in_season
                    for title, keys in choices.items()
                    if (in_season := [k for k in keys if self.season_of.get(k) == entry.season])
                }
                found = self._by_title(entry.title, within, "title")
                if found.outcome != "unmatched":
                    return found
            return self._by_title(entry.title, choices, "title")
        return UNMATCHED

    def _by_title(self, title: str, choices: dict[str, list[str]], how: str) -> Match:
        close = self._titled(title, choices)
        if not close:
            return UNMATCHED
        return self._one([key for choice in close for key in choices[choice]], how)

    def _titled(
        self, title: str, choices: dict[str, list[str]] | dict[str, list[Any]]
    ) -> list[str]:
        """The choices (simplified titles) a title means: the same one, else the closest
        above the threshold (within the tie margin of the best), whose numbers agree."""
        wanted = simple(_bare_title(title)[0])
        if wanted in choices:
            return [wanted]
        scored = process.extract(
            wanted, list(choices), scorer=fuzz.ratio, score_cutoff=TITLE_THRESHOLD, limit=5
        )
        numbers = _numbers(wanted)
        scored = [found for found in scored if _numbers(found[0]) == numbers]
        if not scored:
            return []
        best = scored[0][1]
        return [choice for choice, score, _ in scored if best - score < TIE_MARGIN]

    def _film(self, entry: Entry) -> Match:
        if not entry.title:
            return UNMATCHED
        bare, year = _bare_title(entry.title)
        year = entry.year or year
        films = [
            (key, film_year, title)
            for title in self._titled(bare, self.films)
            for key, film_year in self.films[title]
        ]
        if len(films) > 1 or (films and films[0][1] is not None):
            films = _of_year(films, year)  # "Ghostbusters (1984)" is not the 2016 film
        if not films:
            return UNMATCHED
        return self._one([key for key, _, _ in films], "film")

    def _one(self, keys: list[str], how: str) -> Match:
        """Matched when the keys name one article; else ambiguous between them."""
        unique = list(dict.fromkeys(keys))
        if len(unique) == 1:
            return Match("matched", unique[0], how=how)
        return Match(
            "ambiguous",
            candidates=tuple(Candidate(k, self.labels.get(k, k)) for k in unique),
        )
