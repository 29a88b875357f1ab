"""Window sizes that fit the screen: a dialog asks for the size it reads best at, and gets no
more than the screen has (at ``QT_SCALE_FACTOR=2`` a 1280×800 screen is 640×400: a dialog
of 520 pixels put its Close button off the bottom)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.9  # of the screen's free area, leaving room for the title bar and a margin


def fit(widget: QWidget, width: int, height: int) -> None:
    """``widget`` resized to width × height, or to what the screen it is on holds."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or (QGuiApplication.primaryScreen())
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * SHARE))
        height = min(height, int(area.height() * SHARE))
    widget.resize(width, height)
