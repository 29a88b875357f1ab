"""The main window: it composes the panels and routes actions to the core.

Every write goes through ``self.runner`` (:mod:`guide.gui.operations`), which owns undo and
emits ``library_changed``; the window redraws from that signal alone (``_on_library_changed``),
whoever wrote: this window, its import worker, or another program.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide import __version__
from guide.core.article import Kind
from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.core.library.records import ArticleRecord, Counts
from guide.gui import i18n, plain
from guide.gui import settings as keys
from guide.gui.access import name_built_in_parts
from guide.gui.actions import MENUS, TOOLBAR, ActionId, create_actions
from guide.gui.dialogs.syncing import SyncCommands
from guide.gui.i18n import tr
from guide.gui.navigator.model import NavigatorModel
from guide.gui.navigator.nodes import RATING_COLUMN, NodeKind
from guide.gui.navigator.view import NavigatorView
from guide.gui.operations import OperationRunner
from guide.gui.pages.search import Searcher, SearchPanel
from guide.gui.pages.up_next import UpNextPage
from guide.gui.reader.panels import ArticlePage, SidePanel
from guide.gui.reader.render import (
    INFOBOX_SHOWN,
    INFOBOX_STEP,
    hidden_title,
    infobox_links,
    parse_link,
)
from guide.gui.roles import Role
from guide.gui.settings import Settings
from guide.gui.window.appearance import AppearanceMenus
from guide.gui.window.checking import DamageCheck, show_read_only
from guide.gui.window.commands import TrackingCommands
from guide.gui.window.navigation_history import History
from guide.gui.window.note_commands import NoteCommands
from guide.gui.window.routing import Pages
from guide.gui.window.search_commands import SearchCommands
from guide.gui.window.state import WindowState
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

APP_TITLE = "Episode Guide"  # the app's name: never translated
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
        self.record: ArticleRecord | None = None
        # (article id, its neighbours) of the article last shown: see _neighbours_of
        self._neighbours: tuple[int, tuple[int | None, int | None]] | None = None
        self._counts: Counts | None = None  # the status bar's, as last read
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
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
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
            ActionId.UNDO: self.undo,
            ActionId.REDO: self.redo,
            ActionId.FIND: self.page.find_bar.open_bar,
            ActionId.FIND_NEXT: self.page.find_bar.find_next,
            ActionId.FIND_PREVIOUS: self.page.find_bar.find_previous,
            ActionId.SEARCH: self.focus_search,
            ActionId.FILTER: self.focus_filter,
            ActionId.BACK: self.go_back,
            ActionId.FORWARD: self.go_forward,
            ActionId.PREVIOUS_ARTICLE: lambda: self.step_article(-1),
            ActionId.NEXT_ARTICLE: lambda: self.step_article(1),
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
            ActionId.RATE: self.focus_rating,
            ActionId.RATING_COLUMN: self.on_rating_column,
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
        self.navigator.toggle_requested.connect(self._on_toggle_requested)
        self.navigator.customContextMenuRequested.connect(
            lambda point: self.navigator_menu.on_request(point)
        )
        self.model.watched_toggled.connect(self._on_check_toggled)
        self.filter_field.textChanged.connect(lambda _: self.filter_timer.start())
        self.filter_timer.timeout.connect(self.tree.apply_filter)
        self.search_field.textChanged.connect(self.searching.on_text)
        self.search_field.returnPressed.connect(self.searching.on_enter)
        self.search_field.installEventFilter(self)
        self.filter_field.installEventFilter(self)
        self.search_panel.article_chosen.connect(self.searching.open_result)
        self.searcher.found.connect(self.searching.on_found)
        self.page.link_activated.connect(self.follow_link)
        self.page.rendered.connect(self._on_page_rendered)
        self.page.watched_button.toggled.connect(
            lambda wanted: self.tracking.set_watched(self.page.record, wanted)
        )
        self.page.notes.saver = self.notes.save_note
        self.page.notes.resolve_requested.connect(self.notes.resolve_note)
        self.page.notes.history_requested.connect(self.notes.show_note_history)
        self.runner.library_changed.connect(self._on_library_changed)
        self.centre.currentChanged.connect(self.on_centre_changed)
        self.runner.failed.connect(self._on_write_failed)
        self.library.on_busy = lambda message: self.statusBar().showMessage(message, 3000)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.looks.on_system_scheme)
        self.side.link_activated.connect(self.follow_link)
        self.start_page.open_article.connect(self.open_article)
        self.start_page.open_show.connect(self.open_show)
        self.start_page.mark_watched.connect(self.tracking.mark_key_watched)
        self.start_page.remove_samples.connect(self.tracking.remove_samples)
        self.page.rating_box.rating_chosen.connect(self.tracking.rate_current)
        self.page.reader.verticalScrollBar().valueChanged.connect(self.side.contents.follow)

    # -- pages built when first shown (the window opens on Continue Watching) -----------------

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

    def _note_editors(self) -> list[Any]:
        """The notes editors that exist: the article's, and the show page's once built."""
        show: ShowPage | None = self.pages.built_pages.get("show")  # type: ignore[assignment]
        return [self.page.notes] + ([show.notes] if show is not None else [])

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
        if not self._notes_saved_or_given_up():
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

    def _notes_saved_or_given_up(self) -> bool:
        """Before closing: save every note; if one cannot be saved, ask (default: stay)."""
        editors = self._note_editors()
        for editor in editors:
            editor.flush()
            if editor.has_unsaved:
                editor.retry()
        if not any(editor.has_unsaved for editor in editors):
            return True
        answer = QMessageBox.warning(
            self,
            tr("Your note is not saved"),
            tr(
                "A note you wrote could not be saved: the library is busy or cannot be written. "
                "If you close now, that text is lost.\n\nKeep the window open and try again in a "
                "moment, or close without saving?"
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- opening articles ------------------------------------------------------------------

    def open_article(self, article_id: int, *, remember: bool = True) -> None:
        self.leave_article()
        try:
            record = self.library.record(article_id, fields=INFOBOX_SHOWN)
        except LibraryError as error:
            self.statusBar().showMessage(str(error), 5000)
            return
        self.record = record
        self.render_article(record)
        self.page.notes.set_article(record.key, self.library.notes.display(record.key))
        self.notes.show_versions(record.key)
        self.centre.setCurrentWidget(self.page)
        self.setWindowTitle(f"{self.shown_title(record)} — {APP_TITLE}")
        if remember:
            self.history.visit(("article", article_id))
        self.tree.select_article(record.key)
        self.update_navigation_actions()

    def render_article(self, record: ArticleRecord) -> None:
        shield = self.actions_[ActionId.SPOILER_SHIELD].isChecked()
        self.page.show_record(record, shield=shield, hide_titles=self.titles_hidden())
        self._render_side()

    def _on_page_rendered(self) -> None:
        """The reader showed an article (or revealed it): the window title says the same."""
        record = self.page.record
        if record is not None and self.centre.currentWidget() is self.page:
            self.setWindowTitle(f"{self.shown_title(record)} — {APP_TITLE}")

    def _render_side(self) -> None:
        """The side panel (on the article's page) holds the infobox and contents of the
        article shown; emptied when the centre shows another page."""
        record = self.shown_record()
        if record is None:
            self.side.clear()
            return
        if record.id != self.side.shown_id:
            self.side.infobox_limit = INFOBOX_SHOWN
        links = infobox_links(
            record, self.library, self.side.infobox_limit, hide_titles=self.titles_hidden()
        )
        self.side.show_record(record, links, self.page.reader)
        if self.page.reveal_button.isVisible():
            self.side.contents.set_sections([])  # headings are prose too

    def leave_article(self) -> None:
        for editor in self._note_editors():
            editor.flush()

    def open_key(self, key: str) -> None:
        try:
            self.open_article(self.library.find(key).id)
        except LibraryError as error:
            self.statusBar().showMessage(str(error), 5000)

    def follow_link(self, href: str) -> None:
        kind, value = parse_link(href)
        if kind == "more" and self.record is not None:  # a long article: the next piece
            if value == "infobox":
                self.side.infobox_limit += INFOBOX_STEP
                if self.record.infobox_total is not None:  # read the next fields too
                    self.record = self.library.record(
                        self.record.id, fields=self.side.infobox_limit
                    )
                    self.page.record = self.record
                self._render_side()
            else:
                self.page.prose_limit *= 4
                self.page.show_record(
                    self.record,
                    shield=self.actions_[ActionId.SPOILER_SHIELD].isChecked(),
                    hide_titles=self.titles_hidden(),
                )
            return
        if kind == "article":
            self.open_article(int(value))
        elif kind == "" and href.lower().startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(href))  # a credit's page history, in the browser
        elif kind == "show":
            index = self.model.find_path(f"show:{value}")
            if index.isValid():
                self.navigator.setCurrentIndex(index)
                self.navigator.expand(index)
                self.navigator.setFocus()

    def go_back(self) -> None:
        target = self.history.back()
        if target is not None:
            self.pages.go_to(target)

    def go_forward(self) -> None:
        target = self.history.forward()
        if target is not None:
            self.pages.go_to(target)

    def step_article(self, step: int) -> None:
        """Previous or next article in navigator order, within the show."""
        record = self.shown_record()
        if record is None:
            return
        before, after = self.library.neighbours(record.id)
        target = before if step < 0 else after
        if target is not None:
            self.open_article(target)

    def on_centre_changed(self, _index: int) -> None:
        """The side panel and the article's actions are about what the centre shows: the
        open article on the article page, nothing on the other pages."""
        self._render_side()
        self.update_navigation_actions()
        self.tree.sync()

    def shown_record(self) -> ArticleRecord | None:
        """The article the centre shows, or None on the other pages."""
        return self.record if self.centre.currentWidget() is self.page else None

    def _neighbours_of(self, record: ArticleRecord | None) -> tuple[int | None, int | None]:
        """The episodes before and after the one shown: read once per article shown, again
        only when articles change (a play never moves one)."""
        if record is None or record.show_key is None:  # a film has none
            return None, None
        if self._neighbours is None or self._neighbours[0] != record.id:
            self._neighbours = (record.id, self.library.neighbours(record.id))
        return self._neighbours[1]

    def update_navigation_actions(self) -> None:
        a = self.actions_
        a[ActionId.BACK].setEnabled(self.history.can_go_back())
        a[ActionId.FORWARD].setEnabled(self.history.can_go_forward())
        record = self.shown_record()
        has_article = record is not None
        before, after = self._neighbours_of(record)
        a[ActionId.PREVIOUS_ARTICLE].setEnabled(before is not None)
        a[ActionId.NEXT_ARTICLE].setEnabled(after is not None)
        is_episode = has_article and record.kind == Kind.EPISODE  # type: ignore[union-attr]
        watchable = has_article and record.kind.watchable  # type: ignore[union-attr]
        a[ActionId.TOGGLE_WATCHED].setEnabled(watchable)
        a[ActionId.TOGGLE_WATCHED].setChecked(watchable and record.watched)  # type: ignore[union-attr]
        a[ActionId.WATCHED_ON].setEnabled(watchable)
        a[ActionId.WATCHED_UP_TO_HERE].setEnabled(is_episode)
        a[ActionId.RATE].setEnabled(has_article or self.pages.shown("show") is not None)
        show_key = self.tracking.shown_show_key()  # a rewatch: of a show shown, and once begun
        started = show_key is not None and any(
            s.key == show_key and s.watched > 0 for s in self.model.shows
        )
        a[ActionId.START_REWATCH].setEnabled(started)
        for action_id in (ActionId.FIND, ActionId.FIND_NEXT, ActionId.FIND_PREVIOUS):
            a[action_id].setEnabled(has_article)

    # -- tracking ----------------------------------------------------------------------------

    def undo(self) -> None:
        """Ctrl+Z: in a text field that has the focus (a note being typed), undo typing, step
        by step; elsewhere, undo the last change to your marks."""
        editor = self._focused_text_editor()
        if editor is not None:
            editor.undo()
        else:
            self.undo_stack.undo()

    def redo(self) -> None:
        editor = self._focused_text_editor()
        if editor is not None:
            editor.redo()
        else:
            self.undo_stack.redo()

    @staticmethod
    def _focused_text_editor() -> QPlainTextEdit | QLineEdit | None:
        widget = QApplication.focusWidget()
        if isinstance(widget, (QPlainTextEdit, QLineEdit)) and not widget.isReadOnly():
            return widget
        return None

    def apply(self, op: ops.Operation, also: str = "") -> None:
        applied = self.runner.run(op)
        said = also
        if applied is not None and not applied.empty:
            done = tr("{what} (Ctrl+Z to undo)").format(what=applied.description)
            said = f"{done}. {also}" if also else done
        if said:
            self.statusBar().showMessage(said, 8000 if also else 4000)

    def _on_write_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        plain.warn(self, tr("Not saved"), message)

    def _on_library_changed(self, changes: ops.Changes) -> None:
        """The one place the window redraws after a write, whoever made it."""
        if changes.everything or changes.articles:
            self._neighbours = None
        if changes.everything or changes.articles or changes.searches:
            expanded = self.state.expanded_paths()
            self.model.reload()
            self.state.restore_expanded(expanded)
            self.tree.sync()
        elif changes.tracking or changes.notes or changes.ratings:
            self.model.refresh_tracking(changes)
        if self.record is not None:
            self._reread_record(changes)
        self.update_status(changes)
        self.update_navigation_actions()
        if self.centre.currentWidget() is not self.page:
            self.pages.refresh_visible(changes)

    def _reread_record(self, changes: ops.Changes) -> None:
        """The article shown, read again as far as the change touched it: whole after an
        import or another program's write; else only its plays, its note or its rating."""
        assert self.record is not None
        if changes.everything or changes.articles:
            self._reread_whole_record(changes)
            return
        record = self.record
        show = record.show_key
        plays = record.key in changes.plays or (show is not None and show in changes.passes)
        note = changes.touches_note(record.key)
        rating = record.key in changes.ratings or (
            record.kind in (Kind.OVERVIEW, Kind.LIST) and show in changes.ratings
        )
        if plays or note or rating:
            was_shielded = self.page.reveal_button.isVisible()
            self.record = self.library.refreshed(record, plays=plays, note=note, rating=rating)
            if was_shielded and self.record.watched:
                self.render_article(self.record)
                return
            self.page.update_tracking(self.record)
        if self.titles_hidden() and changes.tracking:
            self._render_side()  # a neighbour watched: its title may be shown now
        if note:
            self.page.notes.reload(self.library.notes.display(record.key))
            self.notes.show_versions(record.key)

    def _reread_whole_record(self, changes: ops.Changes) -> None:
        assert self.record is not None
        try:
            record = self.library.find(self.record.key, fields=self.side.infobox_limit)
        except LibraryError:  # removed or renamed underneath
            self.record = None
            self.page.notes.set_article(None, "")
            if self.centre.currentWidget() is self.page:
                self.show_start_page()
            return
        self.record = record
        self.render_article(record)
        if changes.touches_note(record.key):
            self.page.notes.reload(self.library.notes.display(record.key))
            self.notes.show_versions(record.key)

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

    def focus_rating(self) -> None:
        """Ctrl+Shift+R: to the rating of what the centre shows (an article or a show)."""
        show = self.pages.shown_show()
        box = (
            self.page.rating_box
            if self.centre.currentWidget() is self.page
            else show.rating_box
            if show is not None
            else None
        )
        if box is not None:  # then the arrow keys rate; Alt+Down opens the list
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_rating_column(self) -> None:
        shown = self.actions_[ActionId.RATING_COLUMN].isChecked()
        self.navigator.setColumnHidden(RATING_COLUMN, not shown)
        self.navigator.respan()
        self.settings.set(keys.RATING_COLUMN, shown)

    def _on_toggle_requested(self, index: QModelIndex) -> None:
        key = index.data(Role.ARTICLE_KEY)
        if key is not None and index.data(Role.KIND) == NodeKind.ARTICLE:
            record = self.library.find(key)
            if record.kind.watchable:  # an episode or a film
                self.tracking.set_watched(record, not record.watched)

    def _on_check_toggled(self, key: str, wanted: bool) -> None:
        """A navigator check box: as the Watched button (unwatching several plays asks)."""
        self.tracking.set_watched(self.library.find(key), wanted)

    @cached_property
    def navigator_menu(self) -> NavigatorMenu:
        from guide.gui.navigator.menu import NavigatorMenu  # loaded when first asked for

        return NavigatorMenu(self)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The navigator's menu for a node (see navigator_menu)."""
        return self.navigator_menu.build(index)

    # -- notes -------------------------------------------------------------------------------

    # -- filter and search -------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_field.setFocus()
        self.filter_field.selectAll()

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()
        self.searching.on_text(self.search_field.text())

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.search_field and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.centre.currentWidget() is self.search_panel:
                self.search_panel.view.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.search_field.clear()
                self.searching.leave()
                return True
        filter_down = event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.filter_field and filter_down:  # into the tree, on its first row
            if not self.navigator.currentIndex().isValid():
                self.navigator.setCurrentIndex(self.model.index(0, 0))
            self.navigator.setFocus()
            return True
        return super().eventFilter(watched, event)

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

    def titles_hidden(self) -> bool:
        """Unwatched episodes go by their number alone: the Spoiler Shield with its option."""
        a = self.actions_
        return a[ActionId.SPOILER_SHIELD].isChecked() and a[ActionId.HIDE_TITLES].isChecked()

    def shown_title(self, record: ArticleRecord) -> str:
        """The open article's title as the reader shows it (hidden while the shield asks)."""
        a = record.article
        if self.page.title_hidden:
            return hidden_title(a.season, a.episode, a.episode_label)
        return a.display_title

    def on_shield_toggled(self) -> None:
        shield = self.actions_[ActionId.SPOILER_SHIELD].isChecked()
        hidden = self.titles_hidden()
        self.actions_[ActionId.HIDE_TITLES].setEnabled(shield)
        self.search_panel.model.set_shield(shield, hidden)
        self.model.set_hide_titles(hidden)
        if self.start_page.hide_titles != hidden:
            self.start_page.hide_titles = hidden
            self.start_page.refresh()
        shown = self.pages.shown("show")
        if "show" in self.pages.built_pages and self.show_page.hide_titles != hidden:
            self.show_page.hide_titles = hidden
            if shown is not None and self.show_page.show_key:
                self.show_page.show_show(self.show_page.show_key)
        if "upcoming" in self.pages.built_pages:
            self.pages.upcoming.set_hide_titles(hidden)
        if self.record is not None:
            self.render_article(self.record)

    def update_status(self, changes: ops.Changes | None = None) -> None:
        """The status bar's counts; after a change of plays alone, only the watched one is
        read again (articles, shows and episodes stay as they were)."""
        plays_only = (
            changes is not None
            and self._counts is not None
            and not (changes.everything or changes.articles or changes.notes)
        )
        if plays_only and changes is not None and self._counts is not None:
            c = self._counts
            if changes.plays:
                c = replace(c, watched=self.library.watched_episodes())
        else:
            c = self.library.counts()
        self._counts = c
        self.status_label.setText(
            " · ".join(
                (
                    tr("%Ln article(s)", "", c.articles),
                    tr("%Ln show(s)", "", c.shows),
                    tr("{watched} of %Ln episode(s) watched", "", c.episodes).format(
                        watched=i18n.number_text(c.watched)
                    ),
                )
            )
        )

    def show_shortcuts(self) -> None:
        from guide.gui.dialogs.help import ShortcutsDialog

        ShortcutsDialog(self).open()

    def show_format_guide(self) -> None:
        from guide.gui.dialogs.help import FormatGuideDialog

        FormatGuideDialog(self).open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Episode Guide"),
            f"<h3>Episode Guide {__version__}</h3><p>"
            + tr(
                "A guide to the TV shows you follow: import episode articles, read them in "
                "broadcast order, keep track of what you watched."
            )
            + "</p><p>"
            + tr("Library: {path}").format(path=html.escape(str(self.library.path)))
            + "</p>",
        )

    def shortcut_text(self, action_id: ActionId) -> str:
        return self.actions_[action_id].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
