"""Every action of the window, declared in one place: id, label, shortcut, tip.

Standard shortcuts come from QKeySequence.StandardKey where one exists, so they follow the
platform's conventions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from guide.gui.i18n import QT_TR_NOOP, tr

Key = QKeySequence.StandardKey
NATIVE = QKeySequence.SequenceFormat.NativeText


class ActionId(Enum):
    IMPORT_FILES = auto()
    IMPORT_FOLDER = auto()
    GET_ARTICLES = auto()
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
    HIDE_TITLES = auto()
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
    ActionId.IMPORT_FILES: Spec(
        QT_TR_NOOP("&Import Files…"), (Key.Open,), QT_TR_NOOP("Import article files")
    ),
    ActionId.IMPORT_FOLDER: Spec(
        QT_TR_NOOP("Import &Folder…"),
        ("Ctrl+Shift+O",),
        QT_TR_NOOP("Import every article file in a folder"),
    ),
    ActionId.GET_ARTICLES: Spec(
        QT_TR_NOOP("&Get Articles from a Wiki…"),
        (),  # Ctrl+Shift+G is Find Previous
        QT_TR_NOOP("Bring a show's articles from Wikipedia or another wiki"),
    ),
    ActionId.QUIT: Spec(QT_TR_NOOP("&Quit"), (Key.Quit, "Ctrl+Q")),
    ActionId.UNDO: Spec(QT_TR_NOOP("&Undo"), (Key.Undo,)),
    ActionId.REDO: Spec(QT_TR_NOOP("&Redo"), (Key.Redo,)),
    ActionId.FIND: Spec(
        QT_TR_NOOP("&Find in Article…"), (Key.Find,), QT_TR_NOOP("Find text in the open article")
    ),
    ActionId.FIND_NEXT: Spec(QT_TR_NOOP("Find &Next"), (Key.FindNext,)),
    ActionId.FIND_PREVIOUS: Spec(QT_TR_NOOP("Find Pre&vious"), (Key.FindPrevious,)),
    ActionId.SEARCH: Spec(
        QT_TR_NOOP("&Search Library…"), ("Ctrl+K",), QT_TR_NOOP("Search every article and note")
    ),
    ActionId.FILTER: Spec(
        QT_TR_NOOP("Fi&lter Navigator"), ("Ctrl+L",), QT_TR_NOOP("Narrow the navigator by title")
    ),
    ActionId.BACK: Spec(
        QT_TR_NOOP("&Back"), (Key.Back,), QT_TR_NOOP("Go back to the page or article before")
    ),
    ActionId.FORWARD: Spec(QT_TR_NOOP("&Forward"), (Key.Forward,), QT_TR_NOOP("Go forward again")),
    ActionId.PREVIOUS_ARTICLE: Spec(
        QT_TR_NOOP("&Previous Episode"),
        ("Ctrl+[",),
        QT_TR_NOOP("The article before this one in broadcast order"),
    ),
    ActionId.NEXT_ARTICLE: Spec(
        QT_TR_NOOP("&Next Episode"),
        ("Ctrl+]",),
        QT_TR_NOOP("The article after this one in broadcast order"),
    ),
    ActionId.ZOOM_IN: Spec(QT_TR_NOOP("Zoom &In"), (Key.ZoomIn, "Ctrl+=")),
    ActionId.ZOOM_OUT: Spec(QT_TR_NOOP("Zoom &Out"), (Key.ZoomOut,)),
    ActionId.ZOOM_RESET: Spec(QT_TR_NOOP("&Actual Size"), ("Ctrl+0",)),
    ActionId.TOGGLE_WATCHED: Spec(
        QT_TR_NOOP("&Watched"),
        ("Ctrl+Shift+W",),
        QT_TR_NOOP("Mark the open episode watched or unwatched"),
        checkable=True,
    ),
    ActionId.MARK_WATCHED: Spec(QT_TR_NOOP("Mark &Watched")),
    ActionId.MARK_UNWATCHED: Spec(QT_TR_NOOP("Mark &Unwatched")),
    ActionId.WATCHED_UP_TO_HERE: Spec(
        QT_TR_NOOP("Mark Watched &Up to Here"),
        (),
        QT_TR_NOOP("Mark this and every earlier unwatched episode watched"),
    ),
    ActionId.UNWATCHED_ONLY: Spec(
        QT_TR_NOOP("&Unwatched Only"),
        ("Ctrl+Shift+U",),
        QT_TR_NOOP("Show only unwatched episodes in the navigator"),
        checkable=True,
    ),
    ActionId.SPOILER_SHIELD: Spec(
        QT_TR_NOOP("&Spoiler Shield"),
        (),
        QT_TR_NOOP("Fold the prose of unwatched episodes"),
        checkable=True,
    ),
    ActionId.HIDE_TITLES: Spec(
        QT_TR_NOOP("Hide &Titles of Unwatched Episodes"),
        (),
        QT_TR_NOOP("With the Spoiler Shield, unwatched episodes go by their number alone"),
        checkable=True,
    ),
    ActionId.ABOUT: Spec(QT_TR_NOOP("&About Episode Guide")),
    ActionId.CONTINUE_WATCHING: Spec(
        QT_TR_NOOP("&Continue Watching"),
        ("Ctrl+1",),
        QT_TR_NOOP("Each show in progress with its next episode"),
    ),
    ActionId.HISTORY: Spec(
        QT_TR_NOOP("&History"), ("Ctrl+3",), QT_TR_NOOP("Every play, newest first")
    ),
    ActionId.STATISTICS: Spec(
        QT_TR_NOOP("S&tatistics"),
        ("Ctrl+4", "Ctrl+Shift+T"),
        QT_TR_NOOP("What you watched, in charts"),
    ),
    ActionId.ALL_NOTES: Spec(
        QT_TR_NOOP("&All Notes"), ("Ctrl+5", "Ctrl+Shift+N"), QT_TR_NOOP("Every note you wrote")
    ),
    ActionId.START_REWATCH: Spec(
        QT_TR_NOOP("Start a &Rewatch"),
        (),
        QT_TR_NOOP("Begin a new pass of this show; earlier plays stay"),
    ),
    ActionId.SAVE_SEARCH: Spec(
        QT_TR_NOOP("Sa&ve Search…"), (), QT_TR_NOOP("Keep this search in the navigator")
    ),
    ActionId.EXPORT_DATA: Spec(
        QT_TR_NOOP("&Export Personal Data…"),
        (),
        QT_TR_NOOP("Every play and note to a JSON file (and history to CSV)"),
    ),
    ActionId.MERGE_DATA: Spec(
        QT_TR_NOOP("&Merge Personal Data…"),
        (),
        QT_TR_NOOP("Merge plays and notes exported from another library"),
    ),
    ActionId.BACK_UP: Spec(
        QT_TR_NOOP("&Back Up Now…"), (), QT_TR_NOOP("Copy the library into the backups folder")
    ),
    ActionId.RESTORE: Spec(
        QT_TR_NOOP("&Restore From Backup…"), (), QT_TR_NOOP("Replace the library with a backup")
    ),
    ActionId.CHECK: Spec(
        QT_TR_NOOP("&Check Library…"), (), QT_TR_NOOP("Broken links, numbering, file integrity")
    ),
    ActionId.SYNC_FOLDER: Spec(
        QT_TR_NOOP("S&ync Folder…"),
        (),
        QT_TR_NOOP("Choose a folder a sync engine shares between your computers"),
    ),
    ActionId.SYNC_NOW: Spec(
        QT_TR_NOOP("Sync &Now"), (Key.Refresh,), QT_TR_NOOP("Sync with your other computers now")
    ),
    ActionId.IMPORT_HISTORY: Spec(
        QT_TR_NOOP("Import &Watch History…"),
        (),
        QT_TR_NOOP(
            "Bring your plays and ratings from Trakt, TV Time, SeriesGuide, Kodi/Jellyfin "
            "or Netflix"
        ),
    ),
    ActionId.RATE: Spec(
        QT_TR_NOOP("Ra&te…"), ("Ctrl+Shift+R",), QT_TR_NOOP("Rate the open article from 1 to 10")
    ),
    ActionId.RATING_COLUMN: Spec(
        QT_TR_NOOP("&Rating Column"),
        (),
        QT_TR_NOOP("Show your ratings in the navigator"),
        checkable=True,
    ),
    ActionId.UPCOMING: Spec(
        QT_TR_NOOP("Upco&ming"), ("Ctrl+2",), QT_TR_NOOP("Episodes airing from today on")
    ),
    ActionId.SHORTCUTS: Spec(
        QT_TR_NOOP("&Keyboard Shortcuts"),
        (Key.HelpContents, "Ctrl+?"),
        QT_TR_NOOP("Every shortcut of the window"),
    ),
    ActionId.FORMAT_GUIDE: Spec(
        QT_TR_NOOP("The Article &Format"), (), QT_TR_NOOP("How to write an article file")
    ),
    ActionId.WATCHED_ON: Spec(
        QT_TR_NOOP("Mark Watched &On…"),
        ("Ctrl+Shift+D",),
        QT_TR_NOOP("Record a viewing on a date you choose"),
    ),
}


A = ActionId
# The menus and the toolbar, in order; None is a separator.
MENUS: tuple[tuple[str, tuple[ActionId | None, ...]], ...] = (
    (
        QT_TR_NOOP("&File"),
        (
            A.IMPORT_FILES,
            A.IMPORT_FOLDER,
            A.GET_ARTICLES,
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
    (QT_TR_NOOP("&Edit"), (A.UNDO, A.REDO, None, A.FIND, A.FIND_NEXT, A.FIND_PREVIOUS)),
    (
        QT_TR_NOOP("&View"),
        (
            A.ZOOM_IN,
            A.ZOOM_OUT,
            A.ZOOM_RESET,
            None,
            A.UNWATCHED_ONLY,
            A.RATING_COLUMN,
            A.SPOILER_SHIELD,
            A.HIDE_TITLES,
        ),
    ),
    (
        QT_TR_NOOP("&Go"),
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
        QT_TR_NOOP("E&pisode"),
        (A.TOGGLE_WATCHED, A.WATCHED_ON, A.WATCHED_UP_TO_HERE, A.RATE, None, A.START_REWATCH),
    ),
    (QT_TR_NOOP("&Help"), (A.SHORTCUTS, A.FORMAT_GUIDE, None, A.ABOUT)),
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
        action = QAction(tr(spec.text), parent)
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
            tip = tr(spec.tip)
            shown = f"{tip} ({QKeySequence(unique[0]).toString(NATIVE)})" if unique else tip
            action.setToolTip(shown)
            action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        actions[action_id] = action
    return actions
