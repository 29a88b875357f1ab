"""The navigator kept true to the centre: it highlights what the centre shows, opens what
the person chooses in it (an article, a show's page, a saved search), and filters, opening
again what was open before a filter once it is cleared."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer

from guide.gui import settings as keys
from guide.gui.actions import ActionId
from guide.gui.navigator.nodes import RATING_COLUMN, NodeKind
from guide.gui.roles import Role

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QStackedWidget

    from guide.core.changes import Changes
    from guide.core.library import Library
    from guide.core.library.records import ArticleRecord
    from guide.gui.navigator.model import NavigatorModel
    from guide.gui.navigator.view import NavigatorView
    from guide.gui.reader.panels import ArticlePage
    from guide.gui.settings import Settings
    from guide.gui.window.commands import TrackingCommands
    from guide.gui.window.routing import Pages
    from guide.gui.window.search_commands import SearchCommands
    from guide.gui.window.state import WindowState


class Window(Protocol):
    """What keeping the navigator true asks of the window."""

    model: NavigatorModel
    navigator: NavigatorView
    state: WindowState
    actions_: dict[ActionId, QAction]
    filter_field: QLineEdit
    pages: Pages
    record: ArticleRecord | None
    centre: QStackedWidget
    page: ArticlePage
    searching: SearchCommands
    library: Library
    tracking: TrackingCommands
    settings: Settings

    def shown_record(self) -> ArticleRecord | None: ...

    def open_article(self, article_id: int, *, remember: bool = True) -> None: ...

    def open_show(self, show_key: str, *, remember: bool = True) -> None: ...


class NavigatorSync:
    """``window.tree``: the navigator's highlight, choices and filter."""

    def __init__(self, window: Window):
        self.window = window
        self.selecting = False  # the highlight is being set here: not a person's choice
        self.expanded_unfiltered: list[str] = []  # open before a filter: open again after

    def on_library_changed(self, changes: Changes, _initiator: object) -> None:
        """The navigator's rows: read again after an import or another program's write,
        open folders kept; else only the rows' watched state, ratings and notes."""
        w = self.window
        if changes.everything or changes.articles or changes.searches:
            expanded = w.state.expanded_paths()
            w.model.reload()
            w.state.restore_expanded(expanded)
            self.sync()
        elif changes.tracking or changes.notes or changes.ratings:
            w.model.refresh_tracking(changes)

    def select_article(self, key: str) -> None:
        self.select_node(self.window.model.index_of_article(key))

    def select_node(self, index: QModelIndex) -> None:
        """The navigator's highlight on ``index`` (none if it is invalid), without opening it
        again."""
        self.selecting = True
        try:
            if not index.isValid():
                self.window.navigator.selectionModel().clear()
                return
            parent = index.parent()
            while parent.isValid():
                self.window.navigator.expand(parent)
                parent = parent.parent()
            self.window.navigator.setCurrentIndex(index)
            self.window.navigator.scrollTo(index)
        finally:
            self.selecting = False

    def sync(self) -> None:
        """The navigator highlights what the centre shows: the article, the show of a show
        page, nothing on the other pages (so a click on any row opens it)."""
        record = self.window.shown_record()
        show = self.window.pages.shown_show()
        if record is not None:
            target = self.window.model.index_of_article(record.key)
        elif show is not None and show.show_key:
            target = self.window.model.find_path(f"show:{show.show_key}")
        else:
            target = QModelIndex()
        cursor = self.window.navigator.currentIndex().data(Role.KIND)
        if cursor in (NodeKind.SEASON, NodeKind.OUTSIDE, NodeKind.SAVED_GROUP):
            # The keyboard's cursor rests on a node with no page of its own: it stays (Down
            # goes on from there); the highlight alone says what the centre shows.
            selection = self.window.navigator.selectionModel()
            self.selecting = True
            try:
                flags = QItemSelectionModel.SelectionFlag
                if target.isValid():
                    selection.select(target, flags.ClearAndSelect | flags.Rows)
                else:
                    selection.clearSelection()
            finally:
                self.selecting = False
        else:
            self.select_node(target)

    def on_selection_changed(self, selected: Any, _deselected: Any) -> None:
        """A navigator item was chosen (by click or keys; not the view's own focus choice)."""
        indexes = selected.indexes()
        if self.selecting or not indexes:
            return
        current = indexes[0].siblingAtColumn(0)
        kind = current.data(Role.KIND)
        article_id = current.data(Role.ARTICLE_ID)
        if article_id is not None:
            if (
                self.window.record is None
                or self.window.record.id != article_id
                or self.window.centre.currentWidget() is not self.window.page
            ):
                self.window.open_article(article_id)
        elif kind in (NodeKind.SHOW, NodeKind.SEASON):  # a season: its show's page
            self.window.open_show(current.data(Role.SHOW_KEY))
        elif kind == NodeKind.SAVED_SEARCH:
            self.window.searching.run_saved(current.data(Role.QUERY))
        else:  # a group with no page: the cursor rests there, the highlight stays true
            QTimer.singleShot(0, self.sync)

    def apply_filter(self) -> None:
        """The navigator filtered; with the filter off again, the shows and seasons the
        person had open are open again."""
        filtered = self.window.model.filtering
        if not filtered:
            self.expanded_unfiltered = self.window.state.expanded_paths()
        unwatched = self.window.actions_[ActionId.UNWATCHED_ONLY].isChecked()
        self.window.model.set_filter(self.window.filter_field.text(), unwatched)
        if filtered and not self.window.model.filtering:
            self.window.state.restore_expanded(self.expanded_unfiltered)
        if self.window.model.filtering and self.window.model.rowCount() <= 12:
            for row in range(self.window.model.rowCount()):
                group = self.window.model.index(row, 0)
                if self.window.model.canFetchMore(group):
                    self.window.model.fetchMore(group)
                self.window.navigator.expand(group)
                for child_row in range(self.window.model.rowCount(group)):
                    self.window.navigator.expand(self.window.model.index(child_row, 0, group))
        self.sync()

    # -- the navigator's own controls: its check boxes, Space, the rating column ------------

    def focus_rating(self) -> None:
        """Ctrl+Shift+R: to the rating of what the centre shows (an article or a show)."""
        show = self.window.pages.shown_show()
        box = (
            self.window.page.rating_box
            if self.window.centre.currentWidget() is self.window.page
            else show.rating_box
            if show is not None
            else None
        )
        if box is not None:  # then the arrow keys rate; Alt+Down opens the list
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_rating_column(self) -> None:
        shown = self.window.actions_[ActionId.RATING_COLUMN].isChecked()
        self.window.navigator.setColumnHidden(RATING_COLUMN, not shown)
        self.window.navigator.respan()
        self.window.settings.set(keys.RATING_COLUMN, shown)

    def on_toggle_requested(self, index: QModelIndex) -> None:
        key = index.data(Role.ARTICLE_KEY)
        if key is not None and index.data(Role.KIND) == NodeKind.ARTICLE:
            record = self.window.library.find(key)
            if record.kind.watchable:  # an episode or a film
                self.window.tracking.set_watched(record, not record.watched)

    def on_check_toggled(self, key: str, wanted: bool) -> None:
        """A navigator check box: as the Watched button (unwatching several plays asks)."""
        self.window.tracking.set_watched(self.window.library.find(key), wanted)
