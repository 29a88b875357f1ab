"""Export and merge, backups and restore, re-import diffs, and the library check."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from guide.core import ops
from guide.core.article import Article, Section
from guide.core.article.diff import changes
from guide.core.errors import LibraryError
from guide.core.importing.articles import import_paths
from guide.core.library import Library, backup, schema
from guide.core.opening import add_samples
from guide.core.sync import personal_file, portable
from guide.core.views.check import check
from guide.core.views.export_articles import export_articles
from tests.helpers import episode


def at(day: int, hour: int = 20) -> str:
    return datetime(2026, 11, day, hour, tzinfo=UTC).isoformat()


def personal(library: Library) -> tuple[set, dict]:
    plays = {(p.article_key, p.watched_at) for p in library.plays.all()}
    notes = {e.key: e.text for e in library.notes.all()}
    return plays, notes


# -- export and merge -------------------------------------------------------------------------


def test_export_then_merge_into_a_fresh_library_gives_the_same_data(tmp_path: Path):
    with Library(tmp_path / "a.db") as a:
        add_samples(a)
        a.plays.add_if_new("fog signal", at(1))
        a.plays.add_if_new("fog signal", at(5))
        a.plays.add_if_new("a film not imported yet", at(2))
        a.notes.set("midsummer", "Bonfire theory")
        a.notes.set_show("heartstopper", "Finale")
        a.passes.start("the lighthouse keepers")
        portable.write_export(a, tmp_path / "data.json", tmp_path / "history.csv")
        expected = personal(a)
    data = json.loads((tmp_path / "data.json").read_text())
    assert data["format"] == portable.FORMAT and data["version"] == portable.VERSION
    fog = {"title": "Fog Signal", "show": "The Lighthouse Keepers", "watched_at": at(1)}
    assert any(fog.items() <= play.items() and play["id"] for play in data["plays"])
    assert (tmp_path / "history.csv").read_text().splitlines()[0] == (
        "watched_at,show,season,episode,title"
    )
    with Library(tmp_path / "b.db") as b:
        report = ops.apply(b, portable.MergeFile(tmp_path / "data.json")).detail
        assert report.plays_added == 3 and report.unknown_titles  # kept for later
        assert personal(b) == expected
        assert b.passes.number("the lighthouse keepers") == 2
        again = ops.apply(b, portable.MergeFile(tmp_path / "data.json")).detail
        assert (again.plays_added, again.notes_added, again.passes_added) == (0, 0, 0)
        assert personal(b) == expected
        add_samples(b)  # the articles arrive later: the plays attach
        assert len(b.find("Fog Signal").plays) == 2


def test_diverged_libraries_merge_to_the_union_with_no_note_lost(tmp_path: Path):
    home, work = Library(tmp_path / "home.db"), Library(tmp_path / "work.db")
    for library in (home, work):
        add_samples(library)
        library.plays.add_if_new("fog signal", at(1))
    home.plays.add_if_new("midsummer", at(2))
    work.plays.add_if_new("last light", at(3))
    home.notes.write("fog signal", "home thought", at(4))
    work.notes.write("fog signal", "work thought, later", at(6))
    work.notes.write("midsummer", "only at work", at(5))
    portable.write_export(home, tmp_path / "home.json")
    portable.write_export(work, tmp_path / "work.json")
    report = ops.apply(home, portable.MergeFile(tmp_path / "work.json")).detail
    ops.apply(work, portable.MergeFile(tmp_path / "home.json"))
    assert report.notes_conflicts == 1 and report.notes_added == 2
    for library in (home, work):
        plays, notes = personal(library)
        assert {k for k, _ in plays} == {"fog signal", "midsummer", "last light"}
        assert len(plays) == 3  # the same moment merged into both is one play
        assert notes["fog signal"] == "work thought, later"  # the newest head is shown
        assert library.notes.conflicts("fog signal") == ["home thought"]  # the other is kept
        assert notes["midsummer"] == "only at work"
    before = personal(home)
    ops.apply(home, portable.MergeFile(tmp_path / "work.json"))  # once more: nothing changes
    assert personal(home) == before
    assert len(home.notes.revisions("fog signal")) == 2  # no growth
    home.close()
    work.close()


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json", "not a personal data file"),
        ('{"format": "something else"}', "not an Episode Guide personal data file"),
        ('{"format": "episode-guide-personal-data", "version": 99}', "newer"),
    ],
)
def test_bad_merge_files_are_refused(library: Library, tmp_path: Path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(LibraryError, match=message):
        ops.apply(library, portable.MergeFile(path))


def test_export_articles_rebuilds_the_library(tmp_path: Path):
    with Library(tmp_path / "a.db") as a:
        add_samples(a)
        written = export_articles(a, tmp_path / "out")
        originals = {r.title: a.record(r.id).article for r in a.rows(all_shows=True)}
    assert len(written) == 10
    with Library(tmp_path / "b.db") as b:
        import_paths(b, [tmp_path / "out"])
        rebuilt = {r.title: b.record(r.id).article for r in b.rows(all_shows=True)}
    assert rebuilt == originals


# -- backups ---------------------------------------------------------------------------------------


def _dump(path: Path) -> list[str]:
    """Everything the library holds, but for the file's own identity (its device row: a
    restored file writes as a new device)."""
    conn = sqlite3.connect(path)
    try:
        return [
            line
            for line in conn.iterdump()
            if "sqlite_sequence" not in line and not line.startswith('INSERT INTO "device"')
        ]
    finally:
        conn.close()


def test_backup_restores_to_an_identical_library(tmp_path: Path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        add_samples(library)
        library.plays.watch("fog signal")
        library.notes.set("fog signal", "before the backup")
        copy = backup.backup_now(library)
        assert copy.parent == tmp_path / "backups"
        expected = _dump(copy)
        library.plays.watch("midsummer")
        library.notes.set("fog signal", "after the backup")
        kept = backup.restore(library, copy)
        assert library.notes.get("fog signal") == "before the backup"
        assert not library.find("Midsummer").watched
    assert _dump(path) == expected
    assert "after the backup" in "".join(_dump(kept))  # what it replaced is kept


def test_daily_backups_keep_the_last_seven(tmp_path: Path):
    with Library(tmp_path / "library.db") as library:
        for day in range(1, 11):
            backup.daily_backup(library, today=date(2026, 11, day))
        assert backup.daily_backup(library, today=date(2026, 11, 10)) is None  # once a day
        dailies = sorted(p.name for p in (tmp_path / "backups").glob("*daily*"))
    assert dailies == [f"library-daily-2026-11-{d:02}.db" for d in range(4, 11)]


def test_migration_is_preceded_by_a_backup(tmp_path: Path):
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations().apply(db, stop_before="v2_passes_show_notes_saved_searches")
    db.close()
    Library(path).close()
    (copy,) = (tmp_path / "backups").glob(f"*before-v{schema.LATEST_VERSION}-from-v1*")
    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == 1


def test_v2_library_migrates_keeping_every_play_note_and_pass(tmp_path: Path):
    """A real v2 file: plays get stable ids, NFD identities become NFC, nothing is lost."""
    from sqlite_utils import Database

    path = tmp_path / "v2.db"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations().apply(db, stop_before="v3_play_ids_unknown_dates_nfc_keys")
    nfd = "cafe\u0301"
    db.conn.executemany(
        "INSERT INTO watch_events (article_key, watched_at) VALUES (?, ?)",
        [(key, f"2024-01-0{day}T10:00:00+00:00") for key in (nfd, "pilot") for day in (1, 2)],
    )
    db.execute("INSERT INTO notes VALUES (?, 'a note', '2024-01-01T10:00:00+00:00')", [nfd])
    db.execute("INSERT INTO passes VALUES ('show', 2, '2024-01-01T12:00:00+00:00')")
    db.conn.commit()
    db.close()
    with Library(path) as library:
        assert library.version == schema.LATEST_VERSION
        plays = list(library.plays.all())
        assert len(plays) == 4 and len({p.uid for p in plays}) == 4
        assert len(library.plays.of("caf\u00e9")) == 2  # NFC now
        assert library.notes.get("caf\u00e9") == "a note"
        assert library.passes.all()[0].number == 2


def test_restore_refuses_what_is_not_a_library(library: Library, tmp_path: Path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"nope" * 100)
    with pytest.raises(LibraryError, match="not an Episode Guide library"):
        backup.restore(library, bogus)


# -- re-import diffs ---------------------------------------------------------------------------


def test_changes_between_versions():
    old = Article(
        "T",
        (("Director", "A"), ("Writer", "W"), ("Episode", "1")),
        ("Lead.",),
        (Section(2, "Plot", ("p",)), Section(2, "Gone", ())),
    )
    new = Article(
        "T",
        (("Director", "B"), ("Episode", "1"), ("Airdate", "2024")),
        ("Lead 2.",),
        (Section(2, "Plot", ("p changed",)), Section(2, "Reception", ())),
    )
    assert changes(old, new) == [
        "Airdate added: 2024",
        "Writer removed (was W)",
        "Director: A → B",
        "Section added: Reception",
        "Section removed: Gone",
        "Prose changed: the lead",
        "Prose changed: Plot",
    ]


def test_import_report_lists_changes_of_updated_articles(library: Library, write):
    write("a.txt", "Pilot", episode("S", 1, 1, Director="A"))
    import_paths(library, [write.folder])
    write("a.txt", "Pilot", episode("S", 1, 1, Director="B"))
    report = import_paths(library, [write.folder])
    assert report.changes == {"Pilot": ["Director: A → B"]}
    assert report.to_json()["changes"] == [{"title": "Pilot", "changes": ["Director: A → B"]}]


# -- the check -----------------------------------------------------------------------------------


def test_check_finds_links_numbering_and_lonely_episodes(library: Library):
    def art(title: str, fields: dict) -> Article:
        return Article(title, tuple(fields.items()))

    articles = [
        art("One", episode("Show", 1, 1, Next="Two")),
        art("Two", episode("Show", 1, 2, Prev="One", Next="Missing")),
        art("Four", episode("Show", 1, 4, Prev="One")),
        art("Four again", episode("Show", 1, 4)),
        art("Alone", episode("Solo", 1, 1)),
    ]
    library.write_articles((a, None, None) for a in articles)
    library.refresh_order()
    found = {(f.kind, f.title) for f in check(library)}
    assert found == {
        ("not-in-library", "Two"),  # Next: Missing
        ("one-way-link", "Four"),  # Prev: One, but One's Next is Two
        ("gap", "Two"),  # episode 3 missing after 2
        ("duplicate", "Four"),
        ("duplicate", "Four again"),
        ("only-episode", "Alone"),
    }


def test_check_of_the_samples_is_clean_but_for_the_real_samples_links(library: Library):
    add_samples(library)
    found = check(library)
    assert {(f.kind, f.title) for f in found} == {
        ("not-in-library", "Heartstopper Forever"),
        ("only-episode", "Heartstopper Forever"),
    }


def test_a_cancelled_merge_changes_nothing(tmp_path: Path):
    from guide.core.importing.samples import sample_files
    from guide.core.work import Cancelled, Session

    with Library(tmp_path / "a.db") as library:
        import_paths(library, sample_files())
        data = personal_file.normalised(
            {
                "format": portable.FORMAT,
                "version": 1,
                "plays": [{"title": "Fog Signal", "watched_at": "2024-01-01T10:00:00Z"}],
                "notes": [],
                "passes": [],
            }
        )
        with pytest.raises(Cancelled):
            portable.merge_data(library, data, session=Session(should_cancel=lambda: True))
        assert library.plays.history() == []


def test_a_format_1_note_beside_a_different_one_is_a_conflict_of_two_heads(tmp_path: Path):
    """An old export's notes have no ids: each arrives as a revision named by what it is.
    Beside a different note it is a second head (shown and resolved as a sync conflict,
    with the one mark), not text concatenated under another mark; newer text that holds
    this library's follows it; merged again, nothing changes."""
    from guide.core.library.notes import CONFLICT_MARK

    with Library(tmp_path / "a.db") as library:
        add_samples(library)
        library.notes.write("fog signal", "mine", at(2))
        library.notes.write("midsummer", "short", at(2))
        data = personal_file.normalised(
            {
                "format": portable.FORMAT,
                "version": 1,
                "plays": [],
                "notes": [
                    {"title": "Fog Signal", "text": "theirs", "updated_at": at(3)},
                    {"title": "Midsummer", "text": "short, and longer", "updated_at": at(4)},
                    {"title": "Last Light", "text": "new here", "updated_at": at(1)},
                ],
                "passes": [],
            }
        )
        report = portable.merge_data(library, data)
        assert (report.notes_conflicts, report.notes_updated, report.notes_added) == (1, 1, 1)
        assert sorted(h.text for h in library.notes.heads("fog signal")) == ["mine", "theirs"]
        assert library.notes.display("fog signal").count(CONFLICT_MARK) == 1
        assert [h.text for h in library.notes.heads("midsummer")] == ["short, and longer"]
        again = portable.merge_data(library, data)
        assert (again.notes_conflicts, again.notes_updated, again.notes_added) == (0, 0, 0)
        assert len(library.notes.revisions("fog signal")) == 2


def test_a_merge_reads_its_file_before_it_takes_the_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Reading and checking a file of hundreds of MiB must not keep the window's writes
    waiting: MergeFile reads it in ``prepared``, outside the transaction (review of 22)."""
    with Library(tmp_path / "a.db") as library:
        add_samples(library)
        portable.write_export(library, tmp_path / "data.json")
        seen: list[bool] = []
        read = portable.read_export

        def spy(path: Path) -> dict:
            seen.append(library.db.conn.in_transaction)
            return read(path)

        monkeypatch.setattr(portable, "read_export", spy)
        report = ops.apply(library, portable.MergeFile(tmp_path / "data.json")).detail
        assert seen == [False] and isinstance(report, portable.MergeReport)


def test_a_format_1_note_glued_by_an_earlier_merge_is_not_merged_again(tmp_path: Path):
    """Before this version a merge glued the other text below '--- Conflicting copy …';
    merging the same file again finds it there and changes nothing (review of 22)."""
    with Library(tmp_path / "a.db") as library:
        add_samples(library)
        glued = f"mine\n\n{portable.GLUED_MARK} from data.json, changed {at(3)} ---\ntheirs"
        library.notes.write("fog signal", glued, at(4))
        item = {"title": "Fog Signal", "text": "theirs", "updated_at": at(3)}
        data = personal_file.normalised(
            {"format": portable.FORMAT, "version": 1, "plays": [], "notes": [item], "passes": []}
        )
        report = portable.merge_data(library, data)
        assert (report.notes_unchanged, report.notes_conflicts) == (1, 0)
        assert [h.text for h in library.notes.heads("fog signal")] == [glued]
