"""The `guide` command: its output contract, exit codes, and errors without tracebacks."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from guide.cli import main
from guide.core.paths import default_library_path
from tests.helpers import GUIDE_COMMAND, episode, guide


@pytest.fixture
def lib(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str):
    code, out, err = run(capsys, *argv, "--json")
    return code, json.loads(out)


@pytest.fixture
def show_folder(write) -> Path:
    write(
        "1.txt",
        "Pilot",
        episode("Keepers", 1, 1, Next="Second", Director="Ann"),
        lead="The foghorn sounds.",
        body="==Plot==\nA <b>lamp</b> is lit.",
    )
    write("2.txt", "Second", episode("Keepers", 1, 2, Prev="Pilot"))
    write("3.txt", "A film", {"Released": "2019"})
    return write.folder


def test_import_json_and_exit_codes(capsys, lib, show_folder):
    code, data = run_json(capsys, "import", "--library", lib, str(show_folder))
    assert code == 0
    assert set(data) >= {"added", "updated", "unchanged", "rejected", "warnings"}
    assert sorted(data["added"]) == ["A film", "Pilot", "Second"]
    (show_folder / "bad.txt").write_bytes(b"\x00")
    code, data = run_json(capsys, "import", "--library", lib, str(show_folder))
    assert code == 1
    assert sorted(data["unchanged"]) == ["A film", "Pilot", "Second"]
    assert data["rejected"] == [
        {"path": str(show_folder / "bad.txt"), "reason": "binary: the file holds a NUL byte"}
    ]


def test_import_text_lists_rejections(capsys, lib, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("\n\n")
    code, out, _ = run(capsys, "import", "--library", lib, str(bad))
    assert code == 1
    assert "0 added" in out and f"rejected: {bad}: empty" in out


def test_usage_error_exits_2(capsys, lib):
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "--library", lib])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["watch", "X", "--at", "yesterday-ish", "--library", lib])
    assert exit_info.value.code == 2
    assert "not a date" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["rate", "Pilot", "11"], "guide rate: argument N: '11' is not a rating"),
        (["note"], "guide note: the following arguments are required: TITLE (see"),
        (["shows", "--bogus"], "guide shows: unrecognized arguments: --bogus (see"),
        (["search"], "guide search: the following arguments are required: QUERY (see"),
        (["frobnicate"], "guide: argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_a_usage_error_is_one_line_that_names_the_command(capsys, lib, argv, said):
    """Errors are one line (the README); argparse printed its usage first."""
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--library", lib])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and err.count("\n") == 1 and err.startswith(said)


def test_shows_and_list(capsys, lib, show_folder):
    run(capsys, "import", "--library", lib, str(show_folder))
    run(capsys, "watch", "--library", lib, "pilot")
    _, shows = run_json(capsys, "shows", "--library", lib)
    assert shows == [{"name": "Keepers", "episodes": 2, "watched": 1}]
    code, out, _ = run(capsys, "shows", "--library", lib)
    assert code == 0 and "Keepers" in out
    _, rows = run_json(capsys, "list", "Keepers", "--library", lib)
    assert [(r["season"], r["episode"], r["title"], r["watched"]) for r in rows] == [
        (1, 1, "Pilot", True),
        (1, 2, "Second", False),
    ]
    _, every = run_json(capsys, "list", "--library", lib)
    assert [r["title"] for r in every] == ["Pilot", "Second", "A film"]
    code, out, _ = run(capsys, "list", "--library", lib)
    assert "(outside any show)" in out and re.search(r"  1  ✓ +Pilot", out)
    assert out.splitlines()[0].split() == ["Season", "Ep", "Seen", "Title"]  # a header


def test_show_json_contract(capsys, lib, show_folder):
    run(capsys, "import", "--library", lib, str(show_folder))
    run(capsys, "note", "Pilot", "Lovely", "opening", "--library", lib)
    run(capsys, "watch", "Pilot", "--at", "2026-11-12T20:30:00+00:00", "--library", lib)
    code, data = run_json(capsys, "show", "pilot", "--library", lib)
    assert code == 0
    assert data == {
        "title": "Pilot",
        "display_title": "Pilot",
        "show": "Keepers",
        "season": 1,
        "episode": 1,
        "kind": "episode",
        "airdate": None,
        "infobox": [
            ["Series", "Keepers"],
            ["Season", "1"],
            ["Episode", "1"],
            ["Next", "Second"],
            ["Director", "Ann"],
        ],
        "lead": ["The foghorn sounds."],
        "sections": [{"level": 2, "heading": "Plot", "paragraphs": ["A <b>lamp</b> is lit."]}],
        "prev": None,
        "next": "Second",
        "episode_list": None,
        "watched": True,
        "plays": 1,
        "last_watched": "2026-11-12T20:30:00+00:00",
        "note": "Lovely opening",
        "note_conflicts": [],
        "rating": None,
    }
    code, out, _ = run(capsys, "show", "Pilot", "--library", lib)
    assert "## Plot" in out and "Watched once, last on 12 Nov 2026" in out


def test_search(capsys, lib, show_folder):
    run(capsys, "import", "--library", lib, str(show_folder))
    _, hits = run_json(capsys, "search", "foghorn", "--library", lib)
    assert [h["title"] for h in hits] == ["Pilot"]
    assert "[foghorn]" in hits[0]["snippet"]
    code, out, _ = run(capsys, "search", "zebra", "--library", lib)
    assert code == 0 and "No matches." in out


def test_watch_unwatch_note_from_stdin(capsys, lib, show_folder, monkeypatch):
    run(capsys, "import", "--library", lib, str(show_folder))
    run(capsys, "watch", "Pilot", "--library", lib)
    _, data = run_json(capsys, "watch", "Pilot", "--library", lib)
    assert data["plays"] == 2
    _, data = run_json(capsys, "unwatch", "Pilot", "--library", lib)
    assert (data["watched"], data["removed"]) == (False, 2)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Line one\nLine two\n"))
    _, data = run_json(capsys, "note", "Second", "--library", lib)
    assert data["note"] == "Line one\nLine two"


def test_a_note_is_removed_by_asking_never_by_empty_input(capsys, lib, show_folder, monkeypatch):
    """A script run with nothing on its standard input must not wipe a note."""
    run(capsys, "import", "--library", lib, str(show_folder))
    run(capsys, "note", "Pilot", "Keep", "this.", "--library", lib)
    for nothing in ("", "\n  \n"):
        monkeypatch.setattr(sys, "stdin", io.StringIO(nothing))
        code, _, err = run(capsys, "note", "Pilot", "--library", lib)
        assert code == 1 and "the note was not changed (--remove removes it)" in err
    for blank in ("", "   "):  # guide note T "$(cat empty-file)"
        code, _, err = run(capsys, "note", "Pilot", blank, "--library", lib)
        assert code == 1 and "the note was not changed (--remove removes it)" in err
    code, _, err = run(capsys, "note", "Pilot", "Other", "--remove", "--library", lib)
    assert code == 1 and err == "guide: give the note's TEXT or --remove, not both\n"
    assert run_json(capsys, "show", "Pilot", "--library", lib)[1]["note"] == "Keep this."
    _, data = run_json(capsys, "note", "Pilot", "--remove", "--library", lib)
    assert data["note"] is None
    _, out, _ = run(capsys, "note", "Pilot", "--remove", "--library", lib)
    assert out == "Pilot: it had no note\n"


def test_unknown_title_is_one_line_and_exit_1(capsys, lib):
    run(capsys, "samples", "--library", lib)
    code, out, err = run(capsys, "show", "Nothing Here", "--library", lib)
    assert code == 1 and out == ""
    assert err == "guide: no article titled 'Nothing Here' in the library\n"
    code, _, err = run(capsys, "list", "No Such Show", "--library", lib)
    assert code == 1 and "no show named" in err


def test_corrupt_library_is_one_line(capsys, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "shows", "--library", str(bad))
    assert code == 1 and err.count("\n") == 1 and "bad.db" in err


def test_library_from_environment(capsys, tmp_path, monkeypatch, show_folder):
    path = tmp_path / "env.db"
    monkeypatch.setenv("EPISODE_GUIDE_LIBRARY", str(path))
    run(capsys, "import", str(show_folder))
    assert path.exists()
    _, shows = run_json(capsys, "shows")
    assert shows[0]["name"] == "Keepers"
    assert not default_library_path().exists()


def test_default_library_is_seeded_with_samples_and_named_one_is_not(capsys, lib, show_folder):
    run(capsys, "import", str(show_folder))
    assert default_library_path().exists()
    _, shows = run_json(capsys, "shows")
    assert {"Heartstopper", "The Lighthouse Keepers"} <= {s["name"] for s in shows}
    run(capsys, "import", str(show_folder), "--library", lib)
    _, named = run_json(capsys, "shows", "--library", lib)
    assert "Heartstopper" not in {s["name"] for s in named}
    code, report = run_json(capsys, "samples", "--library", lib)
    assert code == 0 and len(report["added"]) == 10


def test_a_command_that_only_reads_never_creates_a_library(capsys, lib):
    """A data folder on a drive that is not mounted is said, not replaced by a new, empty
    library: only the commands that bring something in create one."""
    for argv in (["shows"], ["list"], ["history"], ["search", "fog"], ["backup"]):
        code, out, err = run(capsys, *argv, "--library", lib)
        assert code == 1 and out == "" and "there is no library" in err, argv
        assert not Path(lib).exists()
    code, _, err = run(capsys, "shows")  # the default library, not made yet
    assert code == 1 and not default_library_path().exists() and "guide samples" in err


def test_global_options_before_the_command(capsys, lib, show_folder):
    run(capsys, "--library", lib, "import", str(show_folder))
    code, out, _ = run(capsys, "--library", lib, "--json", "shows")
    assert code == 0 and json.loads(out)[0]["episodes"] == 2


@pytest.mark.slow
def test_errors_never_print_a_traceback(tmp_path: Path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x01" * 4096)
    for argv in (
        ["shows", "--library", str(bad)],
        ["show", "X", "--library", str(tmp_path / "ok.db")],
        ["import", str(tmp_path / "missing"), "--library", str(tmp_path / "ok.db")],
        ["shows", "--library", str(tmp_path / "no" / "dir.db")],
    ):
        result = subprocess.run([*GUIDE_COMMAND, *argv], capture_output=True, text=True, timeout=60)
        assert result.returncode == 1, argv
        assert "Traceback" not in result.stderr + result.stdout


def test_history_next_stats_rewatch(capsys, lib, show_folder):
    run(capsys, "import", "--library", lib, str(show_folder))
    run(capsys, "watch", "Pilot", "--at", "2026-11-01T20:00", "--library", lib)
    code, history = run_json(capsys, "history", "--library", lib)
    assert code == 0 and [h["title"] for h in history] == ["Pilot"]
    assert history[0]["season"] == 1 and history[0]["episode"] == 1
    _, filtered = run_json(capsys, "history", "Keepers", "--since", "2026-11-02", "--library", lib)
    assert filtered == []
    code, out, _ = run(capsys, "next", "--library", lib)
    assert "Keepers: S01E02 Second [1/2]" in out
    _, upcoming = run_json(capsys, "next", "--library", lib)
    assert upcoming["in_progress"][0]["next"]["title"] == "Second"
    _, figures = run_json(capsys, "stats", "--library", lib)
    assert figures["directors"] == [{"name": "Ann", "episodes": 1}]
    assert figures["completion"] == [{"show": "Keepers", "watched": 1, "total": 2}]
    _, started = run_json(capsys, "rewatch", "Keepers", "--library", lib)
    assert started["pass"] == 2
    _, shows = run_json(capsys, "shows", "--library", lib)
    assert shows[0]["watched"] == 0


def test_search_language_and_malformed_query(capsys, lib, show_folder):
    run(capsys, "import", "--library", lib, str(show_folder))
    _, hits = run_json(capsys, "search", "director:ann", "season:1", "--library", lib)
    assert [(h["title"], h["matched"]) for h in hits] == [("Pilot", ["director: Ann", "season 1"])]
    code, out, err = run(capsys, "search", '"never closed', "--library", lib)
    assert code == 1 and out == "" and "quote is not closed" in err


def test_counts_in_reports_agree_with_their_nouns(capsys, lib):
    code, out, _ = run(capsys, "samples", "--library", lib)
    assert "1 warning," in out or out.rstrip().endswith("1 warning") or "1 warning\n" in out
    assert "1 warnings" not in out
    run(capsys, "watch", "Fog Signal", "--library", lib)
    _, out, _ = run(capsys, "unwatch", "Fog Signal", "--library", lib)
    assert "(1 play removed)" in out


def test_show_and_watch_take_an_unquoted_title(capsys, lib, show_folder):
    run(capsys, "import", str(show_folder), "--library", lib)
    code, out, _ = run(capsys, "show", "a", "film", "--library", lib)
    assert code == 0 and out.startswith("A film\n")
    code, out, _ = run(capsys, "watch", "A", "film", "--library", lib)
    assert code == 0 and "A film: Watched once" in out


def test_an_episode_numbered_13a_is_listed_and_shown_as_13a(capsys, lib, write):
    write("13a.txt", "The Long Shift", episode("Keepers", 1, None, Episode="13a"))
    run(capsys, "import", str(write.folder), "--library", lib)
    _, listed, _ = run(capsys, "list", "Keepers", "--library", lib)
    assert " 13a " in listed and " 13 " not in listed
    _, shown, _ = run(capsys, "show", "The Long Shift", "--library", lib)
    assert "season 1, episode 13a" in shown


def test_an_overview_is_shown_without_a_watched_line(capsys, lib):
    run(capsys, "samples", "--library", lib)
    _, shown, _ = run(capsys, "show", "The Lighthouse Keepers", "--library", lib)
    assert "Not watched" not in shown and "Watched" not in shown.splitlines()[-1]
    _, episode_shown, _ = run(capsys, "show", "Fog Signal", "--library", lib)
    assert "Not watched" in episode_shown


def test_watch_of_an_episode_not_aired_yet_needs_force(capsys, lib, write):
    from datetime import date, timedelta

    ahead = date.today() + timedelta(days=30)
    write("ahead.txt", "Not Yet", episode("Keepers", 2, 1, Airdate=f"{ahead:%-d %B %Y}"))
    run(capsys, "import", str(write.folder), "--library", lib)
    code, out, err = run(capsys, "watch", "Not Yet", "--library", lib)
    assert code == 1 and out == "" and "has not aired yet" in err and "--force" in err
    _, history, _ = run(capsys, "history", "--json", "--library", lib)
    assert json.loads(history) == []
    code, out, _ = run(capsys, "watch", "Not Yet", "--force", "--library", lib)
    assert code == 0 and "Watched once" in out


def test_version_answers_before_the_command_table_is_loaded():
    """`guide --version` is what scripts and packagers ask first: it loads nothing else."""
    import subprocess
    import sys

    from guide import __version__

    code = (
        "import sys; sys.argv = ['guide', '--version']\n"
        "import guide.__main__ as m\n"
        "m.run()\n"
        "print(sorted(n for n in sys.modules if n.startswith('guide.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines() == [f"guide {__version__}", "['guide.__main__']"]
    assert guide("--version").stdout == f"guide {__version__}\n"  # as argparse said it
