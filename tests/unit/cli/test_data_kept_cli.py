"""Nothing is lost, through real `guide` processes: the cases of the issue "Nothing gets in,
nothing is lost" that need a process (a kill -9, a full disk, a second program at once)."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import GUIDE_COMMAND, article_text, content, fill, guide, one_line, small_disk

pytestmark = pytest.mark.slow


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "library.db"
    guide("samples", "--library", str(path))
    guide("watch", "Fog Signal", "--at", "2026-11-01T20:00", "--library", str(path))
    return path


# -- 1 ---------------------------------------------------------------------------------------


def test_backup_never_replaces_a_file_the_library_or_a_device(lib: Path, tmp_path: Path):
    mine = tmp_path / "notes.txt"
    mine.write_text("my own notes")
    refused = guide("backup", str(mine), "--library", str(lib), code=1)
    assert "already exists; add --force" in one_line(refused)
    assert mine.read_text() == "my own notes"
    for target in (lib, lib.with_name(lib.name + "-wal")):
        refused = guide("backup", str(target), "--force", "--library", str(lib), code=1)
        assert "is the open library" in one_line(refused)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    refused = guide("backup", str(pipe), "--force", "--library", str(lib), code=1, timeout=20)
    assert "a pipe" in one_line(refused) and stat.S_ISFIFO(pipe.stat().st_mode)
    if os.geteuid() == 0:  # a device node of the test's own, never the machine's /dev/null
        device = tmp_path / "null"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        refused = guide("backup", str(device), "--force", "--library", str(lib), code=1)
        assert "a device" in one_line(refused) and stat.S_ISCHR(device.stat().st_mode)
    made = guide("backup", str(mine), "--force", "--json", "--library", str(lib))
    assert '"backup"' in made.stdout and content(mine) == content(lib)


def _big(lib: Path) -> None:
    """Make the library large enough that a backup of it takes a while."""
    conn = sqlite3.connect(lib)
    conn.executemany("INSERT INTO journal (op) VALUES (?)", [("x" * 4000,) for _ in range(40_000)])
    conn.commit()
    conn.close()


def test_a_killed_backup_leaves_nothing_the_next_one_does_not_clear(lib: Path, tmp_path: Path):
    _big(lib)
    out = tmp_path / "out"
    out.mkdir()
    for _attempt in range(5):
        process = subprocess.Popen(
            [*GUIDE_COMMAND, "backup", str(out / "copy.db"), "--library", str(lib)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(out.glob("*.part")):
            if process.poll() is not None:
                break
            time.sleep(0.002)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            break
        (out / "copy.db").unlink(missing_ok=True)  # finished before the kill: again
    else:
        pytest.skip("each backup finished before it could be killed")
    assert not (out / "copy.db").exists()
    assert all(p.name.startswith(".episode-guide-") for p in out.iterdir())  # hidden
    guide("backup", str(out / "second.db"), "--library", str(lib))
    assert sorted(p.name for p in out.iterdir()) == ["second.db"]


# -- 2 ---------------------------------------------------------------------------------------


def test_a_restore_that_runs_out_of_disk_leaves_the_library_as_it_was(lib: Path, tmp_path: Path):
    good = tmp_path / "good.db"
    guide("backup", str(good), "--library", str(lib))
    with small_disk(tmp_path / "disk", "8m") as disk:
        library = disk / "library.db"
        guide("restore", str(good), "--yes", "--library", str(library))  # none there: made
        guide("watch", "Midsummer", "--at", "2026-11-02T20:00", "--library", str(library))
        before = content(library)
        fill(disk)
        backed = guide("backup", "--library", str(library), code=1)
        assert "is full" in one_line(backed) and "damaged" not in backed.stderr
        refused = guide("restore", str(good), "--yes", "--library", str(library), code=1)
        assert "nothing was restored" in one_line(refused)
        assert "damaged" not in refused.stderr
        read = guide("shows", "--library", str(library))  # 13: reading works on a full disk
        assert "The Lighthouse Keepers" in read.stdout and "cannot be saved" in one_line(read)
        refused = guide("watch", "Last Light", "--library", str(library), code=1)
        assert "full" in one_line(refused) and "nothing was changed" in refused.stderr
        (disk / "filler").unlink()
        assert content(library) == before
        assert not list(disk.glob("backups/*damaged*")) and not list(disk.glob("*.part"))
        shows = guide("shows", "--library", str(library))
        assert "The Lighthouse Keepers" in shows.stdout


# -- 13 --------------------------------------------------------------------------------------


def test_a_library_on_a_read_only_file_system_is_read_and_says_so(lib: Path, tmp_path: Path):
    with small_disk(tmp_path / "disk", "8m") as disk:
        library = disk / "library.db"
        guide("restore", str(lib), "--yes", "--library", str(library))
        expected = content(library)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        read = guide("list", "--library", str(library))
        assert "Fog Signal" in read.stdout and "read-only" in one_line(read)
        history = guide("history", "--json", "--library", str(library))
        assert '"Fog Signal"' in history.stdout
        refused = guide("note", "Fog Signal", "a note", "--library", str(library), code=1)
        assert "cannot be saved" in one_line(refused)
        assert content(library) == expected


def test_a_file_system_that_counts_no_inodes_is_not_called_full(tmp_path: Path):
    """btrfs, and a tmpfs without an inode limit, report no free inodes at all: a library
    there that cannot be opened for another reason says that reason."""
    with small_disk(tmp_path / "disk", "8m", ",nr_inodes=0") as disk:
        (disk / "folder.db").mkdir()
        said = guide("shows", "--library", str(disk / "folder.db"), code=1)
        assert "is a folder" in one_line(said) and "full" not in said.stderr
        other = sqlite3.connect(disk / "other.db")
        other.execute("CREATE TABLE t (x)")
        other.commit()
        other.close()
        said = guide("shows", "--library", str(disk / "other.db"), code=1)
        assert "not an Episode Guide library" in one_line(said) and "full" not in said.stderr


# -- 4 ---------------------------------------------------------------------------------------


def test_a_library_truncated_to_nothing_is_refused_and_restored(lib: Path, tmp_path: Path):
    good = tmp_path / "good.db"
    guide("backup", str(good), "--library", str(lib))
    lib.write_bytes(b"")
    for side in ("-wal", "-shm"):
        lib.with_name(lib.name + side).unlink(missing_ok=True)
    for command in (["shows"], ["watch", "Midsummer"], ["backup"]):
        refused = guide(*command, "--library", str(lib), code=1)
        assert "holds no library" in one_line(refused)
    assert lib.stat().st_size == 0
    guide("restore", str(good), "--yes", "--library", str(lib))
    assert content(lib) == content(good)
    (kept,) = (tmp_path / "backups").glob("library-damaged-*.db")
    assert kept.stat().st_size == 0  # the empty file is kept aside, not deleted


def test_a_folder_whose_drive_is_not_mounted_gets_no_new_library(tmp_path: Path):
    mount_point = tmp_path / "drive"
    mount_point.mkdir()
    missing = mount_point / "episode-guide" / "library.db"
    for command in (["shows"], ["history"], ["next"], ["stats"]):
        refused = guide(*command, "--library", str(missing), code=1)
        assert "there is no library" in one_line(refused)
    assert not any(mount_point.iterdir())


# -- 6 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["x#1.db", "bk?x.db", "my%20b.db"])
def test_restore_opens_the_named_backup_whatever_its_characters(lib: Path, tmp_path, name):
    copy = tmp_path / name
    guide("backup", str(copy), "--library", str(lib))
    guide("watch", "Midsummer", "--library", str(lib))
    guide("restore", str(copy), "--yes", "--library", str(lib))
    assert content(lib) == content(copy)
    assert not (tmp_path / "x").exists() and not (tmp_path / "my b.db").exists()


# -- 15 (part): two programs creating one new library at once ---------------------------------


def test_two_imports_creating_one_new_library_at_once_both_finish(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(30):
        (folder / f"a{n}.txt").write_text(article_text(f"Article {n}"))
    library = tmp_path / "new.db"
    command = [*GUIDE_COMMAND, "import", str(folder), "-q", "--library"]
    processes = [
        subprocess.Popen([*command, str(library)], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0 and "Traceback" not in err, err
    assert len(content(library)) == 30
