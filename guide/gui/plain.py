"""Text from outside the program — file names, titles, notes, an export's content, an error
that quotes them — shown as the characters it holds, never read as markup.

A QLabel or a QMessageBox guesses whether its text is rich text (``Qt.AutoText``): a title
such as ``<img src=/dev/zero>`` would be rendered, and would read that file. Every label and
box that can carry such text is made here, as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as written."""
    made = QLabel(parent)
    made.setTextFormat(Qt.TextFormat.PlainText)
    made.setText(text)
    return made


def box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> QMessageBox:
    """A message box whose text, informative text and details are plain text."""
    made = QMessageBox(icon, title, "", buttons, parent)
    made.setTextFormat(Qt.TextFormat.PlainText)
    made.setText(text)
    if default != Button.NoButton:
        made.setDefaultButton(default)
    return made


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box(parent, QMessageBox.Icon.Information, title, text).exec()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> Button:
    """The button clicked (as QMessageBox.question answers)."""
    return Button(box(parent, icon, title, text, buttons, default).exec())
