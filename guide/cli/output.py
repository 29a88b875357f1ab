"""What the `guide` command does for a person at a terminal: a progress line for long work,
a first Ctrl+C that stops cleanly, and tables cut to the terminal's width.

Progress uses tqdm: a small, well-kept library that draws one self-updating line with counts,
rate and time left on standard error, and knows when that is not a terminal. Nothing here is
drawn when standard error is not a terminal or with ``--quiet``, so scripts and pipes see only
the command's output. No colour is used anywhere (so ``NO_COLOR`` has nothing to turn off).
"""

from __future__ import annotations

import shutil
import signal
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TextIO


class Progress:
    """One progress line on standard error, or nothing."""

    def __init__(self, description: str, unit: str, *, enabled: bool):
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm  # only when drawn: `guide --version` never pays for it

            self._bar = tqdm(
                desc=description,
                unit=f" {unit}",
                file=sys.stderr,
                # The terminal's size, or 100×24 where it tells none: a fresh pseudo-terminal
                # says 0×0, and tqdm then draws nothing (no row to draw on).
                ncols=shutil.get_terminal_size((100, 24)).columns,
                nrows=shutil.get_terminal_size((100, 24)).lines,
                mininterval=0.1,
                leave=False,
            )

    def update(self, done: int, total: int | None = None) -> None:
        if self._bar is None:
            return
        if total is not None and self._bar.total != total:
            self._bar.total = total
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def progress_wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    stream = stream if stream is not None else sys.stderr
    try:
        return not quiet and stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


class Interrupt:
    """The first Ctrl+C asks long work to stop at its next safe point (``requested``); a
    second one stops at once, as Ctrl+C always does."""

    def __init__(self) -> None:
        self.requested = False

    def _on_signal(self, _signum: int, _frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    @contextmanager
    def watching(self) -> Iterator[Interrupt]:
        try:
            previous = signal.signal(signal.SIGINT, self._on_signal)
        except ValueError:  # not the main thread: Ctrl+C stays as it is
            yield self
            return
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous)


def terminal_width(stream: TextIO | None = None) -> int | None:
    """The width to fit tables to, or None when the output is not a terminal (a pipe or a
    file gets every character)."""
    stream = stream if stream is not None else sys.stdout
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return shutil.get_terminal_size((100, 24)).columns


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cut(text: str, width: int) -> str:
    """Text in at most ``width`` columns, ending with "…" where it was cut."""
    if width <= 0:
        return ""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        char_width = display_width(char)
        if used + char_width > width - 1:
            break
        out.append(char)
        used += char_width
    return "".join(out) + "…"


def pad(text: str, width: int) -> str:
    """Cut to ``width`` columns, then padded to exactly that many."""
    shown = cut(text, width)
    return shown + " " * (width - display_width(shown))


def fit_lines(lines: list[str], width: int | None) -> list[str]:
    """Each line cut to the terminal's width (never wrapped), or as it is for a pipe."""
    if width is None:
        return lines
    return [cut(line, width) for line in lines]
