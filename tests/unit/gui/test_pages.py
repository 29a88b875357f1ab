"""Continue Watching, History, Statistics, All Notes, show pages, saved searches."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from guide.core.ops import Changes
from guide.gui.actions import ActionId
from guide.gui.navigator.nodes import NodeKind
from guide.gui.pages.history import HistoryModel, PlayDateDialog
from guide.gui.roles import Role
from guide.gui.window.mainwindow import MainWindow


def watch(window: MainWindow, title: str, days_ago: float = 0) -> None:
    when = datetime.now().astimezone() - timedelta(days=days_ago)
    window.library.plays.watch(window.library.find(title).key, when)
    window.runner.took(Changes.all(), None)


def test_continue_watching_is_the_start_page(qtbot, make_window):
    window = make_window()
    watch(window, "The Keeper's Log", days_ago=2)
    window.close()
    window = make_window()
    page = window.start_page
    assert window.centre.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # filled right after the first paint
    assert page.view.toolTip().startswith("The next episode is the first unwatched episode")
    rows = [
        (page.model.index(r, 0).data(), page.model.index(r, 1).data())
        for r in range(page.model.rowCount())
    ]
    assert rows[:2] == [("In progress (1)", ""), ("The Lighthouse Keepers", "S01E02 Fog Signal")]
    assert ("Not started (1)", "") in rows
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.record.article.title == "Fog Signal"


def test_continue_watching_marks_the_next_episode(qtbot, window: MainWindow):
    watch(window, "The Keeper's Log", days_ago=1)
    window.actions_[ActionId.CONTINUE_WATCHING].trigger()
    qtbot.mouseClick(window.start_page.mark_button, Qt.MouseButton.LeftButton)
    assert window.library.find("Fog Signal").watched
    assert window.start_page.model.index(1, 1).data() == "S01E03 The Ship That Wasn't"
    window.undo_stack.undo()
    assert window.start_page.model.index(1, 1).data() == "S01E02 Fog Signal"


def test_history_filter_edit_and_delete_with_undo(qtbot, window: MainWindow, monkeypatch):
    watch(window, "The Keeper's Log", days_ago=40)
    watch(window, "Fog Signal", days_ago=3)
    watch(window, "Heartstopper Forever", days_ago=1)
    window.actions_[ActionId.HISTORY].trigger()
    page = window.pages.history
    titles = lambda: [page.model.index(r, 3).data() for r in range(page.model.rowCount())]  # noqa: E731
    assert titles() == ["Heartstopper Forever", "Fog Signal", "The Keeper's Log"]
    assert page.model.index(1, 2).data() == "S01E02"
    page.period.setCurrentIndex(2)  # last 30 days
    assert titles() == ["Heartstopper Forever", "Fog Signal"]
    page.show_filter.setCurrentIndex(page.show_filter.findText("The Lighthouse Keepers"))
    assert titles() == ["Fog Signal"]
    page.period.setCurrentIndex(0)
    page.view.selectRow(0)
    target = datetime(2025, 1, 2, 20, 30).astimezone()
    monkeypatch.setattr(PlayDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PlayDateDialog, "moment", lambda self: target)
    page.edit_current()  # Fog Signal, moved back to January 2025
    assert titles() == ["The Keeper's Log", "Fog Signal"]
    assert page.model.index(1, 0).data() == "2 Jan 2025, 20:30"
    page.view.selectRow(0)
    qtbot.keyClick(page, Qt.Key.Key_Delete)
    assert titles() == ["Fog Signal"]
    window.undo_stack.undo()
    assert titles() == ["The Keeper's Log", "Fog Signal"]
    window.undo_stack.undo()
    assert titles() == ["Fog Signal", "The Keeper's Log"]


def test_ctrl_z_after_delete_play_undoes_the_deletion(qtbot, window: MainWindow):
    """A new user's walk: the Delete Play button, turned off once its play was gone, passed
    the focus to the filter field, where Ctrl+Z undid (no) typing, not the deletion."""
    watch(window, "Fog Signal", days_ago=3)
    watch(window, "The Keeper's Log", days_ago=1)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.actions_[ActionId.HISTORY].trigger()
    page = window.pages.history
    page.view.selectRow(0)
    page.delete_button.setFocus()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1 and not page.delete_button.isEnabled()
    assert window.focusWidget() is page.view
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 2
    assert window.library.find("The Keeper's Log").watched


def test_history_columns_fit_the_rows_of_the_order_clicked(qtbot, window: MainWindow):
    """A new user's walk: after a click on Date (oldest first), show names the first rows
    had not held were cut ("The Lighthou…"): the columns now fit the new first rows."""
    key = window.library.find("Heartstopper Forever").key
    start = datetime(2025, 1, 1).astimezone()
    for n in range(120):  # more than the 100 rows the columns are measured on
        window.library.plays.watch(key, start + timedelta(days=n + 1))
    window.library.plays.watch(window.library.find("Fog Signal").key, start)  # the oldest
    window.runner.took(Changes.all(), None)
    window.actions_[ActionId.HISTORY].trigger()
    page = window.pages.history
    view, show = page.view, 1
    assert page.model.index(0, show).data() == "Heartstopper"
    narrow = view.columnWidth(show)
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # a click on Date
    assert page.model.index(0, show).data() == "The Lighthouse Keepers"
    assert view.columnWidth(show) > narrow
    assert view.columnWidth(show) >= view.sizeHintForColumn(show)


def test_statistics_charts_with_figures_and_hover(window: MainWindow):
    watch(window, "The Keeper's Log")
    watch(window, "Fog Signal")
    window.actions_[ActionId.STATISTICS].trigger()
    page = window.pages.stats
    assert page.months.bars[-1].value == 2 and len(page.months.bars) == 24
    completion = {bar.label: bar.figure for bar in page.completion.bars}
    assert completion["The Lighthouse Keepers"] == "2/6 (33%)"
    assert [(b.label, b.value) for b in page.directors.bars] == [("Sigrid Aas", 2)]
    page.resize(700, 900)
    rect = page.directors.bar_rects()[0]
    assert page.directors.tip_at(rect.center()) == "Sigrid Aas: 2 episodes watched"
    assert page.directors.tip_at(QPoint(1, 1)) == "Directors you watched most"  # its title
    assert page.directors.tip_at(QPoint(1, page.directors.height() - 1)) is None  # nothing
    assert not page.directors.grab().isNull()


def test_statistics_of_a_long_history_are_counted_off_the_gui_thread(
    qtbot, window: MainWindow, monkeypatch
):
    """Beyond INLINE_PLAYS the figures are counted on a worker: the page says it is counting,
    shows them when they come, counts again after a change, and the window waits for a
    count still running when it closes."""
    from guide.gui.pages import stats as stats_page

    monkeypatch.setattr(stats_page, "INLINE_PLAYS", 0)
    watch(window, "The Keeper's Log")
    window.actions_[ActionId.STATISTICS].trigger()
    page = window.pages.stats
    assert page.job is not None and page.months.bars == []  # not counted on this thread
    assert not page.counting.isHidden()
    qtbot.waitUntil(lambda: bool(page.months.bars) and page.counting.isHidden())
    assert page.months.bars[-1].value == 1
    watch(window, "Fog Signal")  # the one change signal: the page counts again
    qtbot.waitUntil(lambda: page.months.bars[-1].value == 2)
    assert {b.label: b.figure for b in page.completion.bars}["The Lighthouse Keepers"] == (
        "2/6 (33%)"
    )
    page.refresh()
    window.close()  # waits for that count
    assert not page.job.isRunning()


def test_all_notes_lists_and_opens(qtbot, window: MainWindow):
    window.library.notes.set("fog signal", "Count the blasts")
    window.library.notes.set_show("heartstopper", "Finale film")
    window.actions_[ActionId.ALL_NOTES].trigger()
    page = window.pages.notes
    assert {page.model.index(r, 0).data() for r in range(2)} == {
        "Fog Signal",
        "Heartstopper (show)",
    }
    qtbot.keyClicks(page.filter, "blasts")
    assert page.model.rowCount() == 1
    page.view.doubleClicked.emit(page.model.index(0, 0))
    assert window.record.article.title == "Fog Signal"


def test_show_page_rewatch_and_show_note(qtbot, window: MainWindow):
    watch(window, "Heartstopper Forever", days_ago=3)
    heartstopper = window.model.index(0, 0)
    window.navigator.setCurrentIndex(heartstopper)
    assert window.centre.currentWidget() is window.pages.show
    assert "1 of 1 episode watched" in window.pages.show.details.text()
    qtbot.keyClicks(window.pages.show.notes.editor, "About the show")
    window.actions_[ActionId.CONTINUE_WATCHING].trigger()  # leaving saves the note
    assert window.library.notes.of_show("heartstopper") == "About the show"
    window.navigator.setCurrentIndex(window.model.index(1, 0))  # has an overview
    assert window.pages.show.overview.isVisible()
    window.navigator.setCurrentIndex(heartstopper)
    qtbot.mouseClick(window.pages.show.rewatch, Qt.MouseButton.LeftButton)
    assert window.model.index(0, 1).data() == "0/1 · rewatch 1"  # the first rewatch
    assert "Rewatch 1: 0 of 1" in window.pages.show.details.text()
    assert "Started " in window.pages.show.details.text()  # when this pass began
    assert len(window.library.plays.history()) == 1
    window.undo_stack.undo()
    assert window.model.index(0, 1).data() == "1/1"


def test_start_a_rewatch_is_offered_once_a_show_is_begun(qtbot, window: MainWindow):
    """The navigator's menu, the Tracking menu and the show page agree (Show.begun)."""
    from guide.gui.navigator.menu import NavigatorMenu

    heartstopper = window.model.index(0, 0)
    window.navigator.setCurrentIndex(heartstopper)

    def offered() -> tuple[bool, bool, bool]:
        menu = NavigatorMenu(window).build(window.navigator.currentIndex())
        (item,) = [a for a in menu.actions() if a.text() == "Start a &Rewatch"]
        return (
            item.isEnabled(),
            window.actions_[ActionId.START_REWATCH].isEnabled(),
            window.pages.show.rewatch.isEnabled(),
        )

    assert offered() == (False, False, False)  # never watched
    window.tracking.set_watched(window.library.find("Heartstopper Forever"), True)
    assert offered() == (True, True, True)
    window.tracking.start_rewatch("heartstopper")
    assert offered() == (False, False, False)  # rewatch 1, nothing of it watched yet


def test_mark_unwatched_is_offered_for_a_watched_article_alone(qtbot, window: MainWindow):
    from guide.gui.navigator.menu import NavigatorMenu

    window.open_key("fog signal")
    index = window.navigator.currentIndex()

    def unwatch_on() -> bool:
        menu = NavigatorMenu(window).build(index)
        (item,) = [a for a in menu.actions() if a.text() == "Mark &Unwatched"]
        return item.isEnabled()

    assert not unwatch_on()
    window.tracking.toggle_current_watched()
    assert unwatch_on()


def test_show_page_is_the_centre_of_a_show(qtbot, window: MainWindow):
    """The overview's lead, the next episode as a card, seasons with progress and Mark Season
    Watched, every episode with its air date; each acts through the one write path."""
    watch(window, "The Keeper's Log")
    window.open_show("the lighthouse keepers")
    page = window.pages.show
    assert window.centre.currentWidget() is page
    assert page.lead.text().startswith("The Lighthouse Keepers is a fictional mystery")
    # The card: the next episode by the rule, with its air date; Mark Watched writes.
    assert page.card.heading.text() == "Next: S01E02 Fog Signal"
    assert page.card.detail.text() == "Aired 11 Jan 2024"  # as the window writes dates
    assert page.card.detail.toolTip() == "11 January 2024"  # as the article does
    qtbot.mouseClick(page.card.mark_button, Qt.MouseButton.LeftButton)
    assert window.library.find("Fog Signal").watched
    assert page.card.heading.text() == "Next: S01E03 The Ship That Wasn't"  # refreshed
    # Seasons with their progress; Mark Season Watched marks the rest of the season.
    seasons = page.seasons
    assert seasons.index(0, 1).data(Role.PROGRESS) == (2, 3)
    page.seasons_view.setCurrentIndex(seasons.index(0, 0))
    qtbot.mouseClick(page.mark_season_button, Qt.MouseButton.LeftButton)
    assert seasons.index(0, 1).data(Role.PROGRESS) == (3, 3)
    assert not page.mark_season_button.isEnabled()  # nothing left to mark in season 1
    window.edits.undo()
    assert not window.library.find("The Ship That Wasn't").watched
    # Every episode with its air date; Enter opens one.
    episodes = page.episodes
    codes = [episodes.index(r, 0).data() for r in range(episodes.rowCount())]
    assert codes[:5] == ["Overview", "Episode list", "S01E01", "S01E02", "S01E03"]
    assert episodes.index(3, 2).data() == "11 Jan 2024"
    assert episodes.index(3, 3).data() == "✓"
    page.episodes_view.setCurrentIndex(episodes.index(4, 0))
    qtbot.keyClick(page.episodes_view, Qt.Key.Key_Return)
    assert window.record.article.title == "The Ship That Wasn't"


def test_continue_watching_shows_cards_for_the_latest_shows(qtbot, window: MainWindow):
    watch(window, "The Keeper's Log")
    window.show_start_page()
    page = window.start_page
    visible = [card for card in page.cards if not card.isHidden()]
    assert len(visible) == 1
    card = visible[0]
    assert card.heading.text() == "The Lighthouse Keepers — next: S01E02 Fog Signal"
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert window.record.article.title == "Fog Signal"


def test_saved_searches_in_the_navigator(qtbot, window: MainWindow, monkeypatch):
    from guide.gui.window import search_commands

    qtbot.keyClicks(window.search_field, "director:sigrid season:2")
    monkeypatch.setattr(
        search_commands.QInputDialog, "getText", lambda *a, **k: ("Sigrid's season 2", True)
    )
    window.actions_[ActionId.SAVE_SEARCH].trigger()
    groups = [window.model.index(r, 0) for r in range(window.model.rowCount())]
    saved = next(g for g in groups if g.data(Role.KIND) == NodeKind.SAVED_GROUP)
    entry = window.model.index(0, 0, saved)
    assert entry.data() == "Sigrid's season 2"
    window.search_field.clear()
    window.open_article(window.library.find("Fog Signal").id)
    window.navigator.setCurrentIndex(entry)
    assert window.centre.currentWidget() is window.search_panel
    assert [h.title for h in window.search_panel.model.hits] == ["Midsummer", "Last Light"]
    assert "matched: director: Sigrid Aas, season 2" in window.search_panel.model.index(0).data()


def test_malformed_search_shows_the_reason(qtbot, window: MainWindow):
    qtbot.keyClicks(window.search_field, "season:two")
    qtbot.waitUntil(lambda: "a season is a number" in window.search_panel.heading.text())
    assert window.search_panel.model.rowCount() == 0


def test_page_models_pass_the_model_tester(qtmodeltester, window: MainWindow):
    watch(window, "Fog Signal")
    window.library.notes.set("fog signal", "a note")
    window.actions_[ActionId.HISTORY].trigger()
    qtmodeltester.check(window.pages.history.model)
    window.actions_[ActionId.ALL_NOTES].trigger()
    qtmodeltester.check(window.pages.notes.model)


def test_mark_it_watched_on_a_show_not_started_marks_its_first_episode(qtbot, window):
    window.show_start_page()
    page = window.start_page
    rows = [page.model.index(r, 0) for r in range(page.model.rowCount())]
    (keepers,) = [i for i in rows if i.data() == "The Lighthouse Keepers"]
    assert page.model.index(keepers.row(), 1).data() == "S01E01 The Keeper's Log"
    page.view.setCurrentIndex(keepers)
    page.mark_button.click()
    assert window.library.plays.watched_keys(["the keeper's log"]) == {"the keeper's log"}


def test_words_a_reader_uses(qtbot, window, tmp_path):
    """Issue 11, item 14 (in part): 'Rtitle' is shown as 'Original title'; History writes
    dates as the rest of the app does; All Notes says when nothing matches."""
    from guide.core.article import Article

    window.library.write_articles(
        [(Article("Heartstopper Forever 2", (("Rtitle", "HF2"),), ("Lead.",)), None, None)]
    )
    window.library.refresh_order()
    window.open_key("heartstopper forever 2")
    assert "Original title" in window.side.infobox.toPlainText()
    assert "Rtitle" not in window.side.infobox.toPlainText()
    watch(window, "Fog Signal")
    window.show_history()
    when = window.pages.history.model.index(0, 0).data()
    day = datetime.now().astimezone()
    assert when.startswith(f"{day.day} {day:%b %Y}, ")
    window.show_all_notes()
    assert window.pages.notes.empty.text().startswith("No notes yet")
    window.pages.notes.filter.setText("lighthouse <b>")
    assert window.pages.notes.empty.text() == "No notes hold “lighthouse <b>”."


def test_month_labels_never_touch_at_any_width(qtbot):
    from guide.gui.pages.charts import Bar, BarChart

    chart = BarChart("Months", vertical=True)
    qtbot.addWidget(chart)
    labels = ["12", "2025", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"] * 2
    chart.set_bars([Bar(label, 1, "1", label) for label in labels])
    for width in (900, 400, 200, 120):
        chart.resize(width, 200)
        shown = sorted(chart.labelled())
        rects = chart.bar_rects()
        spans = [
            (
                rects[i].center().x() - chart.fontMetrics().horizontalAdvance(labels[i]) // 2,
                rects[i].center().x() + chart.fontMetrics().horizontalAdvance(labels[i]) // 2,
            )
            for i in shown
        ]
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        assert 1 in shown  # the year is labelled whenever anything is
    chart.resize(900, 200)
    assert len(chart.labelled()) == len(labels)  # wide enough: every month


def test_history_reads_a_page_of_plays_at_a_time_as_the_view_scrolls(
    qtbot, window: MainWindow, monkeypatch
):
    """The count says every play; the table holds the first page and reads more as it is
    scrolled to its end, in the same order as the whole history."""
    monkeypatch.setattr(HistoryModel, "PAGE", 4)
    keys = [row.key for row in window.library.rows(all_shows=True) if row.kind == "episode"]
    for days, key in enumerate(keys * 2):  # 14 plays
        window.library.plays.watch(key, datetime.now().astimezone() - timedelta(days=days))
    window.runner.took(Changes.all(), None)
    window.actions_[ActionId.HISTORY].trigger()
    page = window.pages.history
    assert page.count.text() == "14 plays"
    assert page.model.rowCount() == 4
    page.resize(600, 200)
    for _ in range(10):  # the view asks for more when scrolled to its end
        page.view.scrollToBottom()
        qtbot.wait(20)
    assert page.model.rowCount() == 14 and not page.model.canFetchMore()
    uids = [page.model.index(r, 0).data(Role.ARTICLE_ID) for r in range(page.model.rowCount())]
    assert uids == [entry.uid for entry in window.library.plays.history()]


def test_continue_watching_reads_a_first_episode_only_for_the_rows_shown(
    qtbot, tmp_path, settings, qtmodeltester, monkeypatch
):
    """Issue 27: 300 shows not started cost what the page shows: a show's first episode is
    read when its row is painted, one indexed read each, never for every show."""
    from guide.core.importing.articles import import_paths
    from guide.core.library import Library
    from guide.core.views import upnext
    from guide.gui.window.mainwindow import MainWindow
    from tests.helpers import article_text, episode

    folder = tmp_path / "many"
    folder.mkdir()
    for show in range(300):
        for number in (1, 2):
            title = f"Show {show:03} part {number}"
            fields = episode(f"Show {show:03}", 1, number)
            (folder / f"{show:03}-{number}.txt").write_text(article_text(title, fields))
    library = Library(tmp_path / "many.db")
    import_paths(library, [folder])
    read: list[list[str]] = []
    first_episodes = library.first_episodes

    def counted(keys):
        read.append(list(keys))
        return first_episodes(keys)

    monkeypatch.setattr(library, "first_episodes", counted)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    page = window.start_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.view.viewport().repaint()
    shown = sum(len(keys) for keys in read)
    visible = page.view.viewport().height() // page.view.sizeHintForRow(1) + 2
    assert 0 < shown <= visible < 300  # the rows on screen, not 300
    model = page.model
    assert model.index(1, 1).data() == "S01E01 Show 000 part 1"
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "S01E01 Show 299 part 1"  # read when asked for
    eager = {p.show_key: p.next for p in upnext.up_next(library).not_started}
    assert all(model.next_of(row) == eager[row.show_key] for row in model.entries[1:])
    qtmodeltester.check(model)
    window.close()
    library.close()


def test_a_page_reads_again_only_what_concerns_it(qtbot, window: MainWindow, monkeypatch):
    """Each page hears every change for itself: History is read again after a play, not
    after a rating or a saved search; a page not shown is not read at all (going to it
    reads it)."""
    from guide.core import ops

    window.show_history()
    page = window.pages.history
    reads: list[str] = []
    monkeypatch.setattr(page, "refresh", lambda: reads.append("history"))
    window.apply(ops.SetRating("fog signal", 7))
    window.apply(ops.SaveSearch("mine", "fog", "Save"))
    assert reads == []
    window.apply(ops.Watch(("fog signal",), "Watch"))
    assert reads == ["history"]
    window.show_statistics()
    window.apply(ops.Watch(("midsummer",), "Watch"))
    assert reads == ["history"]  # History is not shown


def test_the_notes_editor_is_not_reloaded_with_the_note_it_saved(
    qtbot, window: MainWindow, monkeypatch
):
    """The editor that saved a note holds it: the change comes back to it marked as its
    own and it is not set again; the same note written by another program is shown."""
    from guide.gui.operations import ANOTHER_PROGRAM

    window.open_key("fog signal")
    notes = window.page.notes
    reloaded: list[str] = []
    monkeypatch.setattr(notes, "reload", reloaded.append)
    qtbot.keyClicks(notes.editor, "The horn")
    assert notes.flush()
    assert window.library.notes.get("fog signal") == "The horn" and reloaded == []
    window.library.notes.write("fog signal", "Other text", "2026-01-01T00:00:00+00:00")
    window.runner.took(Changes(notes=frozenset(["fog signal"])), ANOTHER_PROGRAM)
    assert reloaded == ["Other text"]


def test_a_show_note_saved_from_the_show_page_reaches_the_article_editor(qtbot, window: MainWindow):
    """The show's note lives on its overview article: saved by the show page's editor (a
    retry lands while the overview is open), the article's editor shows it; only the editor
    that saved keeps its own text (review of issue 22)."""
    library = window.library
    show = next(s for s in library.shows() if library.overview_key(s.key))
    overview = library.overview_key(show.key)
    assert overview is not None
    window.pages.open_show(show.key)
    window.open_key(overview)
    before = window.page.notes.editor.toPlainText()
    applied = window.notes.save_show_note(f"article:{overview}", "typed on the show page", before)
    assert applied is not None
    assert window.page.notes.editor.toPlainText() == "typed on the show page"
