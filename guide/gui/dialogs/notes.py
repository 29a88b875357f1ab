"""A note edited on two computers (a conflict), shown side by side to resolve; and a note's
history, to read and restore any earlier text. Either ends with one text chosen, which the
window saves as a revision that follows every head (so the conflict is resolved everywhere)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.core.library.notes import Revision
from guide.gui import i18n, sizing
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.tables import RecordTable


def _text_box(text: str, parent: QWidget, *, read_only: bool, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setReadOnly(read_only)
    box.setTabChangesFocus(True)  # Tab moves to the next control, never traps the keyboard
    box.setAccessibleName(name)
    return box


class ConflictDialog(QDialog):
    """Each version side by side, each with "Keep This"; below, a text to edit from them and
    save. ``chosen`` is the text to save once accepted."""

    def __init__(self, title: str, heads: list[Revision], parent: Any = None):
        super().__init__(parent)
        self.setObjectName("note_conflict")
        self.setWindowTitle(tr("Two versions of the note on {title}").format(title=title))
        self.chosen: str | None = None
        intro = QLabel(
            tr(
                "This note was changed on two computers. Keep one version, or write one text "
                "from both and save it."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        self.keep_buttons: list[QPushButton] = []
        for number, head in enumerate(heads, start=1):
            column = QWidget(sides)
            layout = QVBoxLayout(column)
            label = QLabel(
                tr("Version {number}, changed {date}").format(
                    number=number, date=i18n.stamp_date(head.at)
                ),
                column,
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            keep = QPushButton(tr("&{number} Keep This Version").format(number=number), column)
            keep.clicked.connect(lambda _=False, text=head.text: self._choose(text))
            self.keep_buttons.append(keep)
            layout.addWidget(label)
            layout.addWidget(
                _text_box(
                    head.text,
                    column,
                    read_only=True,
                    name=tr("Version {number}").format(number=number),
                )
            )
            layout.addWidget(keep)
            sides.addWidget(column)
        self.merged = _text_box(
            "\n\n".join(head.text for head in heads), self, read_only=False, name=tr("Merged text")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        save = buttons.addButton(tr("&Save This Text"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.clicked.connect(lambda: self._choose(self.merged.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(sides, 2)
        both = QLabel(tr("Or &write one text from both:"), self)
        both.setBuddy(self.merged)
        layout.addWidget(both)
        layout.addWidget(self.merged, 1)
        layout.addWidget(buttons)
        sizing.fit(self, 760, 520)

    def _choose(self, text: str) -> None:
        self.chosen = text
        self.accept()


class RevisionTable(RecordTable[Revision]):
    HEADERS = (QT_TR_NOOP("Changed"), QT_TR_NOOP("Text"))

    def cells(self, revision: Revision) -> tuple[str, ...]:
        text = " ".join(revision.text.split()) or tr("(removed)")
        return (i18n.stamp_date(revision.at), text if len(text) <= 80 else text[:79] + "…")


class NoteHistoryDialog(QDialog):
    """Every text a note has had, newest first; the one selected is shown whole and can be
    restored (``chosen`` once accepted)."""

    def __init__(self, title: str, revisions: list[Revision], parent: Any = None):
        super().__init__(parent)
        self.setObjectName("note_history")
        self.setWindowTitle(tr("History of the note on {title}").format(title=title))
        self.chosen: str | None = None
        self.model = RevisionTable(list(reversed(revisions)), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Versions of this note"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.text = _text_box("", self, read_only=True, name=tr("The selected version"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore = buttons.addButton(
            tr("&Restore This Version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self._show(current.row())
        )
        if revisions:
            self.view.selectRow(0)
        sizing.fit(self, 760, 420)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.model.entries):
            text = self.model.entries[row].text
            self.text.setPlainText(text)
            # "(removed)" is no version to restore: restoring it would remove the note.
            self.restore.setEnabled(bool(text.strip()))

    def _restore(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.model.entries):
            self.chosen = self.model.entries[row].text
            self.accept()
