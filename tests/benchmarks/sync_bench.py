"""Sync figures. Prints figures; asserts nothing.

    python3 -m tests.benchmarks.sync_bench [--plays 10000] [--notes 1000]

Two devices each record PLAYS plays and NOTES note edits (through the operation path, as the
window does), then: the first sync round of each (A writes; B writes and reads A; A reads
B), an unchanged round, the journal's bytes per 1,000 operations, and whether both hold the
same personal data.

Then compaction: one device watches PLAYS episodes, unwatches them and watches them again,
five times over; its segments in the folder, and its journal table, before and after they
are replaced by a snapshot of its state; a device that read the segments and one that never
saw them, both converged.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guide.core import ops
from guide.core.article import Article
from guide.core.library import Library
from guide.core.sync import folder as sync_folder
from guide.core.sync.folder import compact, sync


def device(path: Path, episodes: int) -> Library:
    library = Library(path)
    library.write_articles(
        (
            Article(
                f"Episode {n}",
                (("Series", f"Show {n // 100}"), ("Season", "1"), ("Episode", str(n % 100 + 1))),
                ("Lead.",),
            ),
            None,
            None,
        )
        for n in range(episodes)
    )
    library.refresh_order()
    return library


def record(library: Library, plays: int, notes: int, episodes: int, seed: int) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=seed)
    for n in range(plays):
        key = f"episode {(n * 7 + seed) % episodes}"
        when = start + timedelta(minutes=n * 3)
        ops.apply(library, ops.Watch((key,), "bench", when, only_unwatched=False))
    for n in range(notes):
        ops.apply(library, ops.SetNote(f"episode {n % episodes}", f"thought {n} from {seed}"))


def timed(work) -> tuple[float, object]:
    begin = time.perf_counter()
    result = work()
    return time.perf_counter() - begin, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plays", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=1_000)
    args = parser.parse_args()
    episodes = 2_000
    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp)
        folder = home / "folder"
        folder.mkdir()
        a, b = device(home / "a.db", episodes), device(home / "b.db", episodes)
        record(a, args.plays, args.notes, episodes, seed=1)
        record(b, args.plays, args.notes, episodes, seed=2)
        first_a, _ = timed(lambda: sync(a, folder))
        first_b, report_b = timed(lambda: sync(b, folder))
        again_a, report_a = timed(lambda: sync(a, folder))
        unchanged_a, quiet_a = timed(lambda: sync(a, folder))
        unchanged_b, quiet_b = timed(lambda: sync(b, folder))
        own = sum(p.stat().st_size for p in (folder / a.device).glob("*.jsonl"))
        operations = len(a.journal.since(0))
        same = sorted(p.uid for p in a.plays.all()) == sorted(p.uid for p in b.plays.all())
        print(
            f"each device: {args.plays:,} plays and {args.notes:,} note edits "
            f"({operations:,} operations)"
        )
        print(
            f"first round: A writes {first_a:.2f} s; B writes and reads A {first_b:.2f} s "
            f"({report_b.applied:,} applied); A reads B {again_a:.2f} s ({report_a.applied:,})"
        )
        print(
            f"unchanged round: A {unchanged_a * 1000:.0f} ms, B {unchanged_b * 1000:.0f} ms "
            f"(applied {quiet_a.applied + quiet_b.applied})"
        )
        print(f"journal: {own / operations * 1000 / 1024:.0f} KiB per 1,000 operations")
        print(f"same personal data on both: {same}; conflicts: {len(report_a.conflicts)} notes")
        a.close()
        b.close()
        compaction(home, args.plays)


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.jsonl"))


def compaction(home: Path, plays: int) -> None:
    folder = home / "compacting"
    folder.mkdir()
    sync_folder.COMPACT_MIN = 10**9  # the segments as they were before compaction existed
    a, b = device(home / "ca.db", plays), device(home / "cb.db", plays)
    keys = tuple(f"episode {n}" for n in range(plays))  # an episode each
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for round_ in range(5):
        when = start + timedelta(days=round_)
        ops.apply(a, ops.Watch(keys, "watch", when, only_unwatched=False))
        ops.apply(a, ops.Unwatch(keys, "unwatch"))
    ops.apply(a, ops.Watch(keys, "watch", start + timedelta(days=9), only_unwatched=False))
    sync(a, folder)
    sync(b, folder)  # B has read the segments
    before, rows = _size(folder / a.device), len(a.journal.since(0))
    took, entries = timed(lambda: compact(a, folder))
    after, left = _size(folder / a.device), len(a.journal.since(0))
    c = device(home / "cc.db", plays)  # C never saw them
    read, _ = timed(lambda: sync(c, folder))
    sync(b, folder)

    def state(library: Library) -> tuple[list[str], list[str]]:
        return (
            sorted(p.uid for p in library.plays.all()),
            sorted(uid for uid, _, _ in library.tombstones.all()),
        )

    print(
        f"compaction: {plays:,} episodes watched, unwatched and watched again 5 times "
        f"({rows:,} operations; {len(list(a.plays.all())):,} plays and "
        f"{len(a.tombstones.all()):,} deletes held)"
    )
    print(
        f"  the device's files {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB "
        f"({entries:,} entries, {took:.2f} s); journal table {rows:,} -> {left:,} rows"
    )
    print(
        f"  a device that never saw the segments reads the snapshot in {read:.2f} s; "
        f"all three the same (plays and deletes): {state(a) == state(b) == state(c)}"
    )
    for library in (a, b, c):
        library.close()


if __name__ == "__main__":
    main()
