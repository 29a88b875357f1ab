"""The navigator model: a valid Qt model, lazy, filtered by the library."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from guide.core.library import Library
from guide.core.opening import add_samples
from guide.gui.navigator.model import NavigatorModel
from guide.gui.navigator.nodes import NodeKind
from guide.gui.roles import Role


def labels(model: NavigatorModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def _fetched(model: NavigatorModel) -> NavigatorModel:
    for row in range(model.rowCount()):
        model.fetchMore(model.index(row, 0))
    return model


def test_passes_the_model_tester(qtmodeltester, library: Library):
    # Each check gets a model as it stands: the testers run their checks from inside
    # modelReset/rowsInserted, before marking the change done, so a lazy model that loads
    # during those checks trips them. The filtered state is checked on its own model.
    add_samples(library)
    qtmodeltester.check(_fetched(NavigatorModel(library)))


def test_filtered_model_passes_the_model_tester(qtmodeltester, library: Library):
    add_samples(library)
    model = NavigatorModel(library)
    model.set_filter("fog", True)
    qtmodeltester.check(_fetched(model))


def test_shows_load_their_articles_only_when_expanded(library: Library):
    add_samples(library)
    model = NavigatorModel(library)
    assert labels(model) == ["Heartstopper", "The Lighthouse Keepers", "Outside any show"]
    keepers = model.index(1, 0)
    assert model.rowCount(keepers) == 0 and model.hasChildren(keepers)
    assert model.canFetchMore(keepers)
    model.fetchMore(keepers)
    assert labels(model, keepers) == [
        "The Lighthouse Keepers",
        "List of The Lighthouse Keepers episodes",
        "Season 1",
        "Season 2",
    ]
    season2 = model.index(3, 0, keepers)
    assert labels(model, season2) == ["1. Midsummer", "Special: Between the Tides", "2. Last Light"]
    assert season2.data(Role.PROGRESS) == (0, 3)
    assert model.index(1, 0).siblingAtColumn(1).data() == "0/6"


def test_episode_check_state_and_progress_follow_marks(library: Library):
    add_samples(library)
    model = NavigatorModel(library)
    keepers = model.index(1, 0)
    model.fetchMore(keepers)
    episode = model.index(0, 0, model.index(2, 0, keepers))
    assert episode.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert episode.flags() & Qt.ItemFlag.ItemIsUserCheckable
    library.plays.watch(episode.data(Role.ARTICLE_KEY))
    library.notes.set(episode.data(Role.ARTICLE_KEY), "hm")
    model.refresh_tracking()
    assert episode.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert episode.siblingAtColumn(1).data() == "✎"
    assert keepers.siblingAtColumn(1).data() == "1/6"
    assert model.index(2, 0, keepers).data(Role.PROGRESS) == (1, 3)


def test_a_change_reads_again_only_the_rows_it_touched(qtbot, library: Library, monkeypatch):
    """A mark reads its own row and the counts, and says which rows changed; a rewatch (every
    mark of the show changes) and a change of many rows read the show whole."""
    from datetime import UTC, datetime

    from guide.core.ops import Changes
    from guide.gui.navigator import model as navigator

    add_samples(library)
    model = NavigatorModel(library)
    keepers = model.index(1, 0)
    model.fetchMore(keepers)
    season = model.index(2, 0, keepers)
    first, second = (model.index(row, 0, season) for row in (0, 1))
    reads: list[object] = []
    real_rows = library.rows
    monkeypatch.setattr(
        library, "rows", lambda *a, **k: reads.append(k.get("keys")) or real_rows(*a, **k)
    )
    said: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda top, bottom, *_: said.append((top, bottom)))
    key = first.data(Role.ARTICLE_KEY)
    library.plays.watch(key, datetime(2026, 3, 1, tzinfo=UTC))
    model.refresh_tracking(Changes(plays=frozenset({key})))
    assert reads == [{key}]  # that row alone
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert season.data(Role.PROGRESS) == (1, 3) and keepers.siblingAtColumn(1).data() == "1/6"
    in_season = [(t.row(), b.row()) for t, b in said if t.parent() == season]
    assert in_season == [(0, 0)]  # the episode's row is said to have changed, no other

    reads.clear()
    library.passes.start("the lighthouse keepers", datetime(2026, 3, 2, tzinfo=UTC))
    model.refresh_tracking(Changes(passes=frozenset({"the lighthouse keepers"})))
    assert reads == [None]  # the show read whole: every mark of it changed
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    reads.clear()
    monkeypatch.setattr(navigator, "_FEW_KEYS", 1)
    second_key = second.data(Role.ARTICLE_KEY)
    library.plays.watch(second_key, datetime(2026, 3, 3, tzinfo=UTC))
    model.refresh_tracking(Changes(plays=frozenset({key, second_key})))
    assert reads == [None]  # many keys: read whole
    assert second.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_ticking_the_box_asks_for_a_mark(qtbot, library: Library):
    add_samples(library)
    model = NavigatorModel(library)
    model.fetchMore(model.index(0, 0))
    episode = model.index(0, 0, model.index(0, 0))
    with qtbot.waitSignal(model.watched_toggled) as signal:
        model.setData(episode, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == ["heartstopper forever", True]


def test_filter_text_and_unwatched(library: Library):
    add_samples(library)
    model = NavigatorModel(library)
    model.set_filter("signal", False)
    assert labels(model) == ["The Lighthouse Keepers"]
    show = model.index(0, 0)
    model.fetchMore(show)
    assert labels(model, model.index(0, 0, show)) == ["2. Fog Signal"]
    model.set_filter("", True)
    library.plays.watch("heartstopper forever")
    model.set_filter("", True)
    assert labels(model) == ["The Lighthouse Keepers", "Outside any show"]  # the film
    library.plays.watch("harbour lights (film)")
    model.set_filter("", True)
    assert labels(model) == ["The Lighthouse Keepers"]
    assert model.index(0, 0).data(Role.KIND) == NodeKind.SHOW


def test_find_article_loads_its_show(library: Library):
    add_samples(library)
    model = NavigatorModel(library)
    index = model.index_of_article("last light")
    assert index.isValid() and index.data() == "2. Last Light"
    assert index.parent().data() == "Season 2"
    assert not model.index_of_article("no such thing").isValid()


def test_a_special_among_numbered_episodes_is_labelled(qtbot, library_path):
    from guide.core.library import Library
    from guide.gui.navigator.model import NavigatorModel
    from guide.gui.roles import Role

    with Library(library_path) as library:
        model = NavigatorModel(library)
        show = next(
            model.index(r, 0)
            for r in range(model.rowCount())
            if model.index(r, 0).data() == "The Lighthouse Keepers"
        )
        while model.canFetchMore(show):
            model.fetchMore(show)
        season2 = next(
            model.index(r, 0, show)
            for r in range(model.rowCount(show))
            if model.index(r, 0, show).data() == "Season 2"
        )
        labels = [model.index(r, 0, season2).data() for r in range(model.rowCount(season2))]
        assert "Special: Between the Tides" in labels
        assert "1. Midsummer" in labels
        assert model.index(0, 0, season2).data(Role.KIND) is not None


def test_a_special_without_a_season_sits_in_the_season_its_links_place_it(library, write):
    from guide.core.importing.articles import import_paths
    from tests.helpers import episode

    write("a.txt", "Last Tide", episode("Glass Coast", 1, 1, Next="Winter Lights"))
    write("s.txt", "Winter Lights", episode("Glass Coast", None, 7, Next="New Harbour"))
    write("c.txt", "New Harbour", episode("Glass Coast", 2, 1, Prev="Winter Lights"))
    import_paths(library, [write.folder])
    model = NavigatorModel(library)
    show = model.index(0, 0)
    model.fetchMore(show)
    assert labels(model, show) == ["Season 1", "Season 2"]
    season2 = model.index(1, 0, show)
    assert labels(model, season2) == ["Special: Winter Lights", "1. New Harbour"]
    assert season2.data(Role.PROGRESS) == (0, 2)
