"""Every door validates, through real `guide` processes (cases 11–18 of the issue "Nothing
gets in, nothing is lost"): one clear line for impossible input, never a traceback; what a
stopped import kept; untrusted text never reaching a terminal or a calendar as controls."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from tests.helpers import GUIDE_COMMAND, article_text, content, episode, guide, one_line, small_disk

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "command",
    [
        ["rate", "Fog Signal", "²"],
        ["rate", "Fog Signal", "⑤"],
        ["search", "season:99999999999999999999"],
        ["watch", "Fog Signal", "--at", "1900-01-01T00:00+14:00"],
        ["export-data", "{tmp}/out.json", "--csv", ""],
    ],
)
def test_impossible_input_is_one_line_and_changes_nothing(lib: str, command: list[str], tmp_path):
    before = content(Path(lib))
    argv = [word.replace("{tmp}", str(tmp_path)) for word in command]
    result = guide(*argv, "--library", lib, code=None)
    assert result.returncode in (1, 2) and "Traceback" not in result.stderr
    assert result.stderr.strip() and result.stdout == ""
    assert content(Path(lib)) == before
    assert not (tmp_path / "out.json").exists()


def test_watch_refuses_an_overview_article(lib: str):
    refused = guide("watch", "The Lighthouse Keepers", "--library", lib, code=1)
    assert "not watched itself" in one_line(refused)
    assert json.loads(guide("history", "--json", "--library", lib).stdout) == []


def test_a_library_path_that_is_not_utf8_works(tmp_path: Path):
    path = os.fsdecode(bytes(tmp_path) + b"/lib\xff.db")
    guide("samples", "--library", path)
    guide("watch", "Fog Signal", "--library", path)
    assert "Fog Signal" in guide("history", "--library", path).stdout
    guide("backup", "--library", path)
    assert "Fog Signal" in guide("history", "--library", path).stdout  # every run, not once


def test_an_import_that_fills_the_disk_reports_what_it_kept(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(1500):
        text = article_text(f"Part {n:04}", episode("Long Show", 1 + n // 100, 1 + n % 100))
        (folder / f"p{n:04}.txt").write_text(text + "words " * 600)
    with small_disk(tmp_path / "disk", "6m") as disk:
        library = disk / "library.db"
        guide("import", str(folder / "p0000.txt"), "--library", str(library))
        result = guide("import", str(folder), "--json", "--library", str(library), code=1)
        report = json.loads(result.stdout)
        assert report["stopped"] and "full" in report["stopped"]
        kept = set(report["added"]) | set(report["unchanged"])
        assert 0 < len(kept) < 1500
        conn = sqlite3.connect(library)
        held = {row[0] for row in conn.execute("SELECT title FROM articles")}
        conn.close()
        assert held == kept  # what it says it kept is what the library holds
        said = guide("import", str(folder / "p0001.txt"), "--library", str(library), code=None)
        assert "Traceback" not in said.stderr


def test_untrusted_text_reaches_no_terminal_or_calendar_as_controls(tmp_path: Path):
    lib = str(tmp_path / "library.db")
    hostile = "Evil\x9b31m\x9d0;pwned\x9c\u202eShow\x1b[2J\x07\x0b\x0c\x1c\x85\u2028SUMMARY:x"
    article = tmp_path / "hostile.txt"
    article.write_text(
        article_text(f"Episode {hostile}", episode("Spoof", 1, 1, Airdate="31 December 2026"))
    )
    guide("import", str(article), "--library", lib)
    listed = guide("--json", "list", "Spoof", "--library", lib).stdout
    assert not any(c in listed for c in "\x9b\x9d\x9c\u202e\x1b\x07\x85\u2028")
    assert "\\u009b" in listed and any("Evil" in row["title"] for row in json.loads(listed))
    plain = guide("list", "Spoof", "--library", lib).stdout
    assert not any(c in plain for c in "\x9b\x9d\x9c\u202e\x1b\x07\x85\u2028\x0b\x0c\x1c")
    ics = tmp_path / "airdates.ics"
    guide("calendar", "--ics", str(ics), "--all-shows", "--library", lib)
    raw = ics.read_bytes().decode("utf-8")
    summaries = [line for line in raw.splitlines() if line.startswith("SUMMARY")]
    assert len(summaries) == 1 and "Evil" in summaries[0]
    assert not any(c in raw for c in "\x9b\x9d\x9c\x1b\x07\x0b\x0c\x1c\x85\u2028")


def _in_zone(zone: str, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [*GUIDE_COMMAND, *args],
        capture_output=True,
        text=True,
        env=os.environ | {"TZ": zone},
        timeout=60,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return result


def test_a_play_known_only_by_its_day_is_shown_on_that_day_east_of_utc_12(lib: str):
    conn = sqlite3.connect(lib)
    conn.execute(
        "INSERT INTO watch_events (uid, article_key, watched_at, source) "
        "VALUES ('n1', 'fog signal', '2026-03-14T12:00:00+00:00', 'netflix')"
    )
    conn.commit()
    conn.close()
    for zone in ("Pacific/Kiritimati", "Pacific/Auckland", "UTC", "Pacific/Pago_Pago"):
        shown = _in_zone(zone, "history", "--library", lib).stdout
        assert "14 Mar 2026" in shown, (zone, shown)


def test_a_time_a_clock_change_skipped_is_said_as_recorded(lib: str):
    result = _in_zone(
        "Europe/Berlin", "watch", "Fog Signal", "--at", "2026-03-29T02:30", "--library", lib
    )
    assert "did not happen here" in result.stderr and "03:30 CEST" in result.stderr
    (play,) = json.loads(guide("history", "--json", "--library", lib).stdout)
    assert play["watched_at"] == "2026-03-29T01:30:00+00:00"


def test_a_library_that_links_to_a_device_is_refused_and_nothing_is_created(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("a device node of the test's own needs root (CI runs as root)")
    device = tmp_path / "zero"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # never the machine's /dev/zero
    link = tmp_path / "library.db"
    link.symlink_to(device)
    for command in (["shows"], ["samples"]):
        refused = guide(*command, "--library", str(link), code=1)
        assert "a device, not a library file" in one_line(refused)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db", "zero"]
