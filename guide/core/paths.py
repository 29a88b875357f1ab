"""Where the library lives: resolved in one place."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "episode-guide"
LIBRARY_ENV = "EPISODE_GUIDE_LIBRARY"
LIBRARY_FILE = "library.db"


def data_dir() -> Path:
    """The user's data folder for Episode Guide (not created here)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The user's configuration folder for Episode Guide (not created here)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """The user's cache folder for Episode Guide: what can be made again (not created here)."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def default_library_path() -> Path:
    return data_dir() / LIBRARY_FILE


def resolve_library(explicit: str | os.PathLike[str] | None = None) -> tuple[Path, bool]:
    """The library to open, and whether it is the default one.

    An explicit path wins, then the EPISODE_GUIDE_LIBRARY variable, then the user data dir.
    """
    if explicit:
        return Path(explicit).expanduser(), False
    from_env = os.environ.get(LIBRARY_ENV)
    if from_env:
        return Path(from_env).expanduser(), False
    return default_library_path(), True


def path_text(path: str | os.PathLike[str]) -> str:
    """A file's absolute path as text that SQLite can store, the same each time for the same
    file: a name that is not UTF-8 keeps its bytes as backslash escapes."""
    return os.fsencode(os.path.abspath(path)).decode("utf-8", "backslashreplace")
