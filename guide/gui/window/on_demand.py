"""The window's commands loaded when first used, not to show the window: importing files,
getting a wiki's articles, importing a watch history, backups and merges, the navigator's
menu (``window.on_demand``)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from guide.gui.dialogs.getting import GetArticlesDialog
    from guide.gui.dialogs.history_import import HistoryImports
    from guide.gui.dialogs.importing import ImportCommands
    from guide.gui.dialogs.safety import SafetyCommands
    from guide.gui.navigator.menu import NavigatorMenu


class OnDemand:
    def __init__(self, window: Any):
        # The whole window: each of these commands is a part of its own that names in its
        # module what it asks of the window; this only builds them when first asked for.
        self.window = window
        self.getting: GetArticlesDialog | None = None
        self._history_imports: HistoryImports | None = None

    @cached_property
    def imports(self) -> ImportCommands:
        from guide.gui.dialogs.importing import ImportCommands

        return ImportCommands(self.window)

    @cached_property
    def safety(self) -> SafetyCommands:
        from guide.gui.dialogs.safety import SafetyCommands

        return SafetyCommands(self.window)

    @cached_property
    def navigator_menu(self) -> NavigatorMenu:
        from guide.gui.navigator.menu import NavigatorMenu

        return NavigatorMenu(self.window)

    def history_imports(self) -> HistoryImports:
        """The history importer (the trackers' readers and rapidfuzz load with it)."""
        if self._history_imports is None:
            from guide.gui.dialogs.history_import import HistoryImports

            self._history_imports = HistoryImports(self.window)
        return self._history_imports

    def get_articles(self) -> None:
        """File → Get Articles from a Wiki… (its module, and the wikitext parser, loaded
        when first asked for)."""
        from guide.gui.dialogs.getting import GetArticlesDialog

        self.getting = GetArticlesDialog(self.window, self.window)
        self.getting.open()

    def stop(self) -> None:
        """Before the window closes: an import finishes or is stopped first."""
        if "imports" in self.__dict__:  # built only if an import was started
            self.imports.stop()
        if self._history_imports is not None:
            self._history_imports.wait()  # one transaction: it finishes or rolls back
