"""Core work off the GUI thread: each job opens its own library connection (SQLite
connections belong to one thread) and reports back through queued signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from guide.core.errors import LibraryError
from guide.core.library import Library


class CoreJob(QThread):
    """Run ``work(library)`` on its own connection; emit the result or a message."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        library_path: Path,
        work: Callable[[Library], Any],
        parent: Any = None,
        *,
        reader: bool = False,
        refusal: str | None = None,
    ):
        super().__init__(parent)
        self.library_path = library_path
        self.work = work
        self.reader = reader  # work that only reads: a reader connection (see Library)
        # Why the window's library takes no change now (Library.refusal): the job's own
        # connection refuses changes for the same reason.
        self.refusal = refusal

    def run(self) -> None:
        try:
            # The window's own connection verified the file when it opened it; a job's
            # connection does not run the quick check again on every round.
            with Library(
                self.library_path, verify=False, reader=self.reader, create=False
            ) as library:
                if self.refusal is not None:
                    library.read_only = self.refusal
                result = self.work(library)
        except LibraryError as error:
            self.failed.emit(str(error))
        except Exception as error:  # said to the user, never a traceback
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(result)
