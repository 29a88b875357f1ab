"""What a change to the library touched, kind by kind and key by key: every view reads it
and decides for itself whether to read anything again."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What an operation (or another process) changed; views decide for themselves."""

    plays: frozenset[str] = frozenset()  # article keys whose plays changed
    passes: frozenset[str] = frozenset()  # show keys whose rewatch passes changed
    notes: frozenset[str] = frozenset()  # article keys whose note changed
    show_notes: frozenset[str] = frozenset()  # show keys whose show note changed
    searches: bool = False  # saved searches
    ratings: frozenset[str] = frozenset()  # article and show keys whose rating changed
    articles: bool = False  # articles added, updated or removed
    everything: bool = False  # replaced underneath: restore, merge, another process
    statuses: frozenset[str] = frozenset()  # show keys whose status changed

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.plays | other.plays,
            self.passes | other.passes,
            self.notes | other.notes,
            self.show_notes | other.show_notes,
            self.searches or other.searches,
            self.ratings | other.ratings,
            self.articles or other.articles,
            self.everything or other.everything,
            self.statuses | other.statuses,
        )

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @property
    def empty(self) -> bool:
        return self == Changes()

    @property
    def tracking(self) -> bool:
        """Watched state or progress may differ (navigator, pages, status bar)."""
        return bool(self.plays or self.passes or self.statuses or self.articles or self.everything)

    def touches(self, *kinds: str) -> bool:
        """Whether any of these kinds ("plays", "passes", "notes", "show_notes", "ratings",
        "statuses", "searches") changed; an import or a replaced library touches them all."""
        return self.everything or self.articles or any(getattr(self, kind) for kind in kinds)

    def touches_note(self, key: str) -> bool:
        return self.everything or key in self.notes or key in self.show_notes


_KEYED = ("plays", "passes", "notes", "show_notes", "ratings", "statuses")


class Gathering:
    """Changes gathered one by one (a sync's or a merge's entries), their keys kept in sets
    that grow: ``|`` copies its sets each time, which took minutes for 100,000 entries."""

    def __init__(self) -> None:
        self.keys: dict[str, set[str]] = {name: set() for name in _KEYED}
        self.flags: dict[str, bool] = {"articles": False, "searches": False, "everything": False}

    def add(self, part: Changes) -> None:
        for name, found in self.keys.items():
            found.update(getattr(part, name))
        for name in self.flags:
            self.flags[name] = self.flags[name] or getattr(part, name)

    def changes(self) -> Changes:
        keys = {name: frozenset(found) for name, found in self.keys.items()}
        flags = self.flags
        return Changes(
            **keys,  # the keyed fields, by name
            articles=flags["articles"],
            searches=flags["searches"],
            everything=flags["everything"],
        )
