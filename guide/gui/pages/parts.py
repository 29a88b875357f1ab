"""What the centre's list pages share: their headings, labels that name their fields, their
item roles."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


def label_for(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A label whose access key (Alt+the underlined letter) moves the focus to ``field``."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(f"<h2>{html.escape(text)}</h2>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def escape(text: str) -> str:
    from html import escape

    return escape(text)
