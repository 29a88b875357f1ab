"""The status bar's counts: articles, shows and episodes watched, kept true after every
change, reading again only what a change can have moved (``window.status``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from guide.gui import i18n
from guide.gui.i18n import tr

if TYPE_CHECKING:
    from guide.core.changes import Changes
    from guide.core.library import Library
    from guide.core.library.records import Counts


class StatusCounts:
    def __init__(self, library: Library, parent: QWidget):
        self.library = library
        self.label = QLabel(parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts: Counts | None = None  # as last read

    def on_library_changed(self, changes: Changes, _initiator: object) -> None:
        self.update(changes)

    def update(self, changes: Changes | None = None) -> None:
        """After a change of plays alone, only the watched count is read again (articles,
        shows and episodes stay as they were)."""
        c = self.counts
        if c is None or changes is None or changes.everything or changes.articles or changes.notes:
            c = self.library.counts()
        elif changes.plays:
            c = replace(c, watched=self.library.watched_episodes())
        self.counts = c
        self.label.setText(
            " · ".join(
                (
                    tr("%Ln article(s)", "", c.articles),
                    tr("%Ln show(s)", "", c.shows),
                    tr("{watched} of %Ln episode(s) watched", "", c.episodes).format(
                        watched=i18n.number_text(c.watched)
                    ),
                )
            )
        )
