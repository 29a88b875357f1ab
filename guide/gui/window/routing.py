"""Page routing: the centre's pages (Continue Watching, History, Statistics, All Notes,
Upcoming, a show's page), each built (and its module loaded) the first time it is shown and
wired to the window's commands; showing one names it in the title and in Back and Forward;
after any change the page on screen refreshes (``refresh()``, the pages' one protocol)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtWidgets import QWidget

from guide.gui.access import name_built_in_parts
from guide.gui.i18n import tr

if TYPE_CHECKING:  # ops is imported where an operation is made: not at start
    from PySide6.QtWidgets import QStackedWidget

    from guide.core import ops
    from guide.core.changes import Changes
    from guide.core.library import Library
    from guide.gui.operations import OperationRunner
    from guide.gui.pages.history import HistoryPage
    from guide.gui.pages.notes import NotesPage
    from guide.gui.pages.show import ShowPage
    from guide.gui.pages.stats import StatsPage
    from guide.gui.pages.up_next import UpNextPage
    from guide.gui.pages.upcoming import UpcomingPage
    from guide.gui.window.commands import TrackingCommands
    from guide.gui.window.navigation_history import History
    from guide.gui.window.note_commands import NoteCommands

APP_TITLE = "Episode Guide"  # the app's name: never translated


class Refreshing(Protocol):
    """A page: it says whether a change concerns what it shows, and reads it again."""

    def concerns(self, changes: Changes) -> bool: ...

    def refresh(self) -> None: ...


class Window(Protocol):
    """What the pages' routing asks of the main window."""

    library: Library
    runner: OperationRunner
    centre: QStackedWidget
    history: History
    start_page: UpNextPage
    start_page_filled: bool
    notes: NoteCommands
    tracking: TrackingCommands

    def window(self) -> QWidget: ...  # the window as a widget: the pages' parent

    def setWindowTitle(self, title: str) -> None: ...

    def apply(self, op: ops.Operation, also: str = "") -> None: ...

    def open_article(self, article_id: int, *, remember: bool = True) -> None: ...

    def open_key(self, key: str) -> None: ...

    def titles_hidden(self) -> bool: ...

    def leave_article(self) -> None: ...

    def on_centre_changed(self, index: int) -> None: ...

    def update_navigation_actions(self) -> None: ...


class Pages:
    def __init__(self, window: Window):
        self.window = window
        self.built_pages: dict[str, QWidget] = {}  # by name, once shown

    def built(self, name: str, build: Callable[[], QWidget]) -> Any:
        w = self.window
        page = self.built_pages.get(name)
        if page is None:
            page = self.built_pages[name] = build()
            w.centre.addWidget(page)
            name_built_in_parts(page)
            self.listen(page)
        return page

    def listen(self, page: QWidget) -> None:
        """A page hears every change and reads the library again when the change concerns
        what it shows (its ``concerns``), and only while it is shown: going to a page reads
        it anyway. A change one of its own parts made and shows is not read again."""
        w = self.window

        def changed(changes: Changes, initiator: object) -> None:
            shown = cast(Refreshing, page)
            if w.centre.currentWidget() is not page or not shown.concerns(changes):
                return
            if isinstance(initiator, QWidget) and page.isAncestorOf(initiator):
                return  # its own part made the change and shows it (the show's note)
            shown.refresh()

        w.runner.library_changed.connect(changed)

    def shown(self, name: str) -> QWidget | None:
        """The page of that name if it is the one the centre shows (never builds it)."""
        w = self.window
        page = self.built_pages.get(name)
        return page if page is not None and w.centre.currentWidget() is page else None

    def shown_show(self) -> ShowPage | None:
        """The show page if it is the one on screen."""
        return self.shown("show")  # type: ignore[return-value]

    @property
    def history(self) -> HistoryPage:
        w = self.window

        def build() -> HistoryPage:
            from guide.core import ops
            from guide.gui.pages.history import HistoryPage  # built when first shown

            page = HistoryPage(w.library, w)
            page.open_article.connect(w.open_key)
            page.change_time.connect(lambda uid, when: w.apply(ops.MovePlay(uid, when)))
            page.delete_play.connect(lambda uid: w.apply(ops.DeletePlays((uid,))))
            return page

        return self.built("history", build)  # type: ignore[no-any-return]

    @property
    def stats(self) -> StatsPage:
        w = self.window
        from guide.gui.pages.stats import StatsPage  # charts: loaded when first shown

        return self.built("stats", lambda: StatsPage(w.library, w))  # type: ignore[no-any-return]

    @property
    def notes(self) -> NotesPage:
        w = self.window

        def build() -> NotesPage:
            from guide.gui.pages.notes import NotesPage  # built when first shown

            page = NotesPage(w.library, w)
            page.open_article.connect(w.open_key)
            page.open_show.connect(self.open_show)
            return page

        return self.built("notes", build)  # type: ignore[no-any-return]

    @property
    def show(self) -> ShowPage:
        w = self.window
        from guide.gui.pages.show import ShowPage  # loaded when first shown

        def build() -> ShowPage:
            page = ShowPage(w.library, w)
            page.start_rewatch.connect(w.tracking.start_rewatch)
            page.open_article.connect(w.open_article)
            page.notes.saver = w.notes.save_show_note
            page.rate.connect(lambda key, value: w.tracking.rate(key, value, on_show=True))
            page.mark_watched.connect(w.tracking.mark_key_watched)
            page.mark_season.connect(w.tracking.mark_season_watched)
            page.set_status.connect(w.tracking.set_status)
            page.hide_titles = w.titles_hidden()
            return page

        return self.built("show", build)  # type: ignore[no-any-return]

    @property
    def upcoming(self) -> UpcomingPage:
        w = self.window
        from guide.gui.pages.upcoming import UpcomingPage  # loaded when first shown

        def build() -> UpcomingPage:
            page = UpcomingPage(w.library, w)
            page.open_article.connect(w.open_key)
            page.model.hide_titles = w.titles_hidden()
            return page

        return self.built("upcoming", build)  # type: ignore[no-any-return]

    def switch_to(self, page: QWidget, title: str) -> None:
        w = self.window
        w.leave_article()
        if w.centre.currentWidget() is page:  # the same page about something else
            w.on_centre_changed(w.centre.currentIndex())
        w.centre.setCurrentWidget(page)
        w.setWindowTitle(f"{title} — {APP_TITLE}" if title else APP_TITLE)

    def show_start(self, *, remember: bool = True) -> None:
        """Continue Watching: the page shown when no article is open."""
        w = self.window
        w.start_page_filled = True
        w.start_page.refresh()
        self.switch_to(w.start_page, "")
        self.visited(("page", "start"), remember)

    def show_history(self, *, remember: bool = True) -> None:
        self.history.load_shows()
        self.history.refresh()
        self.switch_to(self.history, tr("History"))
        self.history.view.setFocus()
        self.visited(("page", "history"), remember)

    def show_statistics(self, *, remember: bool = True) -> None:
        self.stats.refresh()
        self.switch_to(self.stats, tr("Statistics"))
        self.visited(("page", "statistics"), remember)

    def show_upcoming(self, *, remember: bool = True) -> None:
        self.upcoming.refresh()
        self.switch_to(self.upcoming, tr("Upcoming"))
        self.upcoming.view.setFocus()
        self.visited(("page", "upcoming"), remember)

    def show_all_notes(self, *, remember: bool = True) -> None:
        self.notes.refresh()
        self.switch_to(self.notes, tr("All Notes"))
        self.visited(("page", "notes"), remember)

    def open_show(self, show_key: str, *, remember: bool = True) -> None:
        w = self.window
        self.show.show_show(show_key)
        self.show.scroller.verticalScrollBar().setValue(0)  # a show opened: from its top
        self.switch_to(self.show, w.library.show_name(show_key))
        self.visited(("show", show_key), remember)

    def visited(self, place: tuple[str, Any], remember: bool) -> None:
        """Pages belong in Back and Forward as articles do."""
        w = self.window
        if remember:
            w.history.visit(place)
        w.update_navigation_actions()

    def go_to(self, place: tuple[str, Any]) -> None:
        w = self.window
        kind, value = place
        if kind == "article":
            w.open_article(value, remember=False)
        elif kind == "show":
            self.open_show(value, remember=False)
        else:
            pages = {
                "start": self.show_start,
                "history": self.show_history,
                "statistics": self.show_statistics,
                "upcoming": self.show_upcoming,
                "notes": self.show_all_notes,
            }
            pages[value](remember=False)
