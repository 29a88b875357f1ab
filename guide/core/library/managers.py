"""The library's managers, one per noun of personal data, each loaded when first used
(`guide shows` needs none of them), in the manner of Anki's collection."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.core.library.journal import Journal
    from guide.core.library.notes import Notes
    from guide.core.library.passes import Passes
    from guide.core.library.plays import Plays
    from guide.core.library.ratings import Ratings
    from guide.core.library.saved_searches import SavedSearches
    from guide.core.library.statuses import Statuses
    from guide.core.library.stored_times import StoredTimes
    from guide.core.library.tombstones import Tombstones
from guide.core.library.lifecycle import Lifecycle


class Managers(Lifecycle):
    """``library.plays``, ``library.passes``, ``library.notes``, …"""

    @cached_property
    def plays(self) -> Plays:
        from guide.core.library.plays import Plays

        return Plays(self)

    @cached_property
    def passes(self) -> Passes:
        from guide.core.library.passes import Passes

        return Passes(self)

    @cached_property
    def notes(self) -> Notes:
        from guide.core.library.notes import Notes

        return Notes(self)

    @cached_property
    def searches(self) -> SavedSearches:
        from guide.core.library.saved_searches import SavedSearches

        return SavedSearches(self)

    @cached_property
    def times(self) -> StoredTimes:
        from guide.core.library.stored_times import StoredTimes

        return StoredTimes(self)

    @cached_property
    def tombstones(self) -> Tombstones:
        from guide.core.library.tombstones import Tombstones

        return Tombstones(self)

    @cached_property
    def statuses(self) -> Statuses:
        from guide.core.library.statuses import Statuses

        return Statuses(self)

    @cached_property
    def ratings(self) -> Ratings:
        from guide.core.library.ratings import Ratings

        return Ratings(self)

    @cached_property
    def journal(self) -> Journal:
        from guide.core.library.journal import Journal

        return Journal(self)
