"""Sync between computers: a folder that a sync engine replicates, and the portable export
that carries personal data by hand."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.core.library import Library

FOLDER_STATE = "folder"  # sync_state's row for the folder this library syncs through


def remembered_folder(library: Library) -> Path | None:
    """The sync folder this library remembers (read without loading sync itself: the window
    asks it on every start)."""
    value = library._scalar("SELECT value FROM sync_state WHERE name = ?", [FOLDER_STATE])
    return Path(value) if value else None
