"""Operations: marks that can be undone exactly (by stable ids), and the navigator filter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from guide.core import marks, ops
from guide.core.article import Article
from guide.core.library import Library
from tests.helpers import episode


def put_show(library: Library) -> None:
    articles = [
        Article(f"S{s}E{e}", tuple(episode("Show", s, e).items()), ("Lead.",))
        for s in (1, 2)
        for e in (1, 2, 3)
    ]
    articles.append(Article("List of Show episodes"))
    articles.append(Article("Loose film", (), ("Lead.",)))
    library.write_articles((a, None, None) for a in articles)
    library.refresh_order()


def moments(plays) -> list[tuple]:
    """Plays as the user sees them (an undone delete comes back as a copy with a new id)."""
    return [(p.article_key, p.watched_at, p.pass_uid) for p in plays]


def watched(library: Library) -> list[str]:
    return [r.title for r in library.rows(all_shows=True) if r.watched]


def test_toggle_and_undo_redo(library: Library):
    put_show(library)
    done = ops.apply(library, marks.toggle_watched(library, "s1e2", "S1E2"))
    assert watched(library) == ["S1E2"] and done.description == "Mark 'S1E2' watched"
    assert done.changes.plays == {"s1e2"}
    plays = library.plays.of("s1e2")
    assert done.inverse is not None
    undone = ops.apply(library, done.inverse)
    assert watched(library) == []
    assert undone.inverse is not None
    ops.apply(library, undone.inverse)  # redo puts back the same play (a new id: see Tracking)
    assert watched(library) == ["S1E2"] and moments(library.plays.of("s1e2")) == moments(plays)
    off = ops.apply(library, marks.toggle_watched(library, "s1e2", "S1E2"))
    assert watched(library) == [] and off.description == "Mark 'S1E2' unwatched"
    assert off.inverse is not None
    ops.apply(library, off.inverse)
    assert moments(library.plays.of("s1e2")) == moments(plays)


def test_a_toggle_decides_in_its_transaction_and_never_removes_plays_unseen(library: Library):
    """Issue 22: Watch or Unwatch is decided when the operation runs, from what the library
    holds then; an unwatch removes only the plays the person saw (their ids), never one that
    another computer or program added since - even when that one is the latest."""
    put_show(library)
    seen = library.find("s1e2")
    toggle = marks.toggle_watched(library, "s1e2", "S1E2", seen=seen.current_play_uids)
    other = library.plays.watch("s1e2", datetime(2026, 1, 1, tzinfo=UTC))  # synced, unseen
    ops.apply(library, toggle)  # watched now: the toggle would unwatch, but saw no play
    assert library.plays.of("s1e2") == [other]
    library.plays.forget(other.uid)
    first = library.plays.watch("s1e2", datetime(2026, 1, 2, tzinfo=UTC))
    shown = library.find("s1e2")
    assert shown.current_play_uids == (first.uid,) and shown.watched
    later = library.plays.watch("s1e2", datetime(2026, 1, 3, tzinfo=UTC))  # unseen, latest
    ops.apply(library, ops.Unwatch(("s1e2",), "Unwatch", seen=shown.current_play_uids))
    assert library.plays.of("s1e2") == [later]  # the one seen went; the unseen one stays
    again = library.find("s1e2")
    ops.apply(library, ops.Unwatch(("s1e2",), "Unwatch", seen=again.current_play_uids))
    assert library.plays.of("s1e2") == []


def test_watched_up_to_here_marks_earlier_unwatched_only(library: Library):
    put_show(library)
    first = library.plays.watch("s1e1")
    done = ops.apply(library, marks.watched_up_to(library, "S2E2"))
    assert watched(library) == ["S1E1", "S1E2", "S1E3", "S2E1", "S2E2"]
    assert done.changes.plays == {"s1e2", "s1e3", "s2e1", "s2e2"}
    assert library.plays.of("s1e1") == [first]
    assert done.inverse is not None
    ops.apply(library, done.inverse)
    assert watched(library) == ["S1E1"]


def test_mark_season_and_show(library: Library):
    put_show(library)
    season = ops.apply(
        library, ops.Watch(tuple(library.episode_keys("show", 2, whole_show=False)), "season 2")
    )
    assert watched(library) == ["S2E1", "S2E2", "S2E3"]
    everything = ops.apply(library, ops.Unwatch(tuple(library.episode_keys("show")), "show"))
    assert watched(library) == [] and everything.changes.plays == {"s2e1", "s2e2", "s2e3"}
    assert everything.inverse is not None and season.inverse is not None
    ops.apply(library, everything.inverse)
    ops.apply(library, season.inverse)
    assert watched(library) == []


def test_an_operation_that_changes_nothing_has_nothing_to_undo(library: Library):
    put_show(library)
    library.plays.watch("s1e1")
    again = ops.apply(library, ops.Watch(("s1e1",), "again"))
    assert again.empty and again.inverse is None


def test_undo_after_a_restore_touches_only_its_own_play(library: Library):
    """Case 6 of "Writes you can trust": row ids are reused after plays are deleted (a
    restore of an older backup does that); undo must address the play it made, not a row id."""
    put_show(library)
    marked = ops.apply(library, ops.Watch(("s1e1",), "Mark 'S1E1' watched"))
    # What a restore of an older backup amounts to: that play is gone...
    library.plays.remove(library.plays.of("s1e1"))
    other = ops.apply(library, ops.Watch(("s1e2",), "Mark 'S1E2' watched"))
    assert other.changes.plays == {"s1e2"}
    assert marked.inverse is not None
    ops.apply(library, marked.inverse)  # ...then Ctrl+Z of the first mark
    assert watched(library) == ["S1E2"]


def test_a_failed_operation_changes_nothing(library: Library):
    put_show(library)

    class Fails:
        description = "half a change"

        def run(self, lib: Library) -> ops.Applied:
            lib.plays.watch("s1e1")
            raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        ops.apply(library, Fails())
    assert watched(library) == []


def test_note_changed_underneath_keeps_both_texts(library: Library):
    put_show(library)
    library.notes.set("s1e1", "written by the CLI")
    done = ops.apply(library, ops.SetNote("s1e1", "typed in the window", expected=""))
    assert done.conflict == "written by the CLI"
    heads = [h.text for h in library.notes.heads("s1e1")]
    assert sorted(heads) == ["typed in the window", "written by the CLI"]  # two heads, unmerged
    assert len(library.notes.conflicts("s1e1")) == 1
    shown = library.notes.display("s1e1")
    assert "typed in the window" in shown and "written by the CLI" in shown
    calm = ops.apply(library, ops.SetNote("s1e1", "final", expected=shown))
    assert calm.conflict is None and library.notes.get("s1e1") == "final"
    assert [h.text for h in library.notes.heads("s1e1")] == ["final"]  # resolved


def test_filter_by_text_and_unwatched(library: Library):
    put_show(library)
    library.plays.watch("s1e1")
    assert [r.title for r in library.rows("show", text="s1")] == ["S1E1", "S1E2", "S1E3"]
    assert [r.title for r in library.rows("show", text="SHOW e3")] == ["S1E3", "S2E3"]
    assert library.groups_matching("film") == {None}
    assert library.groups_matching("show") == {"show"}
    unwatched = library.rows("show", unwatched_only=True)
    assert [r.title for r in unwatched] == ["S1E2", "S1E3", "S2E1", "S2E2", "S2E3"]
    assert library.groups_matching(unwatched_only=True) == {"show", None}  # the film too
    library.plays.watch("loose film")
    assert library.groups_matching(unwatched_only=True) == {"show"}


def test_titles_present(library: Library):
    put_show(library)
    present = library.titles_present(["s1e1", "Nope", "LOOSE  FILM", ""])
    assert set(present) == {"s1e1", "loose film"}


def test_removing_articles_keeps_what_was_watched_and_undo_brings_them_back(tmp_path):
    from guide.core.errors import UnknownArticle
    from guide.core.library import Library
    from guide.core.opening import add_samples

    with Library(tmp_path / "l.db") as library:
        add_samples(library)
        ops.apply(library, ops.Watch(("fog signal",), "watch"))
        library.notes.set("fog signal", "the foghorn theory")
        keys = tuple(library.episode_keys("the lighthouse keepers")) + (
            "the lighthouse keepers",
            "list of the lighthouse keepers episodes",
        )
        before = library.counts()
        applied = ops.apply(library, ops.RemoveArticles(keys, "Remove The Lighthouse Keepers"))
        assert applied.changes.articles
        assert [s.name for s in library.shows()] == ["Heartstopper"]
        with pytest.raises(UnknownArticle):
            library.find("Fog Signal")
        assert library.search("foghorn") == []  # gone from search too
        assert len(library.plays.of("fog signal")) == 1  # the play stays, by title
        assert library.notes.get("fog signal") == "the foghorn theory"
        assert applied.inverse is not None
        ops.apply(library, applied.inverse)
        assert library.counts() == before
        record = library.find("Fog Signal")
        assert record.watched and record.note == "the foghorn theory"
        assert [r.title for r in library.rows("the lighthouse keepers")][:3] == [
            "The Lighthouse Keepers",
            "List of The Lighthouse Keepers episodes",
            "The Keeper's Log",
        ]
