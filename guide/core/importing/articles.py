"""Importing article files into a library, as small stages driven by an import session.

Stages: ``collect`` the files (folders recursively, hidden ones skipped, in path order), ``read``
each file (unchanged bytes are recognised by hash and not parsed), ``settle`` duplicate titles
(the later file wins), then ``write`` the articles in transactions of a bounded size. Progress
and cancellation go through the :class:`ImportSession`, which a GUI subclasses.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide.core.article import MAX_FILE_SIZE, Article, fold_title
from guide.core.article.diff import changes
from guide.core.article.parsing import parse
from guide.core.changes import Changes
from guide.core.errors import LibraryError
from guide.core.files import (
    LIBRARY_SIDE_FILES,
    NotRegularFile,
    TooLarge,
    describe_os_error,
    kind_of,
    read_regular_file,
)
from guide.core.library import Library
from guide.core.library.records import StoredFile
from guide.core.text import from_os, plural
from guide.core.work import Cancelled, Session

# A transaction holds this many articles, or this many bytes of files, whichever comes first:
# another writer waits about 0.1 s (0.2 s at most, measured with 20,000 articles of 2.5 KB),
# and long articles are not all held in memory before they are written. (Transactions of
# 250 articles made a first import of 20,000 short ones 0.12 s slower: each commit writes
# again the index pages that the last one wrote.)
BATCH_SIZE = 1000
BATCH_BYTES = 2 * 1024 * 1024


@dataclass
class Rejected:
    path: str
    reason: str


@dataclass
class FileWarning:
    path: str
    message: str


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)
    cancelled: bool = False
    changes: dict[str, list[str]] = field(default_factory=dict)  # updated title -> changes
    files: int = 0  # files found to read
    history_attached: int = 0  # plays and ratings of imported history waiting for these
    # Why the import stopped part-way (a full disk, a read-only library): what it lists as
    # added, updated or unchanged was kept; the rest was not imported.
    stopped: str | None = None

    @property
    def touched(self) -> Changes:
        """What the import changed, for the views: the articles when one was added or
        updated (or history waiting for them attached), else nothing: the same files
        imported again redraw nothing."""
        return Changes(articles=bool(self.added or self.updated or self.history_attached))

    @property
    def imported(self) -> int:
        """Files whose article is in the library now (added, updated or unchanged)."""
        return len(self.added) + len(self.updated) + len(self.unchanged)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [{"path": r.path, "reason": r.reason} for r in self.rejected],
            "warnings": [{"path": w.path, "message": w.message} for w in self.warnings],
            "cancelled": self.cancelled,
            "changes": [{"title": t, "changes": c} for t, c in self.changes.items()],
            "history_attached": self.history_attached,
            "stopped": self.stopped,
        }

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.rejected)} rejected",
        ]
        if self.warnings:
            parts.append(plural(len(self.warnings), "warning"))
        if self.history_attached:
            attached = plural(self.history_attached, "imported play or rating", "imported ones")
            parts.append(f"{attached} attached")
        text = ", ".join(parts)
        if self.stopped is not None:
            return (
                f"Import stopped: {self.stopped}. Kept: {text}; the other files were not imported"
            )
        return f"Import cancelled: {text}" if self.cancelled else f"Imported: {text}"


# An import is long work run in a session (progress and cancel) like any other.
ImportCancelled = Cancelled
ImportSession = Session


@dataclass
class _Read:
    """One file after reading: an article to write, or one known by its bytes."""

    path: str  # as shown and stored (names that are not UTF-8 shown with �)
    digest: str
    article: Article | None = None
    stored: StoredFile | None = None
    source: str = ""  # as the OS names it, for reading again
    address: str = ""  # where an article given as text came from (a wiki page): stored
    size: int = 0  # bytes of the file

    @property
    def key(self) -> str:
        return self.article.key if self.article is not None else self._stored.key

    @property
    def title(self) -> str:
        return self.article.title if self.article is not None else self._stored.title

    @property
    def _stored(self) -> StoredFile:
        assert self.stored is not None, "a read holds an article or a stored file"
        return self.stored


def collect(paths: Iterable[str | Path], report: ImportReport) -> list[str]:
    """The files to read, in the order of their paths (folder by folder, as pathlib sorts);
    hidden files and folders skipped. Plain strings: Path objects cost a third of the time
    of re-importing an unchanged folder."""
    files: set[str] = set()
    for given in paths:
        path = os.path.normpath(os.fspath(given))
        if os.path.isdir(path):
            files.update(_walk(path, report))
        elif os.path.isfile(path):
            files.add(path)
        elif os.path.exists(path):
            kind = kind_of(os.stat(path).st_mode)
            report.rejected.append(Rejected(from_os(path), f"not a regular file: {kind}"))
        elif os.path.islink(path):
            report.rejected.append(Rejected(from_os(path), "unreadable: a link to nothing"))
        else:
            report.rejected.append(Rejected(from_os(path), "no such file or folder"))
    return sorted(files, key=lambda name: name.split(os.sep))


def _walk(folder: str, report: ImportReport) -> Iterator[str]:
    """The files below a folder; a folder that cannot be read is rejected with its reason,
    never skipped without a word."""

    def unreadable(error: OSError) -> None:
        where = from_os(error.filename or folder)
        report.rejected.append(Rejected(where, f"unreadable folder: {describe_os_error(error)}"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                yield os.path.join(root, name)


def digest_of(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read(path: str, stored: dict[str, StoredFile], report: ImportReport) -> _Read | None:
    """Read one file: known bytes are not parsed; a bad file is rejected with its reason.

    Only regular files are read (a FIFO, a device or a link to one is rejected, never waited
    on), and never more than the size limit + 1 bytes."""
    shown = from_os(path)
    try:
        data = read_regular_file(path, MAX_FILE_SIZE)
    except NotRegularFile as error:
        report.rejected.append(Rejected(shown, f"not a regular file: {error}"))
        return None
    except TooLarge:
        report.rejected.append(Rejected(shown, "too large: over 5 MiB, the limit"))
        return None
    except OSError as error:
        reason = "a link to nothing" if os.path.islink(path) else describe_os_error(error)
        report.rejected.append(Rejected(shown, f"unreadable: {reason}"))
        return None
    return from_bytes(shown, data, stored, report, path)


def from_bytes(
    shown: str, data: bytes, stored: dict[str, StoredFile], report: ImportReport, source: str
) -> _Read | None:
    """An article's bytes read: known bytes are not parsed; bad ones are rejected."""
    digest = digest_of(data)
    if digest in stored:
        return _Read(shown, digest, stored=stored[digest], source=source)
    result = parse(data)
    if result.warnings:
        report.warnings.extend(FileWarning(shown, message) for message in result.warnings)
    if result.article is None:
        report.rejected.append(Rejected(shown, str(result.rejection)))
        return None
    return _Read(shown, digest, article=result.article, source=source, size=len(data))


class _Run:
    """One import in progress: what was seen, what waits to be written, what each title became.

    A title's outcome compares the file that wins with the article as it was before this
    import began, so a title met twice is reported once, as what really happened to it.
    """

    def __init__(self, library: Library, report: ImportReport):
        self.library = library
        self.report = report
        self.seen: dict[str, str] = {}  # key -> path of the latest file with that title
        # key -> the article as it was before the import (None: new), for outcomes and diffs
        self.before: dict[str, Article | None] = {}
        self.pending_changes: dict[str, list[str]] = {}
        self.pending: list[tuple[Article, str, str]] = []
        self.pending_bytes = 0
        self.pending_outcomes: dict[str, tuple[str, str]] = {}
        self.outcomes: dict[str, tuple[str, str]] = {}  # key -> (outcome, title), written
        # The titles already in the library: a new one is "added" without a query each.
        self.present = {row[0] for row in library.db.execute("SELECT key FROM articles")}
        self.version = library.data_version()  # what another program's commit changes

    def take(self, item: _Read) -> None:
        earlier = self.seen.get(item.key)
        if earlier is not None:
            if item.article is None:  # known bytes, but an earlier file replaced that article
                item = _reparse(item)
            self.report.warnings.append(
                FileWarning(
                    item.path,
                    f"'{item.title}' is also in {earlier}; this later file is the one imported",
                )
            )
        self.seen[item.key] = item.path
        if item.article is None:
            self.outcomes[item.key] = ("unchanged", item.title)
            return
        self.pending.append((item.article, item.address or item.path, item.digest))
        self.pending_bytes += item.size
        self.pending_outcomes[item.key] = (self._outcome(item.article), item.title)

    @property
    def full(self) -> bool:
        """Whether what waits makes a transaction (BATCH_SIZE articles or BATCH_BYTES)."""
        return len(self.pending) >= BATCH_SIZE or self.pending_bytes >= BATCH_BYTES

    def _outcome(self, article: Article) -> str:
        if article.key not in self.before:
            known = article.key in self.present
            self.before[article.key] = self.library.stored_article(article.title) if known else None
        before = self.before[article.key]
        if before is None:
            return "added"
        if before == article:
            self.pending_changes.pop(article.key, None)
            return "unchanged"
        self.pending_changes[article.key] = changes(before, article)
        return "updated"

    def flush(self) -> None:
        if not self.pending:
            return
        with self.library.transaction():  # the write lock first, then what it holds now
            if self.library.data_version() != self.version:
                self._look_again()
            self.library.write_articles(self.pending)
        self.outcomes.update(self.pending_outcomes)
        self.pending, self.pending_outcomes, self.pending_bytes = [], {}, 0
        for key, said in self.pending_changes.items():
            self.report.changes[key] = said
        self.pending_changes = {}

    def _look_again(self) -> None:
        """Another program wrote to the library since the outcomes were decided (a second
        import of the same folder): decide them again from what it holds now, so that a
        title it added is "unchanged" here, not "added" twice."""
        self.version = self.library.data_version()
        keys = [article.key for article, _path, _digest in self.pending]
        marks = ", ".join("?" * len(keys))
        now = {
            row[0]
            for row in self.library.db.execute(
                f"SELECT key FROM articles WHERE key IN ({marks})", keys
            )
        }
        self.present = (self.present - set(keys)) | now
        for article, _path, _digest in self.pending:
            if article.key in self.outcomes:
                continue  # written by this import's own earlier batch: its outcome stands
            self.before.pop(article.key, None)
            self.pending_changes.pop(article.key, None)
            title = self.pending_outcomes[article.key][1]
            self.pending_outcomes[article.key] = (self._outcome(article), title)

    def fill_report(self) -> None:
        changes_by_key, self.report.changes = self.report.changes, {}
        for key, (outcome, title) in self.outcomes.items():
            getattr(self.report, outcome).append(title)
            if outcome == "updated":
                self.report.changes[title] = changes_by_key.get(key, [])


def import_paths(
    library: Library, paths: Iterable[str | Path], session: ImportSession | None = None
) -> ImportReport:
    """Import files and folders into the library, and say what happened to each file.

    Files are written in path order, in transactions of BATCH_SIZE articles or BATCH_BYTES
    at most, so each article is fully old or fully new whatever stops the import. Where two
    files hold one title, the later one wins: it is written after the earlier one, and a
    warning names both.
    """
    session = session or ImportSession()
    report = ImportReport()
    own = {os.path.abspath(f"{library.path}{suffix}") for suffix in LIBRARY_SIDE_FILES}
    files = [f for f in collect(paths, report) if os.path.abspath(f) not in own]
    report.files = len(files)
    stored = library.stored_files()
    run = _Run(library, report)
    try:
        for done, path in enumerate(files, start=1):
            session.check()
            item = read(path, stored, report)
            if item is not None:
                run.take(item)
            if run.full:
                run.flush()
            session.progress(done, len(files), path)
        run.flush()
    except ImportCancelled:
        report.cancelled = True
    except LibraryError as error:  # a batch could not be written: the earlier ones were
        report.stopped = str(error).removesuffix("; nothing was changed")
    _place_shows(library, report)
    run.fill_report()
    if report.added or report.updated:
        library.give_back_free_pages()
    if (report.added or report.updated) and not report.cancelled and report.stopped is None:
        report.history_attached = _attach_history(library)
    return report


def import_texts(
    library: Library,
    items: Iterable[tuple[str, str, str]],
    session: ImportSession | None = None,
    *,
    replace: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Import articles given as text — (title, text, the address it came from) — as files
    are imported. An article the user imported from a file of their own is left as it is
    unless ``replace``; ``dry_run`` says what would happen and writes nothing."""
    session = session or ImportSession()
    report = ImportReport()
    items = list(items)
    report.files = len(items)
    own_files = library.file_sources(fold_title(title) for title, _, _ in items)
    run = _Run(library, report)
    try:
        for done, (title, text, address) in enumerate(items, start=1):
            session.check()
            key = fold_title(title)
            if not replace and key in own_files:
                report.rejected.append(
                    Rejected(
                        title,
                        f"kept: imported from your file {own_files[key]} (--replace to replace)",
                    )
                )
                continue
            # Parsed whatever its bytes: an article given as text is never read from a file
            # again (what the importer does for a file's known bytes met twice).
            item = from_bytes(title, text.encode("utf-8"), {}, report, "")
            if item is not None:
                item.address = address
                run.take(item)
            if run.full and not dry_run:
                run.flush()
            session.progress(done, len(items), title)
        if dry_run:
            run.outcomes.update(run.pending_outcomes)
            report.changes.update(run.pending_changes)
        else:
            run.flush()
    except ImportCancelled:
        report.cancelled = True
    except LibraryError as error:
        report.stopped = str(error).removesuffix("; nothing was changed")
    if not dry_run:
        _place_shows(library, report)
    run.fill_report()
    if (report.added or report.updated) and not dry_run:
        library.give_back_free_pages()
    return report


def _place_shows(library: Library, report: ImportReport) -> None:
    """The shows an import touched placed in broadcast order; when the library cannot be
    written now, after an import stopped by that, they are placed when it is next opened."""
    try:
        library.refresh_order()
    except LibraryError:
        if report.stopped is None:
            raise


def _reparse(item: _Read) -> _Read:
    data = read_regular_file(item.source or item.path, MAX_FILE_SIZE)
    article = parse(data).article
    return _Read(item.path, item.digest, article=article, stored=item.stored, size=len(data))


def _attach_history(library: Library) -> int:
    """Imported watch history that was waiting for these articles, recorded now."""
    if not library._scalar("SELECT 1 FROM pending_history LIMIT 1"):
        return 0  # the usual case: nothing loads the trackers' matching
    from guide.core.importing.history.plan import attach_pending

    outcome = attach_pending(library)
    return outcome.plays_added + outcome.ratings_set
