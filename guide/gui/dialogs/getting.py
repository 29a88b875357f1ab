"""File → Get Articles from a Wiki…: a wiki's address (or a Kiwix ZIM file) and a show's
name; the show's pages read on a worker (progress, Cancel), what was found listed to look
at, then imported on another worker as files are — the same as `guide get`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide.core.changes import Changes
from guide.core.importing.articles import ImportReport, ImportSession, import_texts
from guide.core.importing.sources import suggest
from guide.core.importing.sources.opening import open_source
from guide.core.importing.sources.pages import SourceError
from guide.core.importing.sources.show import Got, get_show
from guide.core.library import Library
from guide.core.paths import cache_dir
from guide.core.work import Cancelled
from guide.gui import folders, plain, sizing
from guide.gui import settings as keys
from guide.gui.dialogs.importing import ImportProgress, ImportReportDialog, ImportWorker
from guide.gui.i18n import tr

DEFAULT_WIKI = "https://en.wikipedia.org"
SUGGEST_DELAY_MS = 400  # a pause in typing before the source is asked for titles


class FindJob(QThread):
    """A show's pages read from a wiki and made into articles, off the GUI thread."""

    found = Signal(object)  # Got
    failed = Signal(str)

    def __init__(self, wiki: str, show: str, parent: Any = None):
        super().__init__(parent)
        self.wiki, self.show = wiki, show
        self.cancelled = False

    def run(self) -> None:
        session = ImportSession(should_cancel=lambda: self.cancelled)
        try:
            source = open_source(self.wiki, session=session, cache=cache_dir() / "wiki-pages.db")
            try:
                got = get_show(source, self.show)
            finally:
                source.close()
        except SourceError as error:
            self.failed.emit(str(error))
        except Cancelled:
            self.failed.emit("")
        except Exception as error:  # said to the user, never a traceback
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.found.emit(got)


class TextImportWorker(ImportWorker):
    """The articles found, imported on a worker as files are, with progress and Cancel
    (an article is imported whole or not at all)."""

    def __init__(
        self,
        library_path: Path,
        articles: list[tuple[str, str, str]],
        replace: bool,
        parent: Any,
        refusal: str | None = None,
    ):
        super().__init__(library_path, [], parent, refusal)
        self.articles, self.replace = articles, replace

    def _import(self, library: Library) -> ImportReport:
        session = ImportSession(progress=self._progress, should_cancel=lambda: self._cancel)
        return import_texts(library, self.articles, session, replace=self.replace)


class SuggestJob(QThread):
    """Titles that begin with what was typed, found off the GUI thread."""

    found = Signal(str, list)  # the prefix asked for, the titles

    def __init__(self, source: str, prefix: str, parent: Any = None):
        super().__init__(parent)
        self.source, self.prefix = source, prefix

    def run(self) -> None:
        titles = suggest.titles_starting(self.source, self.prefix, cache=cache_dir())
        self.found.emit(self.prefix, titles)


def _release(job: QThread | None) -> None:
    """A finished job of this dialog's, let go (the window parents jobs so that a closed
    dialog never waits for one; a finished one is not kept)."""
    if job is not None and job.isFinished():
        job.setParent(None)


class GetArticlesDialog(QDialog):
    """Where from and which show; then what was found, to import."""

    def __init__(self, window: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("get_articles")
        self.setWindowTitle(tr("Get Articles from a Wiki"))
        sizing.fit(self, 560, 460)
        self.got: Got | None = None
        self.job: FindJob | None = None
        self.importer: TextImportWorker | None = None
        self.import_progress: QProgressDialog | None = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        settings = window.settings
        self.wiki = QLineEdit(settings.get(keys.LAST_WIKI) or DEFAULT_WIKI, self)
        self.wiki.setObjectName("wiki_address")
        self.wiki.setToolTip(
            tr(
                "A wiki that runs MediaWiki (Wikipedia, or another such as a Fandom wiki), "
                "a Kiwix ZIM file, or a Wikipedia multistream dump"
            )
        )
        self.choose_zim = QPushButton(tr("&ZIM or Dump…"), self)
        self.choose_zim.setToolTip(
            tr("Read the pages offline, from a Kiwix ZIM file or a Wikipedia dump")
        )
        self.choose_zim.clicked.connect(self._choose_zim)
        self.show_name = QLineEdit(self)
        self.show_name.setObjectName("show_name")
        self.show_name.setPlaceholderText(tr("The show's name, as the wiki titles it"))
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.show_name.setCompleter(completer)
        self.suggest_timer = QTimer(self)
        self.suggest_timer.setSingleShot(True)
        self.suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self.suggest_timer.timeout.connect(self._suggest)
        self.show_name.textEdited.connect(lambda _text: self.suggest_timer.start())
        self.suggester: SuggestJob | None = None
        self.replace = QCheckBox(tr("Also &replace articles imported from my own files"), self)
        form = QFormLayout()
        wiki_label = QLabel(tr("Fro&m:"), self)
        wiki_label.setBuddy(self.wiki)
        source = QHBoxLayout()
        source.addWidget(self.wiki, 1)
        source.addWidget(self.choose_zim)
        show_label = QLabel(tr("&Show:"), self)
        show_label.setBuddy(self.show_name)
        form.addRow(wiki_label, source)
        form.addRow(show_label, self.show_name)
        self.status = plain.label("", self)  # what the wiki said: data, never markup
        self.status.setObjectName("get_status")
        self.found = QListWidget(self)
        self.found.setObjectName("found_articles")
        self.found.setAccessibleName(tr("Articles found"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.find_button = QPushButton(tr("&Find"), self)
        self.find_button.setDefault(True)
        self.import_button = QPushButton(tr("&Import"), self)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.find_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.find_button.clicked.connect(self.look_up)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.show_name.textChanged.connect(self._forget_found)
        self.wiki.textChanged.connect(self._forget_found)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.replace)
        layout.addWidget(self.status)
        layout.addWidget(self.found)
        layout.addWidget(self.buttons)

    def _suggest(self) -> None:
        """Ask the source for titles that begin with what is typed (one question at a time;
        an answer to an older prefix is dropped)."""
        if self.suggester is not None and self.suggester.isRunning():
            self.suggest_timer.start()  # ask again once this one has answered
            return
        # Parented by the window, which outlives the dialog: closing the dialog never waits
        # for a slow wiki's answer (it is dropped when it comes).
        _release(self.suggester)
        job = self.suggester = SuggestJob(self.wiki.text(), self.show_name.text(), self.window_)
        job.found.connect(self._on_suggestions)
        job.start()

    def _on_suggestions(self, prefix: str, titles: list[str]) -> None:
        if prefix != self.show_name.text() or not titles:
            return
        self.suggestions.setStringList(titles)
        completer = self.show_name.completer()
        if self.show_name.hasFocus():
            completer.complete()

    def _choose_zim(self) -> None:
        settings = self.window_.settings
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a ZIM File or a Wikipedia Dump"),
            folders.start(settings),
            tr("ZIM files and dumps (*.zim *multistream.xml.bz2)") + ";;" + tr("All files (*)"),
        )
        if path:
            folders.remember(settings, path)
            self.wiki.setText(path)

    def _forget_found(self) -> None:
        """What was found is of another show (or wiki) once either is changed."""
        self.got = None
        self.found.clear()
        self.import_button.setEnabled(False)
        self.find_button.setDefault(True)

    def look_up(self) -> None:
        wiki, show = self.wiki.text().strip(), " ".join(self.show_name.text().split())
        if not wiki or not show:
            self.status.setText(tr("Give a wiki's address or a ZIM file, and the show's name."))
            return
        self._forget_found()
        self.status.setText(tr("Reading the show's pages…"))
        _release(self.job)
        job = self.job = FindJob(wiki, show, self.window_)  # outlives the dialog, as above
        progress = self.progress = QProgressDialog(
            tr("Reading {show} from {wiki}…").format(show=show, wiki=wiki),
            tr("Cancel"),
            0,
            0,
            self,
        )
        progress.setWindowTitle(tr("Get Articles"))
        progress.setMinimumDuration(300)
        progress.canceled.connect(lambda: setattr(job, "cancelled", True))
        job.found.connect(self._on_found)
        job.failed.connect(self._on_failed)
        self.find_button.setEnabled(False)
        job.start()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.find_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        self.status.setText(message or tr("Cancelled; nothing was changed."))

    def _on_found(self, got: Got) -> None:
        self._close_progress()
        self.got = got
        self.window_.settings.set(keys.LAST_WIKI, self.wiki.text().strip())
        made = set(got.made_from_rows)
        for title, _text, _address in got.articles:
            self.found.addItem(
                tr("{title} (from the list of episodes)").format(title=title)
                if title in made
                else title
            )
        self.status.setText(
            tr("{show} from {source}: %Ln article(s) found.", "", len(got.articles)).format(
                show=got.show, source=got.source
            )
        )
        self.import_button.setEnabled(bool(got.articles))
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def start_import(self) -> None:
        got = self.got
        if got is None:
            return
        self.window_.page.notes.flush()
        importer = self.importer = TextImportWorker(
            self.window_.library.path,
            got.articles,
            self.replace.isChecked(),
            self,
            self.window_.library.refusal(),
        )
        self.import_progress = ImportProgress(importer, self)  # with Cancel: each article whole
        importer.succeeded.connect(self._on_imported)
        importer.failed.connect(self._on_import_failed)
        self.import_button.setEnabled(False)
        self.status.setText(tr("Importing…"))
        importer.start()

    def _on_imported(self, report: ImportReport) -> None:
        if self.import_progress is not None:
            self.import_progress.close()
        self.window_.runner.took(report.touched, self)
        self.accept()
        self.report_dialog = ImportReportDialog(report, self.window_)
        self.report_dialog.open()

    def _on_import_failed(self, message: str) -> None:
        if self.import_progress is not None:
            self.import_progress.close()
        self.window_.runner.took(Changes(articles=True), self)  # batches before it stay
        self.status.setText(message)
        self.import_button.setEnabled(True)

    def done(self, result: int) -> None:
        """Closing: a reading of pages is told to stop and a suggestion is dropped, neither
        waited for; an import in progress is waited for (it is short, and writes)."""
        self.suggest_timer.stop()
        for job in (self.job, self.suggester):
            if job is not None and job.isRunning():
                job.found.disconnect()
                if isinstance(job, FindJob):
                    job.cancelled = True
                    job.failed.disconnect()
        if self.importer is not None and self.importer.isRunning():
            self.importer.wait()
        suggest.stop()
        super().done(result)
