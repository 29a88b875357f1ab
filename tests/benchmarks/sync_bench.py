"""Sync figures. Prints figures; asserts nothing.

    python3 -m tests.benchmarks.sync_bench [--plays 10000] [--notes 1000]

Two devices each record PLAYS plays and NOTES note edits (through the operation path, as the
window does), then: the first sync round of each (A writes; B writes and reads A; A reads
B), an unchanged round, the journal's bytes per 1,000 operations, and whether both hold the
same personal data.
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
from guide.core.sync.folder import sync


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


if __name__ == "__main__":
    main()
