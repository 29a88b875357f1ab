"""Search results with the words that matched in bold: the library marks them in a hit's
``marked`` snippet (between OPEN and CLOSE, characters no article holds), and the window draws
them bold where the command line prints brackets. Brackets in the text itself stay as written.

The text is an article's or a note's: every piece is escaped before it is laid out as rich
text, so nothing in it is read as markup."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from guide.core.library.search import CLOSE, OPEN
from guide.gui.roles import Role

MARKED = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")

Index = QModelIndex | QPersistentModelIndex


def unmarked(text: str) -> str:
    """The snippet as plain text (what a screen reader says): the marks taken away."""
    return MARKED.sub(r"\1", text)


def marked_html(text: str) -> str:
    """The snippet as rich text: each piece escaped, each match bold, lines kept."""
    out, last = [], 0
    for match in MARKED.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f"<b>{html.escape(match.group(1))}</b>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


class MarkedDelegate(QStyledItemDelegate):
    """Draws a row's Role.HTML text (its selection and focus as the style draws them)."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(Role.HTML) or ""))
        document.setTextWidth(max(option.rect.width() - 8, 40))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)
