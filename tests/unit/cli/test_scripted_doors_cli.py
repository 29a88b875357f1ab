"""The command line's doors as a scripter's walk of them found them (each test fails on
the code before): an empty argument never stands for "the default", a lost output is said
as such, a value as typed is echoed without terminal codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from guide.cli import main
from tests.helpers import GUIDE_COMMAND, history_json


def usage(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and err.count("\n") == 1, err
    return err


def test_an_empty_path_is_refused_never_the_default_or_the_current_folder(
    capsys, lib, tmp_path: Path, monkeypatch
):
    """`--library ''` wrote to the user's default library; `import ''` imported the current
    folder; `export-articles ''` wrote into it; `status SHOW ''` cleared the status."""
    here = tmp_path / "current"
    here.mkdir()
    monkeypatch.chdir(here)
    (here / "stray.txt").write_text("= Stray =\n")
    assert "--library: a path is needed" in usage(capsys, "shows", "--library", "")
    assert "PATH: a path is needed" in usage(capsys, "import", "", "--library", lib)
    assert "DIR: a path is needed" in usage(capsys, "export-articles", "", "--library", lib)
    main(["samples", "--library", lib, "-q"])
    main(["status", "The Lighthouse Keepers", "watching", "--library", lib])
    capsys.readouterr()
    said = usage(capsys, "status", "The Lighthouse Keepers", "", "--library", lib)
    assert "an empty status (give none to clear it)" in said
    main(["status", "The Lighthouse Keepers", "--library", lib, "--json"])
    assert json.loads(capsys.readouterr().out)["status"] == "watching"
    assert sorted(p.name for p in here.iterdir()) == ["stray.txt"]  # nothing written there
    main(["list", "--library", lib])
    assert "Stray" not in capsys.readouterr().out  # nor imported from it


def test_a_value_is_echoed_without_terminal_codes(capsys, lib):
    said = usage(capsys, "watch", "Fog Signal", "--at", "\x1b[2J\x07", "--library", lib)
    assert "\x1b" not in said and "\x07" not in said and "'[2J' is not a date" in said


def test_note_words_stay_in_the_order_typed(capsys, lib):
    """A word of the note that was also the command's name (or the title) moved to the
    front: "-spoiler: note the count" was saved as "note -spoiler: the count"."""
    main(["samples", "--library", lib, "-q"])
    main(["note", "Fog Signal", "-spoiler:", "note", "the", "count", "--library", lib])
    main(["note", "Midsummer", "x", "Midsummer", "-y", "--library", lib])
    capsys.readouterr()
    main(["show", "Fog Signal", "--json", "--library", lib])
    assert json.loads(capsys.readouterr().out)["note"] == "-spoiler: note the count"
    main(["show", "Midsummer", "--json", "--library", lib])
    assert json.loads(capsys.readouterr().out)["note"] == "x Midsummer -y"


def test_a_day_alone_is_a_play_on_that_day_in_every_zone(capsys, lib):
    """`watch --at 2024-05-01` was midnight where it was typed: 30 April in Los Angeles."""
    main(["samples", "--library", lib, "-q"])
    main(["watch", "Midsummer", "--at", "2024-05-01", "--force", "--library", lib])
    capsys.readouterr()
    (play,) = [p for p in history_json(lib) if p["title"] == "Midsummer"]
    assert play["watched_at"] == "2024-05-01T12:00:00+00:00"


def test_a_write_whose_output_is_lost_says_it_was_done(lib, tmp_path: Path):
    """`guide watch X > /dev/full` said "the disk is full" (the library's disk, it read)
    and exit 1, though the play was recorded: a script would record it again."""
    import os
    import stat

    full_device = tmp_path / "full"  # a device of its own, as /dev/full: never the machine's
    os.mknod(full_device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    with open(full_device, "w") as full:
        done = subprocess.run(
            [*GUIDE_COMMAND, "watch", "Fog Signal", "--library", lib],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
        version = subprocess.run(
            [*GUIDE_COMMAND, "--version"], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert done.returncode == 1
    assert done.stderr == (
        "guide: the output could not be written (the disk is full); what the command "
        "changed before that is saved\n"
    )
    assert [p["title"] for p in history_json(lib)] == ["Fog Signal"]
    assert version.returncode == 1 and "Traceback" not in version.stderr
    assert version.stderr.count("\n") == 1


def test_get_from_a_pipe_is_refused_not_waited_on(tmp_path: Path):
    """`guide get SHOW --from FIFO` opened the pipe and waited forever, deaf to Ctrl+C."""
    import os

    pipe, fresh = tmp_path / "source.zim", tmp_path / "new.db"
    os.mkfifo(pipe)
    for how in (["Show"], ["--all"]):
        done = subprocess.run(
            [*GUIDE_COMMAND, "get", *how, "--from", str(pipe), "--library", str(fresh)],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 1
        assert f"{pipe} is a pipe (FIFO), not a regular file" in done.stderr
    assert not fresh.exists()  # nothing was made


def test_a_query_or_note_word_that_begins_like_an_option_is_a_word(capsys, lib):
    """The README's `guide search -has:note` (and `-quiet`, `-hello`) exited 2: argparse
    took -h or -q with a value ("argument -h/--help: ignored explicit argument")."""
    main(["note", "Fog Signal", "-quick", "thought", "--library", lib])
    capsys.readouterr()
    for query in (["-has:note"], ["fog", "-has:note"], ["-quiet"]):
        assert main(["search", *query, "--library", lib, "--json"]) == 0
        titles = {hit["title"] for hit in json.loads(capsys.readouterr().out)}
        assert "Fog Signal" not in titles  # the one with a note is left out
    main(["show", "Fog Signal", "--json", "--library", lib])
    assert json.loads(capsys.readouterr().out)["note"] == "-quick thought"


def test_restoring_the_library_onto_itself_is_refused(capsys, lib):
    """It was "Restored", and the library wrote as a new device from then on."""
    from guide.core.library import Library

    with Library(lib) as opened:
        device = opened.device
    assert main(["restore", lib, "--yes", "--library", lib]) == 1
    assert "is the library itself: give a backup of it" in capsys.readouterr().err
    with Library(lib) as opened:
        assert opened.device == device
