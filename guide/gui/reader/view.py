"""The prose reader: the article's text, a find bar, zoom, and the sections' contents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QWidget,
)

from guide.gui.i18n import tr
from guide.gui.reader.render import section_anchor

ZOOM_STEP = 1.12
ZOOM_LIMIT = 8


class ReaderView(QTextBrowser):
    """A QTextBrowser that never follows or loads anything by itself."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(tr("Article text"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._base_size = self.document().defaultFont().pointSizeF()
        self.zoom = 0

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # article content may never pull in images, style sheets or files

    def set_zoom(self, step: int) -> None:
        self.zoom = max(-ZOOM_LIMIT, min(ZOOM_LIMIT, step))
        font = self.document().defaultFont()
        font.setPointSizeF(self._base_size * ZOOM_STEP**self.zoom)
        self.document().setDefaultFont(font)
        self.fit_line_width()

    def highlight_terms(self, terms: list[str]) -> int:
        """Highlight every occurrence of each term (the words of the search an article was
        opened from); returns how many there are."""
        selections = []
        for term in terms:
            selections += self._matches(term)
        self.setExtraSelections(selections)
        return len(selections)

    def find_all(self, text: str) -> int:
        """Highlight every match; returns how many there are."""
        selections = self._matches(text)
        self.setExtraSelections(selections)
        return len(selections)

    def _matches(self, text: str) -> list[QTextEdit.ExtraSelection]:
        selections = []
        if text:
            colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(90)
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            cursor = QTextCursor(self.document())
            while True:
                cursor = self.document().find(text, cursor)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        return selections

    def match_position(self) -> tuple[int, int]:
        """(which match is selected, counting from 1, or 0; how many matches there are)."""
        selections = self.extraSelections()
        start = self.textCursor().selectionStart()
        for number, selection in enumerate(selections, start=1):
            if selection.cursor.selectionStart() == start and self.textCursor().hasSelection():
                return number, len(selections)
        return 0, len(selections)

    def heading_tops(self) -> list[float]:
        """Where each section heading of the page starts (the title is not a section)."""
        tops = []
        layout = self.document().documentLayout()
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() >= 2:
                tops.append(layout.blockBoundingRect(block).top())
            block = block.next()
        return tops

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_line_width()

    def fit_line_width(self) -> None:
        """Lines of at most about 80 characters (long lines across a wide window are hard to
        read); narrower when the reader is."""
        metrics = QFontMetrics(self.document().defaultFont())
        widest = metrics.averageCharWidth() * 80
        width = max(100, min(widest, self._viewport_width() - 8))
        if self.lineWrapMode() != QTextEdit.LineWrapMode.FixedPixelWidth:
            self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        if self.lineWrapColumnOrWidth() != width:
            self.setLineWrapColumnOrWidth(width)

    def _viewport_width(self) -> int:
        """viewport().width() without asking for the viewport: the first QWidget a scroll
        area hands to Python costs PySide 8 ms of type lookups, a share of every start."""
        bar = self.verticalScrollBar()
        return self.maximumViewportSize().width() - (bar.width() if bar.isVisible() else 0)

    def find_step(self, text: str, backward: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around."""
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.find(text, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        )
        self.setTextCursor(cursor)
        return self.find(text, flags)


class FindBar(QWidget):
    """Find in page: a field, next/previous, a match count, Escape to close."""

    closed = Signal()

    def __init__(self, reader: ReaderView, parent: Any = None):
        super().__init__(parent)
        self.reader = reader
        self.field = QLineEdit(self)
        self.field.setObjectName("find_field")
        self.field.setAccessibleName(tr("Find in article"))
        self.field.setPlaceholderText(tr("Find in article"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        previous, following, close = QToolButton(self), QToolButton(self), QToolButton(self)
        previous.setText("▲")
        previous.setToolTip(tr("Previous match (Shift+Enter)"))
        following.setText("▼")
        following.setToolTip(tr("Next match (Enter)"))
        close.setText("✕")
        close.setToolTip(tr("Close (Escape)"))
        previous.setAccessibleName(tr("Previous Match"))
        following.setAccessibleName(tr("Next Match"))
        close.setAccessibleName(tr("Close Find"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        label = QLabel(tr("F&ind:"), self)
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.reader.find_all("")
        self.closed.emit()

    def refresh(self) -> None:
        """Re-highlight after the article changed."""
        if self.isVisible():
            self._on_text_changed(self.field.text())

    def _on_text_changed(self, text: str) -> None:
        self.reader.find_all(text)
        cursor = self.reader.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.reader.setTextCursor(cursor)
        if text:
            self.reader.find_step(text)
        self._say_where()

    def _say_where(self) -> None:
        """ "2 of 4", "No matches", or nothing with nothing to find."""
        if not self.field.text():
            self.count.setText("")
            return
        current, total = self.reader.match_position()
        self.count.setText(
            tr("{current} of {total}").format(current=current, total=total)
            if total
            else tr("No matches")
        )

    def find_next(self) -> None:
        self.reader.find_step(self.field.text())
        self._say_where()

    def find_previous(self) -> None:
        self.reader.find_step(self.field.text(), backward=True)
        self._say_where()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
                self.find_previous()
                return True
        return super().eventFilter(watched, event)


class ContentsView(QListView):
    """The article's sections; activating one scrolls the reader to it."""

    def __init__(self, reader: ReaderView, parent: Any = None):
        super().__init__(parent)
        self.reader = reader
        self.setObjectName("contents")
        self.setAccessibleName(tr("Contents"))
        self.model_ = QStringListModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._on_activated)
        self.activated.connect(self._on_activated)

    def set_sections(self, sections: list[tuple[int, str]]) -> None:
        self.model_.setStringList(["    " * (level - 2) + heading for level, heading in sections])

    def follow(self, top: int) -> None:
        """Select the section being read: the last heading at or above the reader's top."""
        tops = self.reader.heading_tops()
        if not tops or tops[0] > top + 4:
            self.clearSelection()
            return
        row = max(i for i, heading in enumerate(tops) if heading <= top + 4)
        if row < self.model_.rowCount():
            self.blockSignals(True)
            self.setCurrentIndex(self.model_.index(row))
            self.blockSignals(False)

    def _on_activated(self, index: Any) -> None:
        self.reader.scrollToAnchor(section_anchor(index.row()))
