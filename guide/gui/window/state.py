"""The window's state across runs: size and place (fitted to the screen it opens on), panel
sizes, zoom, the Spoiler Shield and filters, and per library the open article and the
expanded shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from guide.core.errors import LibraryError
from guide.gui import settings as keys
from guide.gui.actions import ActionId
from guide.gui.i18n import tr
from guide.gui.roles import Role

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QRect, QSize
    from PySide6.QtGui import QAction, QScreen
    from PySide6.QtWidgets import QSplitter

    from guide.core.library import Library
    from guide.core.library.records import ArticleRecord
    from guide.gui.navigator.model import NavigatorModel
    from guide.gui.navigator.view import NavigatorView
    from guide.gui.pages.up_next import UpNextPage
    from guide.gui.reader.panels import ArticlePage
    from guide.gui.settings import Settings
    from guide.gui.window.appearance import AppearanceMenus
    from guide.gui.window.navigation_history import History
    from guide.gui.window.routing import Pages


class Window(Protocol):
    """What the window's state across runs reads and restores: a main window's frame, its
    splitters and navigator, its options."""

    library: Library
    settings: Settings
    history: History
    actions_: dict[ActionId, QAction]
    model: NavigatorModel
    navigator: NavigatorView
    splitter: QSplitter
    page: ArticlePage
    pages: Pages
    start_page: UpNextPage
    record: ArticleRecord | None
    fill_after_paint: bool
    looks: AppearanceMenus

    # the frame (QMainWindow's own)
    def resize(self, w: int, h: int, /) -> None: ...

    def move(self, a0: Any, /) -> None: ...

    def width(self) -> int: ...

    def height(self) -> int: ...

    def size(self) -> QSize: ...

    def frameGeometry(self) -> QRect: ...

    def isMaximized(self) -> bool: ...

    def screen(self) -> QScreen: ...

    def saveGeometry(self) -> QByteArray: ...

    def restoreGeometry(self, geometry: Any, /) -> bool: ...

    def saveState(self, version: int = 0) -> QByteArray: ...

    def restoreState(self, state: Any, version: int = 0) -> bool: ...

    # the window's own
    def set_zoom(self, step: int) -> None: ...

    def on_rating_column(self) -> None: ...

    def on_shield_toggled(self) -> None: ...

    def open_article(self, article_id: int, *, remember: bool = True) -> None: ...

    def fill_start_page(self) -> None: ...

    def update_status(self) -> None: ...

    def update_navigation_actions(self) -> None: ...


class WindowState:
    def __init__(self, window: Window):
        self.window = window

    def restore(self) -> None:
        w = self.window
        s = w.settings
        w.looks.apply_appearance()
        geometry = s.get(keys.GEOMETRY)
        if geometry.isEmpty():
            w.resize(1280, 800)
        else:
            w.restoreGeometry(geometry)
        size = [int(n) for n in s.get(self._screen_size_key()) if str(n).isdigit()]
        if len(size) != 2:  # never on this screen: the size left on any
            size = [int(n) for n in s.get(keys.WINDOW_SIZE) if str(n).isdigit()]
        if len(size) == 2 and not w.isMaximized():
            # The size the user left, then fitted: Qt's restoreGeometry alone shrank a window
            # saved on a larger screen to a fraction of a small one (1400×900 → 682×400).
            w.resize(*size)
        self.fit_to_screen()
        w.restoreState(s.get(keys.WINDOW_STATE))
        w.splitter.restoreState(s.get(keys.SPLITTER))
        w.page.splitter.restoreState(s.get(keys.READER_SPLITTER))
        w.page.columns.restoreState(s.get(keys.ARTICLE_SPLITTER))
        w.set_zoom(s.get(keys.ZOOM))
        w.actions_[ActionId.SPOILER_SHIELD].setChecked(s.get(keys.SPOILER_SHIELD))
        w.actions_[ActionId.HIDE_TITLES].setChecked(s.get(keys.HIDE_TITLES))
        w.on_shield_toggled()
        w.actions_[ActionId.UNWATCHED_ONLY].setChecked(s.get(keys.UNWATCHED_ONLY))
        w.actions_[ActionId.RATING_COLUMN].setChecked(s.get(keys.RATING_COLUMN))
        w.on_rating_column()
        # (Unwatched Only needs no call: setting it checked emits toggled, which filters.)
        self.restore_expanded(s.get(keys.for_library(keys.EXPANDED, w.library.path)))
        last = s.get(keys.for_library(keys.LAST_ARTICLE, w.library.path))
        try:
            record = w.library.find(last) if last else None
        except LibraryError:
            record = None
        if record is not None:
            w.open_article(record.id)
        else:
            # The window paints first; the shows in progress are read right after (at
            # 100,000 articles the first paint came 0.1 s sooner).
            w.start_page.summary.setText(tr("Reading your shows…"))
            w.pages.switch_to(w.start_page, "")
            w.history.visit(("page", "start"))
            w.fill_after_paint = True
            QTimer.singleShot(300, w.fill_start_page)  # painted or not (hidden, minimised)
        w.update_status()
        w.update_navigation_actions()

    def _screen_size_key(self) -> keys.Setting[list[Any]]:
        """The window's size as left on a screen like this one (a run at another scale, or
        on a smaller screen, never shrinks the window of the next normal start)."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None:
            return keys.WINDOW_SIZE
        return keys.for_screen(keys.WINDOW_SIZE, area.width(), area.height())

    def fit_to_screen(self) -> None:
        """Never larger than the screen's available area (a window saved on a large screen
        and opened on a small one), and placed on it."""
        w = self.window
        screen = w.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = w.frameGeometry().size() - w.size()  # title bar and borders
        width = min(w.width(), area.width() - frame.width())
        height = min(w.height(), area.height() - frame.height())
        if (width, height) != (w.width(), w.height()):
            w.resize(width, height)
        if not area.contains(w.frameGeometry()):
            w.move(area.topLeft())

    def save(self) -> None:
        w = self.window
        s = w.settings
        s.set(keys.GEOMETRY, w.saveGeometry())
        s.set(keys.WINDOW_SIZE, [w.width(), w.height()])
        s.set(self._screen_size_key(), [w.width(), w.height()])
        s.set(keys.WINDOW_STATE, w.saveState())
        s.set(keys.SPLITTER, w.splitter.saveState())
        s.set(keys.READER_SPLITTER, w.page.splitter.saveState())
        s.set(keys.ARTICLE_SPLITTER, w.page.columns.saveState())
        s.set(keys.ZOOM, w.page.reader.zoom)
        here = w.library.path
        s.set(keys.for_library(keys.LAST_ARTICLE, here), w.record.key if w.record else "")
        s.set(keys.for_library(keys.EXPANDED, here), self.expanded_paths())
        s.set(keys.SPOILER_SHIELD, w.actions_[ActionId.SPOILER_SHIELD].isChecked())
        s.set(keys.HIDE_TITLES, w.actions_[ActionId.HIDE_TITLES].isChecked())
        s.set(keys.UNWATCHED_ONLY, w.actions_[ActionId.UNWATCHED_ONLY].isChecked())
        s.sync()

    def expanded_paths(self) -> list[str]:
        w = self.window
        paths: list[str] = []
        for row in range(w.model.rowCount()):
            index = w.model.index(row, 0)
            if w.navigator.isExpanded(index):
                paths.append(index.data(Role.PATH))
                for child_row in range(w.model.rowCount(index)):
                    child = w.model.index(child_row, 0, index)
                    if w.navigator.isExpanded(child):
                        paths.append(child.data(Role.PATH))
        return paths

    def restore_expanded(self, paths: list[str]) -> None:
        w = self.window
        for path in paths:
            index = w.model.find_path(path)
            if index.isValid():
                w.navigator.expand(index)
