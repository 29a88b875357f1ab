"""The window's side of the one write door: an operation applied and said in the status bar
(with its undo key), a failed write said, and Undo and Redo — of typing in the text field
that has the focus, else of the last change to the library (``window.edits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from guide.gui import plain
from guide.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QStatusBar, QWidget

    from guide.core import ops
    from guide.gui.operations import OperationRunner


class Window(Protocol):
    runner: OperationRunner
    undo_stack: QUndoStack

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...  # the window as a widget: its dialogs' parent


class Edits:
    def __init__(self, window: Window):
        self.window = window

    def apply(self, op: ops.Operation, also: str = "") -> None:
        """Run ``op`` through the one write path; the status bar says what was done (and
        ``also``) once the library has committed it."""
        applied = self.window.runner.run(op)
        said = also
        if applied is not None and not applied.empty:
            done = tr("{what} (Ctrl+Z to undo)").format(what=applied.description)
            said = f"{done}. {also}" if also else done
        if said:
            self.window.statusBar().showMessage(said, 8000 if also else 4000)

    def on_write_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)
        plain.warn(self.window.window(), tr("Not saved"), message)

    def undo(self) -> None:
        """Ctrl+Z: in a text field that has the focus (a note being typed), undo typing, step
        by step; elsewhere, undo the last change to your marks."""
        editor = _focused_text_editor()
        if editor is not None:
            editor.undo()
        else:
            self.window.undo_stack.undo()

    def redo(self) -> None:
        editor = _focused_text_editor()
        if editor is not None:
            editor.redo()
        else:
            self.window.undo_stack.redo()


def _focused_text_editor() -> QPlainTextEdit | QLineEdit | None:
    widget = QApplication.focusWidget()
    if isinstance(widget, (QPlainTextEdit, QLineEdit)) and not widget.isReadOnly():
        return widget
    return None
