"""The window's side of the one write door: an operation applied and said in the status bar
(with its undo key), a failed write said, and Undo and Redo — of typing in the text field
that has the focus, else of the last change to the library (``window.edits``). Edit → Undo
and Redo say which, and are on only when there is something to undo."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from shiboken6 import isValid

from guide.gui import plain
from guide.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QStatusBar

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

    def follow(self, undo: QAction, redo: QAction) -> None:
        """Keep Edit → Undo and Redo saying what they would undo now: the typing in the
        text field that has the focus ("Undo Typing"), else the last change to the library
        ("Undo Mark 'Pilot' watched"), each on only when there is something to undo."""
        self.actions = (undo, redo)
        stack = self.window.undo_stack
        follower = _Follower(undo, self.refresh)  # gone with the window's actions
        for signal in (
            stack.canUndoChanged,
            stack.canRedoChanged,
            stack.undoTextChanged,
            stack.redoTextChanged,
        ):
            signal.connect(follower.changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(follower.focus_changed)
        self.refresh()

    def refresh(self) -> None:
        undo, redo = self.actions
        stack = self.window.undo_stack
        if not (isValid(undo) and isValid(redo) and isValid(stack)):
            return  # the window is being taken down (the focus moves as its parts go)
        editor = self._editor()
        if editor is not None:
            undo.setText(tr("&Undo Typing"))
            redo.setText(tr("&Redo Typing"))
            document = editor.document() if isinstance(editor, QPlainTextEdit) else editor
            undo.setEnabled(document.isUndoAvailable())
            redo.setEnabled(document.isRedoAvailable())
            return
        undone, redone = stack.undoText(), stack.redoText()
        undo.setText(tr("&Undo {what}").format(what=undone) if undone else tr("&Undo"))
        redo.setText(tr("&Redo {what}").format(what=redone) if redone else tr("&Redo"))
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())

    def _editor(self) -> QPlainTextEdit | QLineEdit | None:
        """The text field of this window that has the focus (a dialog's is its own)."""
        editor = _focused_text_editor()
        if editor is None or editor.window() is not self.window.window():
            return None
        return editor

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
        editor = self._editor()
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


class _Follower(QObject):
    """Tells the Edits when what Undo would undo may have changed: the focus moved, the
    focused field's text changed, or the undo stack moved. A QObject, so that its
    connections end with it."""

    def __init__(self, parent: QObject, refresh: Any):
        super().__init__(parent)
        self.refresh = refresh
        self.followed: QWidget | None = None

    def changed(self, *_: object) -> None:
        self.refresh()

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.followed is not None:
            self._connect(self.followed, connect=False)
            self.followed = None
        if isinstance(new, (QLineEdit, QPlainTextEdit)):
            self._connect(new, connect=True)
            self.followed = new
        self.refresh()

    def _connect(self, editor: QWidget, *, connect: bool) -> None:
        if not isValid(editor):
            return  # the field is gone, and its connections with it
        # A note editor's text is set with its signals blocked (textChanged is never sent
        # then); its document's own undo signals are.
        signals = (
            (editor.document().undoAvailable, editor.document().redoAvailable)
            if isinstance(editor, QPlainTextEdit)
            else (editor.textChanged,)  # type: ignore[attr-defined]
        )
        for signal in signals:
            if connect:
                signal.connect(self.changed)
            else:
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self.changed)
