"""Broadcast order within a show.

Seasons ascending (the store sorts by season); inside a season, episodes by episode number;
where numbers are missing the Prev/Next chain decides; ties by title. An unnumbered article
follows the nearest numbered article it reaches through Prev links, or else precedes the one it
reaches through Next links; a chain with no number at all comes after the numbered episodes, in
chain order.

An episode without a season whose links reach an episode of a season is placed in that season
by its links (a special between two seasons: "White Christmas", Next: "Nosedive", goes before
Nosedive); its own number belongs to no season's numbering, so the links alone place it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from guide.core.article import fold_title


class Entry(NamedTuple):
    id: int
    key: str
    title: str
    season: int | None
    episode: int | None
    prev: str | None
    next: str | None
    label: str | None = None  # the number as written: 13a follows 13


_UNNUMBERED = float("inf")


def placements(entries: Iterable[Entry]) -> dict[int, tuple[int | None, int]]:
    """Article id -> (the season it is placed in, its position there counting from 0)."""
    entries = list(entries)
    adopted = _adopted_seasons(entries)
    by_season: dict[int | None, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.key in adopted:  # placed by its links alone
            entry = entry._replace(season=adopted[entry.key], episode=None, label=None)
        by_season[entry.season].append(entry)
    result: dict[int, tuple[int | None, int]] = {}
    for season, group in by_season.items():
        ordered = sorted(group, key=_sort_keys(group).__getitem__)
        result.update((entry.id, (season, index)) for index, entry in enumerate(ordered))
    return result


def _adopted_seasons(entries: list[Entry]) -> dict[str, int]:
    """Keys of the articles without a season whose Next links (else Prev links), through
    other articles without one, reach an article of a season: that season."""
    by_key = {entry.key: entry for entry in entries}
    unseasoned = [entry for entry in entries if entry.season is None]
    ahead, behind = _reach(unseasoned, by_key, "next"), _reach(unseasoned, by_key, "prev")
    adopted = {}
    for entry in unseasoned:
        season = ahead[entry.key] if ahead[entry.key] is not None else behind[entry.key]
        if season is not None:
            adopted[entry.key] = season
    return adopted


def _reach(entries: list[Entry], by_key: dict[str, Entry], direction: str) -> dict[str, int | None]:
    """For each entry, the season of the first article with one that its ``direction``
    links reach through articles without one (None: none reached). Linear: an entry met on
    a walk already made takes that walk's answer (a chain of 10,000 is walked once)."""
    reached: dict[str, int | None] = {}
    for start in entries:
        path: list[str] = []
        on_path: set[str] = set()
        current, found = start, None
        while True:
            if current.key in reached:
                found = reached[current.key]
                break
            path.append(current.key)
            on_path.add(current.key)
            linked = getattr(current, direction)
            target = by_key.get(fold_title(linked)) if linked else None
            if target is None or target.key in on_path:
                break
            if target.season is not None:
                found = target.season
                break
            current = target
        for key in path:
            reached[key] = found
    return reached


def _sort_keys(group: list[Entry]) -> dict[Entry, tuple[float, int, str, int, str]]:
    by_key = {entry.key: entry for entry in group}
    prev_of: dict[str, Entry] = {}
    next_of: dict[str, Entry] = {}
    for entry in group:
        if entry.prev and (target := by_key.get(fold_title(entry.prev))) and target is not entry:
            prev_of.setdefault(entry.key, target)
            next_of.setdefault(target.key, entry)
    for entry in group:  # Next links fill in where no Prev link says the same
        if entry.next and (target := by_key.get(fold_title(entry.next))) and target is not entry:
            next_of.setdefault(entry.key, target)
            prev_of.setdefault(target.key, entry)
    backward = _walks(group, prev_of)
    forward = _walks(group, next_of)
    return {entry: _sort_key(entry, backward[entry.key], forward[entry.key]) for entry in group}


Walk = tuple[int | None, int, Entry]  # (number reached, steps taken, last entry seen)


def _sort_key(entry: Entry, backward: Walk, forward: Walk) -> tuple[float, int, str, int, str]:
    title = entry.title.casefold()
    if entry.episode is not None:
        suffix = (entry.label or "")[len(str(entry.episode)) :]  # 13 < 13a < 13b
        return (entry.episode, 0, suffix, 0, title)
    anchor, steps, head = backward
    if anchor is not None:
        return (anchor, steps, "", 0, title)
    anchor, ahead, _ = forward
    if anchor is not None:
        return (anchor, -ahead, "", 0, title)
    # No number anywhere along the chain: keep the chain together, in chain order.
    return (_UNNUMBERED, 0, head.title.casefold(), steps if head is not entry else 0, title)


def _walks(group: list[Entry], links: dict[str, Entry]) -> dict[str, Walk]:
    """:func:`_walk` from every entry, in time linear in the group: an entry's walk is its
    link's walk one step longer (a chain of 10,000 unnumbered episodes walked anew from each
    made ordering quadratic: 266 s for 20,000 articles). Entries on a cycle of links are
    walked one by one, as before: their walks end where they began."""
    on_cycle = _on_cycles(group, links)
    done: dict[str, Walk] = {e.key: _walk(e, links) for e in group if e.key in on_cycle}
    for start in group:
        path: list[Entry] = []
        current: Entry | None = start
        while current is not None and current.key not in done:
            following = links.get(current.key)
            if following is None:
                done[current.key] = (None, 0, current)
            elif following.episode is not None:
                done[current.key] = (following.episode, 1, following)
            else:
                path.append(current)
            current = following
        for entry in reversed(path):  # each from its link's walk
            number, steps, last = done[links[entry.key].key]
            done[entry.key] = (number, steps + 1, last)
    return done


def _on_cycles(group: list[Entry], links: dict[str, Entry]) -> set[str]:
    """Keys of the entries that lie on a cycle of links (each entry has at most one link)."""
    state: dict[str, int] = {}  # 1: on the path being followed, 2: settled
    found: set[str] = set()
    for start in group:
        path: list[str] = []
        current: Entry | None = start
        while current is not None and current.key not in state:
            state[current.key] = 1
            path.append(current.key)
            current = links.get(current.key)
        if current is not None and state.get(current.key) == 1:  # came back onto this path
            found.update(path[path.index(current.key) :])
        for key in path:
            state[key] = 2
    return found


def _walk(entry: Entry, links: dict[str, Entry]) -> tuple[int | None, int, Entry]:
    """Follow links until a numbered article: (its number, steps taken, last entry seen)."""
    seen = {entry.key}
    current, steps = entry, 0
    while (following := links.get(current.key)) is not None and following.key not in seen:
        seen.add(following.key)
        current, steps = following, steps + 1
        if current.episode is not None:
            return current.episode, steps, current
    return None, steps, current
