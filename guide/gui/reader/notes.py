"""The notes editor: saved on its own a moment after the last keystroke, and on leaving.

It says "Saved" only once the library has committed the note. A save that fails (another
program holds the library, the disk is full) keeps the text, says "Not saved — will retry",
and is tried again every few seconds, also after moving to another article; the window asks
before closing while a note is unsaved. The editor's own Ctrl+Z undoes typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from guide.gui import plain
from guide.gui.i18n import tr

if TYPE_CHECKING:
    from guide.core.ops import Applied

SAVE_DELAY_MS = 700
RETRY_MS = 3000

# saver(key, text, expected) -> the applied operation, or None when it failed
Saver = Callable[[str, str, str], "Applied | None"]


class NotesEditor(QWidget):
    """Plain-text notes for one article (or show) at a time."""

    resolve_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: Any = None, saver: Saver | None = None):
        super().__init__(parent)
        self.saver = saver
        self.key: str | None = None
        self._base = ""  # the text as the library held it when this editor last read it
        self._dirty = False
        self.unsaved: dict[str, tuple[str, str]] = {}  # key -> (text, base), waiting to retry
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)  # Tab moves on: a note never traps the keyboard
        self.editor.setObjectName("notes")
        self.editor.setAccessibleName(tr("Notes"))
        self.editor.setPlaceholderText(tr("Your notes on this article (saved as you type)"))
        self.status = plain.label(parent=self)
        self.status.setObjectName("notes_status")
        title = QLabel("<b>" + tr("Notes") + "</b>", self)
        self.resolve_button = QPushButton(tr("&Resolve…"), self)
        self.resolve_button.setObjectName("resolve_note")
        self.resolve_button.setToolTip(
            tr("This note was changed on two computers: choose its text")
        )
        self.resolve_button.hide()
        self.resolve_button.clicked.connect(self.resolve_requested)
        self.history_button = QPushButton(tr("Hi&story…"), self)
        self.history_button.setObjectName("note_history_button")
        self.history_button.setToolTip(tr("Every earlier text of this note"))
        self.history_button.hide()
        self.history_button.clicked.connect(self.history_requested)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.resolve_button)
        header.addWidget(self.history_button)
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
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)
        self.editor.textChanged.connect(self._on_text_changed)

    def set_article(self, key: str | None, text: str) -> None:
        """Show another article's note; the current one is saved first (or kept to retry)."""
        self.flush()
        if self._dirty and self.key is not None:  # its save failed: keep it to retry
            self.unsaved[self.key] = (self.editor.toPlainText(), self._base)
        self.key = key
        pending = self.unsaved.get(key) if key is not None else None
        self._show_text(pending[0] if pending else text)
        self._base = pending[1] if pending else text
        self.editor.setEnabled(key is not None)
        self._dirty = pending is not None
        if pending is not None:
            del self.unsaved[key]  # type: ignore[arg-type]
        self.status.setText("")
        self._say_state()

    def reload(self, text: str) -> None:
        """The note changed in the library (another program, an undo): show it, unless the
        user is typing here; then their text wins at the next save and the other is kept."""
        if not self._dirty and text != self.editor.toPlainText():
            self._show_text(text)
            self._base = text
            self.status.setText(tr("Updated"))
        elif not self._dirty:
            self._base = text

    def show_versions(self, *, conflicted: bool, has_history: bool) -> None:
        """Offer Resolve… while the note has two versions, and History… once it has any."""
        self.resolve_button.setVisible(conflicted)
        self.history_button.setVisible(has_history)
        if conflicted:
            self.status.setText(tr("Changed on two computers"))

    def _show_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)  # a new document: the editor's undo starts here
        self.editor.blockSignals(False)

    def _on_text_changed(self) -> None:
        if self.key is None:
            return
        self._dirty = True
        self.status.setText(tr("Editing…"))
        self.timer.start()

    def flush(self) -> bool:
        """Save now if there is anything to save; False while something is still unsaved."""
        self.timer.stop()
        if self._dirty and self.key is not None:
            text = self.editor.toPlainText()
            applied = self._save(self.key, text, self._base)
            if applied is not None:
                self._dirty = False
                stored = self._stored_text(text, applied)
                if stored != text:  # a change made elsewhere was kept below this one
                    self._show_text(stored)
                self._base = stored
        self._say_state()
        return not self.has_unsaved

    def retry(self) -> None:
        for key, (text, base) in list(self.unsaved.items()):
            if self._save(key, text, base) is not None:
                del self.unsaved[key]
        self.flush()

    def _save(self, key: str, text: str, base: str) -> Applied | None:
        if self.saver is None:
            return None
        return self.saver(key, text, base)

    @staticmethod
    def _stored_text(text: str, applied: Applied) -> str:
        return applied.shown if applied.shown is not None else text

    def _say_state(self) -> None:
        waiting = len(self.unsaved) + (1 if self._dirty else 0)
        if waiting:
            self.status.setText(
                tr("Not saved — will retry")
                if waiting == 1
                else tr("%n note(s) not saved — will retry", "", waiting)
            )
            self.retry_timer.start()
        else:
            self.retry_timer.stop()
            if self.status.text() not in ("", tr("Updated")):
                self.status.setText(tr("Saved"))

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def has_unsaved(self) -> bool:
        return self._dirty or bool(self.unsaved)
