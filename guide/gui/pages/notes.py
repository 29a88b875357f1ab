"""All Notes: every note on an article or a show, to open or search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.core.changes import Changes
from guide.core.library import Library
from guide.core.library.notes import NoteEntry
from guide.gui import i18n, plain
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.pages.parts import heading
from guide.gui.reader.render import plain_tip
from guide.gui.roles import Role
from guide.gui.tables import RecordTable


class NotesModel(RecordTable[NoteEntry]):
    HEADERS = (
        QT_TR_NOOP("Article"),
        QT_TR_NOOP("Show"),
        QT_TR_NOOP("Changed"),
        QT_TR_NOOP("Note"),
    )

    def cells(self, entry: NoteEntry) -> tuple[str, ...]:
        title = tr("{title} (show)").format(title=entry.title) if entry.on_show else entry.title
        text = " ".join(entry.text.split())
        excerpt = text if len(text) <= 120 else text[:119] + "…"
        return (title, entry.show or "", i18n.stamp_date(entry.updated_at), excerpt)

    def role_data(self, entry: NoteEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(entry.text)
        if role == Role.KEY:
            return entry.key
        if role == Role.ARTICLE_ID:
            return entry.on_show
        return None


class NotesPage(QWidget):
    open_article = Signal(str)
    open_show = Signal(str)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.model = NotesModel(parent=self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("notes_filter")
        self.filter.setAccessibleName(tr("Search notes"))
        self.filter.setPlaceholderText(tr("Search your notes"))
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setObjectName("all_notes")
        self.view.setAccessibleName(tr("All notes"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Columns sized to the first 100 notes, not 1,000: with 2,500 notes each keystroke in
        # the filter took 0.15 s, nearly all of it measuring rows.
        self.view.horizontalHeader().setResizeContentsPrecision(100)
        self.view.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("All Notes"), self))
        self.empty = plain.label(parent=self)  # it quotes what the user typed
        self.empty.setObjectName("notes_empty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what the user typed
        layout.addWidget(self.filter)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.filter.textChanged.connect(lambda _: self.refresh())
        self.view.doubleClicked.connect(self._on_open)
        self.view.activated.connect(self._on_open)

    def concerns(self, changes: Changes) -> bool:
        """Whether a change can alter what this page shows (read again only then)."""
        return changes.touches("notes", "show_notes")

    def refresh(self) -> None:
        entries = self.library.notes.all(self.filter.text())
        self.model.set_entries(entries)
        self.view.resizeColumnsToContents()
        wanted = self.filter.text().strip()
        if entries:
            self.empty.setText("")
        elif wanted:
            self.empty.setText(tr("No notes hold “{text}”.").format(text=wanted))
        else:
            self.empty.setText(
                tr("No notes yet. Write one under any article, or on a show's page.")
            )
        self.empty.setVisible(not entries)

    def _on_open(self, index: QModelIndex) -> None:
        key = index.data(Role.KEY)
        if index.data(Role.ARTICLE_ID):
            self.open_show.emit(key)
        else:
            self.open_article.emit(key)
