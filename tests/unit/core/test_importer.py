"""Importing files and folders: outcomes, duplicates, progress, cancel, and crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from guide.core.importing import articles as importing
from guide.core.importing.articles import ImportSession, import_paths
from guide.core.library import Library
from guide.core.views.upnext import up_next
from tests.helpers import GUIDE_COMMAND, article_text, episode


def test_added_updated_unchanged_rejected(library: Library, write):
    write("a.txt", "Pilot", episode("S", 1, 1))
    write("b.txt", "Second", episode("S", 1, 2))
    first = import_paths(library, [write.folder])
    assert sorted(first.added) == ["Pilot", "Second"] and not first.rejected

    write("b.txt", "Second", episode("S", 1, 2), lead="Changed lead.")
    (write.folder / "bad.txt").write_text("no title here")
    second = import_paths(library, [write.folder])
    assert second.added == [] and second.updated == ["Second"]
    assert second.unchanged == ["Pilot"]
    assert [(Path(r.path).name, r.reason) for r in second.rejected] == [
        ("bad.txt", "no title line: line 1 should read '= Title =', not 'no title here'")
    ]


def test_each_column_of_an_imported_article_holds_what_its_file_says(library: Library, write):
    """The rows are written by position: every column gets its own value, first written
    and written again (the update of a re-import)."""
    fields = episode("Tides", 2, None, Episode="13a", Airdate="4 May 2021")
    fields |= {"RTitle": "Low", "Prev": "Ebb", "Next": "Flood", "Episode list": "List of Tides"}
    for lead in ("A lead.", "Another lead."):
        path = write("a.txt", "Low Water", fields, lead=lead)
        import_paths(library, [write.folder])
        columns = (
            "key, title, display_title, own_kind, kind, own_show_key, show_key, own_show_name, "
            "season, place_season, position, episode, episode_label, airdate, prev, next, "
            "episode_list, source_path, length(content_hash)"
        )
        row = library.db.execute(f"SELECT {columns} FROM articles").fetchone()
        assert row == (
            "low water", "Low Water", "Low", "episode", "episode", "tides", "tides", "Tides",
            2, 2, 0, 13, "13a", "4 May 2021", "Ebb", "Flood",
            "List of Tides", str(path), 32,
        )  # fmt: skip


def test_unchanged_bytes_are_not_parsed(library: Library, write, monkeypatch):
    write("a.txt", "Pilot")
    import_paths(library, [write.folder])
    import guide.core.importing.articles as importer

    def fail(data: bytes):
        raise AssertionError("unchanged file was parsed")

    monkeypatch.setattr(importer, "parse", fail)
    assert import_paths(library, [write.folder]).unchanged == ["Pilot"]


def test_same_content_in_new_bytes_is_unchanged(library: Library, write):
    path = write("a.txt", "Pilot")
    import_paths(library, [path])
    path.write_text(path.read_text().replace("\n", "\r\n") + "\n\n")
    report = import_paths(library, [path])
    assert report.unchanged == ["Pilot"] and report.updated == []


def test_folders_recursive_hidden_skipped_and_sorted(library: Library, write):
    write("b/second.txt", "Second")
    write("a/first.txt", "First")
    write(".hidden/secret.txt", "Secret")
    write("a/.dotfile.txt", "Dot")
    seen: list[str] = []
    session = ImportSession(progress=lambda done, total, path: seen.append(Path(path).name))
    report = import_paths(library, [write.folder], session)
    assert report.added == ["First", "Second"]
    assert seen == ["first.txt", "second.txt"]


def test_missing_path_is_rejected_and_others_import(library: Library, write, tmp_path: Path):
    good = write("a.txt", "Pilot")
    report = import_paths(library, [tmp_path / "missing.txt", good])
    assert report.added == ["Pilot"]
    assert report.rejected[0].reason == "no such file or folder"


def test_rejected_file_changes_nothing(library: Library, write):
    path = write("a.txt", "Pilot", lead="Original.")
    import_paths(library, [path])
    library.plays.watch("pilot")
    before = library.db.execute("SELECT * FROM articles").fetchall()
    path.write_bytes(b"\x00binary now")
    report = import_paths(library, [path])
    assert report.rejected[0].reason.startswith("binary")
    assert library.db.execute("SELECT * FROM articles").fetchall() == before
    assert library.find("Pilot").article.lead == ("Original.",)


def test_too_large_file_rejected_without_reading(library: Library, tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"= Big =\n")
        f.truncate(6 * 1024 * 1024)
    report = import_paths(library, [big])
    assert report.rejected[0].reason.startswith("too large")


def test_warnings_carry_their_file(library: Library, write):
    path = write("a.txt", "Pilot", episode("S", 1, None, Episode="Special"))
    report = import_paths(library, [path])
    assert [(w.path, "Special" in w.message) for w in report.warnings] == [(str(path), True)]


def test_duplicate_title_later_file_wins_with_warning_naming_both(library: Library, write):
    first = write("1.txt", "Pilot", lead="From the first file.")
    second = write("2.txt", "pilot", lead="From the second file.")
    report = import_paths(library, [second, first])  # order given does not matter: paths do
    assert report.added == ["pilot"]  # reported once, as the winning file spells it
    assert library.find("Pilot").article.lead == ("From the second file.",)
    (warning,) = report.warnings
    assert warning.path == str(second) and str(first) in warning.message


def test_duplicate_later_wins_even_when_its_bytes_are_known(library: Library, write):
    write("1.txt", "Pilot", lead="Early.")
    write("2.txt", "Pilot", lead="Late.")
    import_paths(library, [write.folder])
    write("1.txt", "Pilot", lead="Early, edited.")
    report = import_paths(library, [write.folder])
    assert library.find("Pilot").article.lead == ("Late.",)
    assert report.unchanged == ["Pilot"] and report.updated == []
    assert len(report.warnings) == 1


def test_reimport_of_changed_files_keeps_marks_and_notes(library: Library, write):
    write("a.txt", "Pilot", episode("S", 1, 1))
    import_paths(library, [write.folder])
    library.plays.watch("pilot")
    library.notes.set("pilot", "my theory")
    write("a.txt", "Pilot", episode("S", 1, 1, Director="Someone"), lead="New lead.")
    assert import_paths(library, [write.folder]).updated == ["Pilot"]
    record = library.find("Pilot")
    assert record.watched and record.note == "my theory"
    assert ("Director", "Someone") in record.article.infobox


def test_progress_reports_every_file(library: Library, write):
    for n in range(5):
        write(f"{n}.txt", f"Article {n}")
    calls: list[tuple[int, int]] = []
    import_paths(library, [write.folder], ImportSession(lambda d, t, p: calls.append((d, t))))
    assert calls == [(n, 5) for n in range(1, 6)]


def _cancelled_after(library: Library, folder: Path, files: int) -> importing.ImportReport:
    read = 0

    def progress(done: int, _total: int, _path: str) -> None:
        nonlocal read
        read = done

    return import_paths(library, [folder], ImportSession(progress, lambda: read >= files))


def test_cancel_reports_only_what_was_written(library: Library, write, monkeypatch):
    batch = 40
    monkeypatch.setattr(importing, "BATCH_SIZE", batch)
    total = batch * 2 + 10
    for n in range(total):
        write(f"{n:04}.txt", f"Article {n:04}")
    report = _cancelled_after(library, write.folder, batch + 5)
    assert report.cancelled
    assert len(report.added) == batch  # the first full batch was written, no more
    assert library.counts().articles == batch
    again = import_paths(library, [write.folder])
    assert len(again.added) == total - batch and len(again.unchanged) == batch


def test_long_articles_make_smaller_transactions(library: Library, write, monkeypatch):
    """A transaction ends at BATCH_BYTES of files however few articles it holds: a cancel
    after the fifth long file keeps the three written in the first."""
    monkeypatch.setattr(importing, "BATCH_BYTES", 3000)
    for n in range(8):
        write(f"{n}.txt", f"Long {n}", lead="A long lead. " * 80)  # about 1,050 bytes
    report = _cancelled_after(library, write.folder, 5)
    assert report.cancelled and report.added == ["Long 0", "Long 1", "Long 2"]
    assert library.counts().articles == 3


def test_shows_are_placed_a_few_at_a_time(library: Library, write, monkeypatch):
    """Placing the shows of an import commits every PLACE_ROWS articles, not once a show,
    and places each show whole."""
    from guide.core.library import articles as library_articles

    monkeypatch.setattr(library_articles, "PLACE_ROWS", 4)
    for show in "ABCDE":
        for number in (2, 1):
            write(f"{show}{number}.txt", f"{show} {number}", episode(show, 1, number))
    commits = []
    library.db.conn.set_trace_callback(
        lambda sql: commits.append(sql) if sql.startswith("COMMIT") else None
    )
    import_paths(library, [write.folder])
    library.db.conn.set_trace_callback(None)
    # The articles in one transaction, the shows' table in one, then 5 shows of 2 articles
    # placed in 3 (2 + 2 + 1 shows).
    assert len(commits) == 1 + 1 + 3
    assert library.db.execute("SELECT COUNT(*) FROM pending_order").fetchone()[0] == 0
    for show in "ABCDE":
        placed = library.db.execute(
            "SELECT title FROM articles WHERE show_key = ? ORDER BY place_season, position",
            [show.casefold()],
        )
        assert [title for (title,) in placed] == [f"{show} 1", f"{show} 2"]


def _old_and_new(folder: Path, count: int, version: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        fields = episode("Show", 1 + n // 100, n % 100 + 1, Version=version)
        body = f"==Plot==\n{version} plot {n}.\n\n==Notes==\n{version} notes {n}."
        text = article_text(f"Episode {n}", fields, lead=f"{version} lead {n}.", body=body)
        (folder / f"{n:05}.txt").write_text(text)


@pytest.mark.slow
def test_kill_9_during_import_leaves_each_article_old_or_new(tmp_path: Path):
    count = 6000
    path = tmp_path / "library.db"
    _old_and_new(tmp_path / "old", count, "old")
    _old_and_new(tmp_path / "new", count, "new")
    with Library(path) as library:
        import_paths(library, [tmp_path / "old"])
        for n in range(0, count, 7):
            library.plays.watch(f"episode {n}")
        library.notes.set("episode 3", "a note that must survive")
    process = subprocess.Popen(
        [*GUIDE_COMMAND, "import", "--library", str(path), str(tmp_path / "new")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    probe = sqlite3.connect(path, timeout=10)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = probe.execute("SELECT COUNT(*) FROM bodies WHERE prose LIKE 'new lead%'")
        if done.fetchone()[0] > 0:
            break
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    probe.close()

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = [  # the prose's lines: the lead, Plot, its paragraph, Notes, its paragraph
        (prose.split("\n")[0], value, prose.split("\n")[4])
        for prose, value in conn.execute(
            """SELECT b.prose, i.value FROM articles a
               JOIN bodies b ON b.article_id = a.id
               JOIN infobox i ON i.article_id = a.id AND i.key = 'Version'"""
        )
    ]
    assert len(rows) == count
    versions = {(lead.split()[0], value, notes.split()[0]) for lead, value, notes in rows}
    assert versions <= {("old", "old", "old"), ("new", "new", "new")}
    new = sum(1 for lead, _, _ in rows if "new lead" in lead)
    assert 0 < new < count, "the kill should land in the middle of the import"
    assert conn.execute("SELECT COUNT(*) FROM watch_events").fetchone()[0] == len(
        range(0, count, 7)
    )
    assert conn.execute("SELECT text FROM notes").fetchall() == [("a note that must survive",)]
    conn.close()
    with Library(path) as library:  # reopening finishes the interrupted ordering work
        assert library.db.execute("SELECT COUNT(*) FROM pending_order").fetchone()[0] == 0
        assert library.search_index_problem() is None  # the index as exact as the text
        assert len(library.search("new")) == 50 and len(library.search("old")) == 50
        assert import_paths(library, [tmp_path / "new"]).updated


def test_episode_13a_is_its_own_episode_after_13_and_two_is_a_number(library, write):
    """'Episode: 13a' is shown as written and follows 13 (not a duplicate of it); 'Two' is 2
    (no false gap)."""
    from guide.core.views.check import check

    write("a.txt", "Thirteen", episode("Tides", 3, None, Episode="13"))
    write("b.txt", "Thirteen Again", episode("Tides", 3, None, Episode="13a"))
    write("c.txt", "Twelve", episode("Tides", 3, None, Episode="12"))
    write("d.txt", "One", episode("Tides", 1, None, Episode="1"))
    write("e.txt", "Second", episode("Tides", 1, None, Episode="Two"))
    import_paths(library, [write.folder])
    rows = [r for r in library.rows("tides")]
    assert [(r.title, r.episode, r.episode_label) for r in rows] == [
        ("One", 1, "1"),
        ("Second", 2, "2"),
        ("Twelve", 12, "12"),
        ("Thirteen", 13, "13"),
        ("Thirteen Again", 13, "13a"),
    ]
    kinds = {(f.kind, f.title) for f in check(library)}
    assert not any(kind in ("duplicate", "gap") for kind, _ in kinds), kinds
    from guide.core import ops

    ops.apply(library, ops.Watch(("thirteen again",), "watch"))
    assert [e.code for e in library.plays.history()] == ["S03E13a"]
    ops.apply(library, ops.Watch(("one",), "watch"))
    (progress,) = up_next(library).in_progress  # rows read by every query keep their fields
    assert (progress.next.title, progress.next.episode_label) == ("Second", "2")
    assert progress.next.place_season == 1


def test_an_episode_without_a_season_is_placed_by_its_links(library, write):
    """A special between two seasons (no season, its own number, Next: the next season's
    first episode, which links back) is placed before that episode: in broadcast order, for
    Prev/Next, Up Next and the navigator's season."""
    from guide.core import ops
    from guide.core.views.upnext import up_next

    write("a.txt", "Cold Open", episode("Glass Coast", 1, 1, Next="Last Tide"))
    write("b.txt", "Last Tide", episode("Glass Coast", 1, 2, Prev="Cold Open"))
    write("s.txt", "Winter Lights", episode("Glass Coast", None, 7, Next="New Harbour"))
    write("c.txt", "New Harbour", episode("Glass Coast", 2, 1, Prev="Winter Lights"))
    write("d.txt", "Second Wind", episode("Glass Coast", 2, 2, Prev="New Harbour"))
    import_paths(library, [write.folder])
    rows = library.rows("glass coast")
    assert [r.title for r in rows] == [
        "Cold Open",
        "Last Tide",
        "Winter Lights",
        "New Harbour",
        "Second Wind",
    ]
    special = next(r for r in rows if r.title == "Winter Lights")
    assert (special.season, special.place_season, special.episode) == (None, 2, 7)
    harbour = library.find("New Harbour").id
    assert library.neighbours(harbour)[0] == special.id  # Ctrl+[ from New Harbour
    ops.apply(library, ops.Watch(("cold open", "last tide"), "watch"))
    (progress,) = up_next(library).in_progress
    assert progress.next is not None and progress.next.title == "Winter Lights"
    assert [s.season for s in library.seasons("glass coast")] == [1, 2]
