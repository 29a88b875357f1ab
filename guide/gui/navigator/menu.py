"""The navigator's context menu (also opened with Shift+F10 or the Menu key): for an article,
Show in Folder, Remove From Library…, the watched marks; for a season or show, Mark All
(Un)watched, Start a Rewatch, Remove Show From Library…; for a saved search, Delete. Each
command is an operation on the window's one write path."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu

from guide.core import ops
from guide.core.article import Kind
from guide.core.library.records import ArticleRecord
from guide.core.text import MARK_ALL_UNWATCHED, MARK_ALL_WATCHED, MARK_UNWATCHED
from guide.gui import plain
from guide.gui.i18n import tr
from guide.gui.navigator.nodes import NodeKind
from guide.gui.roles import Role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from guide.core.library import Library
    from guide.gui.navigator.view import NavigatorView
    from guide.gui.window.commands import TrackingCommands
    from guide.gui.window.search_commands import SearchCommands


class Window(Protocol):
    """What the navigator's menu asks of the window."""

    library: Library
    navigator: NavigatorView
    tracking: TrackingCommands
    searching: SearchCommands

    def window(self) -> QWidget: ...  # the window as a widget: the menu's parent

    def apply(self, op: ops.Operation, also: str = "") -> None: ...


class NavigatorMenu:
    def __init__(self, window: Window):
        self.window = window

    def on_request(self, position: Any) -> None:
        w = self.window
        index = w.navigator.indexAt(position).siblingAtColumn(0)
        if not index.isValid():
            return
        menu = self.build(index)
        if menu.actions():
            menu.exec(w.navigator.viewport().mapToGlobal(position))

    def build(self, index: QModelIndex) -> QMenu:
        """The navigator's menu for a node (built separately, so tests can use it)."""
        w = self.window
        t = w.tracking
        menu = QMenu(w.window())
        kind = index.data(Role.KIND)
        library = w.library
        if kind == NodeKind.ARTICLE:
            key = index.data(Role.ARTICLE_KEY)
            record = library.find(key)
            self._article_file_actions(menu, record)
            if not record.kind.watchable:
                return menu
            title = record.article.title
            self._menu_action(
                menu,
                tr("Mark &Watched"),
                lambda: t.watch_one(key, again=True),
            )
            self._menu_action(menu, tr("Mark Watched &On…"), lambda: t.watched_on(key, title))
            self._menu_action(
                menu,
                tr("Mark &Unwatched"),
                lambda: w.apply(ops.Unwatch((key,), tr(MARK_UNWATCHED).format(title=title))),
            ).setEnabled(record.watched)  # nothing to unmark otherwise
            if record.kind == Kind.EPISODE:
                self._menu_action(
                    menu,
                    tr("Mark Watched Up to &Here"),
                    lambda: t.watch_up_to(key),
                )
        elif kind == NodeKind.SAVED_SEARCH:
            name = index.data()
            self._menu_action(
                menu, tr("&Delete Saved Search"), lambda: w.searching.delete_saved(name)
            )
        elif kind in (NodeKind.SHOW, NodeKind.SEASON):
            show_key = index.data(Role.SHOW_KEY)
            season = index.data(Role.SEASON)
            whole = kind == NodeKind.SHOW
            name = index.data() if whole else tr("season {number}").format(number=season)
            episodes = tuple(library.episode_keys(show_key, season, whole_show=whole))
            self._menu_action(
                menu,
                tr("Mark All &Watched"),
                lambda: t.watch_aired(episodes, tr(MARK_ALL_WATCHED).format(name=name)),
            )
            self._menu_action(
                menu,
                tr("Mark All &Unwatched"),
                lambda: w.apply(ops.Unwatch(episodes, tr(MARK_ALL_UNWATCHED).format(name=name))),
            )
            if whole:
                menu.addSeparator()
                self._status_menu(menu, show_key)
                rewatch = self._menu_action(
                    menu, tr("Start a &Rewatch"), lambda: t.start_rewatch(show_key)
                )
                rewatch.setEnabled(library.begun(show_key))  # not before a first play
                keys = tuple(row.key for row in library.rows(show_key))
                self._menu_action(
                    menu,
                    tr("Re&move Show From Library…"),
                    lambda: t.remove_articles(keys, name),
                )
        return menu

    def _status_menu(self, menu: QMenu, show_key: str) -> None:
        """Status ▸ No Status, Watching, Paused, Dropped, Plan to Watch (the current checked)."""
        from guide.core.library.statuses import Status

        w = self.window

        t = w.tracking
        current = w.library.statuses.get(show_key)
        statuses = menu.addMenu(tr("Stat&us"))
        choices = [(tr("No Status"), "")] + [(tr(s.label), s.value) for s in Status]
        for text, value in choices:
            action = self._menu_action(statuses, text, partial(t.set_status, show_key, value))
            action.setCheckable(True)
            action.setChecked(value == (current.value if current else ""))

    def _article_file_actions(self, menu: QMenu, record: ArticleRecord) -> None:
        """Show in Folder and Remove From Library…, first in an article's menu."""
        w = self.window
        t = w.tracking
        source = record.source_path
        if source:
            folder = os.path.dirname(source)
            action = self._menu_action(
                menu, tr("Show in &Folder"), lambda: self.show_in_folder(source)
            )
            action.setEnabled(os.path.isdir(folder))
        title = record.article.title
        self._menu_action(
            menu,
            tr("Re&move From Library…"),
            lambda: t.remove_articles((record.key,), title),
        )
        menu.addSeparator()

    def show_in_folder(self, source: str) -> None:
        """The file's folder in the file manager; where there is none to open it (no file
        opener on this system), the window says where the file is, and copies the path."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(source))):
            return
        QGuiApplication.clipboard().setText(source)
        plain.inform(
            self.window.window(),
            tr("Show in Folder"),
            tr(
                "No program here opens folders. The file is:\n{path}\n\n(Its path is copied.)"
            ).format(path=source),
        )

    @staticmethod
    def _menu_action(menu: QMenu, text: str, handler: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(handler)
        return action
