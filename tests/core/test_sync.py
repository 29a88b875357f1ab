"""Sync through a folder: three devices doing random watches, unwatches, backdated watches,
rewatches and note edits, syncing pairwise in any order, converge; nothing grows after."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from guide.core import ops
from guide.core.library import Library
from guide.core.sync.folder import sync
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
        ops.apply(self.libraries[device], ops.StartRewatch("show", "rewatch"))

    @rule(device=st.sampled_from(DEVICES), text=st.sampled_from(["a", "b", "c", "", "d e"]))
    def edit_note(self, device: int, text: str) -> None:
        library = self.libraries[device]
        ops.apply(library, ops.SetNote("e1", text))
        self.revisions |= {r.uid for r in library.notes.revisions("e1")}

    @rule(device=st.sampled_from(DEVICES))
    def sync_one(self, device: int) -> None:
        sync(self.libraries[device], self.folder)

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
