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
