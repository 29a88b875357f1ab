"""Help: every keyboard shortcut (made from the same table as the menus, so it cannot drift
from them), and a short guide to writing an article file."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from guide import __version__
from guide.gui import sizing
from guide.gui.actions import MENUS, SPECS
from guide.gui.i18n import QT_TR_NOOP, tr
from guide.gui.tables import RecordTable

# F1 to F12, the function keys a keyboard has (Qt also binds Undo to F14, Copy to F16…)
_FUNCTION_KEY = re.compile(r"F([1-9]|1[0-2])")
# Keys that belong to a view rather than to a menu command.
VIEW_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TR_NOOP("Navigator"),
        QT_TR_NOOP("Space"),
        QT_TR_NOOP("Mark the selected episode watched or unwatched"),
    ),
    (
        QT_TR_NOOP("Navigator"),
        QT_TR_NOOP("Arrow keys, typing a title"),
        QT_TR_NOOP("Move, and jump to a title"),
    ),
    (
        QT_TR_NOOP("Navigator filter"),
        QT_TR_NOOP("Down"),
        QT_TR_NOOP("Into the navigator"),
    ),
    (
        QT_TR_NOOP("Search field"),
        QT_TR_NOOP("Down, Enter, Escape"),
        QT_TR_NOOP("Into the results, open the first, go back"),
    ),
    (
        QT_TR_NOOP("Rating"),
        QT_TR_NOOP("Up, Down, Alt+Down"),
        QT_TR_NOOP("Change the rating, open the list"),
    ),
    (
        QT_TR_NOOP("History"),
        QT_TR_NOOP("Delete"),
        QT_TR_NOOP("Delete the selected play (Ctrl+Z brings it back)"),
    ),
    (
        QT_TR_NOOP("Find bar"),
        QT_TR_NOOP("Enter, Shift+Enter, Escape"),
        QT_TR_NOOP("Next match, previous match, close"),
    ),
)


@dataclass(frozen=True)
class Shortcut:
    where: str
    keys: str
    does: str


def shortcuts() -> list[Shortcut]:
    """Menu commands with their shortcuts, in menu order, then the views' own keys."""
    found = []
    for menu, items in MENUS:
        for action_id in items:
            if action_id is None:
                continue
            spec = SPECS[action_id]
            keys = []
            for shortcut in spec.shortcuts:
                sequences = (
                    [QKeySequence(shortcut)]
                    if isinstance(shortcut, str)
                    else QKeySequence.keyBindings(shortcut)
                )
                texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
                # Keys typed on a keyboard; not a few keyboards' dedicated keys ("Open", "Back").
                keys += [t for t in texts if "+" in t or _FUNCTION_KEY.fullmatch(t)]
            if keys:
                label = tr(spec.text).replace("&", "").rstrip("…")
                where = tr(menu).replace("&", "")
                found.append(Shortcut(where, ", ".join(dict.fromkeys(keys)), label))
    found += [Shortcut(tr(where), tr(keys), tr(does)) for where, keys, does in VIEW_KEYS]
    return found


class ShortcutsModel(RecordTable[Shortcut]):
    HEADERS = (QT_TR_NOOP("Where"), QT_TR_NOOP("Keys"), QT_TR_NOOP("What it does"))

    def cells(self, record: Shortcut) -> tuple[str, ...]:
        return (record.where, record.keys, record.does)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        sizing.fit(self, 620, 520)
        self.model = ShortcutsModel(shortcuts(), self)
        view = QTableView(self)
        view.setObjectName("shortcuts")
        view.setAccessibleName(tr("Keyboard shortcuts"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Every command in the menus with its keys, and the keys of each view:"))
        )
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


FORMAT_GUIDE = QT_TR_NOOP("""
<h2>Writing an article file</h2>
<p>An article is a plain-text file (UTF-8) about one episode, film or show. It begins with its
title between single equals signs; an optional <b>Infobox</b> of <code>- Key: Value</code> lines
follows; then the prose, with headings between two or more equals signs.</p>
<pre>
= Fog Signal =

Infobox
- Series: The Lighthouse Keepers
- Season: 1
- Episode: 2
- Airdate: 11 January 2024
- Running time: 44 minutes
- Prev: The Keeper's Log
- Next: The Ship That Wasn't

The lead: what the episode is, in a paragraph or two.

==Plot==
The story, in paragraphs separated by blank lines.
</pre>
<p><b>Fields the guide understands:</b> Series (the show), Season, Episode, Rtitle (the title
to show, when it differs), Prev and Next (the neighbouring articles' titles: they place
episodes without numbers), Episode List, Airdate (also Released, First aired: read for
Upcoming and the calendar), Running time (for the hours in Statistics). Any other field is
shown as written and can be searched (<code>director:"Sigrid Aas"</code>).</p>
<p>An article titled with a show's name is its overview; one titled
<i>List of &lt;show&gt; episodes</i> is its episode list. Files are matched to what you
watched by their title, so re-importing a corrected file keeps your marks and notes.</p>
<p>A file that cannot be read (no title line, empty, binary, over 5 MiB) is not imported and
the import report says why; anything odd but readable is imported with a warning.</p>
""")


class FormatGuideDialog(QDialog):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("format_guide")
        self.setWindowTitle(tr("The Article Format"))
        sizing.fit(self, 640, 560)
        text = QTextBrowser(self)
        text.setObjectName("format_guide_text")
        text.setOpenLinks(False)
        text.setHtml(tr(FORMAT_GUIDE))  # our own text, not an article's
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)


def show_about(parent: QWidget, library_path: Path) -> None:
    QMessageBox.about(
        parent,
        tr("About Episode Guide"),
        f"<h3>Episode Guide {__version__}</h3><p>"
        + tr(
            "A guide to the TV shows you follow: import episode articles, read them in "
            "broadcast order, keep track of what you watched."
        )
        + "</p><p>"
        + tr("Library: {path}").format(path=html.escape(str(library_path)))
        + "</p>",
    )
