"""The write path under load. Prints figures; asserts nothing.

    python3 -m tests.benchmarks.write_bench [--count 50000] [--notes 1000] [--words 700]

1. A real `guide import` of COUNT small article files runs in another process while this one
   records a play every 0.2 s through the operation path (as `guide watch` or the window
   does): how long each play waited for the write lock and took in all (median, p90, max),
   and how many failed (none should).
2. NOTES note saves through the operation path (ops.SetNote, one transaction each), as the
   window's notes editor does: the total time and the time per save.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from guide.core import ops
from guide.core.errors import LibraryError
from guide.core.library import Library


def write_articles(folder: Path, count: int, words: int) -> None:
    from tests.benchmarks.import_bench import Prose

    prose = Prose(seed=3)
    paragraphs = [prose.paragraph(8) for _ in range(200)]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        show, number = divmod(n, 500)
        body: list[str] = []
        while sum(len(p.split()) for p in body) < words:
            body.append(paragraphs[(n + len(body) * 7) % len(paragraphs)])
        text = (
            f"= Episode {n} =\n\nInfobox\n- Series: Show {show}\n- Season: 1\n"
            f"- Episode: {number + 1}\n\nA lead about episode {n} of show {show}.\n\n"
            "==Plot==\n" + "\n\n".join(body) + "\n"
        )
        (folder / f"{n:06}.txt").write_text(text, encoding="utf-8")


def plays_during_import(library_path: Path, folder: Path) -> tuple[list[float], int, float]:
    """(seconds each play took, plays that failed, import seconds)."""
    with Library(library_path) as library:
        library.write_articles([(_film(), None, None)])
        library.refresh_order()
    started = time.perf_counter()
    importer = subprocess.Popen(
        [sys.executable, "-m", "guide", "import", str(folder), "--library", str(library_path)],
        stdout=subprocess.DEVNULL,
    )
    took: list[float] = []
    failed = 0
    with Library(library_path) as library:
        while importer.poll() is None:
            begin = time.perf_counter()
            try:
                ops.apply(library, ops.Watch(("the film",), "bench", only_unwatched=False))
                took.append(time.perf_counter() - begin)
            except LibraryError:
                failed += 1
            time.sleep(0.2)
    importer.wait()
    return took, failed, time.perf_counter() - started


def note_saves(library_path: Path, count: int) -> float:
    """As the editor saves: each save names the text it started from (the one saved last),
    so the note keeps one head while its history grows."""
    with Library(library_path) as library:
        begin = time.perf_counter()
        text = ""
        for n in range(count):
            saved = f"thought number {n}"
            ops.apply(library, ops.SetNote("the film", saved, expected=text))
            text = saved
        return time.perf_counter() - begin


def _film():
    from guide.core.article import Article

    return Article("The Film", (), ("A film.",))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--notes", type=int, default=1_000)
    parser.add_argument(
        "--words", type=int, default=700, help="prose words per article (700: about 4.5 KB)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "articles"
        write_articles(folder, args.count, args.words)
        library_path = Path(temp) / "library.db"
        took, failed, seconds = plays_during_import(library_path, folder)
        ms = sorted(t * 1000 for t in took)
        p90 = ms[int(len(ms) * 0.9)] if ms else 0.0
        print(
            f"import of {args.count:,} files: {seconds:.1f} s ({args.count / seconds:,.0f} files/s)"
        )
        print(
            f"a play during the import ({len(ms)} plays, {failed} failed): "
            f"median {statistics.median(ms):.1f} ms, p90 {p90:.1f} ms, max {ms[-1]:.1f} ms"
        )
        total = note_saves(library_path, args.notes)
        print(
            f"{args.notes:,} note saves through the operation path: {total:.2f} s "
            f"({total / args.notes * 1000:.2f} ms each)"
        )


if __name__ == "__main__":
    main()
