"""A click on Watched costs what it changes (issue 22): the write, and each view reading
again only what the change touched — counted in SQL statements, every one the window's
connection runs from the click until the window shows the result."""

from __future__ import annotations

from guide.gui.actions import ActionId
from guide.gui.window.mainwindow import MainWindow

LIMIT = 15


def _statements(window: MainWindow, action) -> list[str]:
    """The statements run by ``action`` (a trigger's program is traced under its statement's
    text again: such repeats are one statement)."""
    seen: list[str] = []

    def traced(sql: str) -> None:
        if not seen or seen[-1] != sql:
            seen.append(sql)

    conn = window.library.db.conn
    conn.set_trace_callback(traced)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return seen


def test_a_watched_click_costs_at_most_15_statements_and_every_view_shows_it(
    qtbot, window: MainWindow
):
    from guide.core import ops
    from guide.gui.navigator.nodes import RATING_COLUMN

    window.apply(ops.SetRating("the lighthouse keepers", 8, on_show=True))
    window.open_article(window.library.find("Fog Signal").id)
    shows = [window.model.index(row, 0) for row in range(window.model.rowCount())]
    (keepers,) = [i for i in shows if i.data() == "The Lighthouse Keepers"]
    rating = keepers.siblingAtColumn(RATING_COLUMN).data()
    assert rating  # the show's rating, shown in the navigator
    before = window.status_label.text()
    watched = window.actions_[ActionId.TOGGLE_WATCHED]
    sql = _statements(window, watched.trigger)
    assert len(sql) <= LIMIT, "\n".join(sql)
    assert window.record is not None and window.record.watched  # the reader and its tick
    assert watched.isChecked()
    assert window.status_label.text() != before  # "1 of 7 episode(s) watched"
    assert "1 of 7" in window.status_label.text()
    assert keepers.siblingAtColumn(RATING_COLUMN).data() == rating  # kept, not read again
    assert keepers.siblingAtColumn(1).data() == "1/6"  # the show's figures, read again
    sql = _statements(window, watched.trigger)  # and back
    assert len(sql) <= LIMIT, "\n".join(sql)
    assert not window.record.watched and not watched.isChecked()
    assert window.status_label.text() == before
