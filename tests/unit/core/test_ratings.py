"""Ratings: 1–10 on an article or a show, one operation each, undoable, and the same on every
computer whatever order the changes arrive in."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.core import ops
from guide.core.library import Library
from guide.core.library.ratings import Rating, RatingError, checked_rating
from guide.core.opening import add_samples
from guide.core.sync.folder import sync
from guide.core.sync.personal_file import validate
from guide.core.sync.portable import export_data, merge_data


@pytest.fixture
def samples(library: Library) -> Library:
    add_samples(library)
    return library


def test_rate_undo_and_remove(samples: Library):
    applied = ops.apply(samples, ops.SetRating("fog signal", 8))
    assert samples.ratings.get("fog signal") == 8
    assert applied.changes.ratings == frozenset({"fog signal"})
    assert applied.inverse is not None
    ops.apply(samples, applied.inverse)
    assert samples.ratings.get("fog signal") is None
    assert ops.apply(samples, ops.SetRating("fog signal", 0)).empty  # nothing to remove


@pytest.mark.parametrize("bad", ["11", "-1", "7.5", "eight", "", True, None, 3.0])
def test_impossible_ratings_are_refused(bad):
    with pytest.raises(RatingError):
        checked_rating(bad)


def test_the_latest_change_wins_in_any_order(tmp_path: Path):
    older = Rating(False, "fog signal", 3, "2025-01-01T00:00:00+00:00", "a")
    newer = Rating(False, "fog signal", 9, "2025-02-01T00:00:00+00:00", "b")
    results = []
    for name, order in (("1", (older, newer)), ("2", (newer, older))):
        with Library(tmp_path / f"{name}.db") as library:
            for change in order:
                library.ratings.apply(change)
            results.append(library.ratings.get("fog signal"))
    assert results == [9, 9]


def test_ratings_and_their_removal_travel_by_sync(tmp_path: Path):
    folder = tmp_path / "sync"
    folder.mkdir()
    with Library(tmp_path / "a.db") as a, Library(tmp_path / "b.db") as b:
        add_samples(a)
        add_samples(b)
        ops.apply(a, ops.SetRating("fog signal", 7))
        ops.apply(a, ops.SetRating("the lighthouse keepers", 9, on_show=True))
        sync(a, folder)
        sync(b, folder)
        assert b.ratings.get("fog signal") == 7
        assert b.ratings.get("the lighthouse keepers", on_show=True) == 9
        ops.apply(b, ops.SetRating("fog signal", 0))
        sync(b, folder)
        sync(a, folder)
        assert a.ratings.get("fog signal") is None


def test_ratings_are_exported_merged_and_validated(samples: Library, tmp_path: Path):
    ops.apply(samples, ops.SetRating("harbour lights (film)", 6))
    data = export_data(samples)
    assert [(r["title"], r["rating"]) for r in data["ratings"]] == [("Harbour Lights (film)", 6)]
    with Library(tmp_path / "other.db") as other:
        report = merge_data(other, data)
        assert report.ratings_set == 1
        assert other.ratings.get("harbour lights (film)") == 6
    data["ratings"][0]["rating"] = 11
    assert validate(data) == ["$.ratings[0]: 'rating' should be a whole number from 0 to 10"]


def test_distribution_and_average_per_show(samples: Library):
    for key, value in (("fog signal", 8), ("midsummer", 6), ("harbour lights (film)", 8)):
        ops.apply(samples, ops.SetRating(key, value))
    assert samples.ratings.distribution()[8] == 2
    assert samples.ratings.average_per_show() == [("The Lighthouse Keepers", 7.0, 2)]
