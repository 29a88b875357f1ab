"""Identities for sync (schema v4): plays name their pass, deletes leave tombstones, notes keep
revisions, each library file is one device, and its own changes are journaled."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from guide.core import ops
from guide.core.article import Article
from guide.core.library import Library, schema
from tests.helpers import episode


def at(day: int) -> datetime:
    return datetime(2024, 6, day, 20, 0, tzinfo=UTC)


def put_show(library: Library) -> None:
    library.write_articles(
        (Article(f"S1E{e}", tuple(episode("Show", 1, e).items()), ("Lead.",)), None, None)
        for e in (1, 2)
    )
    library.refresh_order()


def test_a_backdated_play_counts_in_the_current_rewatch(library: Library):
    put_show(library)
    library.plays.watch("s1e1", at(1))
    ops.apply(library, ops.StartRewatch("show", "Start a rewatch"))  # now, after June
    ops.apply(library, ops.Watch(("s1e1",), "backdated", at(2), only_unwatched=False))
    assert library.shows()[0].watched == 1  # Up Next moves: the play is in this pass
    assert [e.pass_number for e in library.plays.history()] == [2, 1]


def test_a_deleted_play_stays_deleted_whatever_copy_comes_back(library: Library):
    put_show(library)
    play = library.plays.watch("s1e1", at(1))
    library.plays.remove([play])
    assert library.plays.add([play]) == []  # another copy's add of the same id
    assert library.plays.of("s1e1") == [] and library.tombstones.holds(play.uid)


def test_passes_from_two_places_take_their_places_by_start(library: Library):
    put_show(library)
    from guide.core.library.passes import Pass

    later = Pass("b" * 32, "show", 2, "2024-06-10T00:00:00+00:00")
    earlier = Pass("a" * 32, "show", 2, "2024-06-05T00:00:00+00:00")
    library.passes.restore(later)
    library.passes.restore(earlier)
    numbers = {p.uid: p.number for p in library.passes.all()}
    assert numbers == {"a" * 32: 2, "b" * 32: 3}
    assert library.passes.current("show").uid == "b" * 32  # type: ignore[union-attr]


def test_a_note_edited_in_two_places_has_two_heads_until_resolved(library: Library):
    base = library.notes.write("x", "base", "2024-06-01T00:00:00+00:00")
    library.notes.write("x", "here", "2024-06-02T00:00:00+00:00", parents=[base.uid])
    library.notes.write("x", "there", "2024-06-03T00:00:00+00:00", parents=[base.uid])
    assert library.notes.get("x") == "there" and library.notes.conflicts("x") == ["here"]
    library.notes.set("x", "both, resolved")
    assert [h.text for h in library.notes.heads("x")] == ["both, resolved"]
    assert len(library.notes.revisions("x")) == 4  # every text kept


def test_a_copied_library_is_another_device(library: Library, tmp_path: Path):
    device = library.device
    library.close()
    with Library(library.path) as again:
        assert again.device == device
    shutil.copy(library.path, tmp_path / "copy.db")
    with Library(tmp_path / "copy.db") as copy:
        assert copy.device and copy.device != device


def test_every_local_change_is_journaled_with_this_device(library: Library):
    put_show(library)
    play = library.plays.watch("s1e1", at(1))
    library.plays.remove([play])
    library.notes.set("s1e1", "a thought")
    library.passes.start("show")
    kinds = [op["type"] for _, op in library.journal.since(0)]
    assert kinds == ["play", "delete", "revision", "pass"]
    assert {op["device"] for _, op in library.journal.since(0)} == {library.device}


def test_v3_plays_join_the_pass_their_time_fell_in(tmp_path: Path):
    from sqlite_utils import Database

    path = tmp_path / "v3.db"
    db = Database(path)
    db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrations().apply(db, stop_before="v4_identities_tombstones_revisions_journal")
    db.execute(
        "INSERT INTO articles (key, title, display_title, own_kind, kind, show_key, "
        "own_show_key, imported_at) VALUES ('e', 'E', 'E', 'episode', 'episode', 's', 's', '')"
    )
    db.execute("INSERT INTO passes VALUES ('s', 2, '2024-06-05T00:00:00+00:00')")
    db.conn.executemany(
        "INSERT INTO watch_events (uid, article_key, watched_at) VALUES (?, 'e', ?)",
        [("before", "2024-06-01T00:00:00+00:00"), ("after", "2024-06-09T00:00:00+00:00")],
    )
    db.execute("INSERT INTO notes VALUES ('e', 'kept', '2024-06-01T00:00:00+00:00')")
    db.conn.commit()
    db.close()
    with Library(path) as library:
        (rewatch,) = library.passes.all()
        passes = {p.watched_at[:10]: p.pass_uid for p in library.plays.all()}  # type: ignore[index]
        assert passes == {"2024-06-01": None, "2024-06-09": rewatch.uid}
        assert library.plays.watched_keys(["e"]) == {"e"}
        assert [h.text for h in library.notes.heads("e")] == ["kept"]


def test_a_restored_library_writes_as_a_new_device(library: Library, tmp_path: Path):
    from guide.core.library import backup

    copy = backup.backup_now(library, tmp_path / "b.db")
    before = library.device
    backup.restore(library, copy)
    assert library.device and library.device != before


def heads_from_history(revisions: list) -> list:
    """A note's heads as its whole history says: the revisions no other names as a parent,
    newest first (what Notes.heads keeps by index, schema v12)."""
    followed = {parent for revision in revisions for parent in revision.parents}
    heads = [r for r in revisions if r.uid not in followed]
    return sorted(heads, key=lambda r: (r.at, r.uid), reverse=True)


def test_a_notes_heads_are_right_whatever_order_its_revisions_arrive_in(library: Library):
    """A sync can bring a revision before the one it follows: heads stay those of the whole
    history, for every order of a history with a conflict and its resolution."""
    from itertools import permutations

    from guide.core.library.notes import Revision

    def revision(uid: str, parents: tuple[str, ...], day: int, key: str) -> Revision:
        return Revision(
            f"{uid}@{key}",  # ids are global: each note of the test has its own
            False,
            key,
            tuple(f"{parent}@{key}" for parent in parents),
            f"text {uid}",
            f"2024-06-0{day}T00:00:00+00:00",
            "elsewhere",
        )

    history = [
        ("a", (), 1),
        ("b", ("a",), 2),
        ("c", ("a",), 3),  # b and c: a conflict
        ("d", ("b", "c"), 4),  # resolved
        ("e", ("d",), 5),
    ]
    for number, order in enumerate(permutations(history)):
        key = f"note {number}"
        seen = []
        for uid, parents, day in order:
            seen.append(revision(uid, parents, day, key))
            library.notes.add_revision(seen[-1])
            expected = [r.uid for r in heads_from_history(seen)]
            assert [h.uid for h in library.notes.heads(key)] == expected
        assert library.notes.get(key) == "text e"


def test_an_older_library_knows_its_notes_heads_once_upgraded(tmp_path: Path):

    from tests.helpers import as_v10_left_it

    path = tmp_path / "v10.db"
    with Library(path) as library:
        base = library.notes.write("x", "base", "2024-06-01T00:00:00+00:00")
        library.notes.write("x", "here", "2024-06-02T00:00:00+00:00", parents=[base.uid])
        library.notes.write("x", "there", "2024-06-03T00:00:00+00:00", parents=[base.uid])
        library.notes.set("y", "one")
        library.notes.set("y", "two")
    as_v10_left_it(path)
    with Library(path) as library:
        assert library.version == schema.LATEST_VERSION
        assert [h.text for h in library.notes.heads("x")] == ["there", "here"]
        assert [h.text for h in library.notes.heads("y")] == ["two"]
