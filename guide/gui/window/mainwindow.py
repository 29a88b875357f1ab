"""The main window: it composes the panels and routes actions to the core.

Every write goes through ``self.runner`` (:mod:`guide.gui.operations`), which owns undo and
emits ``library_changed(changes, initiator)``, whoever wrote: this window, its workers, or
another program. Each part listens to that signal for itself (``wiring.connect`` says in
which order): the navigator, the article shown, the status bar, the pages, sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
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
from guide.gui.window import wiring
from guide.gui.window.appearance import AppearanceMenus
from guide.gui.window.checking import DamageCheck
from guide.gui.window.commands import TrackingCommands
from guide.gui.window.editing import Edits
from guide.gui.window.fields import FilterRow, filter_field, search_field
from guide.gui.window.navigation_history import History
from guide.gui.window.note_commands import NoteCommands
from guide.gui.window.on_demand import OnDemand
from guide.gui.window.reading import Reading
from guide.gui.window.routing import APP_TITLE, Pages
from guide.gui.window.search_commands import SearchCommands
from guide.gui.window.state import WindowState
from guide.gui.window.status import StatusCounts
from guide.gui.window.tree import NavigatorSync

if TYPE_CHECKING:  # ops is imported where an operation is made: not at start
    from guide.core import ops
    from guide.core.changes import Changes

FILTER_DELAY_MS = 120


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
        self.on_demand = OnDemand(self)  # commands loaded when first used
        self.fill_after_paint = False  # Continue Watching waits for the first frame
        self.start_page_filled = False
        self._build_widgets()
        self._build_menus_and_toolbar()
        wiring.connect(self)
        self.state = WindowState(self)
        self.state.restore()
        name_built_in_parts(self)
        self.navigator.setFocus()  # the window opens with the keys in the navigator

    # -- building --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.model = NavigatorModel(self.library, self)
        # Widgets are made in reading order, which is the Tab order: the filter, its button,
        # the navigator, the centre, the side panel, then the toolbar's search field.
        self.filter_field = filter_field(self)
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

        self.search_field = search_field(self)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.status = StatusCounts(self.library, self)
        self.status_label = self.status.label
        self.statusBar().addPermanentWidget(self.status_label)
        self.damage_check = DamageCheck(self, self)  # and the word that it is read-only

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
        self.filter_timer.stop()  # a filter typed just before: its library may close next
        self.on_demand.stop()
        self.searcher.stop()
        self.syncing.stop()
        self.damage_check.stop()
        if "stats" in self.pages.built_pages:
            self.pages.stats.stop()  # a count on its worker finishes first
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

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The navigator's menu for a node (see navigator_menu)."""
        return self.on_demand.navigator_menu.build(index)

    # -- importing ---------------------------------------------------------------------------

    def open_files(self, paths: list[str]) -> None:
        """Files given on the command line or by a second launch: import, show the first."""
        self.raise_()
        self.activateWindow()
        self.damage_check.when_checked(lambda: self.on_demand.imports.open_files(paths))

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
            self.on_demand.imports.start(paths)

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

    def update_status(self, changes: Changes | None = None) -> None:
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
