"""Importing a tracker's history at size. Prints figures; asserts nothing.

    python3 -m tests.benchmarks.history_bench [--events 50000] [--shows 100] [--episodes 200]

Builds a library of SHOWS × EPISODES episode articles (written straight to the store), then a
synthetic Trakt `watched-history.json` of EVENTS plays spread over them, with some of them
naming shows with a year ("Show 7 (2019)"), some naming no episode number (matched by
title, with a typo), some naming shows the library does not hold, and some duplicated, as
exports do. It times `guide import-history` (a real process, as a person would run it),
then the same import again (which must add nothing), and the matched share.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guide.core.article import Article
from guide.core.library import Library


def build_library(path: Path, shows: int, episodes: int) -> None:
    with Library(path) as library:
        articles = []
        for show in range(shows):
            for number in range(1, episodes + 1):
                title = f"Chapter {number} (Show {show})"
                infobox = (
                    ("Rtitle", f"Chapter {number}"),
                    ("Series", f"Show {show}"),
                    ("Season", str(1 + (number - 1) // 20)),
                    ("Episode", str(1 + (number - 1) % 20)),
                    ("Running time", "44 minutes"),
                )
                articles.append((Article(title, infobox, ("A lead.",), ()), None, None))
        library.write_articles(articles)
        library.refresh_order()


def build_history(path: Path, events: int, shows: int, episodes: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, 20, tzinfo=UTC)
    items = []
    for n in range(events):
        show = rng.randrange(shows)
        number = rng.randrange(1, episodes + 1)
        season, episode = 1 + (number - 1) // 20, 1 + (number - 1) % 20
        moment = start + timedelta(minutes=97 * n)
        kind = n % 50
        show_title = f"Show {show} (2019)" if kind == 1 else f"Show {show}"
        if kind == 2:
            show_title = f"Unknown Show {show}"
        episode_fields: dict[str, object] = {"season": season, "number": episode}
        if kind == 3:  # no number: matched by its title, misspelt
            episode_fields = {"season": season, "number": None, "title": f"Chaptre {number}"}
        items.append(
            {
                "id": n,
                "watched_at": moment.isoformat().replace("+00:00", ".000Z"),
                "action": "watch",
                "type": "episode",
                "episode": episode_fields,
                "show": {"title": show_title, "year": 2019},
            }
        )
        if kind == 4:  # exports hold duplicated events
            items.append(dict(items[-1]))
    path.write_text(json.dumps(items), encoding="utf-8")


def import_history(library: Path, history: Path) -> tuple[float, dict[str, object]]:
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "guide",
            "import-history",
            str(history),
            "--json",
            "-q",
            "--library",
            str(library),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--shows", type=int, default=100)
    parser.add_argument("--episodes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library.db"
        history = Path(folder) / "watched-history.json"
        began = time.perf_counter()
        build_library(library, args.shows, args.episodes)
        build_history(history, args.events, args.shows, args.episodes)
        size = history.stat().st_size / 2**20
        print(
            f"library: {args.shows * args.episodes:,} episodes; history: "
            f"{args.events:,} events ({size:.1f} MiB), built in {time.perf_counter() - began:.1f} s"
        )
        first, report = import_history(library, history)
        entries = int(report["entries"])  # type: ignore[call-overload]
        matched = int(report["matched"])  # type: ignore[call-overload]
        print(
            f"first import:  {first:6.2f} s  ({entries / first:,.0f} events/s); "
            f"{report['plays_added']:,} plays added, {matched:,} of {entries:,} matched "
            f"({100 * matched / entries:.1f}%), {len(report['unmatched']):,} unmatched, "  # type: ignore[arg-type]
            f"{len(report['ambiguous']):,} ambiguous"  # type: ignore[arg-type]
        )
        again, report = import_history(library, history)
        print(f"same again:    {again:6.2f} s; {report['plays_added']:,} plays added (0 expected)")


if __name__ == "__main__":
    main()
