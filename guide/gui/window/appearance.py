"""View → Appearance (follow the system, light, dark) and View → Language (the system's, or
one chosen for the next start): each a menu of one checked choice, kept in the settings."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any, Protocol

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QStatusBar, QWidget

from guide.core.library.records import ArticleRecord
from guide.gui import i18n, theme
from guide.gui import settings as keys
from guide.gui.i18n import tr
from guide.gui.settings import Settings


class Window(Protocol):
    """What the appearance and language menus ask of the window."""

    settings: Settings
    record: ArticleRecord | None

    def window(self) -> QWidget: ...  # the window as a widget: the menus' actions' owner

    def statusBar(self) -> QStatusBar: ...

    def render_article(self, record: ArticleRecord) -> None: ...


class AppearanceMenus:
    """``window.looks``: the appearance and language menus and what choosing does."""

    def __init__(self, window: Window):
        self.window = window
        self.language_menu: QMenu | None = None

    def choice_menu(
        self,
        menu: QMenu,
        choices: list[tuple[Any, str]],
        current: Any,
        choose: Callable[[Any], None],
    ) -> dict[Any, QAction]:
        """One checked item among ``choices`` (value, label); choosing one calls ``choose``."""
        group = QActionGroup(self.window.window())
        group.setExclusive(True)
        actions = {}
        for value, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: choose(v))
            group.addAction(action)
            actions[value] = action
        return actions

    def build_appearance_menu(self, menu: QMenu) -> None:
        choices = [
            (theme.Appearance.SYSTEM, tr("Follow &System")),
            (theme.Appearance.LIGHT, tr("&Light")),
            (theme.Appearance.DARK, tr("&Dark")),
        ]
        self.appearance_actions = self.choice_menu(
            menu, choices, self.appearance(), self.set_appearance
        )

    @cached_property
    def language_actions(self) -> dict[Any, QAction]:
        """View → Language: the system's language, or one chosen (from the next start)."""
        choices = [("", tr("Follow &System"))] + [
            (code, "&" + i18n.language_name(code).replace("&", "&&")) for code in i18n.available()
        ]
        assert self.language_menu is not None  # built with the View menu
        return self.choice_menu(
            self.language_menu, choices, self.window.settings.get(keys.LANGUAGE), self.set_language
        )

    def set_language(self, code: str) -> None:
        """Keep the choice; the window speaks it from the next start (said at once)."""
        if code == self.window.settings.get(keys.LANGUAGE):
            return
        self.window.settings.set(keys.LANGUAGE, code)
        self.window.statusBar().showMessage(
            tr("The language changes the next time Episode Guide starts."), 8000
        )

    def appearance(self) -> theme.Appearance:
        try:
            return theme.Appearance(self.window.settings.get(keys.APPEARANCE))
        except ValueError:
            return theme.Appearance.SYSTEM

    def set_appearance(self, appearance: theme.Appearance) -> None:
        self.window.settings.set(keys.APPEARANCE, str(appearance))
        self.apply_appearance()

    def apply_appearance(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.appearance())
        if self.window.record is not None:
            self.window.render_article(
                self.window.record
            )  # rich text takes the new palette's colours

    def on_system_scheme(self, _scheme: Any) -> None:
        if self.appearance() == theme.Appearance.SYSTEM:
            self.apply_appearance()
