"""Library search: results as you type, found on a worker thread, and the list they show in.

Typing never waits for the library: each keystroke hands the text to :class:`Searcher`, whose
thread has its own connection. A newer text interrupts the query still running
(``sqlite3.Connection.interrupt``) and the worker takes only the newest; results are shown
only if they answer the text now in the field.
"""

from __future__ import annotations

import html
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from guide.core.errors import QueryError
from guide.core.library import Library
from guide.core.library.records import SearchHit
from guide.core.query import filter_names, help_text
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.marked import MarkedDelegate, marked_html, unmarked
from guide.gui.reader.render import code_hidden, plain_tip
from guide.gui.roles import Role

SHIELDED = QT_TR_NOOP("(the text is folded away by the Spoiler Shield until you have watched it)")


class SearchModel(QAbstractListModel):
    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.query = ""
        self.hits: list[SearchHit] = []
        self.shield = False  # the Spoiler Shield: unwatched episodes' snippets folded away
        self.hide_titles = False  # and, with it, their titles

    def show_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query.strip()
        self.hits = hits
        self.endResetModel()

    def set_shield(self, on: bool, hide_titles: bool = False) -> None:
        if (on, hide_titles) != (self.shield, self.hide_titles):
            self.hide_titles = hide_titles
            self.beginResetModel()
            self.shield = on
            self.endResetModel()

    def _title(self, hit: SearchHit) -> str:
        hidden = self.shield and self.hide_titles and hit.unwatched_episode
        if not hidden:
            return hit.display_title
        return code_hidden(hit.code)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def _lines(self, hit: SearchHit) -> tuple[str, str]:
        """A result's two lines: its title and show; its snippet (matches marked [so]) and
        what matched."""
        where = f"  —  {hit.show}" if hit.show else ""
        places = {"title": tr("title"), "text": tr("text"), "note": tr("note")}
        parts = hit.matched
        if self._title(hit) != hit.display_title:  # a hidden title: not that it matched
            parts = tuple(part for part in parts if part != "title")
        said = ", ".join(places.get(part, part) for part in parts)
        matched = tr("matched: {fields}").format(fields=said) if parts else ""
        snippet = hit.marked or hit.snippet
        if self.shield and hit.unwatched_episode and snippet:
            snippet = tr(SHIELDED)
        return f"{self._title(hit)}{where}", "   ".join(p for p in (snippet, matched) if p)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # plain: what a screen reader says
            heading, detail = self._lines(hit)
            return f"{heading}\n{unmarked(detail)}"
        if role == Role.HTML:  # what MarkedDelegate draws: the matches in bold
            heading, detail = self._lines(hit)
            return f"{html.escape(heading)}<br>{marked_html(detail)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._title(hit))
        if role == Role.ARTICLE_ID:
            return hit.id
        return None


LIMIT = 100


UNFINISHED = "\x00"  # begins the error of a query whose last value is still being typed


def run_search(library: Library, query: str) -> tuple[list[SearchHit], str | None]:
    """(hits, None), or ([], why) when the query cannot be read (UNFINISHED: not yet)."""
    text = query.strip()
    if not text:
        return [], None
    try:
        return library.search(text, limit=LIMIT, as_you_type=True), None
    except QueryError as problem:
        return [], (UNFINISHED if problem.unfinished else "") + str(problem)


class Searcher(QThread):
    """One worker thread for search as you type: the newest text wins, stale ones stop.

    ``found(text, hits, error)`` is emitted for the newest text only; ``error`` is "" when
    the query could be read (never None: PySide6 6.12 miscounts references to a None sent
    through a queued signal, and the interpreter then aborts on exit)."""

    found = Signal(str, object, str)

    def __init__(self, library_path: Path, parent: Any = None):
        super().__init__(parent)
        self.library_path = library_path
        self._wanted: str | None = None
        self._stopping = False
        self._condition = threading.Condition()
        self._library: Library | None = None

    def request(self, text: str) -> None:
        """From the GUI thread: look for this text (a query still running is interrupted)."""
        with self._condition:
            self._wanted = text
            self._condition.notify()
        library = self._library
        if library is not None:
            library.db.conn.interrupt()  # thread-safe; the worker then takes the newest
        if not self.isRunning():
            self.start()

    def stop(self) -> None:
        with self._condition:
            self._stopping = True
            self._condition.notify()
        if self._library is not None:
            self._library.db.conn.interrupt()
        self.wait()

    def run(self) -> None:
        try:
            library = Library(self.library_path, verify=False, reader=True)
        except Exception:  # the window's own search still answers Enter
            return
        self._library = library
        try:
            while True:
                with self._condition:
                    while self._wanted is None and not self._stopping:
                        self._condition.wait()
                    if self._stopping:
                        return
                    text, self._wanted = self._wanted, None
                assert text is not None
                try:
                    hits, error = run_search(library, text)
                except sqlite3.OperationalError as problem:
                    if "interrupt" not in str(problem):
                        self.found.emit(
                            text,
                            [],
                            tr("the library could not be read ({problem})").format(problem=problem),
                        )
                        continue
                    # Interrupted for a newer text, which comes next; or (a race) for this
                    # one, which then runs again.
                    with self._condition:
                        if self._wanted is None:
                            self._wanted = text
                    continue
                with self._condition:
                    stale = self._wanted is not None
                if not stale:
                    self.found.emit(text, hits, error or "")
        finally:
            self._library = None
            library.close()


class SearchPanel(QWidget):
    """The results page: a heading and the list. Enter or a click opens an article."""

    article_chosen = Signal(int)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.model = SearchModel(library, self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        self.heading.setObjectName("search_heading")
        self.heading.setWordWrap(True)
        self.heading.setToolTip(help_text(tr))
        self.view = _ResultsView(self)
        self.view.setObjectName("search_results")
        self.view.setAccessibleName(tr("Search results"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(MarkedDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def search(self, query: str) -> None:
        """Search here and now (Enter, a saved search); typing goes through a Searcher."""
        hits, error = run_search(self.model.library, query)
        self.show_results(query, hits, error)

    def show_results(
        self, query: str, hits: list[SearchHit], error: str | None, *, typing: bool = False
    ) -> None:
        """``typing``: the text as typed so far (a query still being typed, `director:`,
        leaves the results as they were, and no complaint)."""
        if error and error.startswith(UNFINISHED):
            if typing:  # the results stay, and the heading says whose they are
                shown = self.model.query if self.model.rowCount() else ""
                self.heading.setText(
                    tr("Type the rest of “{query}”… (below: what “{shown}” found)").format(
                        query=query.strip(), shown=shown
                    )
                    if shown
                    else tr("Type the rest of “{query}”…").format(query=query.strip())
                )
                return
            error = error[len(UNFINISHED) :]
        with self.view.driving():
            self.model.show_hits(query, hits)
        count = len(hits)
        if error:
            self.heading.setText(  # one line of names; the heading's tooltip says more
                tr("This search cannot be read: {problem}.").format(problem=error)
                + "\n"
                + tr("Filters: {names} (hover here for what each keeps).").format(
                    names=filter_names()
                )
            )
        elif not query.strip():
            self.heading.setText(tr("Type to search every article and note."))
        elif count == 0:
            self.heading.setText(tr("No matches for “{query}”.").format(query=query.strip()))
        else:
            found = (
                tr("%n+ match(es) for “{query}”, best first:", "", count)
                if count >= LIMIT
                else tr("%n match(es) for “{query}”, best first:", "", count)
            )
            self.heading.setText(found.format(query=query.strip()))
        if count:
            with self.view.driving():
                self.view.setCurrentIndex(self.model.index(0))

    def open_current(self) -> bool:
        index = self.view.currentIndex()
        if index.isValid():
            self._on_activated(index)
            return True
        return False

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """A result selected neither by keys, nor a click, nor the app was chosen by
        assistive technology (AT-SPI's Selection.selectChild): open it, as Enter would."""
        if self.view.driven:
            return
        rows = selected.indexes()
        if len(rows) == 1:
            chosen = QPersistentModelIndex(rows[0])
            QTimer.singleShot(0, lambda: self._open(chosen))

    def _open(self, chosen: QPersistentModelIndex) -> None:
        if not chosen.isValid():  # the results changed meanwhile
            return
        index = self.model.index(chosen.row())
        self.view.setCurrentIndex(index)
        self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        article_id = index.data(Role.ARTICLE_ID)
        if article_id is not None:
            self.article_chosen.emit(article_id)


class _ResultsView(QListView):
    """The results; ``driven`` while keys, a click or the app itself change the selection."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.driven = False

    @contextmanager
    def driving(self) -> Iterator[None]:
        self.driven = True
        try:
            yield
        finally:
            self.driven = False

    def selectionCommand(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        self.driven = True  # a key or a click: the change follows at once
        QTimer.singleShot(0, self._settled)
        return super().selectionCommand(index, event)

    def _settled(self) -> None:
        self.driven = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
