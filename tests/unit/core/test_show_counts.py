"""Each show's figures kept in show_counts (schema v11) say what the plays, passes and
episodes say, after every kind of write, by this library or by another program."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from guide.core.importing.articles import import_paths
from guide.core.library import Library
from tests.helpers import episode

# The figures counted from scratch, the way the library counted them before v11: every play
# joined to its article, the show's current pass chosen by start.
FROM_SCRATCH = """
    SELECT s.key, s.name, COALESCE(e.n, 0), COALESCE(w.n, 0), COALESCE(p.number, 1)
    FROM shows s
    LEFT JOIN current_pass p ON p.show_key = s.key
    LEFT JOIN (SELECT show_key, COUNT(*) AS n FROM articles WHERE kind = 'episode'
               GROUP BY show_key) e ON e.show_key = s.key
    LEFT JOIN (SELECT a.show_key, COUNT(DISTINCT a.key) AS n FROM watch_events w
               JOIN articles a ON a.key = w.article_key
               LEFT JOIN current_pass q ON q.show_key = a.show_key
               WHERE a.kind = 'episode' AND w.pass_uid IS q.uid
               GROUP BY a.show_key) w ON w.show_key = s.key
    ORDER BY s.name COLLATE NOCASE, s.key
"""


def figures(library: Library) -> list[tuple[str, str, int, int, int]]:
    return [(s.key, s.name, s.episodes, s.watched, s.pass_number) for s in library.shows()]


def check(library: Library) -> list[tuple[str, str, int, int, int]]:
    shown = figures(library)
    assert shown == [tuple(row) for row in library.db.execute(FROM_SCRATCH)]
    kept = library.db.execute("SELECT COUNT(*) FROM show_counts").fetchone()[0]
    assert kept == len(shown)  # every write left every show counted
    return shown


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 20, 0, tzinfo=UTC)


def test_the_kept_figures_follow_every_write(library: Library, write):
    for number in (1, 2, 3):
        write(f"a{number}.txt", f"Anchor {number}", episode("Anchor", 1, number))
    write("anchor.txt", "Anchor", {"Genre": "Drama"})
    for number in (1, 2):
        write(f"b{number}.txt", f"Buoy {number}", episode("Buoy", 1, number))
    import_paths(library, [write.folder])
    assert check(library) == [("anchor", "Anchor", 3, 0, 1), ("buoy", "Buoy", 2, 0, 1)]

    library.plays.watch("anchor 1", at(1))
    library.plays.watch("anchor 2", at(2))
    library.plays.watch("anchor 1", at(3))  # watched twice counts once
    library.plays.watch("anchor", at(3))  # the overview is not an episode
    assert check(library)[0][2:] == (3, 2, 1)

    library.plays.unwatch("anchor 2")
    assert check(library)[0][2:] == (3, 1, 1)

    rewatch = library.passes.start("anchor", at(4))
    assert check(library)[0][2:] == (3, 0, 2)
    library.plays.watch("anchor 3", at(5))
    assert check(library)[0][2:] == (3, 1, 2)
    library.passes.remove(rewatch)  # back to the first pass and its plays
    assert check(library)[0][2:] == (3, 1, 1)

    # An episode moves to the other show (its play was in the rewatch that went); another
    # leaves the library; a play waits for its article and counts when it comes.
    write("a3.txt", "Anchor 3", episode("Buoy", 1, 3))
    library.plays.watch("buoy 9", at(6))
    write("b9.txt", "Buoy 9", episode("Buoy", 1, 9))
    import_paths(library, [write.folder])
    assert check(library) == [("anchor", "Anchor", 2, 1, 1), ("buoy", "Buoy", 4, 1, 1)]
    library.remove_articles(["anchor 1"])
    assert check(library) == [("anchor", "Anchor", 1, 0, 1), ("buoy", "Buoy", 4, 1, 1)]

    # The last episode of a show goes: the show goes, and its figures with it.
    for name in ("a1.txt", "a2.txt", "anchor.txt"):
        (write.folder / name).unlink()
    library.remove_articles(["anchor 2"])
    assert [show[0] for show in check(library)] == ["buoy"]


def test_a_write_by_another_program_is_counted_when_read(library: Library, write, tmp_path):
    """Another program's write forgets the show through the triggers, even when it does not
    count it again: the library counts what it finds uncounted."""
    write("b1.txt", "Buoy 1", episode("Buoy", 1, 1))
    import_paths(library, [write.folder])
    assert figures(library) == [("buoy", "Buoy", 1, 0, 1)]
    other = sqlite3.connect(library.path)
    with other:
        other.execute(
            "INSERT INTO watch_events (uid, article_key, watched_at) "
            "VALUES ('raw', 'buoy 1', '2026-03-01T20:00:00Z')"
        )
    other.close()
    assert figures(library) == [("buoy", "Buoy", 1, 1, 1)]
    assert library.db.execute("SELECT COUNT(*) FROM show_counts").fetchone()[0] == 0
    with library.transaction():  # the library's next write counts it again
        pass
    assert library.db.execute("SELECT watched FROM show_counts").fetchone()[0] == 1


def test_a_play_counts_only_its_own_show_again(library: Library, write):
    write("a1.txt", "Anchor 1", episode("Anchor", 1, 1))
    write("b1.txt", "Buoy 1", episode("Buoy", 1, 1))
    import_paths(library, [write.folder])
    with library.transaction():  # a figure no count would give, to see whether it is redone
        library.db.execute("UPDATE show_counts SET episodes = 99 WHERE show_key = 'buoy'")
    library.plays.watch("anchor 1", at(1))
    assert figures(library) == [("anchor", "Anchor", 1, 1, 1), ("buoy", "Buoy", 99, 0, 1)]


def test_an_older_library_is_counted_when_it_is_upgraded(tmp_path: Path, write):
    from tests.helpers import as_v10_left_it

    path = tmp_path / "v10.db"
    with Library(path) as library:
        write("a1.txt", "Anchor 1", episode("Anchor", 1, 1))
        import_paths(library, [write.folder])
        library.plays.watch("anchor 1", at(1))
    as_v10_left_it(path)
    with Library(path) as library:
        assert library.db.execute("SELECT * FROM show_counts").fetchall() == [("anchor", 1, 1, 1)]
        assert check(library) == [("anchor", "Anchor", 1, 1, 1)]


def test_check_finds_figures_that_differ_from_a_count_and_repair_counts_them_again(
    library: Library, write
):
    from guide.core.views.check import check

    write("a1.txt", "Anchor 1", episode("Anchor", 1, 1))
    write("b1.txt", "Buoy 1", episode("Buoy", 1, 1))
    import_paths(library, [write.folder])
    assert [f for f in check(library) if f.kind == "miscounted"] == []
    with library.transaction():  # a change the triggers never saw (a bug, a hand edit)
        library.db.execute("UPDATE show_counts SET watched = 1 WHERE show_key = 'buoy'")
    found = [(f.kind, f.title) for f in check(library) if f.title == "Buoy"]
    assert found == [("miscounted", "Buoy")]
    repaired = [(f.kind, f.title) for f in check(library, repair=True) if f.title == "Buoy"]
    assert repaired == [("repaired", "Buoy")]
    assert [f for f in check(library) if f.kind == "miscounted"] == []
    assert figures(library) == [("anchor", "Anchor", 1, 0, 1), ("buoy", "Buoy", 1, 0, 1)]


def test_a_show_is_named_by_its_key_in_one_read(library):
    """The name of one show is one indexed read, not the figures of every show; a key no
    show has is its own name."""
    from guide.core.opening import add_samples

    add_samples(library)
    assert library.show_name("the lighthouse keepers") == "The Lighthouse Keepers"
    assert library.show_name("no such show") == "no such show"
    assert library.show_names() == {s.key: s.name for s in library.shows()}
