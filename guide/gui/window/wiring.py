"""The window's wiring: each menu action to what it does, and each part's signals to the
parts that answer them (the window builds the parts; this connects them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QGuiApplication

from guide.gui.actions import ActionId

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QLineEdit, QStackedWidget, QStatusBar

    from guide.core.library import Library
    from guide.core.library.records import ArticleRecord
    from guide.gui.dialogs.syncing import SyncCommands
    from guide.gui.navigator.model import NavigatorModel
    from guide.gui.navigator.view import NavigatorView
    from guide.gui.operations import OperationRunner
    from guide.gui.pages.search import Searcher, SearchPanel
    from guide.gui.pages.up_next import UpNextPage
    from guide.gui.reader.panels import ArticlePage, SidePanel
    from guide.gui.window.appearance import AppearanceMenus
    from guide.gui.window.commands import TrackingCommands
    from guide.gui.window.editing import Edits
    from guide.gui.window.note_commands import NoteCommands
    from guide.gui.window.on_demand import OnDemand
    from guide.gui.window.reading import Reading
    from guide.gui.window.routing import Pages
    from guide.gui.window.search_commands import SearchCommands
    from guide.gui.window.status import StatusCounts
    from guide.gui.window.tree import NavigatorSync


class Window(Protocol):
    """What the wiring connects: the window's parts, its pages and its widgets."""

    library: Library
    actions_: dict[ActionId, QAction]
    runner: OperationRunner
    undo_stack: QUndoStack
    edits: Edits
    reading: Reading
    tracking: TrackingCommands
    notes: NoteCommands
    looks: AppearanceMenus
    tree: NavigatorSync
    status: StatusCounts
    pages: Pages
    searching: SearchCommands
    syncing: SyncCommands
    model: NavigatorModel
    navigator: NavigatorView
    centre: QStackedWidget
    page: ArticlePage
    side: SidePanel
    start_page: UpNextPage
    search_panel: SearchPanel
    searcher: Searcher
    search_field: QLineEdit
    filter_field: QLineEdit
    filter_timer: QTimer

    on_demand: OnDemand

    def statusBar(self) -> QStatusBar: ...

    def close(self) -> bool: ...

    def go_back(self) -> None: ...

    def go_forward(self) -> None: ...

    def set_zoom(self, step: int) -> None: ...

    def shown_record(self) -> ArticleRecord | None: ...

    def open_article(self, article_id: int, *, remember: bool = True) -> None: ...

    def open_show(self, show_key: str, *, remember: bool = True) -> None: ...

    def show_start_page(self, *, remember: bool = True) -> None: ...

    def show_history(self) -> None: ...

    def show_statistics(self) -> None: ...

    def show_all_notes(self) -> None: ...

    def show_upcoming(self) -> None: ...

    def show_shortcuts(self) -> None: ...

    def show_format_guide(self) -> None: ...

    def show_about(self) -> None: ...

    def on_shield_toggled(self) -> None: ...

    def on_centre_changed(self, index: int) -> None: ...


def connect(w: Window) -> None:
    """Every action to its handler, every part's signal to the parts that answer it."""
    a = w.actions_
    handlers: dict[ActionId, Callable[..., Any]] = {
        ActionId.IMPORT_FILES: lambda: w.on_demand.imports.choose_files(),
        ActionId.IMPORT_FOLDER: lambda: w.on_demand.imports.choose_folder(),
        ActionId.GET_ARTICLES: w.on_demand.get_articles,
        ActionId.QUIT: w.close,
        ActionId.UNDO: w.edits.undo,
        ActionId.REDO: w.edits.redo,
        ActionId.FIND: w.page.find_bar.open_bar,
        ActionId.FIND_NEXT: w.page.find_bar.find_next,
        ActionId.FIND_PREVIOUS: w.page.find_bar.find_previous,
        ActionId.SEARCH: w.searching.focus_search,
        ActionId.FILTER: w.searching.focus_filter,
        ActionId.BACK: w.go_back,
        ActionId.FORWARD: w.go_forward,
        ActionId.PREVIOUS_ARTICLE: lambda: w.reading.step_article(-1),
        ActionId.NEXT_ARTICLE: lambda: w.reading.step_article(1),
        ActionId.ZOOM_IN: lambda: w.set_zoom(w.page.reader.zoom + 1),
        ActionId.ZOOM_OUT: lambda: w.set_zoom(w.page.reader.zoom - 1),
        ActionId.ZOOM_RESET: lambda: w.set_zoom(0),
        ActionId.TOGGLE_WATCHED: lambda wanted: w.tracking.set_watched(w.shown_record(), wanted),
        ActionId.WATCHED_UP_TO_HERE: w.tracking.watched_up_to_current,
        ActionId.WATCHED_ON: w.tracking.watched_on_current,
        ActionId.SHORTCUTS: w.show_shortcuts,
        ActionId.FORMAT_GUIDE: w.show_format_guide,
        ActionId.UNWATCHED_ONLY: w.tree.apply_filter,
        ActionId.SPOILER_SHIELD: w.on_shield_toggled,
        ActionId.HIDE_TITLES: w.on_shield_toggled,
        ActionId.ABOUT: w.show_about,
        ActionId.CONTINUE_WATCHING: w.show_start_page,
        ActionId.HISTORY: w.show_history,
        ActionId.STATISTICS: w.show_statistics,
        ActionId.ALL_NOTES: w.show_all_notes,
        ActionId.START_REWATCH: w.tracking.start_rewatch_current,
        ActionId.SAVE_SEARCH: lambda: w.searching.save_current(),
        ActionId.EXPORT_DATA: lambda: w.on_demand.safety.export_personal_data(),
        ActionId.MERGE_DATA: lambda: w.on_demand.safety.merge_personal_data(),
        ActionId.BACK_UP: lambda: w.on_demand.safety.back_up_now(),
        ActionId.RESTORE: lambda: w.on_demand.safety.restore_from_backup(),
        ActionId.CHECK: lambda: w.on_demand.safety.check_library(),
        ActionId.SYNC_FOLDER: w.syncing.choose_folder,
        ActionId.SYNC_NOW: w.syncing.sync_now,
        ActionId.IMPORT_HISTORY: lambda: w.on_demand.history_imports().choose_files(),
        ActionId.RATE: w.tree.focus_rating,
        ActionId.RATING_COLUMN: w.tree.on_rating_column,
        ActionId.UPCOMING: w.show_upcoming,
    }
    for action_id, handler in handlers.items():
        # A checkable action follows its state however it changed: a click, a key, or a
        # screen reader's Toggle (which sets the state without triggering the action).
        action = a[action_id]
        (action.toggled if action.isCheckable() else action.triggered).connect(handler)
    w.edits.follow(a[ActionId.UNDO], a[ActionId.REDO])
    w.navigator.selectionModel().selectionChanged.connect(w.tree.on_selection_changed)
    w.navigator.toggle_requested.connect(w.tree.on_toggle_requested)
    w.navigator.customContextMenuRequested.connect(
        lambda point: w.on_demand.navigator_menu.on_request(point)
    )
    w.model.watched_toggled.connect(w.tree.on_check_toggled)
    w.filter_field.textChanged.connect(lambda _: w.filter_timer.start())
    w.filter_timer.timeout.connect(w.tree.apply_filter)
    w.search_field.textChanged.connect(w.searching.on_text)
    w.search_field.returnPressed.connect(w.searching.on_enter)
    w.search_field.installEventFilter(w.searching.keys)
    w.filter_field.installEventFilter(w.searching.keys)
    w.search_panel.article_chosen.connect(w.searching.open_result)
    w.searcher.found.connect(w.searching.on_found)
    w.page.link_activated.connect(w.reading.follow_link)
    w.page.rendered.connect(w.reading.on_page_rendered)
    w.page.watched_button.toggled.connect(
        lambda wanted: w.tracking.set_watched(w.page.record, wanted)
    )
    w.page.notes.saver = w.notes.save_note
    w.page.notes.resolve_requested.connect(w.notes.resolve_note)
    w.page.notes.history_requested.connect(w.notes.show_note_history)
    # Every part hears every change for itself, in this order: the navigator's rows first
    # (the article's actions ask whether its show is started), then the article shown and
    # its actions, the status bar's counts, the page shown.
    w.runner.library_changed.connect(w.tree.on_library_changed)
    w.runner.library_changed.connect(w.reading.on_library_changed)
    w.runner.library_changed.connect(w.status.on_library_changed)
    w.pages.listen(w.start_page)
    w.centre.currentChanged.connect(w.on_centre_changed)
    w.runner.failed.connect(w.edits.on_write_failed)
    w.library.on_busy = lambda message: w.statusBar().showMessage(message, 3000)
    QGuiApplication.styleHints().colorSchemeChanged.connect(w.looks.on_system_scheme)
    w.side.link_activated.connect(w.reading.follow_link)
    w.start_page.open_article.connect(w.open_article)
    w.start_page.open_show.connect(w.open_show)
    w.start_page.mark_watched.connect(w.tracking.mark_key_watched)
    w.start_page.remove_samples.connect(w.tracking.remove_samples)
    w.page.rating_box.rating_chosen.connect(w.tracking.rate_current)
    w.page.reader.verticalScrollBar().valueChanged.connect(w.side.contents.follow)
