"""`guide` for a person at a terminal: progress on a terminal and none in a pipe, a clean
Ctrl+C, completion scripts loaded by a real shell, a manual page, tables that fit."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import GUIDE_COMMAND, article_text, episode

pytestmark = pytest.mark.slow

GUIDE = GUIDE_COMMAND


def make_folder(folder: Path, count: int, show: str = "Show") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = article_text(f"{show} episode {n}", episode(show, 1, n + 1))
        (folder / f"{n:06}.txt").write_text(text)
    return folder


def run_with_terminal_stderr(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run guide with standard error on a pseudo-terminal (stdout a pipe): (code, out, err)."""
    master, slave = pty.openpty()
    with subprocess.Popen(  # closes its pipe when done
        [*GUIDE, *args], stdout=subprocess.PIPE, stderr=slave, env=env or os.environ.copy()
    ) as process:
        os.close(slave)
        written = read_terminal(master, process)
        out = process.stdout.read().decode() if process.stdout else ""
        code = process.wait(timeout=60)
    return code, out, written


def read_terminal(master: int, process: subprocess.Popen) -> str:
    """Everything written to a pseudo-terminal until the process is done with it."""
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        elif process.poll() is not None:
            break
    os.close(master)
    return b"".join(chunks).decode(errors="replace")


# -- progress ---------------------------------------------------------------------------------


def test_import_shows_progress_on_a_terminal(tmp_path: Path):
    folder = make_folder(tmp_path / "in", 3000)
    code, out, err = run_with_terminal_stderr(
        "import", str(folder), "--library", str(tmp_path / "l.db")
    )
    assert code == 0
    assert "Importing" in err and "/3000 [" in err and "files/s" in err  # count, rate, time
    assert out.startswith("Imported: 3000 added")


def test_no_progress_with_quiet_or_in_a_pipe_and_json_is_unchanged(tmp_path: Path):
    folder = make_folder(tmp_path / "in", 500)
    code, _, err = run_with_terminal_stderr(
        "import", str(folder), "--quiet", "--library", str(tmp_path / "a.db")
    )
    assert code == 0 and err == ""
    piped = subprocess.run(
        [*GUIDE, "import", str(folder), "--json", "--library", str(tmp_path / "b.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert piped.returncode == 0 and piped.stderr == ""
    assert len(json.loads(piped.stdout)["added"]) == 500
    code, out, _ = run_with_terminal_stderr(
        "import", str(folder), "--json", "--library", str(tmp_path / "c.db")
    )
    assert len(json.loads(out)["added"]) == 500  # progress on stderr, JSON untouched


# -- Ctrl+C ------------------------------------------------------------------------------------


def test_ctrl_c_mid_import_stops_within_a_second_and_says_what_was_kept(tmp_path: Path):
    folder = make_folder(tmp_path / "in", 20_000)
    library = tmp_path / "l.db"
    process = subprocess.Popen(
        [*GUIDE, "import", str(folder), "--library", str(library)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # until the first batches are in the library
        time.sleep(0.2)
        try:
            with sqlite3.connect(f"file:{library}?mode=ro", uri=True) as conn:
                if conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= 500:
                    break
        except sqlite3.Error:
            continue
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    stopped = time.monotonic() - sent
    assert process.returncode == 130, err
    print(f"stopped {stopped:.2f} s after Ctrl+C")
    assert stopped < 1.0, f"took {stopped:.2f} s to stop"
    assert "Traceback" not in err
    line = err.strip().splitlines()[-1]
    assert line.startswith("guide: interrupted: ") and "of 20,000 files imported" in line
    kept = int(line.split("interrupted: ")[1].split(" of ")[0].replace(",", ""))
    assert 0 < kept < 20_000
    with sqlite3.connect(library) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == kept
    assert "Import cancelled" in out


# -- completion ----------------------------------------------------------------------------------


def complete(line: str, library: Path) -> list[str]:
    """What bash offers for ``line`` with the script from `guide completion bash` loaded."""
    guide_dir = str(Path(shutil.which("guide") or sys.executable).parent)
    script = (
        'source <(guide completion bash); COMP_LINE="$LINE"; COMP_POINT=${#COMP_LINE}; '
        'read -ra COMP_WORDS <<< "$LINE"; '
        '[[ "$LINE" == *" " ]] && COMP_WORDS+=(""); '
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _python_argcomplete guide; "
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    env = os.environ | {
        "LINE": line,
        "EPISODE_GUIDE_LIBRARY": str(library),
        "PATH": f"{guide_dir}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return [w.strip() for w in result.stdout.splitlines() if w.strip()]


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    library = tmp_path / "samples.db"
    subprocess.run([*GUIDE, "samples", "--library", str(library)], check=True, capture_output=True)
    return library


def test_bash_completes_commands_options_titles_and_shows(samples: Path):
    assert sorted(complete("guide sh", samples)) == ["show", "shows"]
    assert "merge-data" in complete("guide m", samples)
    assert complete("guide export-data x --fo", samples) == ["--force"]
    assert complete("guide watch Fo", samples) == ["Fog\\ Signal"]
    assert complete("guide rewatch The", samples) == ["The\\ Lighthouse\\ Keepers"]
    assert complete("guide note Mid", samples) == ["Midsummer"]


def test_completion_scripts_for_zsh_and_fish_name_the_command():
    for shell, mark in (("zsh", "compdef guide"), ("fish", "complete")):
        result = subprocess.run(
            [*GUIDE, "completion", shell], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0 and mark in result.stdout and "guide" in result.stdout
    bad = subprocess.run([*GUIDE, "completion", "tcsh"], capture_output=True, text=True)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


# -- manual page and width ------------------------------------------------------------------------


def test_install_desktop_installs_a_manual_page_listing_every_command(tmp_path: Path):
    from guide.cli import build_parser

    env = os.environ | {"XDG_DATA_HOME": str(tmp_path / "data")}
    subprocess.run([*GUIDE, "install-desktop"], check=True, capture_output=True, env=env)
    page = tmp_path / "data" / "man" / "man1" / "guide.1"
    text = page.read_text()
    assert text.startswith(".TH GUIDE")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"guide {name}" in text.replace("\\-", "-"), name
    subprocess.run([*GUIDE, "install-desktop", "--uninstall"], check=True, env=env)
    assert not page.exists()


def test_tables_fit_the_terminal_and_pipes_get_everything(tmp_path: Path):
    library = str(tmp_path / "l.db")
    long_title = "An Episode Title So Long That No Terminal Of Forty Columns Could Hold It"
    (tmp_path / "a.txt").write_text(
        article_text(long_title, episode("A Show Named At Length Too", 1, 1))
    )
    subprocess.run(
        [*GUIDE, "import", str(tmp_path / "a.txt"), "--library", library],
        check=True,
        capture_output=True,
    )
    master, slave = pty.openpty()
    env = os.environ | {"COLUMNS": "40", "LINES": "20"}
    process = subprocess.Popen([*GUIDE, "list", "--library", library], stdout=slave, env=env)
    os.close(slave)
    output = read_terminal(master, process)
    process.wait(timeout=60)
    lines = output.replace("\r", "").splitlines()
    assert lines and all(len(line) <= 40 for line in lines)
    assert any(line.endswith("…") for line in lines)
    piped = subprocess.run([*GUIDE, "list", "--library", library], capture_output=True, text=True)
    assert long_title in piped.stdout
