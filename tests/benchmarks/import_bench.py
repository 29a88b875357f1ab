"""Import, search and show figures on a synthetic library. Prints figures; asserts nothing.

    python3 tests/benchmarks/import_bench.py [--count 20000] [--shows 100] [--keep DIR]

Generates COUNT articles of about 4 KB in SHOWS shows (seasons of 10 episodes, Prev/Next
chains, a list article per show), then measures: first import (articles/s), re-import of the
unchanged folder (files/s), search latency (median of 50 queries), show latency (median of 50
look-ups) and the library's size. Search and show are measured in-process, as the GUI calls them.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import tempfile
import time
from pathlib import Path

from guide.core.importing.articles import import_paths
from guide.core.library import Library

THEMES = (
    "lighthouse keeper fog signal harbour ferry island winter summer storm lantern log ship "
    "radar siblings grandmother midsummer tide reef pier lamp horn night dawn mystery letter "
    "village council boat captain weather north coast cliff gull rope anchor chart compass"
).split()
SYLLABLES = "ka lo ve rin sa to mer an del vi su ron ha ne bo li sta gu fe mo".split()


class Prose:
    """Sentences whose words follow Zipf's law over a vocabulary of 6,000 words, as real
    prose does: a few words in nearly every article, most words in few."""

    def __init__(self, seed: int, size: int = 6000):
        vocabulary_rng = random.Random(0)  # the same vocabulary, whatever the seed
        words = set(THEMES)
        while len(words) < size:
            words.add("".join(vocabulary_rng.choices(SYLLABLES, k=vocabulary_rng.randint(2, 4))))
        self.words = sorted(words)
        vocabulary_rng.shuffle(self.words)
        self.rng = random.Random(seed)
        self.cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(size)))

    def words_like_text(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def sentence(self) -> str:
        return " ".join(self.words_like_text(self.rng.randint(8, 18))).capitalize() + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))


def generate(folder: Path, count: int, shows: int, seed: int = 7) -> list[str]:
    """Write COUNT articles into FOLDER; return their titles."""
    rng = random.Random(seed)
    prose = Prose(seed)
    per_show = max(1, count // shows)
    titles: list[str] = []
    for show_no in range(shows):
        show = f"Show {show_no:03} {rng.choice(THEMES).title()}"
        show_dir = folder / f"show-{show_no:03}"
        show_dir.mkdir(parents=True, exist_ok=True)
        episode_titles = [f"{show} episode {n}" for n in range(per_show)]
        for n, title in enumerate(episode_titles):
            season, number = divmod(n, 10)
            fields = [
                ("Series", show),
                ("Season", str(season + 1)),
                ("Episode", str(number + 1)),
                ("Airdate", f"{1 + n % 28} March {2000 + season}"),
                ("Director", f"Director {rng.randint(1, 40)}"),
                ("Writer", f"Writer {rng.randint(1, 40)}"),
                ("Episode List", f"List of {show} episodes"),
            ]
            if n:
                fields.append(("Prev", episode_titles[n - 1]))
            if n + 1 < per_show:
                fields.append(("Next", episode_titles[n + 1]))
            body = [f"= {title} =", "", "Infobox"]
            body += [f"- {k}: {v}" for k, v in fields]
            body += ["", prose.paragraph(6), "", "==Plot==", prose.paragraph(14), ""]
            body += ["==Production==", "===Filming===", prose.paragraph(10), ""]
            body += ["==Reception==", prose.paragraph(8), ""]
            (show_dir / f"e{n:04}.txt").write_text("\n".join(body), encoding="utf-8")
            titles.append(title)
    return titles


def _timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _add_plays(library: Library, titles: list[str], rng: random.Random, count: int) -> int:
    """COUNT plays spread over two years, and a note on every tenth watched episode."""
    from datetime import UTC, datetime, timedelta

    start = datetime(2024, 11, 1, tzinfo=UTC)
    watched = rng.sample(titles, min(count, len(titles)))
    for number, title in enumerate(watched):
        key = " ".join(title.split()).casefold()
        library.plays.watch(key, start + timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60)))
        if number % 10 == 0:
            library.notes.set(key, f"My theory number {number}: the {rng.choice(THEMES)} did it.")
    return len(watched)


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.2f} ms (p90 {_p90(samples) * 1000:.2f} ms)"


def _p90(samples: list[float]) -> float:
    return sorted(samples)[int(len(samples) * 0.9) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--shows", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        articles, db_path = root / "articles", root / "bench.db"
        db_path.unlink(missing_ok=True)
        elapsed, titles = _timed(lambda: generate(articles, args.count, args.shows))
        size = sum(p.stat().st_size for p in articles.rglob("*.txt"))
        print(
            f"generated {len(titles):,} articles, {size / len(titles) / 1024:.1f} KB each, "
            f"in {elapsed:.1f} s"
        )
        with Library(db_path) as library:
            elapsed, report = _timed(lambda: import_paths(library, [articles]))
            print(
                f"first import:      {len(report.added):,} added in {elapsed:.2f} s = "
                f"{len(report.added) / elapsed:,.0f} articles/s"
            )
            elapsed, report = _timed(lambda: import_paths(library, [articles]))
            print(
                f"unchanged import:  {len(report.unchanged):,} unchanged in {elapsed:.2f} s = "
                f"{len(report.unchanged) / elapsed:,.0f} files/s"
            )
            rng = random.Random(3)
            prose = Prose(seed=11)  # queries use words as often as the text does
            queries = [" ".join(prose.words_like_text(rng.randint(1, 2))) for _ in range(45)]
            queries += ["director 17", "show 042", "list", "reception", "filming"]
            times = [_timed(lambda q=q: library.search(q, limit=20))[0] for q in queries]
            print(f"search:            median {_median_ms(times)} over {len(queries)} queries")
            plays = _add_plays(library, titles, rng, count=5000)
            language = [
                "watched",
                "-watched",
                'director:"Director 17"',
                "has:note",
                "season:3 watched",
                f'show:"{library.shows()[7].name}" -watched',
                "writer:12 lighthouse",
                "aired:2003",
                "note:theory",
                '"storm lantern"',
            ] * 5
            times = [_timed(lambda q=q: library.search(q, limit=20))[0] for q in language]
            print(
                f"query language:    median {_median_ms(times)} over {len(language)} queries "
                f"with filters, {plays:,} plays and 500 notes in the library"
            )
            picks = rng.sample(titles, 50)
            times = [_timed(lambda t=t: library.find(t))[0] for t in picks]
            print(f"show:              median {_median_ms(times)} over {len(picks)} look-ups")
            elapsed, _ = _timed(lambda: library.rows(library.shows()[0].key))
            print(f"one show's rows:   {elapsed * 1000:.2f} ms")
        library_size = sum(p.stat().st_size for p in root.glob("bench.db*"))
        print(
            f"library size:      {library_size / 1024 / 1024:.1f} MiB "
            f"({library_size / size:.2f} x the article text)"
        )


if __name__ == "__main__":
    main()
