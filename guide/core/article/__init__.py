"""Articles: the parsed form (Article, its kinds, sections, meanings of infobox keys) and the
rules for identities (folded titles). The format is fixed by ARTICLE_FORMAT.md (shared with
the project); :mod:`guide.core.article.parsing` reads it: whatever the bytes, an
:class:`Article` plus warnings, or a :class:`Rejection` with a reason, never an exception.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, Generic, TypeVar

MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_NUMBER = 10**9

_WHITESPACE_RUN = re.compile(r"\s+")
_KEY_NOISE = re.compile(r"[\s_\-]+")
_LEADING_INT = re.compile(r"[0-9]+")
_LIST_TITLE = re.compile(r"list of (.+) episodes", re.IGNORECASE)


class RejectReason(StrEnum):
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too large"
    NO_TITLE = "no title line"


class Kind(StrEnum):
    EPISODE = "episode"
    LIST = "list"
    OVERVIEW = "overview"
    OTHER = "other"

    @property
    def stands_for_show(self) -> bool:
        """A show's overview and its episode list stand for the show: its rating, its note
        and its page are the show's."""
        return self in (Kind.OVERVIEW, Kind.LIST)

    @property
    def watchable(self) -> bool:
        """Episodes, films and other single articles are watched; the articles that stand
        for their show are not."""
        return not self.stands_for_show

    @classmethod
    def for_show_sql(cls, column: str = "kind") -> str:
        """SQL: the articles that stand for their show (``kind IN ('overview', 'list')``)."""
        kinds = ", ".join(f"'{kind.value}'" for kind in cls if kind.stands_for_show)
        return f"{column} IN ({kinds})"


@dataclass(frozen=True)
class Rejection:
    reason: RejectReason
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else str(self.reason)


@dataclass(frozen=True)
class Section:
    level: int
    heading: str
    paragraphs: tuple[str, ...] = ()


def fold_title(title: str) -> str:
    """The identity of a title: case-folded, white space runs folded to one space, in
    Unicode NFC (so a title typed on one system matches the same title saved on another)."""
    folded = " ".join(title.split()).casefold()  # split() cuts at the white space \s matches
    return folded if folded.isascii() else unicodedata.normalize("NFC", folded)


@lru_cache(maxsize=4096)  # a library's articles name a few hundred shows, again and again
def fold_show(name: str) -> str:
    """fold_title of a show's name."""
    return fold_title(name)


@lru_cache(maxsize=4096)  # a few dozen keys recur in every article of a library
def normalise_key(key: str) -> str:
    """Infobox keys match without regard to case, spaces, hyphens or underscores."""
    return _KEY_NOISE.sub("", key).casefold()


_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split(),
        start=1,
    )
}
_LEADING_WORD = re.compile(r"[A-Za-z]+")
_LEADING_LABEL = re.compile(r"([0-9]+)([A-Za-z])(?![A-Za-z0-9])")


def leading_number(value: str | None) -> int | None:
    """The leading integer of a value: `5a` is 5, `Two` is 2 (English number words one to
    twenty), `Pilot` has none."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit() and text.isascii():  # the usual value: only digits
        return int(text) if len(text) <= 9 else None
    match = _LEADING_INT.match(text)
    if match:
        return int(match.group()) if len(match.group()) <= 9 else None
    word = _LEADING_WORD.match(text)
    return _NUMBER_WORDS.get(word.group().casefold()) if word else None


def number_label(value: str | None, number: int | None = None) -> str | None:
    """An episode's number as written when it says more than the number: `13a` (and `13`
    for 13); the word of `Two` is shown as 2. None when there is no number. NUMBER, when
    given, is the value's leading_number, already known."""
    if number is None:
        number = leading_number(value)
    if number is None or value is None:
        return None
    match = _LEADING_LABEL.match(value.strip())  # a letter after the number: 13a
    return f"{number}{match.group(2)}" if match else str(number)


_MEANINGS: dict[str, frozenset[str]] = {
    "series": frozenset({"series"}),
    "season": frozenset({"season", "seriesno", "seasonno"}),
    "episode": frozenset({"episode", "episodeno"}),
    "rtitle": frozenset({"rtitle"}),
    "prev": frozenset({"prev"}),
    "next": frozenset({"next"}),
    "episode_list": frozenset({"episodelist"}),
    "airdate": frozenset({"airdate", "released", "firstaired"}),
}
_MEANING_OF_KEY = {key: name for name, keys in _MEANINGS.items() for key in keys}
# Fields that name another article (a link): their words are that article's title, never what
# this one is about (a search for "fog" does not match an episode because Fog Signal follows it).
LINK_KEYS = _MEANINGS["series"] | _MEANINGS["prev"] | _MEANINGS["next"] | _MEANINGS["episode_list"]
# Where an article came from (a page of a wiki, its revision, its licence): shown as the
# article's credit, never searched (the issue 25 sources write them; a file may too).
ATTRIBUTION_KEYS = frozenset({"source", "sourceurl", "revision", "license", "licence"})
UNSEARCHED_KEYS = LINK_KEYS | ATTRIBUTION_KEYS
_MEANING_HEADS = frozenset(key[:3] for key in _MEANING_OF_KEY)


@dataclass(frozen=True)
class Credit:
    """Where an article came from, as its Source, Source URL and License fields say."""

    source: str
    url: str | None  # only an http(s) address: anything else is not a link
    license: str


def credit(infobox: Sequence[tuple[str, str]]) -> Credit | None:
    """The article's credit, if it names a source (the first of each field counts)."""
    found: dict[str, str] = {}
    for key, value in infobox:
        found.setdefault(normalise_key(key), " ".join(value.split()))
    source = found.get("source")
    if not source:
        return None
    url = found.get("sourceurl", "")
    safe = url if url.lower().startswith(("https://", "http://")) and " " not in url else None
    return Credit(source, safe, found.get("license") or found.get("licence") or "")


MEANING_KEYS = tuple(sorted(_MEANING_OF_KEY))


T = TypeVar("T")


class _once(Generic[T]):  # noqa: N801 - used as a decorator, like property
    """A value computed on first reading and kept in the instance (functools.cached_property
    takes a lock on every first reading: 30 µs per article, a tenth of a parse)."""

    def __init__(self, compute: Callable[[Any], T]):
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        value = self.compute(instance)
        instance.__dict__[self.name] = value  # later readings find it there
        return value


@dataclass(frozen=True)
class Article:
    """One parsed article. Equality compares content only."""

    title: str
    infobox: tuple[tuple[str, str], ...] = ()
    lead: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()

    def meaning(self, name: str) -> str | None:
        """The value of the first infobox field with the given meaning, or None."""
        return self._meanings.get(name)

    def prime_meanings(self, fields: list[tuple[str, str]]) -> None:
        """Set the meanings from (normalised key, value) pairs in infobox order: the store
        reads those fields from its index for an article with a very long infobox."""
        found: dict[str, str] = {}
        for norm_key, value in fields:
            found.setdefault(_MEANING_OF_KEY[norm_key], value)
        self.__dict__["_meanings"] = found

    @_once
    def _meanings(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for key, value in self.infobox:
            # Most keys are ruled out by their first letters, without normalising them (an
            # infobox of 100,000 fields took 0.17 s to read otherwise).
            head = key[:3]
            if head.isalpha() and head.casefold()[:3] not in _MEANING_HEADS:
                continue
            name = _MEANING_OF_KEY.get(normalise_key(key))
            if name is not None:
                found.setdefault(name, value)
        return found

    def _text(self, name: str) -> str | None:
        value = self.meaning(name)
        return value if value else None

    @_once  # read a dozen times per import: folded once
    def key(self) -> str:
        return fold_title(self.title)

    @property
    def display_title(self) -> str:
        return self._text("rtitle") or self.title

    @_once
    def list_of(self) -> str | None:
        """The show this is the list article of, from a title `List of X episodes`."""
        match = _LIST_TITLE.fullmatch(self.title)
        return _WHITESPACE_RUN.sub(" ", match.group(1)).strip() if match else None

    @property
    def series(self) -> str | None:
        return self._text("series")

    @property
    def show(self) -> str | None:
        return self.list_of or self.series

    @_once
    def kind(self) -> Kind:
        """What the article is, as far as the article alone can tell.

        A list title wins over a Series field (list articles often name their series); an
        article whose title is its own Series is that show's overview. An article with no
        Series may still be an overview: the library decides that, knowing every show.
        """
        if self.list_of:
            return Kind.LIST
        series = self.series
        if series and fold_show(series) == self.key:
            return Kind.OVERVIEW
        return Kind.EPISODE if series else Kind.OTHER

    @_once
    def season(self) -> int | None:
        return leading_number(self.meaning("season"))

    @_once
    def episode(self) -> int | None:
        return leading_number(self.meaning("episode"))

    @property
    def episode_label(self) -> str | None:
        """The episode number as written (`13a`), or None."""
        return number_label(self.meaning("episode"), self.episode)

    @property
    def prev(self) -> str | None:
        return self._text("prev")

    @property
    def next(self) -> str | None:
        return self._text("next")

    @property
    def episode_list(self) -> str | None:
        return self._text("episode_list")

    @property
    def airdate(self) -> str | None:
        return self._text("airdate")

    def plain_text(self) -> str:
        """Prose as one string (for search and hashing-independent comparisons)."""
        parts = list(self.lead)
        for section in self.sections:
            parts.append(section.heading)
            parts.extend(section.paragraphs)
        return "\n".join(parts)
