"""Marking episodes watched, as the window and the command line ask for it: the toggle
(decided when it runs), this episode and every earlier one, and which of them have not aired
yet. Built on the operations of :mod:`guide.core.ops`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from guide.core.article import Kind
from guide.core.article.airdates import parse_airdate
from guide.core.library import Library
from guide.core.ops import Applied, Operation, Unwatch, Watch

# How operations describe themselves (Undo's text); the window passes its translations.
WATCHED = "Mark '{title}' watched"
UNWATCHED = "Mark '{title}' unwatched"
UP_TO = "Mark watched up to '{title}'"


@dataclass(frozen=True)
class ToggleWatched:
    """Watched if it was not, unwatched if it was: decided in the transaction, from what the
    library holds then (another program may have marked it since it was shown)."""

    key: str
    title: str
    words: tuple[str, str] = (WATCHED, UNWATCHED)
    # The ids of the plays in the current pass the person saw when choosing: an unwatch
    # removes those alone (see Unwatch.seen).
    seen: tuple[str, ...] | None = None

    @property
    def description(self) -> str:
        return self.words[0].format(title=self.title)

    def run(self, library: Library) -> Applied:
        plays = library.plays.in_current_pass([self.key])  # what makes it watched now
        if plays:
            words = self.words[1].format(title=self.title)
            unwatch = Unwatch((self.key,), words, seen=self.seen)
            return unwatch.remove(library, plays)
        return Watch(  # none in the current pass: not watched, nothing to look up again
            (self.key,), self.words[0].format(title=self.title), only_unwatched=False
        ).run(library)


def toggle_watched(
    library: Library,
    key: str,
    title: str,
    words: tuple[str, str] = (WATCHED, UNWATCHED),
    seen: tuple[str, ...] | None = None,
) -> Operation:
    """Watched if it was not, unwatched if it was (decided when it runs); ``words`` describe
    the two. ``library`` is not read here."""
    return ToggleWatched(key, title, words, seen)


def watched_up_to(
    library: Library,
    key: str,
    today: date | None = None,
    words: tuple[str, str] = (WATCHED, UP_TO),
) -> Operation:
    """This episode and every earlier one of its show, skipping episodes that air in the
    future (those already watched in the current pass are left as they are)."""
    record = library.find(key)
    title = record.article.title
    if record.kind != Kind.EPISODE or record.show_key is None:
        return Watch((record.key,), words[0].format(title=title))
    earlier = episodes_up_to(library, record.show_key, record.key)
    left = set(not_yet_aired(library, earlier, today))
    return Watch(tuple(k for k in earlier if k not in left), words[1].format(title=title))


def episodes_up_to(library: Library, show_key: str, key: str) -> list[str]:
    """The show's episodes in broadcast order, up to and with ``key``."""
    keys = library.episode_keys(show_key)
    return keys[: keys.index(key) + 1]


def not_yet_aired(
    library: Library, keys: list[str] | tuple[str, ...], today: date | None = None
) -> tuple[str, ...]:
    """Those of ``keys`` whose airdate is after today (no airdate: taken as aired)."""
    today = today or date.today()
    airdates = library.airdates(keys)
    return tuple(k for k in keys if _in_future(airdates.get(k), today))


def _in_future(airdate: str | None, today: date) -> bool:
    day = parse_airdate(airdate)
    return day is not None and day > today
