"""A show's status (issue 24, item 19): Watching, Paused, Dropped, Plan to Watch; set, undone,
grouped in Up Next, synced, exported and merged like every other personal datum; and what is
left of a show to its end."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide.core import ops
from guide.core.importing.articles import import_paths
from guide.core.library import Library
from guide.core.library.statuses import Status, StatusError, checked_status
from guide.core.sync import personal_file, portable
from guide.core.sync.folder import sync
from guide.core.views.upnext import left, up_next
from tests.helpers import episode, one_show_library

SHOW = "show"


def groups(library: Library) -> dict[str, list[str]]:
    found = up_next(library).to_json()
    return {name: [p["show"] for p in shows] for name, shows in found.items() if shows}


def test_a_status_is_set_undone_and_cleared(library: Library, write):
    write("a.txt", "Pilot", episode("Harbour", 1, 1))
    import_paths(library, [write.folder])
    done = ops.apply(library, ops.SetStatus("harbour", Status.PAUSED, "pause"))
    assert library.statuses.get("harbour") == Status.PAUSED
    assert done.changes.statuses == {"harbour"} and done.changes.tracking
    assert done.inverse is not None
    ops.apply(library, done.inverse)  # Undo
    assert library.statuses.get("harbour") is None
    assert ops.apply(library, ops.SetStatus("harbour", None, "clear")).changes.empty  # no-op


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("watching", Status.WATCHING),
        ("Plan to Watch", Status.PLAN),
        ("plan-to-watch", Status.PLAN),
        ("PAUSED", Status.PAUSED),
        ("dropped", Status.DROPPED),
        ("none", None),
        ("", None),
    ],
)
def test_a_status_as_typed(typed: str, status: Status | None):
    assert checked_status(typed) == status


def test_a_status_that_is_none_is_refused_in_one_line():
    with pytest.raises(StatusError, match="'finished' is not a status"):
        checked_status("finished")


def test_up_next_groups_by_status_and_a_dropped_show_leaves_it(tmp_path: Path):
    with one_show_library(tmp_path / "l.db") as library:
        library.plays.watch("e1")
        assert groups(library) == {"in_progress": ["Show"]}
        for status, group in (
            (Status.PAUSED, "paused"),
            (Status.PLAN, "plan_to_watch"),
            (Status.DROPPED, "dropped"),
        ):
            library.statuses.set(SHOW, status)
            assert groups(library) == {group: ["Show"]}
        assert up_next(library).dropped[0].next is None  # out of Up Next: no next episode
        library.statuses.set(SHOW, None)
        library.plays.unwatch("e1")
        assert groups(library) == {"not_started": ["Show"]}
        library.statuses.set(SHOW, Status.WATCHING)  # set Watching before the first episode
        (watching,) = up_next(library).in_progress
        assert watching.next is not None and watching.next.key == "e1"


def test_a_status_travels_by_sync_and_the_latest_wins(tmp_path: Path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with one_show_library(tmp_path / "a.db") as a, one_show_library(tmp_path / "b.db") as b:
        a.statuses.set(SHOW, Status.PAUSED)
        sync(a, folder)
        sync(b, folder)
        assert b.statuses.get(SHOW) == Status.PAUSED
        b.statuses.set(SHOW, Status.DROPPED)  # later
        sync(b, folder)
        sync(a, folder)
        assert a.statuses.get(SHOW) == b.statuses.get(SHOW) == Status.DROPPED
        b.statuses.set(SHOW, None)  # a cleared status travels too
        sync(b, folder)
        sync(a, folder)
        assert a.statuses.get(SHOW) is None


def test_a_status_is_exported_and_merged(tmp_path: Path):
    with one_show_library(tmp_path / "a.db") as a, one_show_library(tmp_path / "b.db") as b:
        a.statuses.set(SHOW, Status.PLAN)
        data = portable.export_data(a)
        assert data["statuses"][0]["show"] == "Show" and data["statuses"][0]["status"] == "plan"
        assert personal_file.validate(data) == []
        report = portable.merge_data(b, data)
        assert b.statuses.get(SHOW) == Status.PLAN and report.statuses_set == 1
        assert portable.merge_data(b, data).statuses_set == 0  # merged again: nothing new
        data["statuses"][0]["status"] = "finished"
        assert (
            personal_file.validate(data) and "'status' should be" in personal_file.validate(data)[0]
        )


def test_what_is_left_counts_the_episodes_and_hours_of_their_running_time(library: Library, write):
    write("a.txt", "One", episode("Harbour", 1, 1, Running_time="44 minutes"))
    write("b.txt", "Two", episode("Harbour", 1, 2, Running_time="1 hour"))
    write("c.txt", "Three", episode("Harbour", 1, 3))
    import_paths(library, [write.folder])
    rest = left(library, "harbour")
    assert (rest.episodes, rest.minutes, rest.unknown) == (3, 104, 1)
    library.plays.watch("one")
    assert (left(library, "harbour").episodes, left(library, "harbour").minutes) == (2, 60)
