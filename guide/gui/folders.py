"""Where a file dialog opens: the folder last used by any of them (the downloads folder an
export was saved to, the folder of articles), else the home folder."""

from __future__ import annotations

from pathlib import Path

from guide.gui import settings as keys
from guide.gui.settings import Settings


def start(settings: Settings, name: str = "") -> str:
    """The folder to open in (with ``name``, a file in it to propose)."""
    last = settings.get(keys.LAST_FOLDER)
    folder = Path(last) if last and Path(last).is_dir() else Path.home()
    return str(folder / name) if name else str(folder)


def remember(settings: Settings, chosen: str) -> None:
    """The folder of what was chosen (a folder itself, or a file's), for the next dialog."""
    if chosen:
        path = Path(chosen)
        settings.set(keys.LAST_FOLDER, str(path if path.is_dir() else path.parent))
