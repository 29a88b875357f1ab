"""The notes editor: saved on its own a moment after the last keystroke, and on leaving."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

SAVE_DELAY_MS = 700


class NotesEditor(QWidget):
    """Plain-text notes for one article at a time.

    ``save_requested(key, text)`` is emitted when the text should be stored: 0.7 s after the
    last keystroke, and at once on ``flush()`` (navigation, closing the window).
    """

    save_requested = Signal(str, str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.key: str | None = None
        self._dirty = False
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("notes")
        self.editor.setAccessibleName("Notes")
        self.editor.setPlaceholderText("Your notes on this article (saved as you type)")
        self.status = QLabel(self)
        self.status.setObjectName("notes_status")
        title = QLabel("<b>Notes</b>", self)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.editor)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._on_text_changed)

    def set_article(self, key: str | None, text: str) -> None:
        """Show another article's note; the current one is saved first."""
        self.flush()
        self.key = key
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.editor.setEnabled(key is not None)
        self._dirty = False
        self.status.setText("")

    def _on_text_changed(self) -> None:
        if self.key is None:
            return
        self._dirty = True
        self.status.setText("Editing…")
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if self._dirty and self.key is not None:
            self._dirty = False
            self.save_requested.emit(self.key, self.editor.toPlainText())
            self.status.setText("Saved")

    @property
    def dirty(self) -> bool:
        return self._dirty
