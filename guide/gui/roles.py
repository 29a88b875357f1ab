"""The one set of item roles the window's models answer to (beyond Qt's own): what an
item stands for, read by views, delegates, menus and tests alike."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole


class Role(IntEnum):
    KIND = _USER + 1  # a navigator node's kind (NodeKind)
    ARTICLE_ID = _USER + 2
    ARTICLE_KEY = _USER + 3
    PROGRESS = _USER + 4  # (watched, total) for shows and seasons
    PATH = _USER + 5  # a stable name for a navigator node, for saving expansion
    SHOW_KEY = _USER + 6
    SEASON = _USER + 7
    QUERY = _USER + 8  # a saved search's query
    KEY = _USER + 9  # what a row stands for: an article's key (or title), or a show's key
    HTML = _USER + 10  # a search result's text with its matches in bold
