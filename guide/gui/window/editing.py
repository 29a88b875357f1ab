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
        self.failures = 0  # writes that failed: an undo that failed says so, not "Undone"

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
        self.failures += 1
        self.window.statusBar().showMessage(message, 10000)
        plain.warn(self.window.window(), tr("Not saved"), message)

    def undo(self) -> None:
        """Ctrl+Z: in a text field that has the focus (a note being typed), undo typing, step
        by step; elsewhere, undo the last change to your marks."""
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        editor = _focused_text_editor()
        stack = self.window.undo_stack
        if editor is not None:
            step, what = (editor.undo if undo else editor.redo), ""
        elif undo and stack.canUndo():
            step, what = stack.undo, stack.undoText()
        elif not undo and stack.canRedo():
            step, what = stack.redo, stack.redoText()
        else:
            return
        failures = self.failures
        step()
        # The status bar says what was done, and no longer offers Ctrl+Z for it.
        if editor is None and self.failures == failures:
            said = tr("Undone: {what}") if undo else tr("Redone: {what}")
            self.window.statusBar().showMessage(said.format(what=what), 4000)


def _focused_text_editor() -> QPlainTextEdit | QLineEdit | None:
    widget = QApplication.focusWidget()
    if isinstance(widget, (QPlainTextEdit, QLineEdit)) and not widget.isReadOnly():
        return widget
    return None
