"""Light and dark: follow the system's colour scheme, or the user's choice.

Qt reports the system's scheme (QStyleHints.colorScheme) but not every platform theme gives a
dark palette with it, so with the Fusion style we set the palette ourselves. Nothing in the app
hard-codes a colour: rich text takes its colours from the palette.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        Role.Window: "#3a3a3e",
        Role.WindowText: "#e6e6e6",
        Role.Base: "#1e1e20",
        Role.AlternateBase: "#26262a",
        Role.ToolTipBase: "#3a3a3e",
        Role.ToolTipText: "#f0f0f0",
        Role.PlaceholderText: "#8c8c8c",
        Role.Text: "#e6e6e6",
        Role.Button: "#404045",
        Role.ButtonText: "#e6e6e6",
        Role.BrightText: "#ff6b6b",
        Role.Link: "#7fb2ff",
        Role.LinkVisited: "#c49bff",
        Role.Highlight: "#3d6fb4",
        Role.HighlightedText: "#ffffff",
        Role.Light: "#45454a",
        Role.Midlight: "#3a3a3e",
        Role.Mid: "#2f2f33",
        Role.Dark: "#18181a",
        Role.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#7a7a7a"))
    return palette


def is_dark(appearance: Appearance) -> bool:
    if appearance == Appearance.SYSTEM:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return appearance == Appearance.DARK


def apply(app: QApplication, appearance: Appearance) -> None:
    """The palette of the appearance (the app runs Fusion: see create_application)."""
    if is_dark(appearance):
        app.setPalette(dark_palette())
    elif QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        app.setPalette(app.style().standardPalette())  # Light while the system is dark
    else:
        app.setPalette(QPalette())  # the system's light palette (or the style's)
