"""The main window: it composes the panels and routes actions to the core.

Every write goes through ``self.runner`` (:mod:`guide.gui.operations`), which owns undo and
emits ``library_changed``; the window redraws from that signal alone (``_on_library_changed``),
whoever wrote: this window, its import worker, or another program.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide.core.library import Library
from guide.core.library.records import ArticleRecord
from guide.gui.access import name_built_in_parts
from guide.gui.actions import MENUS, TOOLBAR, ActionId, create_actions
from guide.gui.dialogs.syncing import SyncCommands
from guide.gui.i18n import tr
from guide.gui.navigator.model import NavigatorModel
from guide.gui.navigator.view import NavigatorView
from guide.gui.operations import OperationRunner
from guide.gui.pages.search import Searcher, SearchPanel
from guide.gui.pages.up_next import UpNextPage
from guide.gui.reader.panels import ArticlePage, SidePanel
from guide.gui.settings import Settings
from guide.gui.window.appearance import AppearanceMenus
from guide.gui.window.checking import DamageCheck, show_read_only
from guide.gui.window.commands import TrackingCommands
from guide.gui.window.editing import Edits
from guide.gui.window.navigation_history import History
from guide.gui.window.note_commands import NoteCommands
from guide.gui.window.reading import APP_TITLE, Reading
from guide.gui.window.routing import Pages
from guide.gui.window.search_commands import SearchCommands
from guide.gui.window.state import WindowState
from guide.gui.window.status import StatusCounts
from guide.gui.window.tree import NavigatorSync

if TYPE_CHECKING:  # ops is imported where an operation is made: not at start
    from guide.core import ops
    from guide.gui.dialogs.importing import ImportCommands
    from guide.gui.dialogs.safety import SafetyCommands
    from guide.gui.navigator.menu import NavigatorMenu
    from guide.gui.pages.history import HistoryPage
    from guide.gui.pages.notes import NotesPage
    from guide.gui.pages.show import ShowPage
    from guide.gui.pages.stats import StatsPage
    from guide.gui.pages.upcoming import UpcomingPage

FILTER_DELAY_MS = 120


class FilterRow(QWidget):
    """The navigator's filter field and its Unwatched Only button: side by side when both fit,
    the button under the field when the column (or a language's longer words) is too narrow."""

    def __init__(self, field: QLineEdit, button: QWidget, parent: QWidget):
        super().__init__(parent)
        self.field, self.button = field, button
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(field, 1)
        self.box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def resizeEvent(self, event: QResizeEvent) -> None:
        field = self.field.fontMetrics().horizontalAdvance(self.field.placeholderText()) + 48
        needed = field + self.box.spacing() + self.button.sizeHint().width()
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()  # one row or two: the navigator takes the rest
        super().resizeEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: Settings | None = None):
        super().__init__()
        self.library = library
        self.settings = settings or Settings()
        self.history = History()
        self.runner = OperationRunner(library, self)
        self.tracking = TrackingCommands(self, library)
        self.notes = NoteCommands(self)
        self.looks = AppearanceMenus(self)
        self.tree = NavigatorSync(self)
        self.undo_stack = self.runner.undo_stack
        self.reading = Reading(self)  # the article shown: see reading.py
        self.edits = Edits(self)  # operations applied and said, Undo and Redo
        self._closed = False
        self.setObjectName("main_window")
        self.setWindowTitle(APP_TITLE)
        self.setAcceptDrops(True)
        self.actions_ = create_actions(self)
        self.syncing = SyncCommands(self)
        self.searching = SearchCommands(self)
        self._history_imports: Any = None
        self.fill_after_paint = False  # Continue Watching waits for the first frame
        self.start_page_filled = False
        self._build_widgets()
        self._build_menus_and_toolbar()
        self._connect()
        self.state = WindowState(self)
        self.state.restore()
        name_built_in_parts(self)
        self.navigator.setFocus()  # the window opens with the keys in the navigator

    # -- building --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.model = NavigatorModel(self.library, self)
        # Widgets are made in reading order, which is the Tab order: the filter, its button,
        # the navigator, the centre, the side panel, then the toolbar's search field.
        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("filter_field")
        self.filter_field.setAccessibleName(tr("Filter navigator"))
        self.filter_field.setPlaceholderText(tr("Filter"))  # short: the column is narrow
        self.filter_field.setToolTip(tr("Narrow the navigator by title or show (Ctrl+L)"))
        self.filter_field.setClearButtonEnabled(True)
        unwatched = QToolButton(self)
        unwatched.setDefaultAction(self.actions_[ActionId.UNWATCHED_ONLY])
        self.navigator: NavigatorView = NavigatorView(self)
        self.navigator.setModel(self.model)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(FilterRow(self.filter_field, unwatched, left))
        left_layout.addWidget(self.navigator)

        self.page = ArticlePage(self)
        self.search_panel = SearchPanel(self.library, self)
        self.searcher = Searcher(self.library.path, self)
        self.start_page = UpNextPage(self.library, self)
        self.start_page.setObjectName("start_page")
        self.centre = QStackedWidget(self)
        for widget in (self.start_page, self.page, self.search_panel):
            self.centre.addWidget(widget)
        self.pages = Pages(self)  # the other pages: built when first shown (routing)
        self.side = SidePanel(self)
        self.page.add_side(self.side)  # on the article's page alone: the others are wider

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setSizes([300, 980])
        self.setCentralWidget(self.splitter)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("search_field")
        self.search_field.setAccessibleName(tr("Search library"))
        self.search_field.setPlaceholderText(tr("Search (Ctrl+K)"))
        self.search_field.setToolTip(tr("Search every article and note (Ctrl+K)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(320)
        # Room for its words; toolbar buttons that no longer fit move into the » menu.
        self.search_field.setMinimumWidth(
            self.search_field.fontMetrics().horizontalAdvance(self.search_field.placeholderText())
            + 48
        )
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.status = StatusCounts(self.library, self)
        self.status_label = self.status.label
        self.statusBar().addPermanentWidget(self.status_label)
        if self.library.read_only is not None:  # a full disk, a read-only file system
            show_read_only(self, self)
        self.damage_check = DamageCheck(self, self)

    def _build_menus_and_toolbar(self) -> None:
        for title, items in MENUS:
            menu = self.menuBar().addMenu(tr(title))
            self._fill(menu, items)
            if title == "&View":
                self.looks.build_appearance_menu(menu.addMenu(tr("A&ppearance")))
                # Filled when first opened: the catalogues are looked for then, not at start.
                self.looks.language_menu = menu.addMenu(tr("&Language"))
                self.looks.language_menu.aboutToShow.connect(lambda: self.looks.language_actions)
        toolbar = self.addToolBar(tr("Navigation"))
        toolbar.setObjectName("toolbar")
        self._fill(toolbar, TOOLBAR)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)

    def _fill(self, container: QMenu | QToolBar, items: tuple[ActionId | None, ...]) -> None:
        for item in items:
            if item is None:
                container.addSeparator()
            else:
                container.addAction(self.actions_[item])

    def _connect(self) -> None:
        a = self.actions_
        handlers: dict[ActionId, Callable[..., Any]] = {
            ActionId.IMPORT_FILES: lambda: self.imports.choose_files(),
            ActionId.IMPORT_FOLDER: lambda: self.imports.choose_folder(),
            ActionId.GET_ARTICLES: self.get_articles,
            ActionId.QUIT: self.close,
            ActionId.UNDO: self.edits.undo,
            ActionId.REDO: self.edits.redo,
            ActionId.FIND: self.page.find_bar.open_bar,
            ActionId.FIND_NEXT: self.page.find_bar.find_next,
            ActionId.FIND_PREVIOUS: self.page.find_bar.find_previous,
            ActionId.SEARCH: self.searching.focus_search,
            ActionId.FILTER: self.searching.focus_filter,
            ActionId.BACK: self.go_back,
            ActionId.FORWARD: self.go_forward,
            ActionId.PREVIOUS_ARTICLE: lambda: self.reading.step_article(-1),
            ActionId.NEXT_ARTICLE: lambda: self.reading.step_article(1),
            ActionId.ZOOM_IN: lambda: self.set_zoom(self.page.reader.zoom + 1),
            ActionId.ZOOM_OUT: lambda: self.set_zoom(self.page.reader.zoom - 1),
            ActionId.ZOOM_RESET: lambda: self.set_zoom(0),
            ActionId.TOGGLE_WATCHED: lambda wanted: self.tracking.set_watched(
                self.shown_record(), wanted
            ),
            ActionId.WATCHED_UP_TO_HERE: self.tracking.watched_up_to_current,
            ActionId.WATCHED_ON: self.tracking.watched_on_current,
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.FORMAT_GUIDE: self.show_format_guide,
            ActionId.UNWATCHED_ONLY: self.tree.apply_filter,
            ActionId.SPOILER_SHIELD: self.on_shield_toggled,
            ActionId.HIDE_TITLES: self.on_shield_toggled,
            ActionId.ABOUT: self.show_about,
            ActionId.CONTINUE_WATCHING: self.show_start_page,
            ActionId.HISTORY: self.show_history,
            ActionId.STATISTICS: self.show_statistics,
            ActionId.ALL_NOTES: self.show_all_notes,
            ActionId.START_REWATCH: self.tracking.start_rewatch_current,
            ActionId.SAVE_SEARCH: lambda: self.searching.save_current(),
            ActionId.EXPORT_DATA: lambda: self.safety.export_personal_data(),
            ActionId.MERGE_DATA: lambda: self.safety.merge_personal_data(),
            ActionId.BACK_UP: lambda: self.safety.back_up_now(),
            ActionId.RESTORE: lambda: self.safety.restore_from_backup(),
            ActionId.CHECK: lambda: self.safety.check_library(),
            ActionId.SYNC_FOLDER: self.syncing.choose_folder,
            ActionId.SYNC_NOW: self.syncing.sync_now,
            ActionId.IMPORT_HISTORY: lambda: self.history_imports().choose_files(),
            ActionId.RATE: self.tree.focus_rating,
            ActionId.RATING_COLUMN: self.tree.on_rating_column,
            ActionId.UPCOMING: self.show_upcoming,
        }
        for action_id, handler in handlers.items():
            # A checkable action follows its state however it changed: a click, a key, or a
            # screen reader's Toggle (which sets the state without triggering the action).
            action = a[action_id]
            (action.toggled if action.isCheckable() else action.triggered).connect(handler)
        self.undo_stack.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        self.undo_stack.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: a[ActionId.UNDO].setText(
                tr("&Undo {what}").format(what=text) if text else tr("&Undo")
            )
        )
        self.undo_stack.redoTextChanged.connect(
            lambda text: a[ActionId.REDO].setText(
                tr("&Redo {what}").format(what=text) if text else tr("&Redo")
            )
        )
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)
        self.navigator.selectionModel().selectionChanged.connect(self.tree.on_selection_changed)
        self.navigator.toggle_requested.connect(self.tree.on_toggle_requested)
        self.navigator.customContextMenuRequested.connect(
            lambda point: self.navigator_menu.on_request(point)
        )
        self.model.watched_toggled.connect(self.tree.on_check_toggled)
        self.filter_field.textChanged.connect(lambda _: self.filter_timer.start())
        self.filter_timer.timeout.connect(self.tree.apply_filter)
        self.search_field.textChanged.connect(self.searching.on_text)
        self.search_field.returnPressed.connect(self.searching.on_enter)
        self.search_field.installEventFilter(self.searching.keys)
        self.filter_field.installEventFilter(self.searching.keys)
        self.search_panel.article_chosen.connect(self.searching.open_result)
        self.searcher.found.connect(self.searching.on_found)
        self.page.link_activated.connect(self.reading.follow_link)
        self.page.rendered.connect(self.reading.on_page_rendered)
        self.page.watched_button.toggled.connect(
            lambda wanted: self.tracking.set_watched(self.page.record, wanted)
        )
        self.page.notes.saver = self.notes.save_note
        self.page.notes.resolve_requested.connect(self.notes.resolve_note)
        self.page.notes.history_requested.connect(self.notes.show_note_history)
        self.runner.library_changed.connect(self._on_library_changed)
        self.centre.currentChanged.connect(self.on_centre_changed)
        self.runner.failed.connect(self.edits.on_write_failed)
        self.library.on_busy = lambda message: self.statusBar().showMessage(message, 3000)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.looks.on_system_scheme)
        self.side.link_activated.connect(self.reading.follow_link)
        self.start_page.open_article.connect(self.open_article)
        self.start_page.open_show.connect(self.open_show)
        self.start_page.mark_watched.connect(self.tracking.mark_key_watched)
        self.start_page.remove_samples.connect(self.tracking.remove_samples)
        self.page.rating_box.rating_chosen.connect(self.tracking.rate_current)
        self.page.reader.verticalScrollBar().valueChanged.connect(self.side.contents.follow)

    # -- pages built when first shown (the window opens on Continue Watching) -----------------

    # -- the article shown (reading.py); named here for the window's other parts -----------

    @property
    def record(self) -> ArticleRecord | None:
        return self.reading.record

    @record.setter
    def record(self, record: ArticleRecord | None) -> None:
        self.reading.record = record

    def open_article(self, article_id: int, *, remember: bool = True) -> None:
        self.reading.open_article(article_id, remember=remember)

    def open_key(self, key: str) -> None:
        self.reading.open_key(key)

    def render_article(self, record: ArticleRecord) -> None:
        self.reading.render_article(record)

    def shown_record(self) -> ArticleRecord | None:
        return self.reading.shown_record()

    def titles_hidden(self) -> bool:
        return self.reading.titles_hidden()

    def shown_title(self, record: ArticleRecord) -> str:
        return self.reading.shown_title(record)

    def leave_article(self) -> None:
        self.reading.leave_article()

    def update_navigation_actions(self) -> None:
        self.reading.update_actions()

    def on_rating_column(self) -> None:
        self.tree.on_rating_column()

    # -- pages (routing.py builds and shows them; these name them for the rest) --------------

    @property
    def history_page(self) -> HistoryPage:
        return self.pages.history

    @property
    def stats_page(self) -> StatsPage:
        return self.pages.stats

    @property
    def notes_page(self) -> NotesPage:
        return self.pages.notes

    @property
    def show_page(self) -> ShowPage:
        return self.pages.show

    @property
    def upcoming_page(self) -> UpcomingPage:
        return self.pages.upcoming

    def show_start_page(self, *, remember: bool = True) -> None:
        self.pages.show_start(remember=remember)

    def show_history(self, *, remember: bool = True) -> None:
        self.pages.show_history(remember=remember)

    def show_statistics(self, *, remember: bool = True) -> None:
        self.pages.show_statistics(remember=remember)

    def show_upcoming(self, *, remember: bool = True) -> None:
        self.pages.show_upcoming(remember=remember)

    def show_all_notes(self, *, remember: bool = True) -> None:
        self.pages.show_all_notes(remember=remember)

    def open_show(self, show_key: str, *, remember: bool = True) -> None:
        self.pages.open_show(show_key, remember=remember)

    # -- state across runs -----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and getattr(self, "fill_after_paint", False):
            self.fill_after_paint = False
            QTimer.singleShot(0, self.fill_start_page)  # once this first frame is painted
        return super().event(event)

    def fill_start_page(self) -> None:
        if self.start_page_filled or self._closed:
            return
        self.start_page_filled = True
        self.fill_after_paint = False
        if self.centre.currentWidget() is self.start_page:
            self.start_page.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.state.fit_to_screen()  # the frame is known once shown

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:  # closed once already (its library may be closed too)
            super().closeEvent(event)
            return
        if not self.notes.saved_or_given_up():
            event.ignore()
            return
        self._closed = True
        if "imports" in self.__dict__:  # built only if an import was started
            self.imports.stop()
        self.searcher.stop()
        if self._history_imports is not None:
            self._history_imports.wait()  # one transaction: it finishes or rolls back
        self.syncing.stop()
        self.damage_check.stop()
        if "stats" in self.pages.built_pages:
            self.stats_page.stop()  # a count on its worker finishes first
        self.state.save()
        super().closeEvent(event)

    # -- opening articles ------------------------------------------------------------------

    def go_back(self) -> None:
        target = self.history.back()
        if target is not None:
            self.pages.go_to(target)

    def go_forward(self) -> None:
        target = self.history.forward()
        if target is not None:
            self.pages.go_to(target)

    def on_centre_changed(self, _index: int) -> None:
        """The side panel and the article's actions are about what the centre shows: the
        open article on the article page, nothing on the other pages."""
        self.reading.render_side()
        self.update_navigation_actions()
        self.tree.sync()

    # -- tracking ----------------------------------------------------------------------------

    def apply(self, op: ops.Operation, also: str = "") -> None:
        self.edits.apply(op, also)

    def _on_library_changed(self, changes: ops.Changes) -> None:
        """The one place the window redraws after a write, whoever made it."""
        if changes.everything or changes.articles or changes.searches:
            expanded = self.state.expanded_paths()
            self.model.reload()
            self.state.restore_expanded(expanded)
            self.tree.sync()
        elif changes.tracking or changes.notes or changes.ratings:
            self.model.refresh_tracking(changes)
        self.reading.on_library_changed(changes)
        self.update_status(changes)
        self.update_navigation_actions()
        if self.centre.currentWidget() is not self.page:
            self.pages.refresh_visible(changes)

    # -- commands loaded on first use (not needed to show the window) -----------------------

    @cached_property
    def imports(self) -> ImportCommands:
        from guide.gui.dialogs.importing import ImportCommands

        return ImportCommands(self)

    @cached_property
    def safety(self) -> SafetyCommands:
        from guide.gui.dialogs.safety import SafetyCommands

        return SafetyCommands(self)

    def get_articles(self) -> None:
        """File → Get Articles from a Wiki… (its module, and the wikitext parser, loaded
        when first asked for)."""
        from guide.gui.dialogs.getting import GetArticlesDialog

        self.getting = GetArticlesDialog(self, self)
        self.getting.open()

    def history_imports(self) -> Any:
        """The history importer, loaded on first use (the trackers' readers and rapidfuzz
        are not needed to show the window)."""
        if self._history_imports is None:
            from guide.gui.dialogs.history_import import HistoryImports

            self._history_imports = HistoryImports(self)
        return self._history_imports

    # -- ratings ---------------------------------------------------------------------------

    @cached_property
    def navigator_menu(self) -> NavigatorMenu:
        from guide.gui.navigator.menu import NavigatorMenu  # loaded when first asked for

        return NavigatorMenu(self)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The navigator's menu for a node (see navigator_menu)."""
        return self.navigator_menu.build(index)

    # -- notes -------------------------------------------------------------------------------

    # -- filter and search -------------------------------------------------------------------

    # -- importing ---------------------------------------------------------------------------

    def open_files(self, paths: list[str]) -> None:
        """Files given on the command line or by a second launch: import, show the first."""
        self.raise_()
        self.activateWindow()
        self.imports.open_files(paths)

    def reload_library_views(self) -> None:
        """The library was replaced or re-read underneath (restore, merge, re-open)."""
        self.runner.replaced()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.start(paths)

    # -- the rest ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mousePressEvent(event)

    def set_zoom(self, step: int) -> None:
        self.page.reader.set_zoom(step)

    def on_shield_toggled(self) -> None:
        self.reading.on_shield_toggled()

    def update_status(self, changes: ops.Changes | None = None) -> None:
        self.status.update(changes)

    def show_shortcuts(self) -> None:
        from guide.gui.dialogs.help import ShortcutsDialog

        ShortcutsDialog(self).open()

    def show_format_guide(self) -> None:
        from guide.gui.dialogs.help import FormatGuideDialog

        FormatGuideDialog(self).open()

    def show_about(self) -> None:
        from guide.gui.dialogs.help import show_about

        show_about(self, self.library.path)

    def shortcut_text(self, action_id: ActionId) -> str:
        return self.actions_[action_id].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
