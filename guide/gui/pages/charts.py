"""Bar charts drawn with QPainter: values beside the bars, the exact figure on hover."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QToolTip,
    QWidget,
)

from guide.gui.i18n import tr
from guide.gui.reader.render import plain_tip


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    figure: str  # shown beside (or above) the bar
    tip: str  # shown on hover
    name: str = ""  # in the table, where the label is short ("02" under a month: "Feb 2026")


class BarChart(QWidget):
    """Horizontal bars (one per row) or vertical columns."""

    def __init__(
        self,
        title: str,
        *,
        vertical: bool = False,
        columns: tuple[str, str] = ("", ""),
        parent: Any = None,
    ):
        super().__init__(parent)
        self.title = title
        self.columns = columns  # what its table's two columns hold ("Month", "Hours")
        self.vertical = vertical
        self.bars: list[Bar] = []
        self.maximum: float | None = None
        self.empty = tr("Nothing watched yet.")  # what an empty chart says
        self.setMouseTracking(True)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(
        self, bars: list[Bar], maximum: float | None = None, *, empty: str | None = None
    ) -> None:
        """The bars; with ``empty`` the chart says that instead when every value is 0."""
        if empty is not None and not any(bar.value for bar in bars):
            bars, self.empty = [], empty
        self.bars = bars
        self.maximum = maximum
        self.setAccessibleDescription("; ".join(bar.tip for bar in bars) or self.empty)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        if not self.bars:  # the title and a line saying why
            return QSize(480, line * 3 + 8)
        if self.vertical:
            return QSize(480, line * 12)
        return QSize(480, line * 2 + max(1, len(self.bars)) * (line + 6))

    def _top(self) -> float:
        values = [bar.value for bar in self.bars]
        return self.maximum or max(values, default=0) or 1

    def bar_rects(self) -> list[QRect]:
        """Where each bar is drawn (also what hovering looks up)."""
        metrics = self.fontMetrics()
        line = metrics.height()
        top = self._top()
        area = self.rect().adjusted(4, line + 8, -4, -4)
        rects = []
        if self.vertical:
            count = max(1, len(self.bars))
            slot = area.width() / count
            chart = area.adjusted(0, line, 0, -line - 2)  # room for the figure and the label
            for index, bar in enumerate(self.bars):
                height = int(chart.height() * bar.value / top)
                x = int(area.left() + index * slot + 2)
                rects.append(QRect(x, chart.bottom() - height, max(2, int(slot) - 4), height))
        else:
            label_width = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
            label_width = min(label_width + 8, area.width() // 2)
            figure_width = (
                max((metrics.horizontalAdvance(b.figure) for b in self.bars), default=0) + 10
            )
            span = max(10, area.width() - label_width - figure_width)
            for index, bar in enumerate(self.bars):
                y = area.top() + index * (line + 6)
                rects.append(
                    QRect(
                        area.left() + label_width, y + 2, max(1, int(span * bar.value / top)), line
                    )
                )
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        title = QFontMetrics(font).elidedText(  # whole in the tooltip and to a reader
            self.title, Qt.TextElideMode.ElideRight, max(self.width() - 8, 20)
        )
        painter.drawText(QPoint(4, line), title)
        font.setBold(False)
        painter.setFont(font)
        if not self.bars:
            painter.drawText(QPoint(4, line * 2 + 8), self.empty)
            return
        labelled = self.labelled()
        for index, (bar, rect) in enumerate(zip(self.bars, self.bar_rects(), strict=True)):
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            if self.vertical:
                figure_width = metrics.horizontalAdvance(bar.figure) + 2
                if bar.value and figure_width <= rect.width() + 12:
                    painter.drawText(
                        QRect(rect.left() - 6, rect.top() - line, rect.width() + 12, line),
                        Qt.AlignmentFlag.AlignCenter,
                        bar.figure,
                    )
                if index in labelled:
                    width = metrics.horizontalAdvance(bar.label) + 4
                    painter.drawText(
                        QRect(self.label_left(rect, width), self.height() - line - 2, width, line),
                        Qt.AlignmentFlag.AlignCenter,
                        bar.label,
                    )
            else:
                width = rect.left() - 8
                painter.drawText(
                    QRect(4, rect.top(), width, line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, width),
                )
                painter.drawText(
                    QPoint(rect.right() + 6, rect.top() + metrics.ascent()), bar.figure
                )

    def label_left(self, rect: QRect, width: int) -> int:
        """Where a column's label begins: centred under it, but never past either edge (the
        first month's year was cut in half at the left)."""
        return max(0, min(rect.center().x() - width // 2, self.width() - width))

    def labelled(self) -> set[int]:
        """Which columns get their label: as many as fit without touching; labels that
        stand out (a year among months: longer ones) first, then the rest left to right."""
        if not self.vertical:
            return set(range(len(self.bars)))
        metrics = self.fontMetrics()
        rects = self.bar_rects()
        spans: dict[int, tuple[int, int]] = {}
        for index, (bar, rect) in enumerate(zip(self.bars, rects, strict=True)):
            width = metrics.horizontalAdvance(bar.label) + 6
            left = self.label_left(rect, width - 2)
            spans[index] = (left - 2, left + width - 2)
        order = sorted(spans, key=lambda i: (-len(self.bars[i].label), i))
        chosen: list[int] = []
        for index in order:
            left, right = spans[index]
            if all(right <= spans[c][0] or left >= spans[c][1] for c in chosen):
                chosen.append(index)
        return set(chosen)

    def tip_at(self, position: QPoint) -> str | None:
        if position.y() <= self.fontMetrics().height() + 4:
            return self.title  # the title line: whole, where it is cut short
        for bar, rect in zip(self.bars, self.bar_rects(), strict=True):
            hit = rect.adjusted(0, -2, 0, 2)
            if self.vertical:
                hit.setTop(0)
            if hit.contains(position):
                return bar.tip
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        tip = self.tip_at(event.position().toPoint())
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), plain_tip(tip), self)
        else:
            QToolTip.hideText()


class BarsModel(QAbstractTableModel):
    """A chart's figures as rows: what each bar is, and its figure in words."""

    def __init__(self, columns: tuple[str, str], parent: Any = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.columns = columns

    def set_bars(self, bars: list[Bar]) -> None:
        self.beginResetModel()
        self.bars = list(bars)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.bars)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        bar = self.bars[index.row()]
        if index.column() == 0:
            return bar.name or bar.label
        return bar.tip if role == Qt.ItemDataRole.AccessibleTextRole else bar.figure

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


class FiguresTable(QTableView):
    """A chart as a table (Statistics → Show Figures as Tables): every figure reachable by
    keyboard and read by a screen reader cell by cell. As tall as its rows: the page scrolls."""

    def __init__(self, chart: BarChart, parent: Any = None):
        super().__init__(parent)
        self.chart = chart
        self.figures = BarsModel(chart.columns, self)
        self.setModel(self.figures)
        self.setObjectName(f"{chart.objectName()}_table")
        self.setAccessibleName(chart.title)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.update_figures()

    def update_figures(self) -> None:
        self.figures.set_bars(self.chart.bars)
        self.setAccessibleDescription(self.chart.accessibleDescription())
        self.setToolTip(self.chart.title)
        rows = max(1, len(self.chart.bars))
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 2 * self.frameWidth()
        )
