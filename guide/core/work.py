"""Long work (an import, an export, a merge, a check) run for someone who wants to see it
move and may want to stop it: the GUI's worker and the CLI's progress line both drive it."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The person running the work asked it to stop; what was done so far stays whole."""


class Session:
    """What long work needs from whoever runs it: progress and a way to cancel.

    ``progress(done, total, label)`` is called as the work moves (for each file read, each
    batch written); ``should_cancel()`` is asked between steps, where stopping is safe.
    """

    def __init__(
        self, progress: Progress | None = None, should_cancel: Callable[[], bool] | None = None
    ):
        self._progress = progress
        self._should_cancel = should_cancel

    def progress(self, done: int, total: int, label: str = "") -> None:
        if self._progress is not None:
            self._progress(done, total, label)

    def should_cancel(self) -> bool:
        return self._should_cancel() if self._should_cancel is not None else False

    def check(self) -> None:
        if self.should_cancel():
            raise Cancelled
