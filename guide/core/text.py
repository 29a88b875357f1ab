"""Text that crosses a door: names from the operating system, text printed to a terminal,
cells written to a spreadsheet. Outside text is data, never control codes or formulas."""

from __future__ import annotations

import json
import os
import re
from functools import cache

# C0 controls but tab and newline, DEL, C1 controls: a terminal would act on them; and the
# bidirectional embeddings, overrides and isolates, which reorder what is shown around them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What JSON leaves raw with ensure_ascii=False and a terminal or a reader would act on: C1
# controls, DEL, the line and paragraph separators and the bidirectional controls.
_JSON_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# One line of text: every control and every character str.splitlines() breaks a line on.
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@cache
def _unsegmented() -> re.Pattern[str]:
    # Compiled when first needed: its ranges cost 3 ms, a share of every start.
    return re.compile(
        "[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
        "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
    )


def unsegmented(text: str) -> bool:
    """Whether text holds a script written without spaces between words (Chinese, Japanese,
    Korean, Thai…): searched as substrings through the trigram index."""
    return not text.isascii() and bool(_unsegmented().search(text))


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks core text that the window also shows: the window's catalogue takes it (the
    window shows it through tr()); the command line prints it as it is, in English."""
    return text


# What marking an article says (an undo step, a history line), written once for the window
# (through tr) and the command line.
MARK_WATCHED = QT_TR_NOOP("Mark '{title}' watched")
MARK_UNWATCHED = QT_TR_NOOP("Mark '{title}' unwatched")
MARK_ALL_WATCHED = QT_TR_NOOP("Mark all of {name} watched")
MARK_ALL_UNWATCHED = QT_TR_NOOP("Mark all of {name} unwatched")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters (escape sequences included)
    are removed; tabs and newlines stay."""
    return _CONTROLS.sub("", text)


def json_text(data: object) -> str:
    """JSON for scripts: readable UTF-8, with every character a terminal or a line-splitting
    reader would act on written as a \\u escape (the same data, never a control)."""
    dumped = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_RAW.sub(lambda found: f"\\u{ord(found.group()):04x}", dumped)


def one_line(text: str) -> str:
    """Text for a one-line field (a calendar event's summary): controls and line breaks of
    any kind become a space."""
    return " ".join(_NOT_ONE_LINE.sub(" ", text).split())


def digits(text: str, *, longest: int = 18) -> int | None:
    """The whole number written with the ASCII digits 0–9 (white space around them allowed),
    or None: no other digits (²,  ⑤, ١), no sign, and no more than ``longest`` of them, so
    that it always fits SQLite's integer and never meets Python's limit on long numbers."""
    text = text.strip()
    if not text or len(text) > longest or not text.isascii() or not text.isdecimal():
        return None
    return int(text)


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
