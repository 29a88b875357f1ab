"""Nothing is lost: the data-loss cases (1–9) of the issue "Nothing gets in, nothing is lost",
each reproduced on the core (the process cases are in tests/unit/cli/test_data_kept_cli.py)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from guide.core.errors import LibraryDamaged, LibraryError
from guide.core.files import part_prefix, sweep_parts
from guide.core.library import Library, backup, copies
from guide.core.library.notes import BadRevision, Revision
from guide.core.opening import add_samples
from guide.core.sync.folder import SEGMENT_OPS, sync

# -- 1: a backup goes only where a backup may go ---------------------------------------------


@pytest.fixture
def samples(tmp_path: Path) -> Library:
    library = Library(tmp_path / "library.db")
    add_samples(library)
    library.plays.add_if_new("fog signal", "2026-11-01T20:00:00+00:00")
    yield library
    library.close()


def test_a_backup_never_replaces_a_file_without_force(samples: Library, tmp_path: Path):
    target = tmp_path / "mine.txt"
    target.write_text("not a backup")
    with pytest.raises(LibraryError, match="already exists; add --force"):
        backup.backup_to(samples, target)
    assert target.read_text() == "not a backup"
    made = backup.backup_to(samples, target, force=True)
    assert made == target and backup.summary(target).plays == 1


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_backup_never_goes_onto_the_library_or_its_side_files(samples: Library, suffix: str):
    side = samples.path.with_name(samples.path.name + suffix)
    side.touch()
    before = side.stat()
    with pytest.raises(LibraryError, match="is the open library"):
        backup.backup_to(samples, side, force=True)
    after = side.stat()
    assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)


def test_a_backup_never_replaces_a_pipe_or_a_device(samples: Library, tmp_path: Path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(LibraryError, match="a pipe"):
        backup.backup_to(samples, pipe, force=True)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    if os.geteuid() != 0:
        return  # a device node of the test's own needs root (CI runs as root)
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    with pytest.raises(LibraryError, match="a device"):
        backup.backup_to(samples, device, force=True)
    assert stat.S_ISCHR(device.stat().st_mode)


def test_what_a_killed_backup_left_is_removed_by_the_next_one(samples: Library, tmp_path: Path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    pid = int(dead.stdout)
    leftover = tmp_path / f".episode-guide-{pid}@{os.uname().nodename}-abcd1234.part"
    leftover.write_bytes(b"half a backup")
    running = tmp_path / f"{part_prefix()}beef.part"  # this process is writing it
    running.write_bytes(b"in progress")
    elsewhere = tmp_path / f".episode-guide-{pid}@another-computer-abcd.part"
    elsewhere.write_bytes(b"another computer's")
    backup.backup_to(samples, tmp_path / "copy.db")
    assert not leftover.exists()
    assert running.exists() and elsewhere.exists()
    assert sweep_parts(tmp_path) == []


# -- 2: a restore that cannot finish leaves everything as it was -------------------------------


def test_a_backup_that_fails_to_write_is_not_called_damage(
    samples: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def full(_source: sqlite3.Connection, _destination: Path) -> Path:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(copies, "copy_database", full)
    with pytest.raises(LibraryError) as raised:
        backup.backup_now(samples)
    assert not isinstance(raised.value, LibraryDamaged)
    assert "the disk is full" in str(raised.value) and "damaged" not in str(raised.value)
    good = tmp_path / "good.db"
    monkeypatch.undo()
    backup.backup_to(samples, good)
    monkeypatch.setattr(copies, "copy_database", full)
    with pytest.raises(LibraryError, match="nothing was restored"):
        backup.restore(samples, good)
    assert samples.path.exists() and samples.find("Fog Signal").watched
    assert not list((tmp_path / "backups").glob("*damaged*"))


# -- 4: an empty library is not a new one; the rotation keeps the last good copy --------------


def test_the_rotation_never_deletes_the_last_backup_that_holds_something(tmp_path: Path):
    with Library(tmp_path / "library.db") as library:
        add_samples(library)
        for day in range(1, 4):
            backup.daily_backup(library, today=date(2026, 11, day))
        with library.transaction():  # emptied by mistake (another program, a bad script)
            library.db.execute("DELETE FROM articles")
            library.db.execute("DELETE FROM note_revisions")
        for day in range(4, 15):
            backup.daily_backup(library, today=date(2026, 11, day))
    dailies = sorted(p.name for p in (tmp_path / "backups").glob("*daily*"))
    assert "library-daily-2026-11-03.db" in dailies  # the last one that held the articles
    assert dailies[-7:] == [f"library-daily-2026-11-{d:02}.db" for d in range(8, 15)]
    assert len(dailies) == 8


# -- 5: the window offers this library's backups only ----------------------------------------


def test_the_latest_good_backup_is_this_librarys_own(tmp_path: Path):
    mine = tmp_path / "library.db"
    with Library(mine) as library:
        add_samples(library)
        own = backup.backup_now(library)
    other = tmp_path / "other.db"
    with Library(other) as library:
        backup.backup_now(library)
        # another library's copy, even named like this one's, is not this one's
        disguised = backup.backup_now(library, tmp_path / "backups" / "library-manual-x.db")
    os.utime(disguised, (2_000_000_000, 2_000_000_000))  # the newest file of the folder
    assert backup.newest_good_backup(mine) == own


# -- 6: a backup's name is a name, whatever its characters ------------------------------------


@pytest.mark.parametrize("name", ["x#1.db", "bk?x.db", "my%20b.db", "a b&c=d.db"])
def test_a_backup_with_any_name_restores_that_file(samples: Library, tmp_path: Path, name):
    decoy = tmp_path / "x"  # what a URI would read for "x#1.db"
    decoy.write_bytes(b"")
    copy = backup.backup_to(samples, tmp_path / name)
    samples.plays.add_if_new("midsummer", "2026-11-02T20:00:00+00:00")
    assert backup.summary(copy).plays == 1
    backup.restore(samples, copy)
    assert not samples.find("Midsummer").watched and samples.find("Fog Signal").watched
    assert decoy.read_bytes() == b""


def test_a_library_named_with_a_hash_restores_from_its_own_backups(tmp_path: Path):
    path = tmp_path / "my#lib.db"
    with Library(path) as library:
        add_samples(library)
        made = backup.backup_now(library)
        library.plays.add_if_new("fog signal", "2026-11-01T20:00:00+00:00")
        backup.restore(library, made)
        assert not library.find("Fog Signal").watched
    assert backup.newest_good_backup(path) is not None
    assert not (tmp_path / "my").exists()


# -- 7: a note's history never loops ----------------------------------------------------------


def test_a_revision_that_follows_itself_is_refused(samples: Library):
    first = samples.notes.write("fog signal", "first", "2026-11-01T20:00:00+00:00")
    looped = Revision(
        "r-self", False, "fog signal", (first.uid, "r-self"), "x", "2026-11-02T20:00:00+00:00"
    )
    with pytest.raises(BadRevision):
        samples.notes.add_revision(looped)
    assert samples.notes.get("fog signal") == "first"
    assert [h.uid for h in samples.notes.heads("fog signal")] == [first.uid]


def test_two_revisions_that_follow_each_other_are_refused(samples: Library):
    at = "2026-11-01T20:00:00+00:00"
    samples.notes.add_revision(Revision("r-a", False, "midsummer", ("r-b",), "A", at))
    with pytest.raises(BadRevision, match="follows it"):
        samples.notes.add_revision(Revision("r-b", False, "midsummer", ("r-a",), "B", at))
    assert [h.uid for h in samples.notes.heads("midsummer")] == ["r-a"]
    assert samples.notes.get("midsummer") == "A"
    # a longer loop: c follows a, and a (here) follows b; b following c closes it
    samples.notes.add_revision(Revision("r-c", False, "midsummer", ("r-a",), "C", at))
    with pytest.raises(BadRevision):
        samples.notes.add_revision(Revision("r-b", False, "midsummer", ("r-c",), "B", at))


def test_a_note_whose_history_already_loops_still_shows_its_newest_text(samples: Library):
    samples.db.conn.executemany(
        "INSERT INTO note_revisions (uid, on_show, key, parents, text, at, device, followed) "
        "VALUES (?, 0, 'fog signal', ?, ?, ?, '', 1)",
        [
            ("r-1", json.dumps(["r-2"]), "older", "2026-11-01T20:00:00+00:00"),
            ("r-2", json.dumps(["r-1"]), "newer", "2026-11-02T20:00:00+00:00"),
        ],
    )
    assert samples.notes.display("fog signal") == "newer"


# -- 3 and 8: sync -----------------------------------------------------------------------------


def _play(uid: str) -> dict:
    """A play of Fog Signal as another device's journal line holds it."""
    return {
        "type": "play",
        "uid": uid,
        "key": "fog signal",
        "device": "0123456789abcdef",
        "watched_at": "2026-11-01T20:00:00+00:00",
    }


def _device(library: Library, folder: Path) -> Path:
    return folder / library.device


def test_a_note_with_unicode_line_separators_arrives_with_its_segment(tmp_path: Path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with Library(tmp_path / "a.db") as a, Library(tmp_path / "b.db") as b:
        add_samples(a)
        add_samples(b)
        text = "line\u2028separator\u2029paragraph\u0085next\x1cfile"
        a.notes.set("fog signal", text)
        a.plays.add_if_new("midsummer", "2026-11-01T20:00:00+00:00")
        sync(a, folder)
        report = sync(b, folder)
        assert report.skipped == []
        assert b.notes.get("fog signal") == text and b.find("Midsummer").watched


def test_a_line_that_cannot_be_applied_is_skipped_and_the_others_arrive(tmp_path: Path):
    folder = tmp_path / "folder"
    (folder / "0123456789abcdef").mkdir(parents=True)
    good = _play("p-good")
    looped = {
        "type": "revision",
        "uid": "r-x",
        "key": "fog signal",
        "text": "t",
        "at": "2026-11-01T20:00:00+00:00",
        "parents": ["r-x"],
    }
    many = dict(looped, uid="r-y", parents=[f"p{n}" for n in range(300_000)])
    lines = [json.dumps(looped), "{not json", json.dumps(many), json.dumps(good)]
    (folder / "0123456789abcdef" / "000000000001-000000000004.jsonl").write_text(
        "\n".join(lines) + "\n"
    )
    with Library(tmp_path / "b.db") as b:
        add_samples(b)
        report = sync(b, folder)
        assert b.find("Fog Signal").watched
        reasons = [item["reason"] for item in report.skipped]
        assert len(reasons) == 3 and all("line" in item["file"] for item in report.skipped)
        assert any("follow itself" in r for r in reasons)
        assert any("parents" in r for r in reasons)
        again = sync(b, folder)  # the file was read: nothing is said again
        assert again.skipped == [] and again.read == 0


def test_a_file_whose_last_line_is_not_whole_is_read_again_later(tmp_path: Path):
    folder = tmp_path / "folder"
    (folder / "0123456789abcdef").mkdir(parents=True)
    play = _play("p-1")
    segment = folder / "0123456789abcdef" / "000000000001-000000000001.jsonl"
    whole = json.dumps(play) + "\n"
    segment.write_text(whole[:-10])  # the engine is still copying it
    with Library(tmp_path / "b.db") as b:
        add_samples(b)
        assert sync(b, folder).skipped and not b.find("Fog Signal").watched
        segment.write_text(whole)
        assert sync(b, folder).skipped == [] and b.find("Fog Signal").watched


def test_a_library_copied_back_over_itself_writes_as_a_new_device(tmp_path: Path):
    """A backup copied back by hand (same path, same inode) holds an older journal than its
    device published: it must never rewrite a published segment with other operations."""
    folder = tmp_path / "folder"
    folder.mkdir()
    path = tmp_path / "a.db"
    with Library(path) as a:
        add_samples(a)
        a.plays.add_if_new("fog signal", "2026-11-01T20:00:00+00:00")
        sync(a, folder)
        copy = backup.backup_now(a)
        old_device = a.device
        a.plays.add_if_new("midsummer", "2026-11-02T20:00:00+00:00")
        sync(a, folder)
    published = {p.name: p.read_bytes() for p in (folder / old_device).iterdir()}
    with open(path, "r+b") as target:  # cp backup library.db: the same inode
        target.write(copy.read_bytes())
        target.truncate()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    with Library(path) as a:
        a.plays.add_if_new("last light", "2026-11-03T20:00:00+00:00")
        report = sync(a, folder)
        assert report.renewed and a.device != old_device
    assert {p.name: p.read_bytes() for p in (folder / old_device).iterdir()} == published
    with Library(tmp_path / "b.db") as b:
        add_samples(b)
        sync(b, folder)
        assert all(b.find(t).watched for t in ("Fog Signal", "Midsummer", "Last Light"))


def test_a_segment_deleted_from_the_folder_is_written_again_and_reported(tmp_path: Path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with Library(tmp_path / "a.db") as a, Library(tmp_path / "b.db") as b:
        add_samples(a)
        add_samples(b)
        a.plays.add_if_new("fog signal", "2026-11-01T20:00:00+00:00")
        sync(a, folder)
        a.plays.add_if_new("midsummer", "2026-11-02T20:00:00+00:00")
        sync(a, folder)
        first, second = sorted(_device(a, folder).iterdir())
        first.unlink()  # deleted by hand after some devices read it
        report = sync(b, folder)
        assert report.missing == [{"device": a.device, "from": 1, "to": 1}]
        assert "missing" in report.summary()
        assert b.find("Midsummer").watched and not b.find("Fog Signal").watched
        sync(a, folder)  # the device that wrote it writes it again
        assert first.exists()
        report = sync(b, folder)
        assert report.missing == [] and b.find("Fog Signal").watched
    assert SEGMENT_OPS > 1


# -- 9: damage that a page check does not see ---------------------------------------------------


def _flip_in_index(path: Path, index: str) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as file:
        file.seek(root * page_size - 1)  # the page's last byte: in its last cell's key
        byte = file.read(1)
        file.seek(-1, os.SEEK_CUR)
        file.write(bytes([byte[0] ^ 0x01]))


def test_a_library_whose_index_is_damaged_is_not_backed_up(tmp_path: Path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        add_samples(library)
    _flip_in_index(path, "sqlite_autoindex_articles_1")
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # the pages are whole
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    raw.close()
    with pytest.raises(LibraryDamaged):
        Library(path)  # the file changed since it was last found whole: checked
    with Library(path, verify=False) as library, pytest.raises(LibraryDamaged):
        backup.backup_now(library)
    assert not list((tmp_path / "backups").glob("*.db"))


def test_a_file_rewritten_with_its_old_size_and_time_is_checked_again(tmp_path: Path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        add_samples(library)
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    Library(path).close()  # found whole: its stamp is remembered
    before = path.stat()
    _flip_in_index(path, "sqlite_autoindex_articles_1")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    with pytest.raises(LibraryDamaged):
        Library(path)


# -- found in review ----------------------------------------------------------------------------


def test_the_latest_good_backup_is_found_after_the_folder_moved(tmp_path: Path):
    first = tmp_path / "m1"
    first.mkdir()
    with Library(first / "lib.db") as library:
        add_samples(library)
        made = backup.backup_now(library)
    moved = tmp_path / "m2"
    first.rename(moved)  # a drive mounted elsewhere, a home folder moved
    assert backup.newest_good_backup(moved / "lib.db") == moved / "backups" / made.name


def test_a_link_to_nothing_is_not_followed_into_a_new_library(tmp_path: Path):
    from guide.core.errors import LibraryMissing

    mount_point = tmp_path / "drive"
    mount_point.mkdir()
    link = tmp_path / "library.db"
    link.symlink_to(mount_point / "library.db")
    for create in (False, True):
        with pytest.raises(LibraryMissing, match="a link to nothing"):
            Library(link, create=create)
    assert not any(mount_point.iterdir())


def test_a_sync_line_the_damaged_library_cannot_take_is_read_again_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from guide.core.sync import folder as sync_module

    folder = tmp_path / "folder"
    (folder / "0123456789abcdef").mkdir(parents=True)
    play = _play("p-1")
    (folder / "0123456789abcdef" / "000000000001-000000000001.jsonl").write_text(
        json.dumps(play) + "\n"
    )
    real = sync_module.apply_op

    def damaged(library: Library, op: dict) -> bool:
        error = sqlite3.DatabaseError("database disk image is malformed")
        error.sqlite_errorcode = 11  # type: ignore[attr-defined]
        raise error

    with Library(tmp_path / "b.db") as b:
        add_samples(b)
        monkeypatch.setattr(sync_module, "apply_op", damaged)
        with pytest.raises(LibraryError):
            sync(b, folder)
        monkeypatch.setattr(sync_module, "apply_op", real)
        sync(b, folder)  # repaired (restored): the file was not marked read
        assert b.find("Fog Signal").watched
