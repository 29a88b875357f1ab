"""Sync through a folder: three devices doing random watches, unwatches, backdated watches,
rewatches and note edits, syncing pairwise in any order, converge; nothing grows after."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from guide.core import ops
from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.core.library.statuses import Status
from guide.core.sync.folder import compact, sync
from tests.helpers import one_show_library

EPISODES = ("e1", "e2", "e3")
DEVICES = (0, 1, 2)


def personal(library: Library) -> tuple:
    """Everything personal, by identity: what must be equal on converged devices."""
    plays = sorted((p.uid, p.article_key, p.watched_at, p.pass_uid) for p in library.plays.all())
    passes = sorted((p.uid, p.show_key, p.number, p.started_at) for p in library.passes.all())
    buried = sorted(uid for uid, _kind, _at in library.tombstones.all())
    revisions = sorted((r.uid, r.text) for r in library.notes.revisions("e1"))
    heads = sorted(h.uid for h in library.notes.heads("e1"))
    return plays, passes, buried, revisions, heads, library.notes.get("e1")


class Devices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.home = Path(tempfile.mkdtemp(prefix="guide-sync-"))
        self.folder = self.home / "folder"
        self.folder.mkdir()
        self.libraries = [one_show_library(self.home / f"d{n}.db") for n in DEVICES]
        self.revisions: set[str] = set()  # every note revision ever made
        self.deleted: set[str] = set()  # every play id ever deleted

    def teardown(self) -> None:
        try:
            self.everyone_syncs_with_everyone()  # every example ends converged
        finally:
            for library in self.libraries:
                library.close()
            shutil.rmtree(self.home, ignore_errors=True)

    @rule(device=st.sampled_from(DEVICES), key=st.sampled_from(EPISODES))
    def watch(self, device: int, key: str) -> None:
        ops.apply(self.libraries[device], ops.Watch((key,), "watch", only_unwatched=False))

    @rule(device=st.sampled_from(DEVICES), key=st.sampled_from(EPISODES), day=st.integers(1, 28))
    def backdated_watch(self, device: int, key: str, day: int) -> None:
        when = datetime(2024, 2, day, 20, 0, tzinfo=UTC)
        ops.apply(self.libraries[device], ops.Watch((key,), "backdated", when, False))

    @rule(device=st.sampled_from(DEVICES), key=st.sampled_from(EPISODES))
    def unwatch(self, device: int, key: str) -> None:
        library = self.libraries[device]
        self.deleted |= {p.uid for p in library.plays.in_current_pass([key])}
        ops.apply(library, ops.Unwatch((key,), "unwatch"))

    @rule(device=st.sampled_from(DEVICES))
    def rewatch(self, device: int) -> None:
        if self.libraries[device].begun("show"):  # a rewatch starts after a play
            ops.apply(self.libraries[device], ops.StartRewatch("show", "rewatch"))

    @rule(device=st.sampled_from(DEVICES), text=st.sampled_from(["a", "b", "c", "", "d e"]))
    def edit_note(self, device: int, text: str) -> None:
        library = self.libraries[device]
        ops.apply(library, ops.SetNote("e1", text))
        self.revisions |= {r.uid for r in library.notes.revisions("e1")}

    @rule(device=st.sampled_from(DEVICES))
    def sync_one(self, device: int) -> None:
        sync(self.libraries[device], self.folder)

    @rule(device=st.sampled_from(DEVICES))
    def compact_one(self, device: int) -> None:
        """A device replaces its segments by a snapshot, whatever the others have read."""
        compact(self.libraries[device], self.folder)

    @rule()
    def everyone_syncs_with_everyone(self) -> None:
        for _ in range(2):  # the first round writes, the second reads what the others wrote
            for library in self.libraries:
                sync(library, self.folder)
        first = personal(self.libraries[0])
        for library in self.libraries[1:]:
            assert personal(library) == first
        kept = {r.uid for r in self.libraries[0].notes.revisions("e1")}
        assert self.revisions <= kept  # no note revision is lost
        present = {p.uid for p in self.libraries[0].plays.all()}
        assert not (self.deleted & present)  # a deleted play stays deleted
        files = sorted(p.name for p in self.folder.rglob("*.jsonl"))
        for library in self.libraries:  # another round changes nothing, adds no file
            report = sync(library, self.folder)
            assert (report.applied, report.written) == (0, 0)
        assert sorted(p.name for p in self.folder.rglob("*.jsonl")) == files
        assert personal(self.libraries[1]) == first

    @invariant()
    def each_library_is_whole(self) -> None:
        for library in self.libraries:
            assert library.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


Devices.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestDevices = Devices.TestCase


@pytest.fixture
def pair(tmp_path: Path):
    """A sync folder and two devices' libraries, closed afterwards."""
    folder = tmp_path / "folder"
    folder.mkdir()
    a, b = one_show_library(tmp_path / "a.db"), one_show_library(tmp_path / "b.db")
    yield folder, a, b
    a.close()
    b.close()


def test_a_folder_that_cannot_be_written_never_replaces_the_remembered_one(pair, tmp_path):
    """A scripter's walk: `guide sync --folder READ-ONLY` failed, and the next plain `guide
    sync` went to that folder, not the one that worked."""
    from guide.core.sync import remembered_folder

    folder, a, _b = pair
    a.plays.watch("e1")
    sync(a, folder)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / a.device).write_text("a file where this device's folder would be")
    with pytest.raises(LibraryError, match="cannot write into the sync folder"):
        sync(a, bad)
    assert remembered_folder(a) == folder.resolve()


def test_a_half_written_file_is_skipped_and_read_later(pair):
    folder, a, b = pair
    a.plays.watch("e1")
    sync(a, folder)
    (segment,) = (folder / a.device).glob("*.jsonl")
    whole = segment.read_bytes()
    segment.write_bytes(whole[: len(whole) // 2])  # the engine is still copying it
    report = sync(b, folder)
    assert report.skipped and "read again later" in report.skipped[0]["reason"]
    assert b.plays.of("e1") == []
    segment.write_bytes(whole)
    assert sync(b, folder).applied == 1 and len(b.plays.of("e1")) == 1


def test_a_sync_engines_conflict_copy_is_read_as_a_journal(pair):
    folder, a, b = pair
    a.plays.watch("e2")
    sync(a, folder)
    (segment,) = (folder / a.device).glob("*.jsonl")
    segment.rename(segment.with_name(segment.stem + ".sync-conflict-20260101-120000-ABC.jsonl"))
    assert sync(b, folder).applied == 1 and b.plays.watched_keys(["e2"]) == {"e2"}


def _folder_files(folder: Path, device: str) -> list[str]:
    return sorted(p.name for p in (folder / device).glob("*.jsonl"))


def test_a_snapshot_replaces_a_devices_segments_and_every_copy_converges(tmp_path: Path, pair):
    """Issue 22: a device's history (watched, unwatched, watched again) is replaced in the
    folder by one snapshot of its state; a device that read the old segments and one that
    never saw them both end as it is, deletes included; the journal keeps only its last."""
    folder, a, b = pair
    for _ in range(3):
        ops.apply(a, ops.Watch(("e1", "e2"), "watch", only_unwatched=False))
        ops.apply(a, ops.Unwatch(("e1",), "unwatch"))
        sync(a, folder)
    ops.apply(a, ops.SetNote("e1", "kept"))
    ops.apply(a, ops.SetRating("e2", 7))
    sync(a, folder)
    sync(b, folder)
    assert len(_folder_files(folder, a.device)) == 4
    last = a.db.execute("SELECT MAX(seq) FROM journal").fetchone()[0]
    entries = compact(a, folder)
    assert _folder_files(folder, a.device) == [f"{1:012d}-{last:012d}.jsonl"]
    assert entries == (
        len(list(a.plays.all())) + len(a.tombstones.all()) + len(a.ratings.all()) + 1
    )
    assert a.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == 1
    c = one_show_library(tmp_path / "c.db")  # a copy that never saw the segments
    try:
        sync(c, folder)
        assert personal(c) == personal(a) and c.ratings.get("e2") == 7
        assert sync(b, folder).applied == 0 and personal(b) == personal(a)
        ops.apply(a, ops.Watch(("e3",), "watch"))  # after the snapshot: segments again
        sync(a, folder)
        sync(c, folder)
        assert personal(c) == personal(a)
        assert len(_folder_files(folder, a.device)) == 2
    finally:
        c.close()


def test_a_snapshot_deleted_from_the_folder_is_written_again(tmp_path: Path, pair):
    folder, a, b = pair
    ops.apply(a, ops.Watch(("e1",), "watch"))
    ops.apply(a, ops.Unwatch(("e1",), "unwatch"))
    ops.apply(a, ops.Watch(("e2",), "watch"))
    compact(a, folder)
    for path in (folder / a.device).glob("*.jsonl"):
        path.unlink()  # by hand, or by the sync engine
    report = sync(a, folder)
    assert report.compacted > 0 and _folder_files(folder, a.device)
    sync(b, folder)
    assert personal(b) == personal(a)
    assert sync(b, folder).missing == []


def test_sync_compacts_a_journal_grown_past_its_state(pair, monkeypatch):
    from guide.core.sync import folder as folder_module

    folder, a, _b = pair
    monkeypatch.setattr(folder_module, "COMPACT_MIN", 10)
    for _ in range(4):
        ops.apply(a, ops.Watch(("e1", "e2", "e3"), "watch", only_unwatched=False))
        ops.apply(a, ops.Unwatch(("e1", "e2", "e3"), "unwatch"))
    ops.apply(a, ops.Watch(("e1",), "watch"))
    report = sync(a, folder)  # 25 operations for 13 rows of state (12 deletes, 1 play)
    assert report.compacted == 13 and len(_folder_files(folder, a.device)) == 1
    assert "compacted to 13 entries" in report.summary()
    assert sync(a, folder).compacted == 0  # once: the journal is small again


def test_a_state_too_large_for_one_file_is_not_tried_every_round(pair, monkeypatch):
    from guide.core.sync import folder as folder_module

    folder, a, _b = pair
    monkeypatch.setattr(folder_module, "COMPACT_MIN", 4)
    monkeypatch.setattr(folder_module, "MAX_SEGMENT_BYTES", 200)  # smaller than a's state
    for _ in range(3):
        ops.apply(a, ops.Watch(("e1", "e2", "e3"), "watch", only_unwatched=False))
        ops.apply(a, ops.Unwatch(("e1", "e2", "e3"), "unwatch"))
    built = []
    real = folder_module.entries.state

    def counted(library):
        built.append(1)
        return real(library)

    monkeypatch.setattr(folder_module.entries, "state", counted)
    assert sync(a, folder).compacted == 0 and len(built) == 1  # tried once: too large
    ops.apply(a, ops.Watch(("e1",), "watch"))
    assert sync(a, folder).compacted == 0 and len(built) == 1  # not again every round
    assert len(_folder_files(folder, a.device)) == 2  # the segments stay, whole


def test_a_round_says_which_keys_its_entries_touched(pair):
    """What a round applied, kind by kind and key by key, for the views to read again; a
    delete names its play by uid alone and is told by the play's article, looked up before
    it goes. Entries already known touch nothing."""
    folder, a, b = pair
    ops.apply(a, ops.Watch(("e1", "e2"), "watch"))
    ops.apply(a, ops.SetRating("e3", 6))
    ops.apply(a, ops.SetNote("e2", "a note"))
    ops.apply(a, ops.SetRating("show", 8, on_show=True))
    sync(a, folder)
    report = sync(b, folder)
    changes = report.changes
    assert changes.plays == {"e1", "e2"} and changes.ratings == {"e3", "show"}
    assert changes.notes == {"e2"} and not changes.everything and not changes.articles
    ops.apply(a, ops.Unwatch(("e1",), "unwatch"))
    sync(a, folder)
    assert sync(b, folder).changes.plays == {"e1"}
    assert sync(b, folder).changes.empty  # nothing new


def test_an_export_holds_the_journal_entries_and_reads_back_as_them(tmp_path: Path):
    """Format 2 is the journal's entries, each in its list and named by title or show
    (sync/personal_file.FORMS): read back, the file gives exactly the entries the library
    holds, every kind among them, and a copy merged from it holds the same."""
    from guide.core.library import entries
    from guide.core.sync.personal_file import format_2_entries
    from guide.core.sync.portable import export_data, merge_data

    a = one_show_library(tmp_path / "a.db")
    ops.apply(a, ops.Watch(("e1", "e2"), "watch"))
    ops.apply(a, ops.Unwatch(("e2",), "unwatch"))  # a delete
    ops.apply(a, ops.StartRewatch("show", "rewatch"))
    ops.apply(a, ops.Watch(("e1",), "watch", only_unwatched=False))
    ops.apply(a, ops.SetRating("e3", 6))
    ops.apply(a, ops.SetRating("show", 9, on_show=True))
    ops.apply(a, ops.SetStatus("show", Status.WATCHING, "status"))
    ops.apply(a, ops.SetNote("e1", "first"))
    ops.apply(a, ops.SetNote("e1", "second"))
    ops.apply(a, ops.SetNote("show", "of the show", on_show=True))

    def canonical(items) -> list[str]:
        return sorted(json.dumps(item, sort_keys=True) for item in items)

    held = canonical(entries.state(a))
    data = json.loads(json.dumps(export_data(a)))
    assert canonical(op for _where, op in format_2_entries(data)) == held
    assert {json.loads(item)["type"] for item in held} == {
        "play", "pass", "delete", "rating", "status", "revision"
    }  # fmt: skip
    b = one_show_library(tmp_path / "b.db")
    try:
        merge_data(b, data)
        assert canonical(entries.state(b)) == held
    finally:
        a.close()
        b.close()


def test_gathering_many_changes_costs_what_they_hold():
    """A round of 100,000 entries gathers its keys in sets that grow (a union per entry
    copied the sets each time: quadratic, minutes for a first sync of a big snapshot)."""
    from guide.core.changes import Changes, Gathering

    gathering = Gathering()
    for n in range(100_000):
        gathering.add(Changes(plays=frozenset([f"k{n}"])))
    gathering.add(Changes(ratings=frozenset(["show"]), articles=True))
    gathered = gathering.changes()
    assert len(gathered.plays) == 100_000 and gathered.ratings == {"show"}
    assert gathered.articles and not gathered.everything
