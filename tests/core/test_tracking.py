"""Marks that can be undone, and the navigator filter."""

from __future__ import annotations

from guide.core import tracking
from guide.core.article import Article
from guide.core.store import Library
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


def watched(library: Library) -> list[str]:
    return [r.title for r in library.rows(all_shows=True) if r.watched]


def test_toggle_and_undo_redo(library: Library):
    put_show(library)
    change = tracking.toggle_watched(library, "s1e2", "S1E2")
    assert watched(library) == ["S1E2"] and change.description == "Mark 'S1E2' watched"
    tracking.undo(library, change)
    assert watched(library) == []
    tracking.redo(library, change)
    assert watched(library) == ["S1E2"]
    off = tracking.toggle_watched(library, "s1e2", "S1E2")
    assert watched(library) == [] and len(off.removed) == 1
    tracking.undo(library, off)
    assert library.plays("s1e2") == list(change.added)


def test_watched_up_to_here_marks_earlier_unwatched_only(library: Library):
    put_show(library)
    first = library.watch("s1e1")
    change = tracking.watched_up_to(library, "S2E2")
    assert watched(library) == ["S1E1", "S1E2", "S1E3", "S2E1", "S2E2"]
    assert {p.article_key for p in change.added} == {"s1e2", "s1e3", "s2e1", "s2e2"}
    assert library.plays("s1e1") == [first]
    tracking.undo(library, change)
    assert watched(library) == ["S1E1"]


def test_mark_season_and_show(library: Library):
    put_show(library)
    season = tracking.mark_watched(
        library, library.episode_keys("show", 2, whole_show=False), "season 2"
    )
    assert watched(library) == ["S2E1", "S2E2", "S2E3"]
    everything = tracking.mark_unwatched(library, library.episode_keys("show"), "show")
    assert watched(library) == [] and len(everything.removed) == 3
    tracking.undo(library, everything)
    tracking.undo(library, season)
    assert watched(library) == []


def test_filter_by_text_and_unwatched(library: Library):
    put_show(library)
    library.watch("s1e1")
    assert [r.title for r in library.rows("show", text="s1")] == ["S1E1", "S1E2", "S1E3"]
    assert [r.title for r in library.rows("show", text="SHOW e3")] == ["S1E3", "S2E3"]
    assert library.groups_matching("film") == {None}
    assert library.groups_matching("show") == {"show"}
    unwatched = library.rows("show", unwatched_only=True)
    assert [r.title for r in unwatched] == ["S1E2", "S1E3", "S2E1", "S2E2", "S2E3"]
    assert library.groups_matching(unwatched_only=True) == {"show"}


def test_titles_present(library: Library):
    put_show(library)
    present = library.titles_present(["s1e1", "Nope", "LOOSE  FILM", ""])
    assert set(present) == {"s1e1", "loose film"}
