"""Search from the window: as you type (answered by the Searcher's thread), Enter, saved
searches, and opening a result with its words highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QInputDialog

from guide.gui import plain
from guide.gui.i18n import tr
from guide.gui.window.routing import APP_TITLE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QStackedWidget, QStatusBar, QWidget

    from guide.core import ops
    from guide.core.library.records import ArticleRecord
    from guide.gui.navigator.model import NavigatorModel
    from guide.gui.navigator.view import NavigatorView
    from guide.gui.pages.search import Searcher, SearchPanel
    from guide.gui.reader.panels import ArticlePage
    from guide.gui.window.navigation_history import History
    from guide.gui.window.routing import Pages


class Window(Protocol):
    """What searching from the window asks of it."""

    centre: QStackedWidget
    history: History
    page: ArticlePage
    pages: Pages
    record: ArticleRecord | None
    search_field: QLineEdit
    filter_field: QLineEdit
    navigator: NavigatorView
    model: NavigatorModel
    search_panel: SearchPanel
    searcher: Searcher

    def window(self) -> QWidget: ...  # the window as a widget: its dialogs' parent

    def setWindowTitle(self, title: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def apply(self, op: ops.Operation, also: str = "") -> None: ...

    def open_article(self, article_id: int, *, remember: bool = True) -> None: ...

    def show_start_page(self, *, remember: bool = True) -> None: ...

    def shown_title(self, record: ArticleRecord) -> str: ...


class KeyRoutes(QObject):
    """Keys in the search and filter fields: Down goes into the results or the tree, Escape
    leaves the search."""

    def __init__(self, window: Window, commands: SearchCommands):
        super().__init__(window.window())
        self.window = window
        self.commands = commands

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        w = self.window
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is w.search_field:
            if event.key() == Qt.Key.Key_Down and w.centre.currentWidget() is w.search_panel:
                w.search_panel.view.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                w.search_field.clear()
                self.commands.leave()
                return True
        if watched is w.filter_field and event.key() == Qt.Key.Key_Down:  # into the tree
            if not w.navigator.currentIndex().isValid():
                w.navigator.setCurrentIndex(w.model.index(0, 0))  # on its first row
            w.navigator.setFocus()
            return True
        return False


class SearchCommands:
    def __init__(self, window: Window):
        self.window = window
        self.keys = KeyRoutes(window, self)

    def focus_search(self) -> None:
        w = self.window
        w.search_field.setFocus()
        w.search_field.selectAll()
        self.on_text(w.search_field.text())

    def focus_filter(self) -> None:
        self.window.filter_field.setFocus()
        self.window.filter_field.selectAll()

    def on_text(self, text: str) -> None:
        w = self.window
        if not text.strip() and w.centre.currentWidget() is w.search_panel:
            self.leave()
            return
        if text.strip():
            w.searcher.request(text)  # answered on a worker: typing never waits
            self.show_panel()

    def show_panel(self) -> None:
        """The results in the centre, and the window title says so."""
        w = self.window
        w.centre.setCurrentWidget(w.search_panel)
        w.setWindowTitle(f"{tr('Search Results')} — {APP_TITLE}")

    def open_result(self, article_id: int) -> None:
        """Open a result with the words searched for highlighted in it."""
        w = self.window
        w.open_article(article_id)
        from guide.core import query  # loaded by searches alone, not at start
        from guide.core.errors import QueryError

        try:
            searched = query.parse(w.search_panel.model.query)
        except QueryError:
            return
        terms = searched.words + searched.phrases + searched.substrings + searched.note_terms
        w.page.reader.highlight_terms([t for t in terms if len(t) > 1])

    def on_found(self, text: str, hits: Any, error: str) -> None:
        """Results of a search as you type: shown if they answer what the field holds now."""
        w = self.window
        if text == w.search_field.text() and w.centre.currentWidget() is w.search_panel:
            w.search_panel.show_results(text, hits, error or None, typing=True)

    def on_enter(self) -> None:
        w = self.window
        w.search_panel.search(w.search_field.text())
        w.search_panel.open_current()

    def run_saved(self, text: str) -> None:
        w = self.window
        w.search_field.setText(text)
        w.search_panel.search(text)
        self.show_panel()

    def save_current(self) -> None:
        from guide.core import ops

        w = self.window
        text = w.search_field.text().strip()
        if not text:
            w.statusBar().showMessage(tr("Type a search first, then save it."), 4000)
            return
        name, ok = QInputDialog.getText(
            w.window(), tr("Save Search"), tr("Name of this search:"), text=text
        )
        if ok and name.strip():
            from guide.core import query
            from guide.core.errors import QueryError

            try:
                query.parse(text)
            except QueryError as error:
                plain.warn(w.window(), tr("Cannot save this search"), str(error))
                return
            w.apply(
                ops.SaveSearch(name, text, tr("Save the search '{name}'").format(name=name.strip()))
            )

    def delete_saved(self, name: str) -> None:
        from guide.core import ops

        w = self.window
        w.apply(ops.DeleteSearch(name, tr("Delete the saved search '{name}'").format(name=name)))

    def leave(self) -> None:
        """Escape, or the field emptied: back to the place the search was typed over (the
        article as it was left, or the page, shown afresh)."""
        w = self.window
        place = w.history.current
        if place is None:
            w.show_start_page(remember=False)
        elif place[0] == "article" and w.record is not None and w.record.id == place[1]:
            w.centre.setCurrentWidget(w.page)
            w.setWindowTitle(f"{w.shown_title(w.record)} — {APP_TITLE}")
        else:
            w.pages.go_to(place)
