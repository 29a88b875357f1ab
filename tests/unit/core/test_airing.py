"""Upcoming, the airdate calendar, and watch time: read from the articles' Airdate and
Running time fields, as articles write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from guide.core import ops
from guide.core.article.airdates import parse_airdate
from guide.core.errors import LibraryError
from guide.core.importing.articles import import_paths
from guide.core.library import Library
from guide.core.times import parse_moment
from guide.core.views import stats
from guide.core.views.airing import upcoming, write_calendar
from tests.helpers import episode


@pytest.fixture
def tides(library: Library, write) -> Library:
    airdates = {
        1: "20 January 2008: AMC, United States",
        2: "Sunday, January 27th, 2030",
        3: "3 February 2030",
        4: "TBA",
    }
    for number, airdate in airdates.items():
        write(
            f"{number}.txt",
            f"Tide {number}",
            episode("Tides", 1, number, Airdate=airdate, Running_time="1 hour 2 minutes"),
        )
    write("other.txt", "Elsewhere", episode("Quiet Harbour", 1, 1, Airdate="1 March 2030"))
    import_paths(library, [write.folder])
    return library


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("20 January 2008: AMC, United States", date(2008, 1, 20)),
        ("Sunday, January 20th, 2008", date(2008, 1, 20)),
        ("20 Jan. 2008", date(2008, 1, 20)),
        ("April 2022", date(2022, 4, 1)),
        ("TBA", None),
        ("Episode 5", None),
        ("9" * 300, None),
    ],
)
def test_airdates_as_articles_write_them(written: str, day: date | None):
    assert parse_airdate(written) == day


def test_upcoming_is_soonest_first_from_today(tides: Library):
    found = upcoming(tides, today=date(2030, 1, 27))
    assert [(a.title, a.airdate.isoformat()) for a in found] == [
        ("Tide 2", "2030-01-27"),
        ("Tide 3", "2030-02-03"),
        ("Elsewhere", "2030-03-01"),
    ]
    assert found[0].to_json() == {
        "title": "Tide 2",
        "show": "Tides",
        "season": 1,
        "episode": 2,
        "airdate": "2030-01-27",
    }


def test_the_calendar_holds_the_followed_shows_airdates_with_stable_ids(
    tides: Library, tmp_path: Path
):
    path = tmp_path / "airdates.ics"
    assert write_calendar(tides, path) == 0  # nothing followed yet
    ops.apply(tides, ops.Watch(("tide 1",), "watch"))
    assert write_calendar(tides, path, force=True) == 3
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "Tides S01E01 Tide 1",
        "Tides S01E02 Tide 2",
        "Tides S01E03 Tide 3",
    ]
    assert events[1].decoded("dtstart") == date(2030, 1, 27)
    first_ids = [str(e["uid"]) for e in events]
    with pytest.raises(LibraryError, match="already exists"):
        write_calendar(tides, path)
    write_calendar(tides, path, force=True, every_show=True)
    again = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert [str(e["uid"]) for e in again][:3] == first_ids  # an import again updates
    with pytest.raises(LibraryError, match="open library"):
        write_calendar(tides, tides.path, force=True)


def test_watch_time_per_month_and_show_and_the_year_in_review(tides: Library):
    for key, moment in (("tide 1", "2025-05-01T20:00"), ("tide 2", "2025-05-02T20:00")):
        ops.apply(tides, ops.Watch((key,), "watch", parse_moment(moment)))
    ops.apply(tides, ops.Watch(("elsewhere",), "watch", parse_moment("2025-06-01T20:00")))
    ops.apply(tides, ops.SetRating("tide 2", 9))
    figures = stats.compute(tides, today=date(2025, 12, 1))
    assert figures.total_minutes == 124
    assert dict(figures.minutes_per_month)["2025-05"] == 124
    assert figures.minutes_per_show == [("Tides", 124)]
    assert figures.plays_without_running_time == 1
    year = figures.year
    assert (year.year, year.plays, year.episodes, year.minutes) == (2025, 3, 3, 124)
    assert year.busiest_month == "2025-05" and year.best_rated == [("Tide 2", 9)]
    assert figures.to_json()["year_in_review"]["hours"] == 2.1


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("58 minutes", 58),
        ("1 hour 2 minutes", 62),
        ("1h 2m", 62),
        ("94 min", 94),
        ("1.5 hours", 90),
        ("45", 45),
        ("unknown", None),
        ("99999 minutes", None),
    ],
)
def test_running_time_as_articles_write_it(text: str, minutes: int | None):
    assert stats.running_minutes(text) == minutes
