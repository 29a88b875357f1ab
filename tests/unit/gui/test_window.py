"""The main window, driven as a person would: keys, clicks, typing."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QTextBrowser

from guide.core import ops
from guide.gui.actions import ActionId
from guide.gui.reader.render import SHIELD_TEXT
from guide.gui.roles import Role
from guide.gui.window.mainwindow import MainWindow


def open_title(window: MainWindow, title: str) -> None:
    window.open_article(window.library.find(title).id)


def reader_text(window: MainWindow) -> str:
    return window.page.reader.toPlainText()


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def shortcut(qtbot, window: MainWindow, action_id: ActionId) -> None:
    """Press the action's first shortcut, as typed on the keyboard."""
    sequence = window.actions_[action_id].shortcut()
    combination = sequence[0]
    qtbot.keyClick(
        window.focusWidget() or window, combination.key(), combination.keyboardModifiers()
    )


# -- start, navigate, read --------------------------------------------------------------------


def test_starts_on_the_start_page_with_counts(qtbot, window: MainWindow):
    assert window.windowTitle() == "Episode Guide"
    qtbot.waitUntil(lambda: "10 articles in 2 shows" in window.start_page.summary.text())
    assert window.status_label.text() == "10 articles · 2 shows · 0 of 7 episodes watched"


def test_keyboard_navigation_opens_articles(qtbot, window: MainWindow):
    view = window.navigator
    view.setFocus()
    view.setCurrentIndex(window.model.index(1, 0))  # The Lighthouse Keepers
    press(qtbot, view, Qt.Key.Key_Right)  # expand
    press(qtbot, view, Qt.Key.Key_Down)  # overview
    assert window.record.article.title == "The Lighthouse Keepers"
    for _ in range(2):
        press(qtbot, view, Qt.Key.Key_Down)  # list, Season 1
    press(qtbot, view, Qt.Key.Key_Right)
    press(qtbot, view, Qt.Key.Key_Down)
    assert window.record.article.title == "The Keeper's Log"
    assert window.windowTitle() == "The Keeper's Log — Episode Guide"
    assert "Ingrid takes the last ferry" in reader_text(window)
    assert "The Lighthouse Keepers · Season 1 · Episode 1" in reader_text(window)


def test_markup_in_articles_is_shown_as_written(window: MainWindow):
    open_title(window, "The Keeper's Log")
    assert "<b>bold</b> & [[links]]" in reader_text(window)


def test_contents_jump_and_infobox_fields(window: MainWindow, qtbot):
    open_title(window, "The Lighthouse Keepers")
    contents = window.side.contents
    assert contents.model().stringList()[:3] == ["Premise", "Cast", "    Main"]
    assert "Created by" in window.side.infobox.toPlainText()
    window.side.infobox.verticalScrollBar()  # the infobox is its own view
    reader = window.page.reader
    reader.resize(400, 150)
    contents.activated.emit(contents.model().index(3))
    assert reader.verticalScrollBar().value() > 0 or reader.verticalScrollBar().maximum() == 0


def test_infobox_links_open_articles_and_plain_text_stays_plain(window: MainWindow):
    open_title(window, "Fog Signal")
    html = window.side.infobox.toHtml()
    assert 'href="article:' in html
    record = window.library.find("Fog Signal")
    links = {
        window.library.record(int(h.split(":")[1])).article.title
        for h in _hrefs(html)
        if h.startswith("article:")
    }
    assert links == {
        "The Keeper's Log",
        "The Ship That Wasn't",
        "The Lighthouse Keepers",
        "List of The Lighthouse Keepers episodes",
    }
    assert record.id
    window.side.infobox.anchorClicked.emit(
        QUrl(
            next(
                h
                for h in _hrefs(html)
                if h.startswith("article:")
                and window.library.record(int(h.split(":")[1])).article.title == "The Keeper's Log"
            )
        )
    )
    assert window.record.article.title == "The Keeper's Log"
    open_title(window, "Heartstopper Forever")  # Prev: Apart is not in the library
    assert "Apart" in window.side.infobox.toPlainText()
    assert not any("apart" in h.lower() for h in _hrefs(window.side.infobox.toHtml()))


def _hrefs(html: str) -> list[str]:
    import re

    return re.findall(r'href="([^"]+)"', html)


def test_back_forward_and_previous_next(qtbot, window: MainWindow):
    open_title(window, "Fog Signal")
    open_title(window, "Midsummer")
    window.actions_[ActionId.BACK].trigger()
    assert window.record.article.title == "Fog Signal"
    window.actions_[ActionId.FORWARD].trigger()
    assert window.record.article.title == "Midsummer"
    qtbot.mouseClick(window, Qt.MouseButton.BackButton)
    assert window.record.article.title == "Fog Signal"
    window.actions_[ActionId.NEXT_ARTICLE].trigger()
    assert window.record.article.title == "The Ship That Wasn't"
    window.actions_[ActionId.NEXT_ARTICLE].trigger()
    window.actions_[ActionId.NEXT_ARTICLE].trigger()
    assert window.record.article.title == "Between the Tides"
    window.actions_[ActionId.PREVIOUS_ARTICLE].trigger()
    assert window.record.article.title == "Midsummer"
    assert (
        window.actions_[ActionId.BACK]
        .shortcut()
        .matches(QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key.Key_Left))
        == QKeySequence.SequenceMatch.ExactMatch
    )


def test_find_in_page_highlights_and_counts(qtbot, window: MainWindow):
    open_title(window, "The Lighthouse Keepers")
    window.actions_[ActionId.FIND].trigger()
    bar = window.page.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "island")
    assert bar.count.text() == "1 of 3"
    assert len(window.page.reader.extraSelections()) == 3
    assert window.page.reader.textCursor().selectedText().lower() == "island"
    press(qtbot, bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 3"
    bar.find_previous()
    bar.find_previous()
    assert bar.count.text() == "3 of 3"  # wrapped around
    bar.field.setText("zzzq")
    assert bar.count.text() == "No matches"
    bar.field.setText("island")
    press(qtbot, bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.page.reader.extraSelections() == []


def test_zoom_is_remembered(make_window):
    window = make_window()
    base = window.page.reader.document().defaultFont().pointSizeF()
    window.actions_[ActionId.ZOOM_IN].trigger()
    window.actions_[ActionId.ZOOM_IN].trigger()
    assert window.page.reader.document().defaultFont().pointSizeF() > base
    window.close()
    again = make_window()
    assert again.page.reader.zoom == 2
    again.actions_[ActionId.ZOOM_RESET].trigger()
    assert again.page.reader.document().defaultFont().pointSizeF() == base


# -- tracking -----------------------------------------------------------------------------------


def test_space_toggles_watched_and_ctrl_z_undoes(qtbot, window: MainWindow):
    open_title(window, "Fog Signal")
    view = window.navigator
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_Space)
    assert window.library.find("Fog Signal").watched
    assert window.page.watched_button.isChecked()
    assert window.page.watched_label.text().startswith("Watched once, last on")
    keepers = window.model.index(1, 0)
    assert keepers.siblingAtColumn(1).data() == "1/6"
    assert "1 of 7 episodes watched" in window.status_label.text()
    assert "(Ctrl+Z to undo)" in window.statusBar().currentMessage()
    press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.library.find("Fog Signal").watched
    assert keepers.siblingAtColumn(1).data() == "0/6"
    assert window.page.watched_label.text() == "Not watched yet"
    # the status bar no longer offers to undo what was just undone
    assert window.statusBar().currentMessage() == "Undone: Mark 'Fog Signal' watched"
    window.actions_[ActionId.REDO].trigger()
    assert window.library.find("Fog Signal").watched
    assert window.statusBar().currentMessage() == "Redone: Mark 'Fog Signal' watched"


def test_watched_button_toggles(qtbot, window: MainWindow):
    open_title(window, "Midsummer")
    qtbot.mouseClick(window.page.watched_button, Qt.MouseButton.LeftButton)
    assert window.library.find("Midsummer").watched
    qtbot.mouseClick(window.page.watched_button, Qt.MouseButton.LeftButton)
    assert not window.library.find("Midsummer").watched
    window.undo_stack.undo()
    assert window.library.find("Midsummer").watched


def _menu_action(window: MainWindow, index: QModelIndex, text: str):
    menu = window.context_menu(index)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_mark_watched_up_to_here_and_undo(window: MainWindow):
    window.library.plays.watch("fog signal")
    index = window.model.index_of_article("between the tides")
    _menu_action(window, index, "Mark Watched Up to Here").trigger()
    watched = [r.title for r in window.library.rows("the lighthouse keepers") if r.watched]
    assert watched == [
        "The Keeper's Log",
        "Fog Signal",
        "The Ship That Wasn't",
        "Midsummer",
        "Between the Tides",
    ]
    assert len(window.library.plays.of("fog signal")) == 1  # already watched: left alone
    assert window.model.index(1, 0).siblingAtColumn(1).data() == "5/6"
    window.undo_stack.undo()
    watched = [r.title for r in window.library.rows("the lighthouse keepers") if r.watched]
    assert watched == ["Fog Signal"]


def test_season_and_show_menus(window: MainWindow):
    keepers = window.model.index(1, 0)
    window.model.fetchMore(keepers)
    season1 = window.model.index(2, 0, keepers)
    assert season1.data() == "Season 1"
    _menu_action(window, season1, "Mark All Watched").trigger()
    assert season1.data(Role.PROGRESS) == (3, 3)
    _menu_action(window, keepers, "Mark All Unwatched").trigger()
    assert keepers.siblingAtColumn(1).data() == "0/6"
    window.undo_stack.undo()
    assert keepers.siblingAtColumn(1).data() == "3/6"


# -- notes ----------------------------------------------------------------------------------------


def test_note_saved_after_a_pause_and_when_switching(qtbot, window: MainWindow):
    open_title(window, "Fog Signal")
    editor = window.page.notes.editor
    qtbot.keyClicks(editor, "The horn")
    qtbot.waitUntil(lambda: window.library.notes.get("fog signal") == "The horn", timeout=3000)
    assert window.page.notes.status.text() == "Saved"
    qtbot.keyClicks(editor, " again")
    open_title(window, "Midsummer")  # switching flushes at once: no keystroke lost
    assert window.library.notes.get("fog signal") == "The horn again"
    assert editor.toPlainText() == ""
    open_title(window, "Fog Signal")
    assert editor.toPlainText() == "The horn again"
    index = window.model.index_of_article("fog signal")
    assert index.siblingAtColumn(1).data() == "✎"


def test_an_article_with_a_note_keeps_its_title_in_a_narrow_navigator(qtbot, window):
    """A new user's walk, at twice the scale: a row with a note gave its title only what the
    Watched column left (nothing), to show ✎ there. Its title spans the row now, and the ✎
    is drawn at the row's end."""
    window.library.notes.set("fog signal", "The horn")
    window.runner.took(ops_changes_all(), None)
    open_title(window, "Fog Signal")
    window.navigator.clearSelection()
    view = window.navigator
    view.setFixedWidth(240)
    noted = window.model.index_of_article("fog signal")
    plain = window.model.index_of_article("the keeper's log")
    assert noted.siblingAtColumn(1).data() == "✎"  # the model still says it (screen readers)
    assert view.isFirstColumnSpanned(noted.row(), noted.parent())
    title_column = view.header().sectionSize(0)
    qtbot.waitUntil(lambda: view.visualRect(noted).right() > title_column)  # the whole row

    def end_of(index) -> set[int]:
        row = view.visualRect(index)
        image = view.viewport().grab(row.adjusted(row.width() - 24, 0, 0, 0)).toImage()
        return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}

    assert len(end_of(noted)) > len(end_of(plain))  # the mark's pixels, beside the background


def test_note_and_marks_survive_closing_and_relaunch(qtbot, make_window):
    window = make_window()
    open_title(window, "Last Light")
    qtbot.keyClicks(window.page.notes.editor, "Typed right before quitting")
    window.tracking.toggle_current_watched()
    window.navigator.expand(window.model.index(0, 0))
    window.close()
    again = make_window()
    assert again.record.article.title == "Last Light"  # the last article reopens
    assert again.page.notes.editor.toPlainText() == "Typed right before quitting"
    assert again.page.watched_button.isChecked()
    assert again.navigator.isExpanded(again.model.index(0, 0))


# -- search, filter, shield ----------------------------------------------------------------------


def test_search_lists_results_and_enter_opens(qtbot, window: MainWindow):
    window.actions_[ActionId.SEARCH].trigger()
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "foghorn")
    assert window.centre.currentWidget() is window.search_panel
    results = window.search_panel.model
    qtbot.waitUntil(lambda: results.query == "foghorn")  # answered on the worker
    assert [h.title for h in results.hits][0] == "Fog Signal"
    assert "foghorn" in results.index(0).data() and "[" not in results.index(0).data()
    assert "<b>foghorn</b>" in results.index(0).data(Role.HTML)  # drawn bold, not bracketed
    press(qtbot, window.search_field, Qt.Key.Key_Return)
    assert window.record.article.title == "Fog Signal"
    assert window.centre.currentWidget() is window.page


def test_search_results_by_keyboard(qtbot, window: MainWindow):
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "season")
    qtbot.waitUntil(lambda: window.search_panel.model.query == "season")
    press(qtbot, window.search_field, Qt.Key.Key_Down)
    view = window.search_panel.view
    assert view.hasFocus()
    press(qtbot, view, Qt.Key.Key_Down)
    second = window.search_panel.model.hits[1].title
    press(qtbot, view, Qt.Key.Key_Return)
    assert window.record.article.title == second


def test_no_matches_says_so(qtbot, window: MainWindow):
    qtbot.keyClicks(window.search_field, "zzzqqq")
    qtbot.waitUntil(lambda: window.search_panel.heading.text() == "No matches for “zzzqqq”.")


def test_typing_never_waits_for_a_slow_search_and_stale_results_are_dropped(
    qtbot, window: MainWindow, monkeypatch
):
    """Each keystroke only hands the text to the search thread; a search still running
    for an older text is not shown (here each search takes 0.2 s)."""
    import time

    from guide.gui.pages import search

    real = search.run_search

    def slow(library, text):
        time.sleep(0.2)
        return real(library, text)

    monkeypatch.setattr(search, "run_search", slow)
    shown: list[str] = []
    panel = window.search_panel
    original = panel.show_results
    monkeypatch.setattr(
        panel,
        "show_results",
        lambda text, hits, error, **how: (shown.append(text), original(text, hits, error, **how)),
    )
    window.search_field.setFocus()
    started = time.perf_counter()
    qtbot.keyClicks(window.search_field, "lighthouse")
    typed = time.perf_counter() - started
    assert typed < 0.2  # ten keystrokes, none of them waiting for a search
    qtbot.waitUntil(lambda: panel.model.query == "lighthouse", timeout=5000)
    assert shown == ["lighthouse"]  # the older texts' results never reached the screen
    assert panel.model.hits


def test_filter_narrows_as_you_type(qtbot, window: MainWindow):
    qtbot.keyClicks(window.filter_field, "tides")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    show = window.model.index(0, 0)
    assert show.data() == "The Lighthouse Keepers" and window.navigator.isExpanded(show)
    assert (
        window.model.index(0, 0, window.model.index(0, 0, show)).data()
        == "Special: Between the Tides"
    )
    window.filter_field.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=2000)


def test_unwatched_only(window: MainWindow):
    window.library.plays.watch("heartstopper forever")
    window.library.plays.watch("harbour lights (film)")
    window.actions_[ActionId.UNWATCHED_ONLY].trigger()
    assert [window.model.index(r, 0).data() for r in range(window.model.rowCount())] == [
        "The Lighthouse Keepers"
    ]


def test_spoiler_shield_folds_unwatched_prose(qtbot, window: MainWindow):
    window.actions_[ActionId.SPOILER_SHIELD].trigger()
    open_title(window, "Last Light")
    assert SHIELD_TEXT in reader_text(window)
    assert "last entry" not in reader_text(window)
    assert window.page.reveal_button.isVisible()
    assert "Director" in window.side.infobox.toPlainText()  # the infobox stays visible
    assert window.page.notes.editor.isEnabled()
    qtbot.mouseClick(window.page.reveal_button, Qt.MouseButton.LeftButton)
    assert "last entry" in reader_text(window)
    open_title(window, "Midsummer")
    window.tracking.toggle_current_watched()
    assert "bonfire" in reader_text(window)  # watched: nothing to hide
    open_title(window, "The Lighthouse Keepers")
    assert "Premise" in reader_text(window)  # not an episode: never shielded


def test_accessible_names_on_main_widgets(window: MainWindow):
    names = {
        w.accessibleName()
        for w in (
            window.navigator,
            window.page.reader,
            window.side.infobox,
            window.page.notes.editor,
            window.search_field,
            window.filter_field,
        )
    }
    assert names == {
        "Navigator",
        "Article text",
        "Infobox",
        "Notes",
        "Search library",
        "Filter navigator",
    }


def test_about_box_shows_the_version(window: MainWindow, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from guide import __version__

    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(text=text))
    window.actions_[ActionId.ABOUT].trigger()
    assert __version__ in shown["text"]


def test_geometry_and_splitter_restored(make_window):
    window = make_window()
    window.resize(760, 560)  # the offscreen screen is 800 x 600
    window.splitter.setSizes([200, 550])
    window.open_key("fog signal")
    window.page.columns.setSizes([400, 150])
    sizes, columns = window.splitter.sizes(), window.page.columns.sizes()
    window.close()
    again = make_window()
    assert again.size().width() == 760 and again.splitter.sizes() == sizes
    assert again.page.columns.sizes() == columns


def test_drop_imports(qtbot, window: MainWindow, tmp_path: Path):
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import QDropEvent

    folder = tmp_path / "dropped"
    folder.mkdir()
    (folder / "a.txt").write_text("= Dropped Episode =\n\nInfobox\n- Series: New Show\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=10000)
    assert "1 added" in window.on_demand.imports.dialog.summary.text()
    names = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert "New Show" in names


def test_appearance_dark_light_and_remembered(make_window):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window = make_window()
    assert set(window.looks.appearance_actions) == {"system", "light", "dark"}
    dark = window.looks.appearance_actions["dark"]
    dark.trigger()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    text_colour = QApplication.palette().color(QPalette.ColorRole.Text)
    assert window_colour.lightness() < 100 < text_colour.lightness()
    window.close()
    again = make_window()
    assert [k for k, a in again.looks.appearance_actions.items() if a.isChecked()] == ["dark"]
    again.looks.appearance_actions["light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_the_window_fits_a_small_screen(qtbot, make_window, settings, monkeypatch):
    """A window saved larger than the screen (or the default size) opens within it."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 600))
    window = make_window()
    assert window.frameGeometry().width() <= 1024 and window.frameGeometry().height() <= 600


def test_panels_and_actions_are_about_what_the_centre_shows(qtbot, window):
    """Issue 11, item 1: open an episode, then a show page: the infobox, the contents and the
    episode's actions no longer speak of the episode; back on it, they do again."""
    from guide.gui.actions import ActionId

    window.open_key("fog signal")
    assert "Sigrid Aas" in window.side.infobox.toPlainText()
    assert window.actions_[ActionId.TOGGLE_WATCHED].isEnabled()
    window.open_show("the lighthouse keepers")
    assert window.side.infobox.toPlainText().strip() == ""
    assert window.side.contents.model().rowCount() == 0
    assert not window.side.isVisible()  # it belongs to the article's page
    for action in (ActionId.TOGGLE_WATCHED, ActionId.NEXT_ARTICLE, ActionId.WATCHED_UP_TO_HERE):
        assert not window.actions_[action].isEnabled(), action
    window.actions_[ActionId.TOGGLE_WATCHED].trigger()  # a shortcut that slips through
    window.tracking.toggle_current_watched()
    assert window.library.plays.of("fog signal") == []
    for page in (window.show_start_page, window.show_history, window.show_statistics):
        page()
        assert window.side.infobox.toPlainText().strip() == ""
        assert not window.side.isVisible()  # its width goes to the page
        assert not window.actions_[ActionId.TOGGLE_WATCHED].isEnabled()
    window.open_key("fog signal")
    assert window.centre.currentWidget() is window.page
    assert "Sigrid Aas" in window.side.infobox.toPlainText()
    assert window.side.isVisible()
    assert window.actions_[ActionId.TOGGLE_WATCHED].isEnabled()


def test_ctrl_z_in_the_note_undoes_typing_not_a_mark(qtbot, window):
    """Issue 11, item 11: undo in the editor undoes typing, step by step; the window's Undo
    applies to marks when the editor has no focus."""
    from PySide6.QtCore import Qt

    from guide.gui.actions import ActionId

    window.open_key("fog signal")
    window.tracking.toggle_current_watched()  # a mark on the undo stack
    window.library.notes.set("fog signal", "hello")
    window.runner.took(ops_changes_all(), None)
    notes = window.page.notes.editor
    assert notes.toPlainText() == "hello"
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " world")
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == "hello"  # the typing undone, the note as it was
    assert window.library.plays.watched_keys(["fog signal"]) == {"fog signal"}  # mark kept
    window.actions_[
        ActionId.UNDO
    ].trigger()  # the Edit menu's Undo, with the editor focused: the editor again
    assert window.library.plays.watched_keys(["fog signal"]) == {"fog signal"}
    window.navigator.setFocus()
    window.actions_[ActionId.UNDO].trigger()  # focus elsewhere: the mark
    assert window.library.plays.watched_keys(["fog signal"]) == set()


def test_edit_undo_says_what_it_would_undo_where_the_focus_is(qtbot, window):
    """A new user's walk: with the focus in the (empty) filter field, Edit → Undo read
    "Undo Mark … watched" and did nothing. It says "Undo Typing" in a text field, on only
    when there is typing to undo; elsewhere it names the last change."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    undo, redo = window.actions_[ActionId.UNDO], window.actions_[ActionId.REDO]
    window.open_key("fog signal")
    window.tracking.toggle_current_watched()
    window.navigator.setFocus()
    qtbot.waitUntil(lambda: undo.text() == "&Undo Mark 'Fog Signal' watched")
    assert undo.isEnabled() and not redo.isEnabled()
    field = window.filter_field
    field.setFocus()
    qtbot.waitUntil(lambda: undo.text() == "&Undo Typing")
    assert not undo.isEnabled() and redo.text() == "&Redo Typing"
    qtbot.keyClicks(field, "fog")
    assert undo.isEnabled()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "" and not undo.isEnabled() and redo.isEnabled()
    assert window.library.plays.watched_keys(["fog signal"]) == {"fog signal"}  # mark kept
    window.navigator.setFocus()
    qtbot.waitUntil(lambda: undo.text() == "&Undo Mark 'Fog Signal' watched")
    undo.trigger()
    assert window.library.plays.watched_keys(["fog signal"]) == set()
    assert redo.isEnabled() and redo.text() == "&Redo Mark 'Fog Signal' watched"


def test_undo_typing_is_off_once_the_note_editor_shows_another_text(qtbot, window):
    """Review: the note editor's text is set with its signals blocked, so Edit → Undo kept
    offering "Undo Typing" (and did nothing) after another article's note was shown."""
    window.activateWindow()
    undo = window.actions_[ActionId.UNDO]
    window.open_key("fog signal")
    editor = window.page.notes.editor
    editor.setFocus()
    qtbot.waitUntil(lambda: undo.text() == "&Undo Typing")
    qtbot.keyClicks(editor, "abc")
    assert undo.isEnabled()
    window.open_key("midsummer")  # the editor keeps the focus, with Midsummer's note
    editor.setFocus()
    assert not editor.document().isUndoAvailable()
    qtbot.waitUntil(lambda: not undo.isEnabled())


def ops_changes_all():
    from guide.core.ops import Changes

    return Changes.all()


def test_a_window_saved_on_a_large_screen_fills_a_small_one(qtbot, make_window, monkeypatch):
    """Issue 11, item 5: saved at 1400×900, opened on 1024×600: it fits the screen, rather
    than shrinking to a fraction of it."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    first = make_window()
    first.resize(1400, 900)
    first.close()  # saves its size
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 1024, 600))
    window = make_window()
    frame = window.frameGeometry()
    assert frame.width() <= 1024 and frame.height() <= 600
    assert frame.width() >= 1000 and frame.height() >= 580


def test_help_lists_every_shortcut_from_the_menus_and_the_format(qtbot, window: MainWindow):
    from guide.gui.actions import SPECS
    from guide.gui.dialogs.help import FormatGuideDialog, ShortcutsDialog

    window.actions_[ActionId.SHORTCUTS].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = {
        (dialog.model.index(r, 2).data(), dialog.model.index(r, 1).data())
        for r in range(dialog.model.rowCount())
    }
    assert ("Rate", "Ctrl+Shift+R") in rows and ("Upcoming", "Ctrl+2") in rows
    assert all(keys != "Open" for _, keys in rows)  # only keys a keyboard has
    undo = next(keys for does, keys in rows if does == "Undo")
    assert undo.startswith("Ctrl+Z") and "F14" not in undo  # a key few keyboards have
    typed = [s for s in SPECS.values() if any(isinstance(k, str) for k in s.shortcuts)]
    assert len(rows) >= len(typed)  # every command with a typed shortcut is listed
    shortcuts = [k.toString() for k in window.actions_[ActionId.SHORTCUTS].shortcuts()]
    assert "F1" in shortcuts
    dialog.close()
    window.actions_[ActionId.FORMAT_GUIDE].trigger()
    guide = window.findChild(FormatGuideDialog)
    assert "= Fog Signal =" in guide.findChild(QTextBrowser).toPlainText()


def test_down_from_the_filter_enters_the_navigator(qtbot, window: MainWindow):
    window.filter_field.setFocus()
    qtbot.keyClick(window.filter_field, Qt.Key.Key_Down)
    assert window.navigator.hasFocus()
    assert window.navigator.currentIndex().isValid()


def test_each_library_keeps_its_own_open_article_and_expanded_shows(qtbot, tmp_path, settings):
    """A session on another library must not overwrite the first one's place."""
    from guide.core.library import Library
    from guide.core.opening import add_samples

    paths = [tmp_path / "first.db", tmp_path / "second.db"]
    for path in paths:
        with Library(path) as library:
            add_samples(library)
    opened = []

    def session(path, title=None):
        library = Library(path)
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        if title:
            window.open_key(title)
        shown = window.record.article.title if window.record else None
        window.close()
        library.close()
        opened.append(shown)

    session(paths[0], "fog signal")
    session(paths[1], "midsummer")
    session(paths[0])
    session(paths[1])
    assert opened[2:] == ["Fog Signal", "Midsummer"]


def test_the_spoiler_shield_folds_search_snippets_of_unwatched_episodes(qtbot, window: MainWindow):
    from guide.core import ops
    from guide.gui.pages.search import SHIELDED

    window.actions_[ActionId.SPOILER_SHIELD].trigger()  # on
    window.search_panel.search("foghorn")
    results = window.search_panel.model
    fog = next(i for i, h in enumerate(results.hits) if h.title == "Fog Signal")
    assert SHIELDED in results.index(fog).data() and "foghorn" not in results.index(fog).data()
    window.apply(ops.Watch(("fog signal",), "watch"))
    window.search_panel.search("foghorn")
    fog = next(i for i, h in enumerate(results.hits) if h.title == "Fog Signal")
    assert "foghorn" in results.index(fog).data()  # watched: nothing left to spoil
    window.actions_[ActionId.SPOILER_SHIELD].trigger()  # off
    assert all(SHIELDED not in results.index(r).data() for r in range(results.rowCount()))


def test_remove_a_show_after_asking_then_undo(qtbot, window: MainWindow, monkeypatch, boxes):
    from PySide6.QtWidgets import QMessageBox

    boxes.answer = QMessageBox.StandardButton.Yes
    window.open_key("fog signal")
    window.apply(ops.Watch(("fog signal",), "watch"))
    show = next(
        window.model.index(r, 0)
        for r in range(window.model.rowCount())
        if window.model.index(r, 0).data() == "The Lighthouse Keepers"
    )
    menu = window.context_menu(show)
    remove = next(a for a in menu.actions() if a.text() == "Re&move Show From Library…")
    remove.trigger()
    ((_title, asked, _format, default),) = boxes.shown
    assert default == QMessageBox.StandardButton.Cancel  # Enter alone removes nothing
    assert "The Lighthouse Keepers" in asked and "kept" in asked
    assert [window.model.index(r, 0).data() for r in range(window.model.rowCount())] == [
        "Heartstopper",
        "Outside any show",
    ]
    assert window.centre.currentWidget() is window.start_page  # its article was open
    assert window.status_label.text() == "2 articles · 1 show · 0 of 1 episode watched"
    window.actions_[ActionId.UNDO].trigger()
    assert window.model.rowCount() == 3
    assert window.library.find("Fog Signal").watched  # the play was kept all along


def test_an_article_menu_offers_its_folder(qtbot, window: MainWindow, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    index = window.model.index_of_article("fog signal")
    if not index.isValid():
        window.open_key("fog signal")
        index = window.model.index_of_article("fog signal")
    menu = window.context_menu(index)
    action = next(a for a in menu.actions() if a.text() == "Show in &Folder")
    action.trigger()
    record = window.library.find("fog signal")
    assert opened == [os.path.dirname(record.source_path)]


def test_pages_and_shows_are_in_back_and_forward(qtbot, window: MainWindow):
    pilot = window.library.find("The Keeper's Log").id
    window.open_article(pilot)
    window.reading.follow_link("article:" + str(window.library.find("Fog Signal").id))
    window.open_show("the lighthouse keepers")
    window.show_history()
    assert window.centre.currentWidget() is window.pages.history
    window.go_back()
    assert window.centre.currentWidget() is window.pages.show
    assert window.pages.show.show_key == "the lighthouse keepers"
    window.go_back()
    assert window.record.article.title == "Fog Signal"
    window.go_back()
    assert window.record.article.title == "The Keeper's Log"
    window.go_forward()
    window.go_forward()
    assert window.centre.currentWidget() is window.pages.show
    window.go_forward()
    assert window.centre.currentWidget() is window.pages.history
    assert not window.actions_[ActionId.FORWARD].isEnabled()


def test_alt_left_with_nowhere_to_go_never_moves_the_navigator(qtbot, window: MainWindow):
    window.navigator.setFocus()
    window.navigator.setCurrentIndex(window.model.index(1, 0))  # a show: its page
    window.history.items, window.history.position = [window.history.current], 0
    assert not window.history.can_go_back()  # nowhere to go back to
    before = window.navigator.currentIndex()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.currentIndex() == before


def test_lines_stay_readable_and_contents_follow_the_reading(qtbot, window: MainWindow):
    open_title(window, "The Lighthouse Keepers")
    reader = window.page.reader
    window.resize(1600, 700)
    qtbot.wait(10)
    widest = QFontMetrics(reader.document().defaultFont()).averageCharWidth() * 80
    assert reader.lineWrapColumnOrWidth() == widest < reader.viewport().width()
    window.resize(700, 500)
    qtbot.wait(10)
    assert reader.lineWrapColumnOrWidth() <= reader.viewport().width()  # never wider
    tops = reader.heading_tops()
    assert len(tops) == window.side.contents.model().rowCount()
    window.side.contents.follow(int(tops[-1]) + 1)
    assert window.side.contents.currentIndex().row() == len(tops) - 1


def test_an_article_opened_from_search_shows_the_words_searched_for(qtbot, window: MainWindow):
    window.search_panel.search("foghorn night")
    results = window.search_panel
    row = next(i for i, h in enumerate(results.model.hits) if h.title == "Fog Signal")
    results.view.activated.emit(results.model.index(row))
    assert window.record.article.title == "Fog Signal"
    marked = [s.cursor.selectedText().lower() for s in window.page.reader.extraSelections()]
    assert "foghorn" in marked
    window.open_key("midsummer")  # opened otherwise: nothing highlighted
    assert window.page.reader.extraSelections() == []


def test_hide_titles_of_unwatched_episodes_everywhere(qtbot, window: MainWindow):
    a = window.actions_
    assert not a[ActionId.HIDE_TITLES].isEnabled()  # an option of the Spoiler Shield
    a[ActionId.SPOILER_SHIELD].trigger()
    a[ActionId.HIDE_TITLES].trigger()
    assert window.titles_hidden()
    # Continue Watching: the next episode by its number alone.
    window.show_start_page()
    texts = [
        window.start_page.model.index(r, 1).data()
        for r in range(window.start_page.model.rowCount())
    ]
    assert "S01E01 (title hidden)" in texts and not any("Keeper's Log" in t for t in texts)
    # The navigator, its tooltips and what a screen reader hears.
    model = window.model
    keepers = model.index(1, 0)
    model.fetchMore(keepers)
    season = model.index(2, 0, keepers)
    model.fetchMore(season)
    first = model.index(0, 0, season)
    assert first.data() == "1. (title hidden)"
    assert "Keeper" not in first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Keeper" not in first.data(Qt.ItemDataRole.ToolTipRole)
    # Search results, the window title and the reader.
    window.search_panel.search("fog signal")
    shown = window.search_panel.model.index(0).data()
    assert shown.startswith("S01E02 (title hidden)")  # by its number, as the README says
    open_title(window, "Fog Signal")
    assert window.windowTitle() == "S01E02 (title hidden) — Episode Guide"
    assert "Fog Signal" not in reader_text(window)
    # Watched, the title is back everywhere.
    window.tracking.toggle_current_watched()
    assert window.windowTitle() == "Fog Signal — Episode Guide"
    assert reader_text(window).startswith("Fog Signal")
    a[ActionId.HIDE_TITLES].trigger()
    assert first.data() == "1. The Keeper's Log"
    a[ActionId.HIDE_TITLES].trigger()
    open_title(window, "The Ship That Wasn't")
    assert window.windowTitle() == "S01E03 (title hidden) — Episode Guide"
    qtbot.mouseClick(window.page.reveal_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "The Ship That Wasn't — Episode Guide"  # shown anyway


def test_a_long_infobox_is_read_in_pieces(tmp_path: Path, window: MainWindow):
    """Opening an article of 1,000 fields reads the 200 shown (and how many there are); Show
    more reads the next ones; fields that mean something are found wherever they stand."""
    from guide.core.importing.articles import import_paths
    from guide.gui.reader.render import MORE_FIELDS

    fields = "\n".join(f"- Field {n}: value {n}" for n in range(1_000))
    path = tmp_path / "long.txt"
    path.write_text(f"= Long One =\n\nInfobox\n{fields}\n- Episode: 3\n\nA lead.\n")
    import_paths(window.library, [str(path)])
    open_title(window, "Long One")
    record = window.record
    assert len(record.article.infobox) == 200 and record.infobox_total == 1_001
    assert record.article.episode == 3  # the field after the thousandth, read all the same
    shown = window.side.infobox.toPlainText()
    assert "Show 801 more fields (801 not shown yet)" in shown
    window.reading.follow_link(MORE_FIELDS)
    assert len(window.record.article.infobox) == 1_001 and window.record.infobox_total is None
    assert window.side.infobox.toPlainText().rstrip().endswith("Episode\n3")  # the last
    window.tracking.toggle_current_watched()  # an episode (it has a number): a change rereads it
    assert len(window.record.article.infobox) == 1_001  # with the fields shown


def test_unwatched_only_is_restored_on_the_next_start(make_window):
    window = make_window()
    window.actions_[ActionId.UNWATCHED_ONLY].trigger()
    window.close()
    again = make_window()
    assert again.actions_[ActionId.UNWATCHED_ONLY].isChecked()
    assert again.model.unwatched_only  # the filter applied, not only the box checked


def test_an_undo_that_fails_says_so_and_never_undone(qtbot, window: MainWindow, monkeypatch, boxes):
    from guide.core import ops
    from guide.core.errors import LibraryError

    open_title(window, "Fog Signal")
    window.actions_[ActionId.TOGGLE_WATCHED].trigger()
    real = ops.apply

    def busy(library, op):
        raise LibraryError("the library is busy; nothing was changed")

    monkeypatch.setattr(ops, "apply", busy)
    window.edits.undo()
    assert window.library.find("Fog Signal").watched  # not undone
    assert "not done" in window.statusBar().currentMessage()
    assert boxes.texts and "busy" in boxes.texts[-1]
    monkeypatch.setattr(ops, "apply", real)
