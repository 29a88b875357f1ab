"""User preferences, declared once: key, type and default. Kept apart from the library."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "episode-guide"
APPLICATION = "Episode Guide"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T


GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_SIZE = Setting("window/size", list, [])  # [width, height] as the user left it
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
# The navigator beside the centre (before 2026-12, also the side panel: a new key, so an
# old three-part state is not read into two parts).
SPLITTER = Setting("window/main_splitter", QByteArray, QByteArray())
ARTICLE_SPLITTER = Setting("window/article_splitter", QByteArray, QByteArray())
READER_SPLITTER = Setting("window/reader_splitter", QByteArray, QByteArray())
ZOOM = Setting("reader/zoom", int, 0)
LAST_ARTICLE = Setting("session/last_article", str, "")
EXPANDED = Setting("session/expanded", list, [])
SPOILER_SHIELD = Setting("reader/spoiler_shield", bool, False)
HIDE_TITLES = Setting("reader/hide_unwatched_titles", bool, False)
UNWATCHED_ONLY = Setting("navigator/unwatched_only", bool, False)
RATING_COLUMN = Setting("navigator/rating_column", bool, False)
APPEARANCE = Setting("window/appearance", str, "system")
LAST_FOLDER = Setting("dialogs/last_folder", str, "")  # where the next file dialog opens
LAST_WIKI = Setting("dialogs/last_wiki", str, "")  # the wiki Get Articles asked last
LANGUAGE = Setting("window/language", str, "")  # "": the system's


def for_screen(setting: Setting[T], width: int, height: int) -> Setting[T]:
    """The same preference for a screen of this free area (in the window's pixels): a run at
    QT_SCALE_FACTOR=2, where 1280×800 is 640×400, keeps its size apart from the normal one."""
    return Setting(f"screens/{width}x{height}/{setting.key}", setting.type, setting.default)


def for_library(setting: Setting[T], library_path: str | os.PathLike[str]) -> Setting[T]:
    """The same preference, kept apart for each library file (the open article and the
    expanded shows belong to a library: another library's session must not overwrite them)."""
    where = os.path.realpath(os.fspath(library_path))
    tag = hashlib.blake2b(where.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
    return Setting(f"libraries/{tag}/{setting.key}", setting.type, setting.default)


class Settings:
    """Typed access to QSettings."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or QSettings(ORGANISATION, APPLICATION)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self.store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        if setting.type is list:
            if isinstance(value, str):
                return [value]  # type: ignore[return-value]
            return list(value)  # type: ignore[return-value]
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        try:
            return setting.type(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def sync(self) -> None:
        self.store.sync()
