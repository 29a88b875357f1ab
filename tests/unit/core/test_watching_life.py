"""Rewatches, Up Next, history, statistics, notes everywhere, airdates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.core import marks, ops
from guide.core.article import Article
from guide.core.article.airdates import parse_airdate
from guide.core.library import Library
from guide.core.views import stats, upnext
from tests.helpers import episode


def at(day: int, month: int = 11, year: int = 2026, hour: int = 20) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def put(library: Library, *articles: Article) -> None:
    library.write_articles((a, None, None) for a in articles)
    library.refresh_order()


def show(library: Library, name: str = "Show", seasons: int = 2, per: int = 3, **extra) -> None:
    articles = []
    for s in range(1, seasons + 1):
        for e in range(1, per + 1):
            fields = episode(name, s, e, **extra.get(f"{s}.{e}", {}))
            articles.append(Article(f"{name} {s}x{e}", tuple(fields.items()), ("Lead.",)))
    put(library, *articles)


def titles(rows) -> list[str]:
    return [r.title for r in rows]


# -- rewatches ----------------------------------------------------------------------------------


def test_rewatch_starts_progress_again_and_keeps_history(library: Library):
    show(library)
    ops.apply(library, ops.Watch(tuple(library.episode_keys("show")), "all", at(1)))
    assert library.shows()[0].watched == 6
    change = ops.apply(library, ops.StartRewatch("show", "Start a rewatch of Show"))
    assert library.passes.number("show") == 2
    assert library.shows()[0].watched == 0
    assert len(library.plays.history()) == 6  # earlier plays stay
    library.plays.watch("show 1x1")  # now: after the rewatch began
    record = library.find("Show 1x1")
    assert record.watched and len(record.plays) == 2 and record.pass_number == 2
    assert not library.find("Show 1x2").watched
    assert change.inverse is not None
    ops.apply(library, change.inverse)
    assert library.passes.number("show") == 1 and library.shows()[0].watched == 6


def test_a_rewatch_starts_only_after_a_play_of_the_current_watch(library: Library):
    """A new user's walk: Start a Rewatch of a show never watched made "Rewatch 1" of
    nothing (the show page already refused it; the navigator's menu and guide rewatch did
    not). The rule is the library's now, and each door asks it."""
    from guide.core.errors import LibraryError

    show(library)
    assert not library.begun("show")
    with pytest.raises(LibraryError, match="nothing of Show is watched yet: a rewatch starts"):
        ops.apply(library, ops.StartRewatch("show", "Start a rewatch of Show"))
    assert library.passes.number("show") == 1  # nothing changed
    ops.apply(library, ops.Watch(("show 1x1",), "one", at(1)))
    assert library.begun("show")
    ops.apply(library, ops.StartRewatch("show", "Start a rewatch of Show"))
    assert not library.begun("show")  # rewatch 1 has no play yet: no rewatch 2 of it
    with pytest.raises(LibraryError, match="nothing of Show is watched yet in rewatch 1"):
        ops.apply(library, ops.StartRewatch("show", "Start a rewatch of Show"))
    assert library.passes.number("show") == 2


def test_unwatch_in_a_rewatch_keeps_earlier_passes(library: Library):
    show(library)
    library.plays.watch("show 1x1", at(1))
    library.passes.start("show", at(10))
    library.plays.watch("show 1x1", at(11))
    removed = library.plays.unwatch("show 1x1")
    assert [p.watched_at for p in removed] == [at(11).isoformat()]
    assert [p.watched_at for p in library.plays.of("show 1x1")] == [at(1).isoformat()]


def test_watched_up_to_here_in_a_rewatch_marks_only_this_pass(library: Library):
    show(library)
    library.plays.watch("show 1x2", at(1))
    library.passes.start("show", at(5))
    library.plays.watch("show 1x2", at(6))
    change = ops.apply(library, marks.watched_up_to(library, "show 2x1"))
    assert change.changes.plays == {"show 1x1", "show 1x3", "show 2x1"}


def test_watched_up_to_here_skips_future_airdates(library: Library):
    show(
        library,
        seasons=1,
        per=4,
        **{"1.3": {"Airdate": "3 March 2031"}, "1.2": {"Airdate": "1 January 2020"}},
    )
    change = ops.apply(library, marks.watched_up_to(library, "show 1x4", today=date(2026, 11, 25)))
    assert change.changes.plays == {"show 1x1", "show 1x2", "show 1x4"}


@pytest.mark.parametrize(
    "text, day",
    [
        ("22 April 2022", date(2022, 4, 22)),
        ("April 22, 2022", date(2022, 4, 22)),
        ("2022-04-22", date(2022, 4, 22)),
        ("Apr 2022", date(2022, 4, 1)),
        ("2026", date(2026, 1, 1)),
        ("22 April 2022: worldwide", date(2022, 4, 22)),
        ("13 June 2025 (Netflix)", date(2025, 6, 13)),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_airdate(text, day):
    assert parse_airdate(text) == day


# -- up next --------------------------------------------------------------------------------------


def test_up_next_rule_with_gaps(library: Library):
    show(library)
    for key in ("show 1x1", "show 1x3"):
        library.plays.watch(key, at(1))
    result = upnext.up_next(library)
    assert [p.next.title for p in result.in_progress] == ["Show 2x1"]  # after the last watched
    for key in ("show 2x1", "show 2x2", "show 2x3"):
        library.plays.watch(key, at(2))
    result = upnext.up_next(library)
    assert [p.next.title for p in result.in_progress] == ["Show 1x2"]  # the gap is left


def test_up_next_with_specials_in_chain_order(library: Library):
    put(
        library,
        Article("Pilot", tuple(episode("Sp", 1, 1).items())),
        Article("Special", tuple(episode("Sp", 1, None, Prev="Pilot", Next="Second").items())),
        Article("Second", tuple(episode("Sp", 1, 2).items())),
    )
    library.plays.watch("pilot", at(1))
    assert upnext.up_next(library).in_progress[0].next.title == "Special"


def test_up_next_sorted_by_activity_and_finished_and_not_started_apart(library: Library):
    show(library, "Alpha", seasons=1, per=2)
    show(library, "Beta", seasons=1, per=2)
    show(library, "Gamma", seasons=1, per=1)
    show(library, "Delta", seasons=1, per=1)
    library.plays.watch("alpha 1x1", at(1))
    library.plays.watch("beta 1x1", at(3))
    library.plays.watch("gamma 1x1", at(2))
    result = upnext.up_next(library)
    assert [p.name for p in result.in_progress] == ["Beta", "Alpha"]
    assert [p.name for p in result.finished] == ["Gamma"]
    assert [p.name for p in result.not_started] == ["Delta"]
    library.passes.start("gamma")
    result = upnext.up_next(library)
    # a rewatch just begun is in progress, from its first episode; never "not started"
    assert [p.name for p in result.not_started] == ["Delta"]
    (gamma,) = [p for p in result.in_progress if p.name == "Gamma"]
    assert gamma.next is not None and gamma.next.key == "gamma 1x1" and gamma.watched == 0
    assert "rule" not in result.to_json()  # said once, in the help, not in every answer


# -- history ---------------------------------------------------------------------------------------


def test_history_newest_first_filter_edit_delete_undo(library: Library):
    show(library)
    show(library, "Other", seasons=1, per=1)
    library.plays.watch("show 1x1", at(1))
    library.plays.watch("show 1x2", at(3))
    library.plays.watch("other 1x1", at(2))
    entries = library.plays.history()
    assert [(e.title, e.code) for e in entries] == [
        ("Show 1x2", "S01E02"),
        ("Other 1x1", "S01E01"),
        ("Show 1x1", "S01E01"),
    ]
    assert [e.title for e in library.plays.history("show")] == ["Show 1x2", "Show 1x1"]
    assert [e.title for e in library.plays.history(since=at(2).isoformat())] == [
        "Show 1x2",
        "Other 1x1",
    ]
    # A page of it (the window's History reads one at a time), and how many there are.
    assert [e.title for e in library.plays.history(limit=1, offset=1)] == ["Other 1x1"]
    assert [e.title for e in library.plays.history("show", limit=5, offset=1)] == ["Show 1x1"]
    assert library.plays.history_count() == 3
    assert library.plays.history_count("show") == 2
    assert library.plays.history_count(since=at(2).isoformat()) == 2
    edit = ops.apply(library, ops.MovePlay(entries[0].uid, at(5, month=10)))
    assert library.plays.history()[-1].title == "Show 1x2"
    assert edit.inverse is not None
    undone = ops.apply(library, edit.inverse)
    assert library.plays.history()[0].title == "Show 1x2"
    assert undone.inverse is not None
    ops.apply(library, undone.inverse)
    assert library.plays.history()[-1].watched_at == at(5, month=10).isoformat()
    moved = library.plays.history()[-1]
    assert (moved.title, moved.uid != entries[0].uid) == ("Show 1x2", True)  # moved: a new play
    # To the moment it already has: nothing changes, and nothing is said done (a new
    # user's walk: Change Date → OK said "Change the date of a play (Ctrl+Z to undo)").
    same = ops.apply(library, ops.MovePlay(moved.uid, at(5, month=10)))
    assert same.empty and library.plays.history()[-1].uid == moved.uid
    deletion = ops.apply(library, ops.DeletePlays((entries[1].uid,)))
    assert [e.title for e in library.plays.history()] == ["Show 1x1", "Show 1x2"]
    assert deletion.inverse is not None
    ops.apply(library, deletion.inverse)
    assert len(library.plays.history()) == 3


# -- statistics ------------------------------------------------------------------------------------


def test_stats_on_a_known_history(library: Library):
    show(
        library,
        seasons=1,
        per=3,
        **{
            "1.1": {"Director": "Ann Lee", "Writer": "Bo and Cy"},
            "1.2": {"Director": "Ann Lee", "Writer": "Cy"},
            "1.3": {"Director": "Dee", "Writer": "Bo"},
        },
    )
    show(library, "Other", seasons=1, per=2)
    library.plays.watch("show 1x1", at(3, month=11))
    library.plays.watch("show 1x1", at(4, month=11))  # a rewatch counts as a play, not a person
    library.plays.watch("show 1x2", at(15, month=9))
    library.plays.watch("other 1x1", at(1, month=1, year=2020))  # too old for the chart
    figures = stats.compute(library, today=date(2026, 11, 25))
    assert len(figures.months) == 24 and figures.months[-1] == ("2026-11", 2)
    assert dict(figures.months)["2026-09"] == 1 and figures.months[0][0] == "2024-12"
    assert figures.completion == [("Show", 2, 3), ("Other", 1, 2)]
    assert figures.directors == [("Ann Lee", 2)]
    assert figures.writers == [("Cy", 2), ("Bo", 1)]
    assert figures.to_json()["writers"][0] == {"name": "Cy", "episodes": 2}


# -- notes everywhere ------------------------------------------------------------------------------


def test_show_notes_and_all_notes(library: Library):
    show(library, seasons=1, per=1)
    library.notes.set("show 1x1", "An episode theory")
    library.notes.set_show("show", "About the whole show")
    entries = library.notes.all()
    assert {(e.title, e.on_show) for e in entries} == {("Show 1x1", False), ("Show", True)}
    assert [e.title for e in library.notes.all("theory")] == ["Show 1x1"]
    library.notes.set_show("show", "")
    assert [e.on_show for e in library.notes.all()] == [False]


def test_saved_searches(library: Library):
    library.searches.save("Unwatched", "-watched")
    library.searches.save("Unwatched", "-watched has:note")
    assert library.searches.all() == [("Unwatched", "-watched has:note")]
    library.searches.delete("Unwatched")
    assert library.searches.all() == []


def test_the_next_episode_of_a_show_not_started_is_its_first(library: Library):
    """Issue 11, item 9: not started (or just started again) is not "no next episode"."""
    show(library)
    result = upnext.up_next(library)
    (progress,) = result.not_started
    assert progress.next is not None and progress.next.title == "Show 1x1"
    library.plays.watch("show 1x1", at(1))
    library.plays.watch("show 1x2", at(2))
    ops.apply(library, ops.StartRewatch("show", "rewatch"))
    result = upnext.up_next(library)
    assert result.not_started == []  # a rewatch begun is in progress (issue 24, item 13)
    (again,) = result.in_progress
    assert again.pass_number == 2 and again.next is not None and again.next.title == "Show 1x1"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    watched=st.lists(st.integers(0, 11), max_size=12),
    rewatch_after=st.one_of(st.none(), st.integers(0, 11)),
    again=st.lists(st.integers(0, 11), max_size=5),
)
def test_up_next_in_one_query_follows_the_rule_on_every_show(
    tmp_path_factory, watched, rewatch_after, again
):
    """The one query agrees with the rule applied to each show's episodes in broadcast order,
    specials placed by links included, through a rewatch."""
    from datetime import UTC, datetime, timedelta

    from guide.core import ops
    from guide.core.article import Kind
    from guide.core.importing.articles import import_paths
    from guide.core.views.upnext import next_episode, up_next
    from tests.helpers import article_text, episode

    folder = tmp_path_factory.mktemp("articles")
    for n in range(12):
        season, number = 1 + n // 6, 1 + n % 6
        fields = episode("Tides", season, number if n != 4 else None)
        if n == 4:
            fields["Prev"] = "Tide 3"
        (folder / f"{n}.txt").write_text(article_text(f"Tide {n}", fields))
    with Library(tmp_path_factory.mktemp("lib") / "l.db") as library:
        import_paths(library, [folder])
        start = datetime(2025, 1, 1, tzinfo=UTC)
        for step, n in enumerate(watched):
            ops.apply(library, ops.Watch((f"tide {n}",), "w", start + timedelta(hours=step)))
        rewatched = rewatch_after is not None and bool(watched)  # after a first play only
        if rewatched:
            later = start + timedelta(days=10)
            ops.apply(library, ops.StartRewatch("tides", "r", later))
            for step, n in enumerate(again):
                at = later + timedelta(hours=step + 1)
                ops.apply(library, ops.Watch((f"tide {n}",), "w", at, only_unwatched=False))
        episodes = [r for r in library.rows("tides") if r.kind == Kind.EPISODE]
        expected = next_episode(episodes) if any(r.watched for r in episodes) else None
        result = up_next(library)
        shown = {p.name: p for p in result.in_progress + result.finished}
        if any(r.watched for r in episodes):
            got = shown["Tides"].next
            assert (got.key if got else None) == (expected.key if expected else None)
        elif rewatched:  # a rewatch begun: in progress from the first
            assert shown["Tides"].next is not None and shown["Tides"].next.key == episodes[0].key
        else:
            assert [p.name for p in result.not_started] == ["Tides"]


def test_up_next_reads_the_plays_of_current_passes_from_an_index_alone(library: Library):
    """Up Next goes through every play of the current passes: from the index (schema v13)
    they come in article order with their pass and time, never by reading the table of
    plays in the order they were written (75 ms of Continue Watching's 100 at 25,000)."""
    show(library, "Tides")
    ops.apply(library, ops.Watch(("tides 1x1",), "watch", at(1)))
    statements: list[str] = []
    library.db.conn.set_trace_callback(statements.append)
    try:
        assert list(library.next_episodes()) == ["tides"]
    finally:
        library.db.conn.set_trace_callback(None)
    query = statements[0]  # the one query (then the next episodes' rows, by id)
    plan = [row[3] for row in library.db.execute(f"EXPLAIN QUERY PLAN {query}")]
    plays = [step for step in plan if step.startswith(("SCAN w", "SEARCH w"))]
    assert plays == ["SCAN w USING COVERING INDEX watch_events_pass"]


def test_credits_are_people_and_one_name_is_shown_everywhere(library: Library, write):
    from guide.core.importing.articles import import_paths

    write(
        "a.txt",
        "Pilot (Black Mirror)",
        episode("Tides", 1, 1, Rtitle="Pilot", Writer="Charlie Brooker (story), Annabel Jones"),
    )
    write("b.txt", "Second (Black Mirror)", episode("Tides", 1, 2, Writer="Charlie Brooker"))
    import_paths(library, [write.folder])
    for key in ("pilot (black mirror)", "second (black mirror)"):
        ops.apply(library, ops.Watch((key,), "watch"))
    library.notes.set("pilot (black mirror)", "a note")
    figures = stats.compute(library)
    assert figures.writers[0] == ("Charlie Brooker", 2)
    assert ("Annabel Jones", 1) in figures.writers
    assert {e.display_title for e in library.plays.history()} == {"Pilot", "Second (Black Mirror)"}
    assert [n.title for n in library.notes.all()] == ["Pilot"]


def test_up_next_lazy_leaves_a_first_episode_to_be_read_and_groups_alike(library_path):
    """Issue 27: with ``lazy`` a show not started carries no next until it is shown; every
    show is in the same group, and the first episode read later is the one eager gives."""
    from guide.core import ops
    from guide.core.library import Library
    from guide.core.library.statuses import Status
    from guide.core.views import upnext

    with Library(library_path) as library:
        shows = [show.key for show in library.shows()]
        ops.apply(library, ops.SetStatus(shows[0], Status.PLAN, "Plan"))
        eager, lazy = upnext.up_next(library), upnext.up_next(library, lazy=True)
        groups = ("in_progress", "paused", "planned", "finished", "not_started", "dropped")
        for group in groups:
            assert [p.show_key for p in getattr(eager, group)] == [
                p.show_key for p in getattr(lazy, group)
            ]
        assert lazy.planned[0].next == eager.planned[0].next is not None  # read: its status
        pending = [p for p in lazy.not_started if p.pending]
        assert pending and all(p.next is None for p in pending)
        firsts = library.first_episodes([p.show_key for p in pending])
        by_key = {p.show_key: p.next for p in eager.not_started}
        assert all(firsts.get(p.show_key) == by_key[p.show_key] for p in pending)
