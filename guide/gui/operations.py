"""The window's one write path: run core operations, own undo, tell every view what changed.

Every change to personal data made from the window goes through :meth:`OperationRunner.run`.
It applies the operation in one transaction (the core's :func:`guide.core.ops.apply`), puts
its inverse on the undo stack, and emits ``library_changed(changes, initiator)`` once: what
changed, and the view that asked for it (None: an undo, a redo or a failure), so that view
need not read again what it wrote. The navigator, the reader, the pages, the status bar and
sync each listen to that signal for themselves, and to nothing else. A failure
(another program holds the lock, a full disk) is emitted as ``failed(message)`` and
``library_changed(Changes.all())``, so every view shows again what the library really holds.

Work done on a worker in this window (an article import, a sync round, a history import)
reaches the same signal with what it applied (:meth:`OperationRunner.took`). Writes by other
processes (the ``guide`` command, a second window) are noticed with SQLite's ``PRAGMA
data_version``, on a timer and when the window becomes active, and arrive as the same signal
with the initiator :data:`ANOTHER_PROGRAM`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from guide.core.changes import Changes
from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.gui.jobs import CoreJob

if TYPE_CHECKING:  # ops is imported where an operation is made: not at start
    from guide.core import ops

# The window must not freeze while another program writes: a write waits this long for the
# lock, then fails with a message (and the notes editor retries on its own).
GUI_MAX_WAIT = 0.5
POLL_MS = 1500
ANOTHER_PROGRAM = "another program"  # the initiator of a write this window only noticed


class OperationCommand(QUndoCommand):
    """An operation already applied; undo and redo run its inverse, then that one's inverse.

    A step that fails (the library is busy) leaves the step to take still pending, so a later
    undo or redo does the right thing and never the opposite one.
    """

    MERGED = 1  # QUndoCommand.id() of changes that merge with the one before

    def __init__(self, runner: OperationRunner, applied: ops.Applied):
        from guide.core import ops

        super().__init__(applied.description)
        self.runner = runner
        self.undo_op: ops.Operation | None = applied.inverse
        self.redo_op: ops.Operation | None = None  # already done when pushed
        # Ratings stepped through with the arrow keys: one undo back to where they started.
        inverse = applied.inverse
        self.merge_key = (
            (inverse.key, inverse.on_show) if isinstance(inverse, ops.SetRating) else None
        )

    def id(self) -> int:
        return self.MERGED if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, OperationCommand)
            and other.merge_key == self.merge_key
            and self.redo_op is None
            and other.redo_op is None
        ):
            return False
        self.setText(other.text())  # this command's undo still restores the first value
        return True

    def undo(self) -> None:
        if self.undo_op is not None:
            applied = self.runner.apply(self.undo_op)
            if applied is not None:
                self.undo_op, self.redo_op = None, applied.inverse

    def redo(self) -> None:
        if self.redo_op is not None:
            applied = self.runner.apply(self.redo_op)
            if applied is not None:
                self.redo_op, self.undo_op = None, applied.inverse


class OperationRunner(QObject):
    library_changed = Signal(object, object)  # Changes, initiator (the view that asked)
    failed = Signal(str)

    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        library.max_wait = GUI_MAX_WAIT
        self.undo_stack = QUndoStack(self)
        self._seen_version = self._version()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.check_other_writers)
        self.poll_timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    # -- running -------------------------------------------------------------------------------

    def run(
        self,
        op: ops.Operation,
        *,
        undoable: bool = True,
        quiet: bool = False,
        initiator: object = None,
    ) -> ops.Applied | None:
        """Apply an operation; None when it failed (``failed`` said why; nothing changed).

        ``quiet``: the caller shows a failure itself (the notes editor says "Not saved — will
        retry" and retries), so no message and no redraw for it. ``initiator``: the view that
        asked and shows the change itself (a notes editor holds the text it saved), told so
        with the change so that it does not read it again."""
        applied = self.apply(op, quiet=quiet, initiator=initiator)
        if applied is not None and undoable and applied.inverse is not None:
            self.undo_stack.push(OperationCommand(self, applied))
        return applied

    def apply(
        self, op: ops.Operation, *, quiet: bool = False, initiator: object = None
    ) -> ops.Applied | None:
        from guide.core import ops

        try:
            applied = ops.apply(self.library, op)
        except LibraryError as error:
            if quiet:
                return None
            self.failed.emit(f"{op.description}: not done. {_sentence(str(error))}")
            self.library_changed.emit(Changes.all(), None)  # every view shows the truth again
            return None
        self._note_own_write()
        if not applied.empty:
            self.library_changed.emit(applied.changes, initiator)
        return applied

    def replaced(self) -> None:
        """The library was replaced underneath (restore, merge, re-open): undo no longer
        applies to it, and every view reads it again."""
        self.undo_stack.clear()
        self._note_own_write()
        self.library_changed.emit(Changes.all(), None)

    def run_background(
        self, op: ops.Operation, parent: QObject | None = None, initiator: object = None
    ) -> CoreJob:
        """The same door as ``run`` for long work (a history import): a job, to be started,
        that applies the operation on its own connection (refused while the library takes
        no change, as ``run`` would be); once it succeeded, the operation is undone from
        here like any other and every view is told, before ``succeeded`` reaches the
        caller's own handlers."""
        from guide.core import ops

        job = CoreJob(
            self.library.path,
            lambda library: ops.apply(library, op),
            parent or self,
            refusal=self.library.refusal(),
        )
        # connected first: called first
        job.succeeded.connect(lambda applied: self._applied_elsewhere(applied, initiator))
        return job

    def _applied_elsewhere(self, applied: ops.Applied, initiator: object) -> None:
        if applied.inverse is not None:
            self.undo_stack.push(OperationCommand(self, applied))
        self.took(applied.changes, initiator)

    def took(self, changes: Changes, initiator: object) -> None:
        """Work this window did on a worker, in transactions of its own (an article import's
        batches, a sync round), applied these changes; every view is told. Work that
        changed nothing leaves the last version seen as it was: a write another program
        made meanwhile is still noticed."""
        if not changes.empty:
            self._note_own_write()
            self.library_changed.emit(changes, initiator)

    # -- other writers -------------------------------------------------------------------------

    def check_other_writers(self) -> bool:
        """Emit a full refresh when another connection committed since we last looked."""
        version = self._version()
        if version is None or version == self._seen_version:
            return False
        self._seen_version = version
        self.library_changed.emit(Changes.all(), ANOTHER_PROGRAM)
        return True

    def _note_own_write(self) -> None:
        self._seen_version = self._version()

    def _version(self) -> int | None:
        try:
            return self.library.data_version()
        except Exception:  # a closed or damaged library: nothing to poll
            return None

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_other_writers()


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "."
