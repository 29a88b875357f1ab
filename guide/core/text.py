"""Text that crosses a door: names from the operating system, text printed to a terminal,
cells written to a spreadsheet. Outside text is data, never control codes or formulas."""

from __future__ import annotations

import os
import re

# C0 controls but tab and newline, DEL, C1 controls: a terminal would act on them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks core text that the window also shows: the window's catalogue takes it (the
    window shows it through tr()); the command line prints it as it is, in English."""
    return text


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters (escape sequences included)
    are removed; tabs and newlines stay."""
    return _CONTROLS.sub("", text)


def from_os(name: str | os.PathLike[str]) -> str:
    """A file name or argument as the OS gave it (bytes that are not UTF-8 arrive as
    surrogate escapes), made into text that can be shown and stored: bad bytes become �."""
    text = os.fspath(name)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "replace")


def plural(count: int, one: str, many: str | None = None) -> str:
    """`1 note`, `2 notes`, `1,000 plays`: the count with the word that goes with it."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def csv_cell(value: object) -> str:
    """A spreadsheet cell that is never read as a formula (OWASP's CSV injection advice)."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text
