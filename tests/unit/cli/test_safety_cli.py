"""End to end through the `guide` command, in real processes, on temporary libraries."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import guide

pytestmark = pytest.mark.slow


def personal(path: Path) -> tuple[list, list]:
    data = json.loads(guide("history", "--json", "--library", str(path)).stdout)
    plays = sorted((h["title"], h["watched_at"]) for h in data)
    conn = sqlite3.connect(path)
    notes = sorted(conn.execute("SELECT article_key, text FROM notes").fetchall())
    conn.close()
    return plays, notes


def seeded(path: Path) -> Path:
    guide("samples", "--library", str(path))
    return path


def test_export_fresh_library_merge_gives_the_same_history_and_notes(tmp_path: Path):
    old = seeded(tmp_path / "old.db")
    guide("watch", "Fog Signal", "--at", "2026-10-01T21:00", "--library", str(old))
    guide("watch", "Fog Signal", "--at", "2026-11-01T21:00", "--library", str(old))
    guide("note", "Midsummer", "Who", "is", "the", "child?", "--library", str(old))
    guide(
        "export-data",
        str(tmp_path / "me.json"),
        "--csv",
        str(tmp_path / "me.csv"),
        "--library",
        str(old),
    )
    new = seeded(tmp_path / "new.db")
    guide("merge-data", str(tmp_path / "me.json"), "--library", str(new))
    assert personal(new) == personal(old)
    assert len((tmp_path / "me.csv").read_text().splitlines()) == 3


def test_two_diverged_libraries_merge_to_the_union(tmp_path: Path):
    laptop, desktop = seeded(tmp_path / "laptop.db"), seeded(tmp_path / "desktop.db")
    guide("watch", "Fog Signal", "--at", "2026-10-01", "--library", str(laptop))
    guide("watch", "Midsummer", "--at", "2026-10-02", "--library", str(desktop))
    guide("note", "Last Light", "from the laptop", "--library", str(laptop))
    time.sleep(1.1)  # the desktop's note is changed later
    guide("note", "Last Light", "from the desktop", "--library", str(desktop))
    guide("export-data", str(tmp_path / "laptop.json"), "--library", str(laptop))
    guide("export-data", str(tmp_path / "desktop.json"), "--library", str(desktop))
    guide("merge-data", str(tmp_path / "desktop.json"), "--library", str(laptop))
    guide("merge-data", str(tmp_path / "laptop.json"), "--library", str(desktop))
    for path in (laptop, desktop):
        plays, notes = personal(path)
        assert [title for title, _ in plays] == ["Fog Signal", "Midsummer"]
        (note,) = [text for key, text in notes if key == "last light"]
        assert note == "from the desktop"  # the newer head is shown; the other is kept
        shown = json.loads(guide("show", "Last Light", "--json", "--library", str(path)).stdout)
        assert shown["note_conflicts"] == ["from the laptop"]


def _big_export(path: Path, plays: int) -> None:
    data = {
        "format": "episode-guide-personal-data",
        "version": 1,
        "exported_at": "",
        "plays": [
            {
                "title": f"Imported {n}",
                "show": None,
                "watched_at": f"2020-01-01T00:00:{n % 60:02}+00:00.{n}",
            }
            for n in range(plays)
        ],
        "notes": [],
        "passes": [],
    }
    path.write_text(json.dumps(data))


def _kill_after(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL the process after a while; True when it was still at work then."""
    time.sleep(seconds)
    running = process.poll() is None
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return running


def test_kill_9_during_a_merge_keeps_every_earlier_play_and_note(tmp_path: Path):
    library = seeded(tmp_path / "library.db")
    guide("watch", "Fog Signal", "--at", "2026-10-01", "--library", str(library))
    guide("note", "Fog Signal", "precious", "--library", str(library))
    _big_export(tmp_path / "big.json", 300_000)
    before = personal(library)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "guide",
            "merge-data",
            str(tmp_path / "big.json"),
            "--library",
            str(library),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Reading the file takes about a second, merging 300,000 plays about ten.
    assert _kill_after(process, 3.0), "the merge ended before it could be interrupted"
    conn = sqlite3.connect(library)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    merged = conn.execute("SELECT COUNT(*) FROM watch_events").fetchone()[0]
    conn.close()
    assert merged == 1  # one transaction: a merge cut short leaves nothing half-merged
    plays, notes = personal(library)
    assert set(before[0]) <= set(plays) and notes == before[1]


def test_backup_and_restore_through_the_cli_gives_an_identical_library(tmp_path: Path):
    library = seeded(tmp_path / "library.db")
    guide("watch", "Fog Signal", "--library", str(library))
    copy = tmp_path / "copy.db"
    guide("backup", str(copy), "--library", str(library))

    def content(path: Path) -> list[str]:  # all but the file's own device row
        conn = sqlite3.connect(path)
        lines = [line for line in conn.iterdump() if not line.startswith('INSERT INTO "device"')]
        conn.close()
        return lines

    dump = content(copy)
    guide("note", "Fog Signal", "written after the backup", "--library", str(library))
    refused = guide("restore", str(copy), "--library", str(library), code=None)
    assert refused.returncode == 1 and "--yes" in refused.stderr  # no confirmation, no restore
    out = guide("restore", str(copy), "--yes", "--library", str(library)).stdout
    assert "kept in" in out
    assert content(library) == dump


def test_check_and_export_articles(tmp_path: Path):
    library = seeded(tmp_path / "library.db")
    result = guide("check", "--json", "--library", str(library), code=None)
    assert result.returncode == 0  # only information: the bundled samples are not a problem
    assert {f["kind"] for f in json.loads(result.stdout)} == {"not-in-library", "only-episode"}
    guide("export-articles", str(tmp_path / "articles"), "--library", str(library))
    rebuilt = tmp_path / "rebuilt.db"
    report = json.loads(
        guide("import", str(tmp_path / "articles"), "--json", "--library", str(rebuilt)).stdout
    )
    assert len(report["added"]) == 10
