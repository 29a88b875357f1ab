"""Two computers, one history, through real `guide` processes: the three ways the old
export + merge round trip lost or bloated data, and the same through `guide sync`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import guide

pytestmark = pytest.mark.slow


def show(library: Path, title: str) -> dict:
    return json.loads(guide("show", title, "--json", "--library", str(library)).stdout)


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for library in (a, b):
        guide("samples", "--library", str(library))
    return a, b


def round_trip(tmp_path: Path, source: Path, target: Path) -> dict:
    exported = tmp_path / f"{source.stem}.json"
    guide("export-data", str(exported), "--force", "--library", str(source))
    return json.loads(guide("merge-data", str(exported), "--json", "--library", str(target)).stdout)


def test_notes_edited_on_both_sides_do_not_grow_round_after_round(two, tmp_path: Path):
    a, b = two
    guide("note", "Midsummer", "the base text", "--library", str(a))
    round_trip(tmp_path, a, b)
    guide("note", "Midsummer", "edited on A", "--library", str(a))
    guide("note", "Midsummer", "edited on B", "--library", str(b))
    seen = []
    for _ in range(3):
        round_trip(tmp_path, a, b)
        round_trip(tmp_path, b, a)
        for library in (a, b):
            record = show(library, "Midsummer")
            seen.append(sorted([record["note"], *record["note_conflicts"]]))
    assert all(texts == ["edited on A", "edited on B"] for texts in seen)  # no growth
    guide("note", "Midsummer", "one text, resolved on B", "--library", str(b))
    round_trip(tmp_path, b, a)
    for library in (a, b):
        record = show(library, "Midsummer")
        assert (record["note"], record["note_conflicts"]) == ("one text, resolved on B", [])


def test_a_delete_travels_and_does_not_come_back(two, tmp_path: Path):
    a, b = two
    guide("watch", "Fog Signal", "--library", str(a))
    round_trip(tmp_path, a, b)
    guide("unwatch", "Fog Signal", "--library", str(b))
    round_trip(tmp_path, b, a)
    round_trip(tmp_path, a, b)
    for library in (a, b):
        assert show(library, "Fog Signal")["watched"] is False


def test_a_backdated_play_counts_in_the_current_rewatch(two, tmp_path: Path):
    a, b = two
    guide("watch", "The Keeper's Log", "--at", "2024-01-01T20:00", "--library", str(a))
    guide("rewatch", "The Lighthouse Keepers", "--library", str(a))
    guide("watch", "The Keeper's Log", "--at", "2024-06-01T20:00", "--library", str(a))
    upnext = json.loads(guide("next", "--json", "--library", str(a)).stdout)
    (keepers,) = [s for s in upnext["in_progress"] if s["show"] == "The Lighthouse Keepers"]
    assert (keepers["pass"], keepers["watched"], keepers["next"]["title"]) == (
        2,
        1,
        "Fog Signal",
    )
    history = json.loads(guide("history", "--json", "--library", str(a)).stdout)
    assert sorted((h["watched_at"][:10], h["pass"]) for h in history) == [
        ("2024-01-01", 1),
        ("2024-06-01", 2),
    ]
    round_trip(tmp_path, a, b)  # the other computer puts each play in the same pass
    other = json.loads(guide("history", "--json", "--library", str(b)).stdout)
    assert sorted((h["id"], h["pass"]) for h in other) == sorted(
        (h["id"], h["pass"]) for h in history
    )


def test_the_same_through_a_sync_folder(two, tmp_path: Path):
    a, b = two
    folder = tmp_path / "synced"
    folder.mkdir()

    def sync(library: Path, *extra: str) -> dict:
        return json.loads(guide("sync", *extra, "--json", "--library", str(library)).stdout)

    sync(a, "--folder", str(folder))
    sync(b, "--folder", str(folder))  # remembered from now on
    guide("watch", "Fog Signal", "--library", str(a))
    guide("note", "Midsummer", "from A", "--library", str(a))
    guide("note", "Midsummer", "from B", "--library", str(b))
    for _ in range(2):
        sync(a)
        report = sync(b)
    assert report["conflicts"] == ["Midsummer"]
    guide("unwatch", "Fog Signal", "--library", str(b))
    for _ in range(2):
        sync(b)
        sync(a)
    for library in (a, b):
        assert show(library, "Fog Signal")["watched"] is False
        record = show(library, "Midsummer")
        assert sorted([record["note"], *record["note_conflicts"]]) == ["from A", "from B"]
    quiet = sync(a)
    assert (quiet["read"], quiet["applied"], quiet["written"]) == (0, 0, 0)
