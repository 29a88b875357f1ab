"""Window figures on a large synthetic library. Prints figures; asserts nothing.

    python3 tests/benchmarks/gui_bench.py [--count 20000] [--shows 100]

Builds (or reuses, under --cache) a library of COUNT articles, then measures in a fresh process:
start to the first painted window (wall time seen by the parent, interpreter start included),
navigator filter per keystroke (set text, filter, repaint), opening an article (median), and the
process's peak memory. Runs offscreen unless DISPLAY is set and --display is given.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

CHILD = r"""
import json, os, resource, statistics, sys, time
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from guide.gui.app import create_application
app = create_application()
from guide.core.library import Library
from guide.gui.window.mainwindow import MainWindow
from guide.gui.settings import Settings

library = Library(sys.argv[1])
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(library, settings)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("PAINTED", flush=True)
            QTimer.singleShot(0, measure)
        return False

def timed(action):
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start

def measure():
    figures = {}
    keystrokes = []
    for text in ("s", "sh", "sho", "show", "show 0", "show 04", "show 042", "show 042 e",
                 "show 042 ep", "episode 1", "episode 17", "x", ""):
        window.filter_field.setText(text)
        keystrokes.append(timed(window.tree.apply_filter))
    figures["filter_ms"] = [round(t * 1000, 2) for t in keystrokes]
    ids = [row[0] for row in library.db.execute(
        "SELECT id FROM articles ORDER BY random() LIMIT 60")]
    opens = [timed(lambda i=i: window.open_article(i)) for i in ids]
    figures["open_median_ms"] = round(statistics.median(opens) * 1000, 2)
    figures["open_p90_ms"] = round(sorted(opens)[int(len(opens) * 0.9) - 1] * 1000, 2)
    figures["peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print("FIGURES " + json.dumps(figures), flush=True)
    window.close()
    app.quit()

painter = FirstPaint()
window.installEventFilter(painter)
window.show()
app.exec()
"""


def build_library(path: Path, count: int, shows: int) -> None:
    """The library, with 5,000 plays and 500 notes, as a library in use has."""
    import random

    from import_bench import _add_plays, generate

    from guide.core.importing.articles import import_paths
    from guide.core.library import Library

    with tempfile.TemporaryDirectory() as scratch:
        titles = generate(Path(scratch), count, shows)
        with Library(path) as library:
            start = time.perf_counter()
            import_paths(library, [scratch])
            plays = _add_plays(library, titles, random.Random(5), count=5000)
            print(
                f"built a library of {count:,} articles ({plays:,} plays) in "
                f"{time.perf_counter() - start:.1f} s"
            )


def run_window(library: Path, use_display: bool) -> tuple[float, dict]:
    env = dict(os.environ)
    if not use_display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as scratch:
        settings = Path(scratch) / "settings.ini"
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(library), str(settings)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        painted = 0.0
        figures: dict = {}
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("PAINTED"):
                painted = time.perf_counter() - start
            elif line.startswith("FIGURES "):
                figures = json.loads(line.removeprefix("FIGURES "))
        child.wait(timeout=300)
    return painted, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--shows", type=int, default=100)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()),
        help="folder to keep the generated library in between runs",
    )
    parser.add_argument("--display", action="store_true", help="use the real display")
    args = parser.parse_args()
    library = args.cache / f"episode-guide-bench-{args.count}-{args.shows}-v2.db"
    if not library.exists():
        build_library(library, args.count, args.shows)
    starts = []
    figures: dict = {}
    for _ in range(3):
        painted, figures = run_window(library, args.display)
        starts.append(painted)
    size = library.stat().st_size / 1024 / 1024
    print(f"library: {args.count:,} articles in {args.shows} shows ({size:.0f} MiB)")
    print(
        f"start to first painted window: median {statistics.median(starts):.2f} s "
        f"(runs: {', '.join(f'{s:.2f}' for s in starts)})"
    )
    filters = figures.get("filter_ms", [])
    if filters:
        print(
            f"navigator filter per keystroke: median {statistics.median(filters):.1f} ms, "
            f"max {max(filters):.1f} ms over {len(filters)} keystrokes"
        )
    print(
        f"open an article: median {figures.get('open_median_ms')} ms, "
        f"p90 {figures.get('open_p90_ms')} ms"
    )
    print(f"peak memory: {figures.get('peak_rss_mb')} MB")


if __name__ == "__main__":
    main()
