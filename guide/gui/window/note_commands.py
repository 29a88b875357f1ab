"""The window's note commands: an article's or a show's note saved through the write path
(the editor keeps its own undo), a note in conflict resolved, an earlier text restored."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from guide.gui.i18n import tr

if TYPE_CHECKING:
    from guide.core import ops
    from guide.core.library import Library
    from guide.core.library.notes import Revision
    from guide.core.library.records import ArticleRecord
    from guide.gui.dialogs.notes import ConflictDialog, NoteHistoryDialog
    from guide.gui.operations import OperationRunner
    from guide.gui.reader.notes import NotesEditor
    from guide.gui.reader.panels import ArticlePage


class BuiltPages(Protocol):
    built_pages: dict[str, QWidget]  # the pages built so far, by name (routing.Pages)


class Window(Protocol):
    """What the note commands ask of the window."""

    library: Library
    runner: OperationRunner
    page: ArticlePage
    record: ArticleRecord | None

    @property
    def pages(self) -> BuiltPages: ...

    def window(self) -> QWidget: ...  # the window as a widget: its dialogs' parent


class NoteCommands:
    """What the notes editor and the show page's note ask of the library (``window.notes``)."""

    def __init__(self, window: Window):
        self.window = window

    def editors(self) -> list[NotesEditor]:
        """The notes editors that exist: the article's, and the show page's once built."""
        show = self.window.pages.built_pages.get("show")
        return [self.window.page.notes] + ([show.notes] if show is not None else [])  # type: ignore[attr-defined]

    def saved_or_given_up(self) -> bool:
        """Before the window closes: every note saved; if one cannot be, the person is asked
        (the default: stay)."""
        editors = self.editors()
        for editor in editors:
            editor.flush()
            if editor.has_unsaved:
                editor.retry()
        if not any(editor.has_unsaved for editor in editors):
            return True
        answer = QMessageBox.warning(
            self.window.window(),
            tr("Your note is not saved"),
            tr(
                "A note you wrote could not be saved: the library is busy or cannot be written. "
                "If you close now, that text is lost.\n\nKeep the window open and try again in a "
                "moment, or close without saving?"
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def save_show_note(self, key: str, text: str, expected: str) -> ops.Applied | None:
        """The show page's note: on the overview (or list) article, else on the show."""
        from guide.core import ops

        kind, _, value = key.partition(":")
        show_page = self.window.pages.built_pages.get("show")  # its note editor saves
        if kind == "article":
            return self.save_note(value, text, expected, initiator=show_page)
        return self.window.runner.run(
            ops.SetNote(value, text, on_show=True, expected=expected),
            undoable=False,
            quiet=True,
            initiator=show_page,
        )

    def show_versions(self, key: str) -> None:
        notes = self.window.library.notes  # counted, not read: a note may have thousands
        self.window.page.notes.show_versions(
            conflicted=len(notes.heads(key)) > 1, has_history=notes.count(key) > 1
        )

    def resolve_note(self) -> None:
        """Both versions side by side; the one kept (or a text from both) follows both."""
        from guide.gui.dialogs.notes import ConflictDialog

        self._choose_version(
            ConflictDialog, self.window.library.notes.heads, tr("Resolve the note")
        )

    def show_note_history(self) -> None:
        """Every earlier text of the note; the one restored becomes its text."""
        from guide.gui.dialogs.notes import NoteHistoryDialog

        self._choose_version(
            NoteHistoryDialog, self.window.library.notes.revisions, tr("Restore an earlier note")
        )

    def _choose_version(
        self,
        dialog_type: type[ConflictDialog] | type[NoteHistoryDialog],
        versions: Callable[[str], list[Revision]],
        description: str,
    ) -> None:
        if self.window.record is None:
            return
        self.window.page.notes.flush()
        dialog = dialog_type(
            self.window.record.article.display_title, versions(self.window.record.key), self.window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self._choose_note_text(dialog.chosen, description)

    def _choose_note_text(self, text: str, description: str) -> None:
        from guide.core import ops

        assert self.window.record is not None
        key = self.window.record.key
        if self.window.runner.run(ops.SetNote(key, text, description=description), undoable=False):
            self.window.page.notes.set_article(key, self.window.library.notes.display(key))
            self.show_versions(key)

    def save_note(
        self, key: str, text: str, expected: str, *, initiator: object = None
    ) -> ops.Applied | None:
        """Notes are saved through the write path; their undo is the editor's own. The
        editor that saves is the change's initiator (the article's, unless said): it holds
        the text, and only the other editors read it again."""
        from guide.core import ops

        return self.window.runner.run(
            ops.SetNote(key, text, expected=expected),
            undoable=False,
            quiet=True,
            initiator=initiator or self.window.page.notes,
        )
