"""An evening with it (issue 24), in the window: episodes not yet aired, dates in one form,
History sorted by any column, and what a screen reader says of a table's cell."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from guide.core.importing.articles import import_paths
from guide.core.library import Library
from guide.gui import i18n
from guide.gui.roles import Role
from guide.gui.window.mainwindow import MainWindow
from tests.helpers import article_text, episode

SHOW = "The Lighthouse Keepers"
TODAY = date.today()
NEXT_WEEK = TODAY + timedelta(days=7)
NEXT_YEAR = TODAY + timedelta(days=400)


def written(day: date) -> str:
    """An airdate as a Wikipedia article writes it: "Sunday, January 4, 2027"."""
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


@pytest.fixture
def library_path(library_path: Path, tmp_path: Path) -> Path:
    """The samples, and a season 3 of the Lighthouse Keepers: one episode aired yesterday,
    one airing next week and one next year."""
    folder = tmp_path / "season3"
    folder.mkdir()
    days = (TODAY - timedelta(days=1), NEXT_WEEK, NEXT_YEAR)
    for number, (title, day) in enumerate(
        zip(("Squall", "Neap", "Spring Tide"), days, strict=True), 1
    ):
        fields = episode(SHOW, 3, number, Airdate=written(day))
        (folder / f"{title}.txt").write_text(article_text(title, fields), encoding="utf-8")
    with Library(library_path) as library:
        report = import_paths(library, [folder])
    assert len(report.added) == 3
    return library_path


def _menu_action(window: MainWindow, index: QModelIndex, text: str):
    """The navigator's context-menu action of that text (its mnemonic left out)."""
    menu = window.context_menu(index)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def watched(window: MainWindow) -> list[str]:
    return [row.title for row in window.library.rows(SHOW.lower()) if row.watched]


def test_mark_season_watched_leaves_the_episodes_not_yet_aired_and_says_so(
    window: MainWindow,
):
    window.tracking.mark_season_watched(SHOW.lower(), 3)
    assert watched(window) == ["Squall"]
    said = window.statusBar().currentMessage()
    assert "2 episodes not yet aired were left unwatched" in said
    assert "Ctrl+Z" in said
    window.undo_stack.undo()
    assert watched(window) == []


def test_mark_all_watched_of_a_show_in_the_navigator_leaves_them_too(window: MainWindow):
    keepers = window.model.index(1, 0)
    assert keepers.data() == SHOW
    _menu_action(window, keepers, "Mark All Watched").trigger()
    assert "Neap" not in watched(window) and "Spring Tide" not in watched(window)
    assert len(watched(window)) == 7  # six aired samples and Squall
    assert "2 episodes not yet aired" in window.statusBar().currentMessage()


def test_watched_up_to_an_unaired_episode_says_what_it_left(window: MainWindow):
    index = window.model.index_of_article("spring tide")
    _menu_action(window, index, "Mark Watched Up to Here").trigger()
    assert "Spring Tide" not in watched(window) and "Squall" in watched(window)
    assert "2 episodes not yet aired were left" in window.statusBar().currentMessage()


def test_marking_one_unaired_episode_asks_and_no_is_the_default(qtbot, window: MainWindow, boxes):
    window.open_key("neap")
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(window.page.watched_button, Qt.MouseButton.LeftButton)
    title, text, _format, default = boxes.shown[-1]
    assert title == "Not aired yet"
    assert f"airs on {i18n.date_text(NEXT_WEEK)}" in text
    assert default == QMessageBox.StandardButton.No
    assert watched(window) == []
    assert not window.page.watched_button.isChecked()  # the button shows what was kept
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(window.page.watched_button, Qt.MouseButton.LeftButton)
    assert watched(window) == ["Neap"]


def test_an_aired_episode_is_marked_without_a_question(qtbot, window: MainWindow, boxes):
    window.open_key("squall")
    qtbot.mouseClick(window.page.watched_button, Qt.MouseButton.LeftButton)
    assert watched(window) == ["Squall"] and boxes.shown == []


def test_the_card_of_an_episode_not_yet_aired_offers_no_mark_watched(window: MainWindow):
    window.tracking.mark_season_watched(SHOW.lower(), 1)
    window.tracking.mark_season_watched(SHOW.lower(), 2)
    window.tracking.mark_season_watched(SHOW.lower(), 3)  # Squall: the next is Neap, next week
    window.open_show(SHOW.lower())
    card = window.pages.show.card
    assert "Neap" in card.heading.text()
    assert card.detail.text() == f"Airs {i18n.date_text(NEXT_WEEK)}"  # one form of date
    assert card.detail.toolTip() == written(NEXT_WEEK)  # the article's own words
    assert not card.mark_button.isEnabled()
    assert card.open_button.isEnabled()


def test_airdates_on_the_show_page_are_in_one_readable_form(window: MainWindow):
    window.open_show(SHOW.lower())
    model = window.pages.show.episodes
    row = next(i for i, r in enumerate(model.entries) if r.title == "Spring Tide")
    cell = model.index(row, 2)
    assert cell.data() == i18n.date_text(NEXT_YEAR)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == written(NEXT_YEAR)


def test_the_article_heading_writes_its_airdate_as_the_window_does(window: MainWindow):
    from guide.gui.reader.render import placement

    record = window.library.find("spring tide")
    assert placement(record).endswith(i18n.date_text(NEXT_YEAR))


def _history_titles(window: MainWindow) -> list[str]:
    model = window.pages.history.model
    return [model.index(row, 3).data() for row in range(model.rowCount())]


def test_history_sorts_by_the_header_clicked_reading_the_library_in_that_order(
    qtbot, window: MainWindow
):
    from datetime import UTC, datetime

    from guide.core import ops

    for days_ago, key in ((3, "midsummer"), (1, "fog signal"), (2, "the keeper's log")):
        at = datetime.now(UTC) - timedelta(days=days_ago)
        ops.apply(window.library, ops.Watch((key,), "watch", at))
    window.show_history()
    assert _history_titles(window) == ["Fog Signal", "The Keeper's Log", "Midsummer"]
    header = window.pages.history.view.horizontalHeader()
    header.sectionClicked.emit(3)  # what a click does (sortIndicatorChanged, then sort)
    window.pages.history.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert _history_titles(window) == ["Fog Signal", "Midsummer", "The Keeper's Log"]
    window.pages.history.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert _history_titles(window) == ["The Keeper's Log", "Midsummer", "Fog Signal"]
    window.pages.history.model.PAGE = 1  # the order holds across the pages read later
    window.pages.history.refresh()
    model = window.pages.history.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert _history_titles(window) == ["The Keeper's Log", "Midsummer", "Fog Signal"]


def test_every_table_cell_says_its_column_and_value(window: MainWindow):
    window.open_show(SHOW.lower())
    model = window.pages.show.episodes
    row = next(i for i, r in enumerate(model.entries) if r.title == "Spring Tide")
    said = model.index(row, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said == "Title: Spring Tide"
    assert model.index(row, 3).data(Qt.ItemDataRole.AccessibleTextRole) == "Watched: empty"


def test_the_spoiler_shield_hides_a_neighbours_title_in_the_infobox_until_it_is_watched(
    window: MainWindow,
):
    from guide.core import ops
    from guide.gui.actions import ActionId
    from guide.gui.reader.render import article_link

    ops.apply(window.library, ops.Watch(("the keeper's log", "fog signal"), "watch"))
    window.actions_[ActionId.SPOILER_SHIELD].setChecked(True)
    window.actions_[ActionId.HIDE_TITLES].setChecked(True)
    window.open_key("fog signal")
    infobox = window.side.infobox.toPlainText()
    assert "The Keeper's Log" in infobox  # watched: its title is no spoiler
    assert "The Ship That Wasn't" not in infobox
    assert "S01E03 (title hidden)" in infobox  # it goes by its number
    ship = window.library.find("the ship that wasn't").id
    assert f'href="{article_link(ship)}"' in window.side.infobox.toHtml()  # still a link
    window.tracking.watch_one("the ship that wasn't")  # watched from elsewhere: now it may be told
    assert "The Ship That Wasn't" in window.side.infobox.toPlainText()
    window.actions_[ActionId.HIDE_TITLES].setChecked(False)
    window.open_key("midsummer")
    assert "Between the Tides" in window.side.infobox.toPlainText()  # Hide Titles off


def _highlighted(window: MainWindow) -> list[str]:
    return [index.data() for index in window.navigator.selectionModel().selectedRows()]


def test_the_navigator_highlights_what_the_centre_shows_and_nothing_on_other_pages(
    qtbot, window: MainWindow
):
    from guide.core import ops

    window.open_key("fog signal")
    assert _highlighted(window) == ["2. Fog Signal"]
    window.show_history()
    assert _highlighted(window) == []  # History is not about that row
    index = window.model.index_of_article("fog signal")
    window.navigator.setCurrentIndex(index)  # a click on the row read last: it opens
    assert window.centre.currentWidget() is window.page
    assert window.shown_record() is not None and window.shown_record().key == "fog signal"
    window.open_show(SHOW.lower())
    assert _highlighted(window) == [SHOW]
    window.runner.took(ops.Changes(articles=True), None)  # as a re-import ends
    assert _highlighted(window) == [SHOW]  # not the episode read before


def test_the_window_title_names_search_results_and_escape_returns_to_the_page(
    qtbot, window: MainWindow
):
    window.open_key("fog signal")
    window.show_history()
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "foghorn")
    assert window.centre.currentWidget() is window.search_panel
    assert window.windowTitle() == "Search Results — Episode Guide"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.centre.currentWidget() is window.pages.history  # not the last article
    assert window.windowTitle() == "History — Episode Guide"


def test_escape_from_search_over_an_article_returns_to_it(qtbot, window: MainWindow):
    window.open_key("fog signal")
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "island")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.centre.currentWidget() is window.page
    assert window.windowTitle() == "Fog Signal — Episode Guide"


def test_turning_unwatched_only_off_opens_again_the_shows_that_were_open(window: MainWindow):
    from guide.gui.actions import ActionId

    keepers = window.model.index(1, 0)
    window.model.fetchMore(keepers)
    window.navigator.expand(keepers)
    season2 = window.model.find_path(window.model.index(3, 0, keepers).data(Role.PATH))
    window.navigator.expand(season2)
    open_before = window.state.expanded_paths()
    assert len(open_before) == 2
    window.actions_[ActionId.UNWATCHED_ONLY].trigger()
    window.actions_[ActionId.UNWATCHED_ONLY].trigger()
    assert window.state.expanded_paths() == open_before


def test_a_new_library_says_how_to_bring_articles_and_the_samples_go_in_one_step(
    qtbot, window: MainWindow, boxes
):
    from guide.core.importing.samples import sample_keys

    page = window.start_page
    window.show_start_page()
    assert page.welcome.isVisible()
    words = " ".join(label.text() for label in page.welcome.findChildren(QLabel))
    for told in ("Import Folder", "dropping them", "The Article Format", "Watch History"):
        assert told in words
    assert len(sample_keys(window.library)) == 10
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.welcome.remove_button, Qt.MouseButton.LeftButton)
    assert "(10 articles)" in boxes.texts[-1]  # asked first, naming how many
    assert window.library.counts().articles == 3  # season 3 of this test: the user's own
    assert not page.welcome.remove_button.isVisible()
    assert not page.welcome.isVisible()  # the user's own articles: no welcome any more
    window.undo_stack.undo()
    assert window.library.counts().articles == 13
    assert page.welcome.remove_button.isVisible()


def test_the_up_next_rule_is_a_tooltip_not_a_line_under_every_list(window: MainWindow):
    from guide.core.views import upnext

    window.show_start_page()
    texts = [label.text() for label in window.start_page.findChildren(QLabel)]
    assert not any("first unwatched episode" in text for text in texts)
    assert window.start_page.view.toolTip() == upnext.RULE


def test_a_seasons_progress_bar_fills_from_the_left_beside_its_figures(qtbot, window: MainWindow):
    window.tracking.watch_one("the keeper's log")
    window.open_show(SHOW.lower())
    view = window.pages.show.seasons_view
    view.setColumnWidth(1, 100)
    qtbot.wait(10)
    cell = view.visualRect(window.pages.show.seasons.index(0, 1))  # season 1: 1 of 3
    image = view.viewport().grab().toImage()
    middle = cell.center().y()
    filled = image.pixelColor(cell.left() + 8, middle)
    empty = image.pixelColor(cell.right() - 8, middle)
    assert filled != empty  # a third filled, from the left (not from the bottom up)


def test_an_articles_title_takes_the_width_its_row_has_no_counts_for(window: MainWindow):
    from guide.gui.actions import ActionId

    window.open_key("fog signal")
    season = window.model.index_of_article("fog signal").parent()
    nav = window.navigator
    assert nav.isFirstColumnSpanned(1, season)  # an episode: titles first
    keepers = season.parent()
    assert not nav.isFirstColumnSpanned(season.row(), keepers)  # a season has its counts
    window.actions_[ActionId.RATING_COLUMN].trigger()  # ratings shown: a rating per row
    assert not nav.isFirstColumnSpanned(1, season)
    window.actions_[ActionId.RATING_COLUMN].trigger()
    assert nav.isFirstColumnSpanned(1, season)


def test_an_unwatched_episodes_check_box_is_seen_in_the_dark(qtbot, window: MainWindow):
    from PySide6.QtWidgets import QStyle

    from guide.gui import theme

    window.looks.set_appearance(theme.Appearance.DARK)
    try:
        window.open_key("fog signal")
        index = window.model.index_of_article("the ship that wasn't")  # unwatched, not selected
        nav = window.navigator
        qtbot.wait(10)
        row = nav.visualRect(index)
        width = nav.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        image = nav.viewport().grab().toImage()
        base = nav.palette().base().color().value()
        brightest = max(
            image.pixelColor(x, y).value()
            for x in range(row.left(), row.left() + width)
            for y in range(row.top(), row.bottom())
        )
        assert brightest - base > 60  # its outline stands out from the dark base
    finally:
        window.looks.set_appearance(theme.Appearance.LIGHT)


def test_help_and_report_dialogs_fit_a_screen_at_scale_two(qtbot, window: MainWindow, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from guide.gui.dialogs.help import FormatGuideDialog, ShortcutsDialog

    small = QRect(0, 0, 640, 372)  # a 1280×800 screen at QT_SCALE_FACTOR=2, less a panel
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: small)
    for dialog in (ShortcutsDialog(window), FormatGuideDialog(window)):
        qtbot.addWidget(dialog)
        assert dialog.width() <= small.width() and dialog.height() <= small.height()


def test_statistics_give_a_short_month_its_hours_and_tell_films_apart(
    qtbot, window: MainWindow, tmp_path: Path
):
    from guide.core import ops
    from guide.core.views import stats

    short = tmp_path / "short.txt"
    fields = episode(SHOW, 3, 4, Running_time="24 minutes")
    short.write_text(article_text("Ebb", fields), encoding="utf-8")
    import_paths(window.library, [short])
    ops.apply(window.library, ops.Watch(("ebb",), "watch"))
    window.show_statistics()
    page = window.pages.stats
    this_month = page.hours.bars[-1]
    assert this_month.figure == i18n.decimal_text(0.4)  # never "0", as it was
    assert stats.hours(24) == 0.4  # what the CLI and JSON print for 24 minutes
    assert this_month.name == i18n.month_text(TODAY.strftime("%Y-%m"))  # with its year
    window.tracking.watch_one("harbour lights (film)")
    assert "films" in page.months.title  # a film is counted, and the title says so
    assert page.months.bars[-1].figure == "2"


def test_a_film_outside_any_show_has_its_tick_and_stays_under_unwatched_only(
    window: MainWindow,
):
    from guide.gui.actions import ActionId

    window.actions_[ActionId.UNWATCHED_ONLY].trigger()
    groups = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert "Outside any show" in groups  # the film is not watched yet
    window.actions_[ActionId.UNWATCHED_ONLY].trigger()
    window.tracking.watch_one("harbour lights (film)")
    film = window.model.index_of_article("harbour lights (film)")
    assert film.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert film.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_previous_and_next_episode_step_between_episodes_only(window: MainWindow):
    from guide.gui.actions import ActionId

    window.open_key("the keeper's log")
    assert not window.actions_[ActionId.PREVIOUS_ARTICLE].isEnabled()  # not to the list
    window.open_key("list of the lighthouse keepers episodes")
    window.actions_[ActionId.NEXT_ARTICLE].trigger()
    assert window.shown_record().key == "the keeper's log"
    window.open_key("squall")
    window.actions_[ActionId.PREVIOUS_ARTICLE].trigger()
    assert window.shown_record().key == "last light"


def test_the_status_bar_total_holds_when_a_rewatch_begins(window: MainWindow):
    window.tracking.mark_season_watched(SHOW.lower(), 1)
    before = window.status_label.text()
    assert "3 of 10 episodes watched" in before
    window.tracking.start_rewatch(SHOW.lower())
    assert window.status_label.text() == before  # watched once is watched: nothing halves
    window.tracking.watch_one("the keeper's log")  # the rewatch's first: still three episodes seen
    assert window.status_label.text() == before


def test_a_results_matches_are_bold_and_its_own_brackets_and_markup_stay_as_written(
    window: MainWindow,
):
    from guide.gui.roles import Role

    window.search_panel.search("markup")
    model = window.search_panel.model
    (row,) = [i for i, hit in enumerate(model.hits) if hit.title == "The Keeper's Log"]
    shown = model.index(row).data()
    drawn = model.index(row).data(Role.HTML)
    assert "Markup such as <b>bold</b> & [[links" in shown  # the text as written
    assert "<b>Markup</b> such as &lt;b&gt;bold&lt;/b&gt; &amp; [[links" in drawn
    assert "[Markup] such as" in model.hits[row].snippet  # the CLI and JSON: brackets


def test_a_field_whose_value_is_being_typed_draws_no_complaint_until_enter(
    qtbot, window: MainWindow
):
    panel = window.search_panel
    panel.show_results("fog", *_run(window, "fog"), typing=True)
    before = list(panel.model.hits)
    assert before
    for typed in ("fog director:", 'fog director:"Sig'):
        panel.show_results(typed, *_run(window, typed), typing=True)
        assert "cannot be read" not in panel.heading.text()
        # What was found so far stays, and the heading says for what (a new user's walk:
        # it read as if the results were the unfinished query's).
        said = f"Type the rest of “{typed}”… (below: what “fog” found)"
        assert panel.heading.text() == said
        assert panel.model.hits == before
    panel.show_results("", [], None, typing=True)
    panel.show_results("has:", *_run(window, "has:"), typing=True)
    assert panel.heading.text() == "Type the rest of “has:”…"  # nothing below
    panel.search("director:")  # Enter: now it is said
    assert "cannot be read: 'director:' needs a value" in panel.heading.text()
    assert "Filters: show:, season:, KEY:" in panel.heading.text()  # one line, from the table
    assert "rating:>=8" in panel.heading.toolTip()  # and what each keeps, on hover
    panel.search("director: fog")  # a value missing in the middle is said at once
    assert "needs a value" in panel.heading.text()
    panel.show_results("director: fog", *_run(window, "director: fog"), typing=True)
    assert "needs a value" in panel.heading.text()


def _run(window: MainWindow, text: str) -> tuple:
    from guide.gui.pages.search import run_search

    return run_search(window.library, text)


def test_file_dialogs_open_in_the_folder_used_last(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    export = downloads / "watched.csv"
    export.write_text("", encoding="utf-8")
    asked: list[str] = []

    def choose(parent, title, folder, filters=""):
        asked.append(folder)
        return [str(export)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    monkeypatch.setattr(window.on_demand.imports, "start", lambda paths: None)
    window.on_demand.imports.choose_files()
    assert asked[-1] == str(Path.home())  # nothing used yet: the home folder
    window.on_demand.imports.choose_files()
    assert asked[-1] == str(downloads)  # then where the last file was chosen
    monkeypatch.setattr(window.on_demand.history_imports(), "read", lambda files: None)
    window.on_demand.history_imports().choose_files()
    assert asked[-1] == str(downloads)  # whichever dialog it was


def test_show_in_folder_without_a_file_opener_says_where_the_file_is(
    qtbot, window: MainWindow, boxes, monkeypatch
):
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    source = window.library.find("fog signal").source_path
    window.on_demand.navigator_menu.show_in_folder(source)
    assert source in boxes.texts[-1]
    assert QGuiApplication.clipboard().text() == source


def test_a_run_on_a_smaller_screen_never_shrinks_the_next_normal_start(
    qtbot, make_window, monkeypatch
):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    window = make_window()
    window.resize(760, 560)  # the offscreen screen is 800 × 600
    window.close()
    normal = QScreen.availableGeometry
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(0, 0, 600, 450))
    small = make_window()  # as at QT_SCALE_FACTOR=2: fitted to the smaller screen
    assert small.width() <= 600 and small.height() <= 450
    small.close()
    monkeypatch.setattr(QScreen, "availableGeometry", normal)
    again = make_window()
    assert (again.width(), again.height()) == (760, 560)


def test_a_charts_first_label_and_its_title_stay_inside_it(qtbot):
    from PySide6.QtCore import QPoint

    from guide.gui.pages.charts import Bar, BarChart

    chart = BarChart("Hours watched per month (from each article's Running time)", vertical=True)
    qtbot.addWidget(chart)
    chart.set_bars([Bar("2025", 1, "1", "")] + [Bar(f"{m:02}", 1, "1", "") for m in range(2, 13)])
    chart.resize(300, 200)
    chart.show()
    rects = chart.bar_rects()
    width = chart.fontMetrics().horizontalAdvance("2025") + 4
    assert rects[0].center().x() - width // 2 < 0  # centred, it would begin off the left
    assert chart.label_left(rects[0], width) == 0
    assert chart.label_left(rects[-1], width) + width <= chart.width()
    assert 0 in chart.labelled()  # the year is still drawn
    assert chart.tip_at(QPoint(10, 5)) == chart.title  # the whole title, where it is cut


def test_a_shows_status_is_set_on_its_page_and_in_the_navigator_and_groups_continue_watching(
    qtbot, window: MainWindow
):
    from guide.core.library.statuses import Status

    window.tracking.watch_one("the keeper's log")
    window.open_show(SHOW.lower())
    page = window.pages.show
    assert page.status_box.currentData() == ""
    assert "8 episodes left" in page.details.text()  # of 9, Squall to Spring Tide too
    page.status_box.activated.emit(page.status_box.findData("paused"))
    assert window.library.statuses.get(SHOW.lower()) == Status.PAUSED
    assert "Set The Lighthouse Keepers to Paused" in window.statusBar().currentMessage()
    window.show_start_page()
    groups = [
        window.start_page.model.index(row, 0).data()
        for row in range(window.start_page.model.rowCount())
    ]
    assert "Paused (1)" in groups and not any(g.startswith("In progress") for g in groups)
    window.undo_stack.undo()
    assert window.library.statuses.get(SHOW.lower()) is None
    keepers = window.model.index(1, 0)
    status_menu = _menu_action(window, keepers, "Status").menu()
    next(a for a in status_menu.actions() if a.text() == "Dropped").trigger()
    assert window.library.statuses.get(SHOW.lower()) == Status.DROPPED
    status_menu = _menu_action(window, keepers, "Status").menu()
    checked = [a.text().replace("&", "") for a in status_menu.actions() if a.isChecked()]
    assert checked == ["Dropped"]
    assert all(not card.isVisible() for card in window.start_page.cards)  # out of Up Next


def test_continue_watchings_card_says_what_is_left(qtbot, window: MainWindow):
    window.tracking.watch_one("the keeper's log")
    window.show_start_page()
    card = window.start_page.cards[0]
    assert card.isVisible() and "episodes left" in card.detail.text()


def test_every_page_fits_a_screen_at_scale_two(window: MainWindow):
    """QT_SCALE_FACTOR=2 on a 1280×800 screen leaves 640×372 (less a panel): the window's
    smallest size fits, on every page (pages too tall for it scroll)."""
    window.tracking.watch_one("fog signal")
    for show in (
        window.show_start_page,
        window.show_history,
        window.show_statistics,
        window.show_upcoming,
        window.show_all_notes,
        lambda: window.open_show(SHOW.lower()),
        lambda: window.open_key("fog signal"),
    ):
        show()
    smallest = window.minimumSizeHint()
    assert smallest.width() <= 640 and smallest.height() <= 372, smallest


def test_a_season_or_a_group_highlights_what_the_centre_shows(qtbot, window: MainWindow):
    window.open_key("midsummer")
    keepers = window.model.index(1, 0)
    season = window.model.index(2, 0, keepers)
    window.navigator.setCurrentIndex(season)  # a season: its show's page
    assert window.pages.shown_show() is not None
    assert _highlighted(window) == [SHOW] and window.navigator.currentIndex() == season
    outside = window.model.find_path("outside")
    window.navigator.setCurrentIndex(outside)  # a group with no page: the cursor rests there
    qtbot.wait(10)
    assert _highlighted(window) == [SHOW]  # the show page is still what is shown
    assert window.navigator.currentIndex() == outside


def test_a_show_opened_again_starts_at_its_top_and_offers_a_rewatch_once_begun(
    qtbot, window: MainWindow
):
    window.resize(900, 500)
    window.open_show(SHOW.lower())
    page = window.pages.show
    assert not page.rewatch.isEnabled()  # never started: nothing to watch again
    qtbot.wait(10)
    page.scroller.verticalScrollBar().setValue(page.scroller.verticalScrollBar().maximum())
    window.show_history()
    window.open_show(SHOW.lower())
    assert page.scroller.verticalScrollBar().value() == 0
    window.tracking.watch_one("the keeper's log")
    assert page.rewatch.isEnabled()


def test_a_special_and_a_bare_year_are_written_as_given(window: MainWindow):
    from guide.gui import i18n as words

    window.open_show(SHOW.lower())
    model = window.pages.show.episodes
    row = next(i for i, r in enumerate(model.entries) if r.title == "Between the Tides")
    assert model.index(row, 0).data() == "S02 special"
    assert words.airdate_text("2019") == "2019"  # no day of our own making
    assert words.airdate_text("March 2019") == "March 2019"
    assert words.airdate_text("4 January 2027") == words.date_text(date(2027, 1, 4))


def test_the_date_of_a_play_is_picked_in_the_windows_own_date_form(qtbot, window: MainWindow):
    from datetime import datetime

    from guide.gui.pages.history import PlayDateDialog

    moment = datetime(2026, 12, 6, 20, 15).astimezone()
    dialog = PlayDateDialog(moment, window, "When?")
    qtbot.addWidget(dialog)
    shown = dialog.editor.text()
    assert shown == f"{i18n.date_text(moment.date())}, 20:15"  # not 2026-12-06 20:15
    assert dialog.moment().replace(second=0) == moment  # and it reads back the same
