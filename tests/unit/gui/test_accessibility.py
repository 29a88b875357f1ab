"""What assistive technology relies on, checked in-process (the AT-SPI walk in tests/a11y does
it through a real accessibility bus): names for every control, state that follows however a
control was set, charts as tables, search results chosen by selection."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QToolButton,
)

from guide.gui import i18n
from guide.gui.actions import SPECS, ActionId
from guide.gui.roles import Role
from guide.gui.window.mainwindow import MainWindow


def open_title(window: MainWindow, title: str) -> None:
    window.open_article(window.library.find(title).id)


def test_a_screen_readers_toggle_writes_what_the_control_shows(window: MainWindow):
    """AT-SPI's Toggle sets a checkable control's state without a click: the library follows."""
    open_title(window, "Fog Signal")
    window.actions_[ActionId.TOGGLE_WATCHED].toggle()
    assert window.library.find("Fog Signal").watched
    assert window.page.watched_button.isChecked()
    window.page.watched_button.toggle()
    assert not window.library.find("Fog Signal").watched
    assert not window.actions_[ActionId.TOGGLE_WATCHED].isChecked()
    window.edits.undo()
    assert window.library.find("Fog Signal").watched
    assert window.page.watched_button.isChecked()


def test_a_failed_write_leaves_the_control_showing_the_library(window: MainWindow, boxes):
    open_title(window, "Fog Signal")
    # The write really fails, inside SQLite, as a full disk would: the play's insert aborts.
    window.library.db.execute(
        "CREATE TEMP TRIGGER refuse_plays BEFORE INSERT ON watch_events "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    window.page.watched_button.toggle()
    assert window.library.plays.of("fog signal") == []  # nothing was written
    assert boxes.shown and boxes.shown[-1][0] == "Not saved"  # and the window said so
    assert not window.page.watched_button.isChecked()
    assert not window.actions_[ActionId.TOGGLE_WATCHED].isChecked()
    window.library.db.execute("DROP TRIGGER refuse_plays")
    window.page.watched_button.toggle()  # the next write goes through
    assert window.page.watched_button.isChecked() and window.library.plays.of("fog signal")


def test_unwatched_only_follows_its_state_set_without_a_click(window: MainWindow):
    window.actions_[ActionId.UNWATCHED_ONLY].toggle()
    assert window.model.unwatched_only


def test_a_result_selected_by_assistive_technology_opens(qtbot, window: MainWindow):
    window.search_field.setText("fog signal")
    window.search_panel.search("fog signal")
    view = window.search_panel.view
    rows = window.search_panel.model.rowCount()
    assert rows >= 1
    # Keys move the current row and select it: nothing opens until Enter.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.wait(20)
    assert window.centre.currentWidget() is window.search_panel
    # AT-SPI's Selection.selectChild selects an item without making it current: it opens.
    view.selectionModel().clearSelection()
    target = window.search_panel.model.index(0)
    view.selectionModel().select(target, QItemSelectionModel.SelectionFlag.Select)
    qtbot.waitUntil(lambda: window.centre.currentWidget() is window.page)
    assert window.record.id == target.data(Role.ARTICLE_ID)


def test_statistics_as_tables(window: MainWindow):
    open_title(window, "Fog Signal")
    window.tracking.toggle_current_watched()
    window.actions_[ActionId.STATISTICS].trigger()
    page = window.pages.stats
    assert all(table.isHidden() for table in page.tables)
    page.as_tables.setChecked(True)
    for chart, table in zip(page.charts, page.tables, strict=True):
        assert chart.isHidden() and not table.isHidden()
        assert table.accessibleName() == chart.title
        assert table.model().rowCount() == len(chart.bars)
    months = page.tables[0].model()
    last = months.index(months.rowCount() - 1, 1)
    assert last.data() == "1"
    assert last.data(Qt.ItemDataRole.AccessibleTextRole).endswith(": 1 play")
    # Each table names what its columns hold, and a month with its year.
    assert [months.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)] == [
        "Month",
        "Watched",
    ]
    assert last.siblingAtColumn(0).data() == i18n.month_text(date.today().strftime("%Y-%m"))


def test_every_control_and_built_in_part_has_a_name(window: MainWindow):
    for action_id in (ActionId.HISTORY, ActionId.STATISTICS, ActionId.ALL_NOTES, ActionId.UPCOMING):
        window.actions_[action_id].trigger()
    unnamed = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
        if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
            unnamed.append(widget)
    for combo in window.findChildren(QComboBox):
        if not combo.view().accessibleName():
            unnamed.append(combo)
    assert not unnamed, [(type(w).__name__, w.objectName()) for w in unnamed]
    clear = window.search_field.findChild(QToolButton)
    assert clear is not None and clear.accessibleName() == "Clear Search library"


def test_navigator_cells_say_title_state_and_progress(window: MainWindow):
    model = window.model
    show = model.index(1, 0)
    role = Qt.ItemDataRole.AccessibleTextRole
    assert model.data(show, role) == "The Lighthouse Keepers, 0 of 6 episodes watched"
    assert model.data(show.siblingAtColumn(1), role) == "0/6"
    assert model.data(show.siblingAtColumn(2), role) == "not rated"


# -- keyboard ---------------------------------------------------------------------------------


def _visit_every_page(window: MainWindow) -> None:
    window.open_article(window.library.find("Fog Signal").id)
    for action_id in (ActionId.HISTORY, ActionId.STATISTICS, ActionId.ALL_NOTES, ActionId.UPCOMING):
        window.actions_[action_id].trigger()
    window.open_show(window.library.find("Fog Signal").show_key)


def test_every_menu_item_and_button_has_an_access_key(window: MainWindow):
    _visit_every_page(window)
    missing, twice = [], []
    for menu in window.menuBar().findChildren(QMenu):
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            if "&" not in text:
                missing.append(text)
                continue
            letter = text[text.index("&") + 1].casefold()
            if letters.setdefault(letter, text) != text:
                twice.append((text, letters[letter]))
    for button in window.findChildren(QAbstractButton):
        if isinstance(button, QToolButton) or not button.text():
            continue
        if "&" not in button.text():
            missing.append(button.text())
    assert (missing, twice) == ([], []), (missing, twice)


def test_no_standard_shortcut_is_used_for_something_else(window: MainWindow):
    standard: dict[str, str] = {}
    for key in QKeySequence.StandardKey:
        for binding in QKeySequence.keyBindings(key):
            standard.setdefault(binding.toString(), key.name)
    seen: dict[str, str] = {}
    for action_id, action in window.actions_.items():
        own = {  # the standard keys the action is declared with: their standard meaning
            binding.toString()
            for key in SPECS[action_id].shortcuts
            if not isinstance(key, str)
            for binding in QKeySequence.keyBindings(key)
        }
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert seen.setdefault(text, action_id.name) == action_id.name, text
            if text in standard and text not in own:
                raise AssertionError(
                    f"{action_id.name} takes {text}, the standard {standard[text]}"
                )


def test_every_context_menu_item_has_an_access_key(window: MainWindow):
    model = window.model
    keepers = model.index(1, 0)
    window.navigator.expand(keepers)
    nodes = [keepers, *(model.index(row, 0, keepers) for row in range(model.rowCount(keepers)))]
    season = nodes[-1]
    window.navigator.expand(season)
    nodes += [model.index(row, 0, season) for row in range(model.rowCount(season))]
    texts = [a.text() for n in nodes for a in window.context_menu(n).actions() if a.text()]
    assert len(texts) > 10
    assert [text for text in texts if "&" not in text] == []


def _tab_stops(qtbot, window: MainWindow, start, count: int = 40) -> list:
    start.setFocus()
    stops = []
    for _ in range(count):
        widget = QApplication.focusWidget()
        stops.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return stops


def test_tab_goes_through_visible_controls_in_order(qtbot, window: MainWindow):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_article(window.library.find("Fog Signal").id)
    stops = _tab_stops(qtbot, window, window.filter_field)
    assert all(stop is not None and stop.isVisible() for stop in stops)  # no invisible stops
    wanted = (
        window.filter_field,
        window.navigator,
        window.page.reader,
        window.page.notes.editor,
        window.side.contents,
        window.search_field,
    )
    order = [stops.index(w) for w in wanted]
    assert order == sorted(order)  # reading order, and no trap: the chain comes round
    assert stops.count(window.filter_field) >= 2
    # Down from the filter enters the tree.
    window.filter_field.setFocus()
    qtbot.keyClick(window.filter_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.navigator


def test_shift_f10_and_the_menu_key_open_the_current_rows_menu(qtbot, window: MainWindow):
    view = window.navigator
    view.setCurrentIndex(window.model.index(1, 0))
    asked = []
    view.customContextMenuRequested.disconnect()
    view.customContextMenuRequested.connect(lambda at: asked.append(view.indexAt(at).row()))
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    assert asked == [1, 1]
