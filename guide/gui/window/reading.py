"""The article the window shows: opened, drawn in the reader and the side panel, its links
followed, stepped through, read again as far as a change touched it, and the actions that
act on it enabled for it alone (``window.reading``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from guide.core.article import Kind
from guide.core.errors import LibraryError
from guide.gui.actions import ActionId
from guide.gui.reader.render import (
    INFOBOX_SHOWN,
    INFOBOX_STEP,
    hidden_title,
    infobox_links,
    parse_link,
)
from guide.gui.window.routing import APP_TITLE

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStackedWidget, QStatusBar

    from guide.core.changes import Changes
    from guide.core.library import Library
    from guide.core.library.records import ArticleRecord
    from guide.gui.navigator.model import NavigatorModel
    from guide.gui.navigator.view import NavigatorView
    from guide.gui.pages.search import SearchPanel
    from guide.gui.pages.up_next import UpNextPage
    from guide.gui.reader.panels import ArticlePage, SidePanel
    from guide.gui.window.commands import TrackingCommands
    from guide.gui.window.navigation_history import History
    from guide.gui.window.note_commands import NoteCommands
    from guide.gui.window.routing import Pages
    from guide.gui.window.tree import NavigatorSync


class Window(Protocol):
    """What showing an article asks of the window."""

    library: Library
    page: ArticlePage
    side: SidePanel
    centre: QStackedWidget
    actions_: dict[ActionId, QAction]
    history: History
    pages: Pages
    tracking: TrackingCommands
    tree: NavigatorSync
    model: NavigatorModel
    navigator: NavigatorView
    notes: NoteCommands
    search_panel: SearchPanel
    start_page: UpNextPage

    def statusBar(self) -> QStatusBar: ...

    def setWindowTitle(self, title: str) -> None: ...

    def show_start_page(self) -> None: ...


class Reading:
    """The article shown, and what acts on it."""

    def __init__(self, window: Window):
        self.window = window
        self.record: ArticleRecord | None = None
        # (article id, its neighbours) of the article last shown: see neighbours_of
        self._neighbours: tuple[int, tuple[int | None, int | None]] | None = None

    # -- opening and drawing --------------------------------------------------------------

    def open_article(self, article_id: int, *, remember: bool = True) -> None:
        w = self.window
        self.leave_article()
        try:
            record = w.library.record(article_id, fields=INFOBOX_SHOWN)
        except LibraryError as error:
            w.statusBar().showMessage(str(error), 5000)
            return
        self.record = record
        self.render_article(record)
        w.page.notes.set_article(record.key, w.library.notes.display(record.key))
        w.notes.show_versions(record.key)
        w.centre.setCurrentWidget(w.page)
        w.setWindowTitle(f"{self.shown_title(record)} — {APP_TITLE}")
        if remember:
            w.history.visit(("article", article_id))
        w.tree.select_article(record.key)
        self.update_actions()

    def open_key(self, key: str) -> None:
        try:
            self.open_article(self.window.library.find(key).id)
        except LibraryError as error:
            self.window.statusBar().showMessage(str(error), 5000)

    def leave_article(self) -> None:
        for editor in self.window.notes.editors():
            editor.flush()

    def render_article(self, record: ArticleRecord) -> None:
        shield = self.window.actions_[ActionId.SPOILER_SHIELD].isChecked()
        self.window.page.show_record(record, shield=shield, hide_titles=self.titles_hidden())
        self.render_side()

    def on_page_rendered(self) -> None:
        """The reader showed an article (or revealed it): the window title says the same."""
        w = self.window
        record = w.page.record
        if record is not None and w.centre.currentWidget() is w.page:
            w.setWindowTitle(f"{self.shown_title(record)} — {APP_TITLE}")

    def render_side(self) -> None:
        """The side panel (on the article's page) holds the infobox and contents of the
        article shown; emptied when the centre shows another page."""
        w = self.window
        record = self.shown_record()
        if record is None:
            w.side.clear()
            return
        if record.id != w.side.shown_id:
            w.side.infobox_limit = INFOBOX_SHOWN
        links = infobox_links(
            record, w.library, w.side.infobox_limit, hide_titles=self.titles_hidden()
        )
        w.side.show_record(record, links, w.page.reader)
        if w.page.reveal_button.isVisible():
            w.side.contents.set_sections([])  # headings are prose too

    def shown_record(self) -> ArticleRecord | None:
        """The article the centre shows, or None on the other pages."""
        return self.record if self.window.centre.currentWidget() is self.window.page else None

    def titles_hidden(self) -> bool:
        """Unwatched episodes go by their number alone: the Spoiler Shield with its option."""
        a = self.window.actions_
        return a[ActionId.SPOILER_SHIELD].isChecked() and a[ActionId.HIDE_TITLES].isChecked()

    def shown_title(self, record: ArticleRecord) -> str:
        """The open article's title as the reader shows it (hidden while the shield asks)."""
        a = record.article
        if self.window.page.title_hidden:
            return hidden_title(a.season, a.episode, a.episode_label)
        return a.display_title

    # -- links and steps --------------------------------------------------------------------

    def follow_link(self, href: str) -> None:
        w = self.window
        kind, value = parse_link(href)
        if kind == "more" and self.record is not None:  # a long article: the next piece
            if value == "infobox":
                w.side.infobox_limit += INFOBOX_STEP
                if self.record.infobox_total is not None:  # read the next fields too
                    self.record = w.library.record(self.record.id, fields=w.side.infobox_limit)
                    w.page.record = self.record
                self.render_side()
            else:
                w.page.prose_limit *= 4
                w.page.show_record(
                    self.record,
                    shield=w.actions_[ActionId.SPOILER_SHIELD].isChecked(),
                    hide_titles=self.titles_hidden(),
                )
            return
        if kind == "article":
            self.open_article(int(value))
        elif kind == "" and href.lower().startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(href))  # a credit's page history, in the browser
        elif kind == "show":
            index = w.model.find_path(f"show:{value}")
            if index.isValid():
                w.navigator.setCurrentIndex(index)
                w.navigator.expand(index)
                w.navigator.setFocus()

    def step_article(self, step: int) -> None:
        """Previous or next article in navigator order, within the show."""
        before, after = self.neighbours_of(self.shown_record())
        target = before if step < 0 else after
        if target is not None:
            self.open_article(target)

    def neighbours_of(self, record: ArticleRecord | None) -> tuple[int | None, int | None]:
        """The episodes before and after the one shown: read once per article shown, again
        only when articles change (a play never moves one)."""
        if record is None or record.show_key is None:  # a film has none
            return None, None
        if self._neighbours is None or self._neighbours[0] != record.id:
            self._neighbours = (record.id, self.window.library.neighbours(record.id))
        return self._neighbours[1]

    def update_actions(self) -> None:
        """Back, Forward and every action on the article enabled for what the centre shows."""
        w = self.window
        a = w.actions_
        a[ActionId.BACK].setEnabled(w.history.can_go_back())
        a[ActionId.FORWARD].setEnabled(w.history.can_go_forward())
        record = self.shown_record()
        before, after = self.neighbours_of(record)
        a[ActionId.PREVIOUS_ARTICLE].setEnabled(before is not None)
        a[ActionId.NEXT_ARTICLE].setEnabled(after is not None)
        is_episode = record is not None and record.kind == Kind.EPISODE
        watchable = record is not None and record.kind.watchable
        a[ActionId.TOGGLE_WATCHED].setEnabled(watchable)
        a[ActionId.TOGGLE_WATCHED].setChecked(record is not None and watchable and record.watched)
        a[ActionId.WATCHED_ON].setEnabled(watchable)
        a[ActionId.WATCHED_UP_TO_HERE].setEnabled(is_episode)
        a[ActionId.RATE].setEnabled(record is not None or w.pages.shown("show") is not None)
        show_key = w.tracking.shown_show_key()  # a rewatch: of a show shown, and once begun
        started = any(s.key == show_key and s.begun for s in w.model.shows)  # no SQL
        a[ActionId.START_REWATCH].setEnabled(show_key is not None and started)
        for action_id in (ActionId.FIND, ActionId.FIND_NEXT, ActionId.FIND_PREVIOUS):
            a[action_id].setEnabled(record is not None)

    # -- after a change ---------------------------------------------------------------------

    def on_library_changed(self, changes: Changes, initiator: object) -> None:
        """The article shown, read again as far as the change touched it (whole after an
        import or another program's write; else only its plays, its note or its rating),
        and every action on it enabled for what it is now."""
        self._show_change(changes, initiator)
        self.update_actions()

    def _show_change(self, changes: Changes, initiator: object) -> None:
        if changes.everything or changes.articles:
            self._neighbours = None
        if self.record is None:
            return
        if changes.everything or changes.articles:
            self._reread_whole(changes)
            return
        w = self.window
        record = self.record
        show = record.show_key
        plays = record.key in changes.plays or (show is not None and show in changes.passes)
        note = changes.touches_note(record.key)
        rating = record.key in changes.ratings or (
            record.kind.stands_for_show and show in changes.ratings
        )
        if plays or note or rating:
            was_shielded = w.page.reveal_button.isVisible()
            self.record = w.library.refreshed(record, plays=plays, note=note, rating=rating)
            if was_shielded and self.record.watched:
                self.render_article(self.record)
                return
            w.page.update_tracking(self.record)
        if self.titles_hidden() and changes.tracking:
            self.render_side()  # a neighbour watched: its title may be shown now
        if note:
            if initiator is not w.page.notes:  # the editor holds what it saved
                w.page.notes.reload(w.library.notes.display(record.key))
            w.notes.show_versions(record.key)

    def _reread_whole(self, changes: Changes) -> None:
        w = self.window
        assert self.record is not None
        try:
            record = w.library.find(self.record.key, fields=w.side.infobox_limit)
        except LibraryError:  # removed or renamed underneath
            self.record = None
            w.page.notes.set_article(None, "")
            if w.centre.currentWidget() is w.page:
                w.show_start_page()
            return
        self.record = record
        self.render_article(record)
        if changes.touches_note(record.key):
            w.page.notes.reload(w.library.notes.display(record.key))
            w.notes.show_versions(record.key)

    def on_shield_toggled(self) -> None:
        """The Spoiler Shield or its option changed: every view that shows titles and prose
        redrawn (the search results, the navigator, the pages built, the article)."""
        w = self.window
        shield = w.actions_[ActionId.SPOILER_SHIELD].isChecked()
        hidden = self.titles_hidden()
        w.actions_[ActionId.HIDE_TITLES].setEnabled(shield)
        w.search_panel.model.set_shield(shield, hidden)
        w.model.set_hide_titles(hidden)
        if w.start_page.hide_titles != hidden:
            w.start_page.hide_titles = hidden
            w.start_page.refresh()
        shown = w.pages.shown("show")
        if "show" in w.pages.built_pages and w.pages.show.hide_titles != hidden:
            w.pages.show.hide_titles = hidden
            if shown is not None and w.pages.show.show_key:
                w.pages.show.show_show(w.pages.show.show_key)
        if "upcoming" in w.pages.built_pages:
            w.pages.upcoming.set_hide_titles(hidden)
        if self.record is not None:
            self.render_article(self.record)
