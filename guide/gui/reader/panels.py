"""The panels around the reader: the article page (tracking bar, reader, find bar, spoiler
shield, notes) and the side panel (infobox and contents)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guide.core.article import Kind
from guide.core.library.records import ArticleRecord
from guide.gui import i18n, plain
from guide.gui.i18n import tr
from guide.gui.reader.notes import NotesEditor
from guide.gui.reader.render import (
    INFOBOX_SHOWN,
    PROSE_SHOWN,
    InfoboxLinks,
    article_html,
    infobox_html,
)
from guide.gui.reader.view import ContentsView, FindBar, ReaderView


def watched_text(record: ArticleRecord) -> str:
    plays = len(record.plays)
    if record.kind != Kind.EPISODE and not plays:
        return ""
    if not plays:
        return tr("Not watched yet")
    return tr("Watched %n time(s), last on {date}", "", plays).format(
        date=i18n.stamp_date(record.plays[-1])
    )


class RatingBox(QComboBox):
    """Your rating, 1–10, or none: arrows, digits (type 1 then 0 for 10) or the list; an
    item chosen emits ``rating_chosen`` (0: removed). Set from the library without signal."""

    rating_chosen = Signal(int)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setObjectName("rating_box")
        self.setAccessibleName(tr("Your rating"))
        self.setToolTip(tr("Your rating of this, from 1 to 10 (Ctrl+Shift+R)"))
        self.addItem(tr("Not rated"), 0)
        for value in range(1, 11):
            self.addItem(f"★ {value}", value)
        self.activated.connect(lambda index: self.rating_chosen.emit(self.itemData(index)))

    def set_rating(self, rating: int | None) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(rating or 0)
        self.blockSignals(False)

    def rating(self) -> int:
        return int(self.currentData() or 0)


class ArticlePage(QWidget):
    """What the centre shows for an open article."""

    link_activated = Signal(str)
    rendered = Signal()  # an article shown (or revealed): its title may have changed

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.record: ArticleRecord | None = None
        self.title_hidden = False
        self.revealed = False
        self.prose_limit = PROSE_SHOWN  # characters shown; "Show more" raises it
        self.watched_button = QPushButton(tr("Mark &Watched"), self)
        self.watched_button.setObjectName("watched_button")
        self.watched_button.setCheckable(True)
        self.watched_button.setAccessibleName(tr("Watched"))
        self.watched_label = plain.label(parent=self)
        self.watched_label.setObjectName("watched_label")
        self.watched_label.setWordWrap(True)  # a narrow window wraps it, never widens for it
        self.rating_box = RatingBox(self)
        rating_label = QLabel(tr("Ra&ting:"), self)
        rating_label.setBuddy(self.rating_box)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self.watched_button)
        bar.addWidget(self.watched_label, 1)
        bar.addWidget(rating_label)
        bar.addWidget(self.rating_box)
        self.reader = ReaderView(self)
        self.find_bar = FindBar(self.reader, self)
        self.reveal_button = QPushButton(tr("&Show Anyway"), self)
        self.reveal_button.setObjectName("reveal_button")
        self.reveal_button.setToolTip(tr("Show the prose of this unwatched episode"))
        self.reveal_button.hide()
        self.reveal_button.clicked.connect(self._on_reveal)
        reading = QWidget(self)
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addLayout(bar)
        reading_layout.addWidget(self.find_bar)
        reading_layout.addWidget(self.reader, 1)
        reading_layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.notes = NotesEditor(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("reader_splitter")
        self.splitter.addWidget(reading)
        self.splitter.addWidget(self.notes)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        # The article beside its side panel (add_side): both belong to this page, so the other
        # pages have the whole width.
        self.columns = QSplitter(Qt.Orientation.Horizontal, self)
        self.columns.setObjectName("article_splitter")
        self.columns.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns)
        self.reader.anchorClicked.connect(self._on_anchor)

    def add_side(self, side: QWidget) -> None:
        """The infobox and contents, on the article's right."""
        self.columns.addWidget(side)
        self.columns.setStretchFactor(0, 5)
        self.columns.setStretchFactor(1, 2)
        self.columns.setSizes([700, 280])

    def show_record(
        self, record: ArticleRecord, *, shield: bool, hide_titles: bool = False
    ) -> None:
        same = self.record is not None and self.record.id == record.id
        if not same:
            self.revealed = False
            self.prose_limit = PROSE_SHOWN
        self.record = record
        shielded = shield and record.kind == Kind.EPISODE and not record.watched
        shielded = shielded and not self.revealed
        position = self.reader.verticalScrollBar().value() if same else 0
        self.reader.setHtml(
            article_html(
                record, shielded=shielded, limit=self.prose_limit, title_hidden=hide_titles
            )
        )
        if not same:
            self.reader.setExtraSelections([])  # another article's highlights mean nothing here
        self.reader.verticalScrollBar().setValue(position)
        self.reveal_button.setVisible(shielded)
        self.title_hidden = shielded and hide_titles  # what the window title follows
        self.update_tracking(record)
        self.find_bar.refresh()
        self.rendered.emit()

    def update_tracking(self, record: ArticleRecord) -> None:
        self.record = record
        self.watched_button.setVisible(record.kind.watchable)
        self.watched_button.setChecked(record.watched)
        self.watched_button.setText(tr("&Watched ✓") if record.watched else tr("Mark &Watched"))
        self.watched_label.setText(watched_text(record))
        self.rating_box.set_rating(record.rating)

    def _on_reveal(self) -> None:
        self.revealed = True
        if self.record is not None:
            self.show_record(self.record, shield=False)

    def _on_anchor(self, url: QUrl) -> None:
        self.link_activated.emit(url.toString())


class SidePanel(QSplitter):
    """The infobox (links open articles) above the contents of the article."""

    link_activated = Signal(str)
    rendered = Signal()  # an article shown (or revealed): its title may have changed

    def __init__(self, parent: Any = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("side_panel")
        self.shown_id: int | None = None
        self.infobox_limit = INFOBOX_SHOWN  # fields shown; "Show more fields" raises it
        self.infobox = ReaderView(self)
        self.infobox.setObjectName("infobox")
        self.infobox.setAccessibleName(tr("Infobox"))
        self.contents = ContentsView(self.infobox, self)
        contents_box = QWidget(self)
        box = QVBoxLayout(contents_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel("<b>" + tr("Contents") + "</b>", contents_box))
        box.addWidget(self.contents)
        self.addWidget(self.infobox)
        self.addWidget(contents_box)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.infobox.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))

    def show_record(self, record: ArticleRecord, links: InfoboxLinks, reader: ReaderView) -> None:
        if record.id != self.shown_id:
            self.infobox_limit = INFOBOX_SHOWN
            self.shown_id = record.id
        self.infobox.setHtml(infobox_html(record, links, self.infobox_limit))
        self.contents.reader = reader
        self.contents.set_sections([(s.level, s.heading) for s in record.article.sections])

    def clear(self) -> None:
        self.infobox.setHtml("")
        self.contents.set_sections([])
