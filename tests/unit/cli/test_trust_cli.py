"""Writes you can trust, through real `guide` processes: each numbered case of the issue
("Writes you can trust") that the command line can reach, reproduced and refused."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers import GUIDE_COMMAND, article_text, episode, guide, history_json, one_line

pytestmark = pytest.mark.slow


# -- case 3 and 10: exports ------------


def test_export_data_never_overwrites_the_library_or_a_file_without_force(lib: str, tmp_path):
    guide("watch", "Fog Signal", "--library", lib)
    before = Path(lib).read_bytes()
    onto_library = guide("export-data", lib, "--library", lib, code=1)
    assert "is the open library" in one_line(onto_library)
    onto_wal = guide("export-data", lib + "-wal", "--force", "--library", lib, code=1)
    assert "is the open library" in one_line(onto_wal)
    assert Path(lib).read_bytes() == before and len(history_json(lib)) == 1

    existing = tmp_path / "mine.json"
    existing.write_text("keep me")
    refused = guide("export-data", str(existing), "--library", lib, code=1)
    assert "already exists; add --force" in one_line(refused)
    assert existing.read_text() == "keep me"
    guide("export-data", str(existing), "--force", "--library", lib)
    assert json.loads(existing.read_text())["plays"][0]["title"] == "Fog Signal"


@pytest.mark.parametrize(
    "where, said",
    [
        ("missing/folder/out.json", "does not exist"),
        ("x" * 300 + ".json", "too long"),
    ],
)
def test_export_environment_errors_are_one_line_and_leave_no_part_file(
    lib: str, tmp_path: Path, where: str, said: str
):
    result = guide("export-data", str(tmp_path / where), "--library", lib, code=1)
    assert said in one_line(result)
    assert not list(tmp_path.rglob("*.part"))


def test_export_onto_a_device_is_refused_even_with_force(lib: str, tmp_path: Path):
    device = own_device(tmp_path, "null", 3)  # never the machine's /dev/null: CI runs as root
    result = guide("export-data", str(device), "--force", "--library", lib, code=1)
    assert "a device, not a file to replace" in one_line(result)
    assert device.is_char_device()


def own_device(folder: Path, name: str, minor: int) -> Path:
    """A character device node of the test's own (1, MINOR: null 3, zero 5), or a skip
    where making one needs root."""
    import stat

    if os.geteuid() != 0:
        pytest.skip("a device node of the test's own needs root (CI runs as root)")
    device = folder / name
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return device


def test_export_that_runs_out_of_space_is_one_line_and_leaves_no_part_file(
    lib: str, tmp_path: Path
):
    """A write that fails half-way (here: a file size limit, as a full disk would) leaves the
    destination as it was and no temporary file behind."""
    import resource

    conn = sqlite3.connect(lib)
    conn.executemany(
        "INSERT INTO watch_events (uid, article_key, watched_at) VALUES (?, 'fog signal', ?)",
        [(f"u{n}", f"2024-02-01T20:{n % 60:02}:00+00:00") for n in range(3000)],
    )
    conn.commit()
    conn.close()
    target = tmp_path / "out.json"
    target.write_text("the old export")
    limit = 100_000  # bytes: room for SQLite's shared memory file, not for the export

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [*GUIDE_COMMAND, "export-data", str(target), "--force", "--library", lib],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=small_disk,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot write" in one_line(result)
    assert target.read_text() == "the old export"
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".episode-guide-*"))


def test_csv_cells_that_would_be_formulas_are_escaped(tmp_path: Path):
    lib = str(tmp_path / "l.db")
    article = tmp_path / "f.txt"
    article.write_text(article_text('=HYPERLINK("http://x")', episode("@Show", 1, 1)))
    guide("import", str(article), "--library", lib)
    guide("watch", '=HYPERLINK("http://x")', "--library", lib)
    guide(
        "export-data", str(tmp_path / "o.json"), "--csv", str(tmp_path / "o.csv"), "--library", lib
    )
    row = (tmp_path / "o.csv").read_text().splitlines()[1]
    assert "'=HYPERLINK" in row and "'@Show" in row


# -- case 4: concurrent writers ------------


def test_an_import_and_repeated_watches_and_a_second_import_all_finish(tmp_path: Path):
    lib = str(tmp_path / "l.db")
    guide("samples", "--library", lib)
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for n in range(1500):
            text = article_text(
                f"{folder} {n}", episode(f"Show {folder}", 1, n + 1), lead="x " * 200
            )
            (tmp_path / folder / f"{n:05}.txt").write_text(text)
    command = [*GUIDE_COMMAND, "import", "--library", lib]
    first = subprocess.Popen([*command, str(tmp_path / "a")], stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen([*command, str(tmp_path / "b")], stderr=subprocess.PIPE, text=True)
    watches = 0
    while first.poll() is None or second.poll() is None:
        guide("watch", "Fog Signal", "--library", lib)
        watches += 1
        time.sleep(0.2)
    for process in (first, second):
        _, errors = process.communicate()  # reads and closes its pipe
        assert process.returncode == 0 and "Traceback" not in errors, errors
    shows = {
        s["name"]: s["episodes"]
        for s in json.loads(guide("shows", "--json", "--library", lib).stdout)
    }
    assert shows["Show a"] == 1500 and shows["Show b"] == 1500
    assert len(history_json(lib)) == watches


# -- case 5: bad timestamps ------------


@pytest.mark.parametrize(
    "when, said",
    [
        ("9999-12-31T23:30:00+00:00", "in the future"),
        ("0001-01-01", "before 1900"),
        ("yesterday evening", "is not a date"),
    ],
)
def test_watch_at_an_impossible_time_is_refused_before_anything_is_written(lib, when, said):
    result = guide("watch", "Fog Signal", "--at", when, "--library", lib, code=2)
    assert said in result.stderr
    assert history_json(lib) == []


def test_a_library_already_holding_bad_times_still_works_and_check_repairs_it(lib: str):
    guide("watch", "Fog Signal", "--library", lib)
    conn = sqlite3.connect(lib)
    conn.executemany(
        "INSERT INTO watch_events (uid, article_key, watched_at) VALUES (?, 'midsummer', ?)",
        [
            ("u1", "9999-12-31T23:30:00+00:00"),
            ("u2", "yesterday evening"),
            ("u3", "2024-06-01T20:00:00Z"),
        ],
    )
    conn.commit()
    conn.close()
    for zone in ("UTC", "Pacific/Kiritimati", "America/Adak"):
        env_guide = subprocess.run(
            [*GUIDE_COMMAND, "history", "--library", lib],
            capture_output=True,
            text=True,
            env=os.environ | {"TZ": zone},
            timeout=60,
        )
        assert env_guide.returncode == 0 and "Traceback" not in env_guide.stderr
    for command in (["show", "Midsummer"], ["stats"], ["next"], ["history", "--json"]):
        guide(*command, "--library", lib)
    found = guide("check", "--json", "--library", lib, code=1)
    bad = [f for f in json.loads(found.stdout) if f["kind"] == "bad-time"]
    assert len(bad) == 3
    guide("check", "--repair", "--library", lib, code=None)
    times = {p["id"]: p["watched_at"] for p in history_json(lib)}
    assert times["u1"] is None and times["u2"] is None  # kept, as "date unknown"
    assert times["u3"] == "2024-06-01T20:00:00+00:00"
    again = json.loads(guide("check", "--json", "--library", lib, code=None).stdout)
    assert not [f for f in again if f["kind"] == "bad-time"]


def test_watch_prints_no_traceback_after_committing(lib: str):
    result = guide("watch", "Fog Signal", "--at", "2024-06-01T20:00", "--library", lib)
    assert "Watched once" in result.stdout and len(history_json(lib)) == 1


# -- case 7: merge-data validates the whole file first -------------------------------------------


def export_file(tmp_path: Path, **parts) -> Path:
    data = {
        "format": "episode-guide-personal-data",
        "version": 1,
        "plays": [],
        "notes": [],
        "passes": [],
    }
    data.update(parts)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    "parts, said",
    [
        (
            {"plays": [{"title": "Fog Signal", "watched_at": "yesterday evening"}]},
            "$.plays[0].watched_at",
        ),
        ({"plays": [{"title": "Fog Signal", "watched_at": -5}]}, "$.plays[0].watched_at"),
        ({"plays": [{"title": "Fog Signal", "watched_at": float("nan")}]}, "$.plays[0].watched_at"),
        ({"plays": [{"title": "Fog Signal", "watched_at": "0000-01-01"}]}, "$.plays[0].watched_at"),
        ({"plays": ["Fog Signal"]}, "$.plays[0]: should be an object"),
        ({"plays": [None]}, "$.plays[0]: should be an object"),
        ({"plays": [{"title": "Fog Signal"}]}, "$.plays[0].watched_at"),
        (
            {"passes": [{"show": "Heartstopper", "number": -1, "started_at": "2024-01-01T00:00Z"}]},
            "$.passes[0].number",
        ),
        (
            {
                "passes": [
                    {"show": "Heartstopper", "number": 10**30, "started_at": "2024-01-01T00:00Z"}
                ]
            },
            "$.passes[0].number",
        ),
        ({"version": "1"}, "$.version: should be a whole number"),
        ({"version": 7}, "newer Episode Guide"),
    ],
)
def test_merge_refuses_a_bad_file_with_its_json_path_and_changes_nothing(
    lib, tmp_path, parts, said
):
    good_play = {"title": "Midsummer", "watched_at": "2024-01-01T10:00:00Z"}
    parts.setdefault("plays", [])
    parts["plays"] = [good_play, *parts["plays"]] if "plays" in parts else [good_play]
    if said.startswith("$.plays[0]"):
        said = said.replace("$.plays[0]", "$.plays[1]")
    result = guide("merge-data", str(export_file(tmp_path, **parts)), "--library", lib, code=1)
    line = one_line(result)
    assert said in line and "nothing changed" in line
    assert history_json(lib) == []


def test_merge_refuses_deep_nesting(lib: str, tmp_path: Path):
    path = tmp_path / "deep.json"
    path.write_text(
        '{"format": "episode-guide-personal-data", "version": 1, "plays": '
        + "[" * 100_000
        + "]" * 100_000
        + "}"
    )
    assert "nested too deeply" in one_line(guide("merge-data", str(path), "--library", lib, code=1))


def test_merge_counts_one_moment_once_whatever_its_zone(lib: str, tmp_path: Path):
    same = ["2024-06-01T19:00:00Z", "2024-06-01T19:00:00+00:00", "2024-06-01T20:00:00+01:00"]
    path = export_file(tmp_path, plays=[{"title": "Fog Signal", "watched_at": t} for t in same])
    report = json.loads(guide("merge-data", str(path), "--json", "--library", lib).stdout)
    assert report["plays_added"] == 1 and report["plays_known"] == 2
    assert [p["watched_at"] for p in history_json(lib)] == ["2024-06-01T19:00:00+00:00"]


def test_merge_takes_a_newer_note_that_is_a_substring_of_the_older(lib: str, tmp_path: Path):
    guide("note", "Fog Signal", "Count the blasts, then sleep", "--library", lib)
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()  # newer, not in the future
    newer = {"title": "Fog Signal", "text": "Count the blasts", "updated_at": soon}
    path = export_file(tmp_path, notes=[newer])
    guide("merge-data", str(path), "--library", lib)
    shown = json.loads(guide("show", "Fog Signal", "--json", "--library", lib).stdout)
    assert shown["note"] == "Count the blasts"  # the newer text is shown; the older is kept
    assert shown["note_conflicts"] == ["Count the blasts, then sleep"]  # a head to resolve


# -- case 8: files ------------


def test_a_fifo_and_a_link_to_dev_zero_are_rejected_without_waiting(lib: str, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "x.txt")
    (folder / "zero.txt").symlink_to(own_device(tmp_path, "zero", 5))
    (folder / "dangling.txt").symlink_to(folder / "nowhere")
    (folder / "good.txt").write_text(article_text("Good One"))
    result = guide("import", str(folder), "--json", "--library", lib, code=1, timeout=30)
    report = json.loads(result.stdout)
    reasons = {Path(r["path"]).name: r["reason"] for r in report["rejected"]}
    assert "pipe" in reasons["x.txt"]
    assert "device" in reasons["zero.txt"]
    assert "link to nothing" in reasons["dangling.txt"]
    assert report["added"] == ["Good One"]


def test_a_file_name_that_is_not_utf8_is_imported_with_the_others(lib: str, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text("Alpha"))
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w") as file:
        file.write(article_text("Beta"))
    (folder / "z.txt").write_text(article_text("Zeta"))
    result = guide("import", str(folder), "--json", "--library", lib)
    assert sorted(json.loads(result.stdout)["added"]) == ["Alpha", "Beta", "Zeta"]
    shown = json.loads(guide("show", "Beta", "--json", "--library", lib).stdout)
    assert shown["title"] == "Beta"


def test_arguments_that_are_not_utf8_give_one_line_not_a_traceback(lib: str):
    raw = os.fsdecode(b"Fog\xff Signal")
    result = subprocess.run(
        [*GUIDE_COMMAND, "watch", raw, "--library", lib],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert b"no article titled" in result.stderr
    result = subprocess.run(
        [*GUIDE_COMMAND, "search", raw, "--library", lib],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0 and b"Traceback" not in result.stderr


def test_nfc_and_nfd_titles_are_one_article(tmp_path: Path):
    lib = str(tmp_path / "l.db")
    (tmp_path / "a.txt").write_text(article_text("Cafe\u0301 Society"))
    (tmp_path / "b.txt").write_text(article_text("Caf\u00e9 Society"))
    report = json.loads(
        guide(
            "import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json", "--library", lib
        ).stdout
    )
    assert len(report["added"]) == 1 and report["warnings"]
    guide("watch", "Cafe\u0301 Society", "--library", lib)
    assert json.loads(guide("show", "Caf\u00e9 Society", "--json", "--library", lib).stdout)[
        "watched"
    ]


def test_a_bom_file_with_an_invalid_byte_is_read_as_windows_1252(tmp_path: Path):
    lib = str(tmp_path / "l.db")
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf= Caf\xe9 =\n\nLead.\n")
    report = json.loads(guide("import", str(tmp_path / "a.txt"), "--json", "--library", lib).stdout)
    assert report["added"] == ["Café"] and "Windows-1252" in report["warnings"][0]["message"]


# -- case 9: a library damaged in the middle ------------


def test_a_damaged_library_is_refused_not_backed_up_and_check_reports_it(tmp_path: Path):
    lib = tmp_path / "library.db"
    guide("samples", "--library", str(lib))
    for n in range(300):  # a library with some size to damage
        guide_text = article_text(f"Filler {n}", lead="words " * 300)
        (tmp_path / f"f{n}.txt").write_text(guide_text)
    guide("import", *[str(p) for p in tmp_path.glob("f*.txt")], "--library", str(lib))
    backups = tmp_path / "backups"
    taken_before = sorted(backups.glob("*.db"))  # the daily copy, taken while it was whole
    size = lib.stat().st_size
    with open(lib, "r+b") as file:
        file.seek(size // 2)
        file.write(os.urandom(8192))
    opened = guide("shows", "--library", str(lib), code=1)
    assert "damaged" in one_line(opened)
    assert sorted(backups.glob("*.db")) == taken_before  # no copy of the damage
    checked = guide("check", "--json", "--library", str(lib), code=1)
    kinds = {f["kind"] for f in json.loads(checked.stdout)}
    assert kinds & {"integrity", "damaged"}
    refused = guide("backup", str(tmp_path / "copy.db"), "--library", str(lib), code=1)
    assert one_line(refused) and not (tmp_path / "copy.db").exists()
    (good,) = taken_before
    guide("restore", str(good), "--yes", "--library", str(lib))
    assert "Fog Signal" in guide("list", "--library", str(lib)).stdout
    assert list(backups.glob("library-damaged-*.db"))  # the damaged file is kept aside


# -- case 11 and 12 ------------


def test_terminal_escape_sequences_in_articles_are_not_printed(tmp_path: Path):
    lib = str(tmp_path / "l.db")
    (tmp_path / "a.txt").write_text(
        article_text("Evil", lead="before\x1b]0;pwned\x07\x1b[2Jafter \x9b31m")
    )
    guide("import", str(tmp_path / "a.txt"), "--library", lib)
    out = guide("show", "Evil", "--library", lib).stdout
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "before]0;pwned[2Jafter" in out


def test_check_is_linear_whatever_the_episode_numbers(tmp_path: Path):
    lib = str(tmp_path / "l.db")
    for number in (1, 2, 20230415):
        (tmp_path / f"{number}.txt").write_text(
            article_text(f"E{number}", episode("Dated", 1, number))
        )
    guide("import", str(tmp_path), "--library", lib)
    started = time.monotonic()
    result = guide("check", "--json", "--library", lib, code=1, timeout=60)
    assert time.monotonic() - started < 20
    gaps = [f for f in json.loads(result.stdout) if f["kind"] == "gap"]
    assert [g["message"] for g in gaps] == ["episodes 3–20230414 of season 1 are missing"]


def test_search_takes_a_negated_word_without_double_dash(lib: str):
    guide("watch", "Fog Signal", "--library", lib)
    hits = json.loads(
        guide("search", "-watched", "show:Lighthouse", "--json", "--library", lib).stdout
    )
    titles = {h["title"] for h in hits}
    assert titles and "Fog Signal" not in titles
    assert guide("search", "--library", lib, code=2).returncode == 2


def test_a_note_may_begin_with_a_dash(lib: str):
    guide("note", "Fog Signal", "-3", "stars,", "--json", "-maybe", "--library", lib)
    shown = json.loads(guide("show", "Fog Signal", "--json", "--library", lib).stdout)
    assert shown["note"] == "-3 stars, -maybe"
