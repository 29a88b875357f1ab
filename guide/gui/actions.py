"""Every action of the window, declared in one place: id, label, shortcut, tip.

Standard shortcuts come from QKeySequence.StandardKey where one exists, so they follow the
platform's conventions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Key = QKeySequence.StandardKey


class ActionId(Enum):
    IMPORT_FILES = auto()
    IMPORT_FOLDER = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    FIND_NEXT = auto()
    FIND_PREVIOUS = auto()
    SEARCH = auto()
    FILTER = auto()
    BACK = auto()
    FORWARD = auto()
    PREVIOUS_ARTICLE = auto()
    NEXT_ARTICLE = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    TOGGLE_WATCHED = auto()
    MARK_WATCHED = auto()
    MARK_UNWATCHED = auto()
    WATCHED_UP_TO_HERE = auto()
    UNWATCHED_ONLY = auto()
    SPOILER_SHIELD = auto()
    ABOUT = auto()
    CONTINUE_WATCHING = auto()
    HISTORY = auto()
    STATISTICS = auto()
    ALL_NOTES = auto()
    START_REWATCH = auto()
    SAVE_SEARCH = auto()
    EXPORT_DATA = auto()
    MERGE_DATA = auto()
    BACK_UP = auto()
    RESTORE = auto()
    CHECK = auto()
    SYNC_FOLDER = auto()
    SYNC_NOW = auto()
    IMPORT_HISTORY = auto()
    RATE = auto()
    RATING_COLUMN = auto()
    UPCOMING = auto()
    WATCHED_ON = auto()
    SHORTCUTS = auto()
    FORMAT_GUIDE = auto()


@dataclass(frozen=True)
class Spec:
    text: str
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""
    checkable: bool = False


SPECS: dict[ActionId, Spec] = {
    ActionId.IMPORT_FILES: Spec("&Import Files…", (Key.Open,), "Import article files"),
    ActionId.IMPORT_FOLDER: Spec(
        "Import &Folder…", ("Ctrl+Shift+O",), "Import every article file in a folder"
    ),
    ActionId.QUIT: Spec("&Quit", (Key.Quit, "Ctrl+Q")),
    ActionId.UNDO: Spec("&Undo", (Key.Undo,)),
    ActionId.REDO: Spec("&Redo", (Key.Redo,)),
    ActionId.FIND: Spec("&Find in Article…", (Key.Find,), "Find text in the open article"),
    ActionId.FIND_NEXT: Spec("Find &Next", (Key.FindNext,)),
    ActionId.FIND_PREVIOUS: Spec("Find Pre&vious", (Key.FindPrevious,)),
    ActionId.SEARCH: Spec("&Search Library…", ("Ctrl+K",), "Search every article and note"),
    ActionId.FILTER: Spec("Fi&lter Navigator", ("Ctrl+L",), "Narrow the navigator by title"),
    ActionId.BACK: Spec("&Back", (Key.Back,), "Go back to the previous article"),
    ActionId.FORWARD: Spec("&Forward", (Key.Forward,), "Go forward again"),
    ActionId.PREVIOUS_ARTICLE: Spec(
        "&Previous Episode", ("Ctrl+[",), "The article before this one in broadcast order"
    ),
    ActionId.NEXT_ARTICLE: Spec(
        "&Next Episode", ("Ctrl+]",), "The article after this one in broadcast order"
    ),
    ActionId.ZOOM_IN: Spec("Zoom &In", (Key.ZoomIn, "Ctrl+=")),
    ActionId.ZOOM_OUT: Spec("Zoom &Out", (Key.ZoomOut,)),
    ActionId.ZOOM_RESET: Spec("&Actual Size", ("Ctrl+0",)),
    ActionId.TOGGLE_WATCHED: Spec(
        "&Watched", ("Ctrl+Shift+W",), "Mark the open episode watched or unwatched", checkable=True
    ),
    ActionId.MARK_WATCHED: Spec("Mark &Watched"),
    ActionId.MARK_UNWATCHED: Spec("Mark &Unwatched"),
    ActionId.WATCHED_UP_TO_HERE: Spec(
        "Mark Watched &Up to Here", (), "Mark this and every earlier unwatched episode watched"
    ),
    ActionId.UNWATCHED_ONLY: Spec(
        "&Unwatched Only",
        ("Ctrl+Shift+U",),
        "Show only unwatched episodes in the navigator",
        checkable=True,
    ),
    ActionId.SPOILER_SHIELD: Spec(
        "&Spoiler Shield", (), "Fold the prose of unwatched episodes", checkable=True
    ),
    ActionId.ABOUT: Spec("&About Episode Guide"),
    ActionId.CONTINUE_WATCHING: Spec(
        "&Continue Watching", ("Ctrl+1",), "Each show in progress with its next episode"
    ),
    ActionId.HISTORY: Spec("&History", ("Ctrl+3",), "Every play, newest first"),
    ActionId.STATISTICS: Spec(
        "S&tatistics", ("Ctrl+4", "Ctrl+Shift+T"), "What you watched, in charts"
    ),
    ActionId.ALL_NOTES: Spec("&All Notes", ("Ctrl+5", "Ctrl+Shift+N"), "Every note you wrote"),
    ActionId.START_REWATCH: Spec(
        "Start a &Rewatch", (), "Begin a new pass of this show; earlier plays stay"
    ),
    ActionId.SAVE_SEARCH: Spec("Sa&ve Search…", (), "Keep this search in the navigator"),
    ActionId.EXPORT_DATA: Spec(
        "&Export Personal Data…", (), "Every play and note to a JSON file (and history to CSV)"
    ),
    ActionId.MERGE_DATA: Spec(
        "&Merge Personal Data…", (), "Merge plays and notes exported from another library"
    ),
    ActionId.BACK_UP: Spec("&Back Up Now…", (), "Copy the library into the backups folder"),
    ActionId.RESTORE: Spec("&Restore From Backup…", (), "Replace the library with a backup"),
    ActionId.CHECK: Spec("&Check Library…", (), "Broken links, numbering, file integrity"),
    ActionId.SYNC_FOLDER: Spec(
        "S&ync Folder…", (), "Choose a folder a sync engine shares between your computers"
    ),
    ActionId.SYNC_NOW: Spec("Sync &Now", (Key.Refresh,), "Sync with your other computers now"),
    ActionId.IMPORT_HISTORY: Spec(
        "Import &Watch History…",
        (),
        "Bring your plays and ratings from Trakt, TV Time, SeriesGuide, Kodi/Jellyfin or Netflix",
    ),
    ActionId.RATE: Spec("Ra&te…", ("Ctrl+Shift+R",), "Rate the open article from 1 to 10"),
    ActionId.RATING_COLUMN: Spec(
        "&Rating Column", (), "Show your ratings in the navigator", checkable=True
    ),
    ActionId.UPCOMING: Spec("Upco&ming", ("Ctrl+2",), "Episodes airing from today on"),
    ActionId.SHORTCUTS: Spec(
        "&Keyboard Shortcuts", (Key.HelpContents, "Ctrl+?"), "Every shortcut of the window"
    ),
    ActionId.FORMAT_GUIDE: Spec("The Article &Format", (), "How to write an article file"),
    ActionId.WATCHED_ON: Spec(
        "Mark Watched &On…", ("Ctrl+Shift+D",), "Record a viewing on a date you choose"
    ),
}


A = ActionId
# The menus and the toolbar, in order; None is a separator.
MENUS: tuple[tuple[str, tuple[ActionId | None, ...]], ...] = (
    (
        "&File",
        (
            A.IMPORT_FILES,
            A.IMPORT_FOLDER,
            A.IMPORT_HISTORY,
            None,
            A.EXPORT_DATA,
            A.MERGE_DATA,
            None,
            A.BACK_UP,
            A.RESTORE,
            A.CHECK,
            None,
            A.SYNC_FOLDER,
            A.SYNC_NOW,
            None,
            A.QUIT,
        ),
    ),
    ("&Edit", (A.UNDO, A.REDO, None, A.FIND, A.FIND_NEXT, A.FIND_PREVIOUS)),
    (
        "&View",
        (
            A.ZOOM_IN,
            A.ZOOM_OUT,
            A.ZOOM_RESET,
            None,
            A.UNWATCHED_ONLY,
            A.RATING_COLUMN,
            A.SPOILER_SHIELD,
        ),
    ),
    (
        "&Go",
        (
            A.BACK,
            A.FORWARD,
            None,
            A.PREVIOUS_ARTICLE,
            A.NEXT_ARTICLE,
            None,
            A.CONTINUE_WATCHING,
            A.UPCOMING,
            A.HISTORY,
            A.STATISTICS,
            A.ALL_NOTES,
            None,
            A.SEARCH,
            A.SAVE_SEARCH,
            A.FILTER,
        ),
    ),
    (
        "E&pisode",
        (A.TOGGLE_WATCHED, A.WATCHED_ON, A.WATCHED_UP_TO_HERE, A.RATE, None, A.START_REWATCH),
    ),
    ("&Help", (A.SHORTCUTS, A.FORMAT_GUIDE, None, A.ABOUT)),
)
TOOLBAR: tuple[ActionId | None, ...] = (
    A.BACK,
    A.FORWARD,
    None,
    A.PREVIOUS_ARTICLE,
    A.NEXT_ARTICLE,
    None,
    A.TOGGLE_WATCHED,
)


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, spec in SPECS.items():
        action = QAction(spec.text, parent)
        action.setObjectName(action_id.name.lower())
        keys: list[QKeySequence] = []
        for shortcut in spec.shortcuts:
            if isinstance(shortcut, str):
                keys.append(QKeySequence(shortcut))
            else:
                keys.extend(QKeySequence.keyBindings(shortcut))
        unique = list(dict.fromkeys(k.toString() for k in keys if not k.isEmpty()))
        action.setShortcuts([QKeySequence(k) for k in unique])
        if spec.tip:
            shown = f"{spec.tip} ({unique[0]})" if unique else spec.tip
            action.setToolTip(shown)
            action.setStatusTip(spec.tip)
        action.setCheckable(spec.checkable)
        actions[action_id] = action
    return actions
