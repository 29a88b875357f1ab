"""The navigator's tree view: Space toggles watched, a context menu per node, progress bars
that fill from the left, check boxes seen in the dark."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from guide.gui.i18n import tr
from guide.gui.navigator.model import NavigatorModel
from guide.gui.navigator.nodes import NOTE_MARK, RATING_COLUMN, NodeKind

if TYPE_CHECKING:
    pass


class CheckOutlineDelegate(QStyledItemDelegate):
    """Fusion outlines a check box in a shade darker than the window: on a dark palette an
    unwatched episode's box all but vanished. There, its outline is drawn in the text's
    colour, half strength."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self._spanned_note(option, index):
            self._paint_with_mark(painter, option, index)
        else:
            super().paint(painter, option, index)
        palette = option.palette
        if (
            index.data(Qt.ItemDataRole.CheckStateRole) is None
            or palette.base().color().value() > 127
        ):
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = option.widget.style() if option.widget else QApplication.style()
        box = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, item, option.widget
        )
        colour = QColor(palette.text().color())
        colour.setAlphaF(0.55)
        painter.save()
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.restore()

    @staticmethod
    def _spanned_note(
        option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """An article with a note whose title spans the row: its ✎ is drawn at the row's
        end (unspanned, the title kept only what the Watched column left it: at a large
        scale, nothing)."""
        view = option.widget
        return (
            index.column() == 0
            and isinstance(view, QTreeView)
            and view.isFirstColumnSpanned(index.row(), index.parent())
            and index.sibling(index.row(), 1).data() == NOTE_MARK
        )

    def _paint_with_mark(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = option.widget.style() if option.widget else QApplication.style()
        # The row's background (selection, alternate colour) whole, then the title short of
        # the mark, then the mark.
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, option.widget
        )
        width = option.fontMetrics.horizontalAdvance(NOTE_MARK) + 12
        rect = option.rect
        right_to_left = option.direction == Qt.LayoutDirection.RightToLeft
        title = QStyleOptionViewItem(option)
        title.rect = (
            rect.adjusted(width, 0, 0, 0) if right_to_left else rect.adjusted(0, 0, -width, 0)
        )
        super().paint(painter, title, index)
        mark = QRect(
            rect.left() if right_to_left else rect.right() - width + 1,
            rect.top(),
            width,
            rect.height(),
        )
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, NOTE_MARK)
        painter.restore()


class NavigatorView(QTreeView):
    """The tree, with Space to toggle watched and a context menu request per node."""

    toggle_requested = Signal(QModelIndex)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setItemDelegate(CheckOutlineDelegate(self))
        self.setObjectName("navigator")
        self.setAccessibleName(tr("Navigator"))
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(False)
        self.progress_width = 0  # measured when the model's figures change (measure_progress)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width: sizing to contents would read every row on every expand.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(RATING_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RATING_COLUMN, self.fontMetrics().horizontalAdvance("★ 10") + 12)
        self.measure_progress()
        model.modelReset.connect(self.measure_progress)
        model.dataChanged.connect(self.measure_progress)
        model.rowsInserted.connect(self._span_rows)
        model.dataChanged.connect(self._respan_changed)
        self.expanded.connect(self._span_children)

    def _span_children(self, parent: QModelIndex) -> None:
        self._span_rows(parent, 0, self.model().rowCount(parent) - 1)

    def _span_rows(self, parent: QModelIndex, first: int, last: int) -> None:
        """Titles first: an article's row has no counts, so its title spans the counts'
        column too (not while the ratings column is shown: an article has its rating)."""
        ratings = not self.isColumnHidden(RATING_COLUMN)
        model = self.model()
        assert isinstance(model, NavigatorModel)
        children = model.node(parent).children  # the nodes, not data() per row: a season of
        for row in range(first, min(last + 1, len(children))):  # 10,000 opens 0.17 s sooner
            article = children[row].article
            if children[row].kind == NodeKind.ARTICLE and article is not None:
                self.setFirstColumnSpanned(row, parent, not ratings)  # a note's ✎ drawn in it

    def _respan_changed(self, first: QModelIndex, last: QModelIndex, *_: Any) -> None:
        if first.isValid():  # a note added or removed: its ✎ shown, or the title spans
            self._span_rows(first.parent(), first.row(), last.row())

    def respan(self, parent: QModelIndex | None = None) -> None:
        """Every row shown spanned again (the ratings column shown or hidden): the rows of
        the open nodes only, what is on screen."""
        parent = parent or QModelIndex()
        self._span_children(parent)
        model = self.model()
        for row in range(model.rowCount(parent)):
            child = model.index(row, 0, parent)
            if self.isExpanded(child):
                self.respan(child)

    def measure_progress(self, *_: Any) -> None:
        """The width `Watched` and the widest show's progress (`Rewatch 2: 10/24`) need,
        read from the shows' rows only (episodes' rows are never read for this) when the
        figures change, not on every resize."""
        model = self.model()
        metrics = self.fontMetrics()
        texts = {"Watched ✎", "000/000"}
        texts.update(str(model.index(row, 1).data() or "") for row in range(model.rowCount()))
        self.progress_width = max(metrics.horizontalAdvance(text) for text in texts) + 12
        self.fit_progress_column()

    def fit_progress_column(self) -> None:
        # Titles first: on a narrow navigator (a small screen, a large scale) the counts
        # column takes at most 30% of it and is elided, never the titles to nothing.
        room = max(self.header().width(), 1)  # the viewport's width, as the header spans it
        least = self.fontMetrics().horizontalAdvance("000/000") + 12
        self.header().resizeSection(1, min(self.progress_width, max(room * 3 // 10, least)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_progress_column()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.model() is not None:
            self.measure_progress()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            event.accept()  # Back and Forward, even when there is nowhere to go: never a move
            return
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if menu_key and self.currentIndex().isValid():  # the context menu of the current row
            self.customContextMenuRequested.emit(self.visualRect(self.currentIndex()).center())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            index = self.currentIndex()
            if index.isValid():
                self.toggle_requested.emit(index.siblingAtColumn(0))
                event.accept()
                return
        super().keyPressEvent(event)
