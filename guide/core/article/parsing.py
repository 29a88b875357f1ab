"""Reading an article file (ARTICLE_FORMAT.md): its bytes decoded, its lines told apart
(title, infobox, headings, paragraphs), the article made, or the reason it is refused."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from guide.core.article import (
    MAX_FILE_SIZE,
    Article,
    Rejection,
    RejectReason,
    Section,
)


@dataclass
class ParseResult:
    article: Article | None
    rejection: Rejection | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.article is not None


def decode(data: bytes, warnings: list[str]) -> str:
    """UTF-8 (a BOM is dropped); anything else is read as Windows-1252, with a warning."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        warnings.append(f"not valid UTF-8 (byte {error.start}); read as Windows-1252 instead")
        # Five bytes are undefined in cp1252; map them to the C1 controls as browsers do.
        text = data.decode("cp1252", errors="replace")
        text = "".join(
            chr(byte) if char == "\ufffd" else char for char, byte in zip(text, data, strict=True)
        )
    return text.removeprefix("\ufeff")


def split_lines(text: str) -> list[str]:
    """Lines on LF, CRLF or CR only, trailing white space dropped."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line.rstrip() for line in text.split("\n")]


_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def has_visible(text: str) -> bool:
    """Whether a text has a character one can see: not only spaces, zero-width, direction
    or control characters (Unicode's controls, format characters and separators; a code
    point this Python does not know yet may be a letter of a newer Unicode, and counts)."""
    return any(unicodedata.category(c) not in _INVISIBLE for c in text)


def title_of_line(line: str) -> str | None:
    """`= Title =` gives the title; anything else gives None."""
    line = line.strip()
    if len(line) < 3 or line[0] != "=" or line[-1] != "=":
        return None
    if line[1] == "=" or line[-2] == "=":
        return None
    title = " ".join(line[1:-1].split())  # white space runs as one space (see fold_title)
    return title or None


def heading_of_line(line: str) -> tuple[int, str, bool] | None:
    """A heading line gives (level, text, runs_equal); other lines give None.

    An all-`=` line counts as a heading with empty text.
    """
    line = line.strip()
    if not line.startswith("==") or not line.endswith("=="):
        return None
    opening = len(line) - len(line.lstrip("="))
    if opening == len(line):  # only `=`: an empty heading
        return (min(max(opening // 2, 2), 6), "", True)
    closing = len(line) - len(line.rstrip("="))
    if not (2 <= opening <= 6 and 2 <= closing <= 6):
        return None
    return (min(opening, closing), line[opening:-closing].strip(), opening == closing)


def is_infobox_line(line: str) -> bool:
    return line.strip().lower() == "infobox"


def _is_field_line(line: str) -> bool:
    """Whether a line (stripped) is an infobox field: `-` then white space, or `-` alone."""
    return line == "-" or (line[:1] == "-" and line[1:2].isspace())


class _Reader:
    """Walks the lines after the title: infobox, lead, sections."""

    def __init__(self, lines: list[str], warnings: list[str]):
        self.lines = lines
        self.warnings = warnings
        self.infobox: list[tuple[str, str]] = []
        self.lead: list[str] = []
        self.sections: list[Section] = []
        self._paragraphs = self.lead
        self._heading: tuple[int, str] | None = None
        self._pending: list[str] = []

    def read(self, start: int) -> None:
        index = self._read_infobox(start)
        pending = self._pending  # most lines are prose: the loop is written for them
        for number, line in enumerate(self.lines[index:], start=index + 1):
            text = line.strip()
            if not text:
                if pending:
                    self._end_paragraph()
            elif text[0] != "=":
                pending.append(text)
            else:
                self._read_heading(number, text)
        self._end_section()

    def _read_infobox(self, index: int) -> int:
        lines = self.lines
        count = len(lines)
        while index < count and not lines[index].strip():
            index += 1
        if index >= count or not is_infobox_line(lines[index]):
            return index
        index += 1
        while index < count:
            line = lines[index].strip()
            if not _is_field_line(line):
                break
            index += 1
            self._read_field(index, line[1:].strip())
        return index

    def _read_field(self, number: int, text: str) -> None:
        key, colon, value = text.partition(":")
        if not colon:
            self.warnings.append(f"line {number}: infobox line without a colon skipped")
            return
        key = key.strip()
        if not key:
            self.warnings.append(f"line {number}: infobox field without a name skipped")
            return
        self.infobox.append((key, value.strip()))

    def _read_heading(self, number: int, text: str) -> None:
        heading = heading_of_line(text)
        if heading is None:
            self._pending.append(text)
            return
        level, title, equal = heading
        self._end_paragraph()
        if not title:
            self.warnings.append(f"line {number}: empty heading skipped")
            return
        if not equal:
            self.warnings.append(f"line {number}: heading '{title}' has unequal '=' runs")
        self._end_section()
        self._heading = (level, title)
        self._paragraphs = []

    def _end_paragraph(self) -> None:
        if self._pending:
            self._paragraphs.append(" ".join(self._pending))
            self._pending.clear()  # the same list: read() holds it

    def _end_section(self) -> None:
        self._end_paragraph()
        if self._heading is not None:
            level, title = self._heading
            self.sections.append(Section(level, title, tuple(self._paragraphs)))
            self._heading = None


def parse(data: bytes) -> ParseResult:
    """Read one article file. Never raises for any input."""
    if len(data) > MAX_FILE_SIZE:
        size = f"{len(data) / 1024 / 1024:.1f} MiB, the limit is 5 MiB"
        return ParseResult(None, Rejection(RejectReason.TOO_LARGE, size))
    if b"\x00" in data:
        return ParseResult(None, Rejection(RejectReason.BINARY, "the file holds a NUL byte"))
    warnings: list[str] = []
    lines = split_lines(decode(data, warnings))
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return ParseResult(None, Rejection(RejectReason.EMPTY, "no text in the file"), warnings)
    title = title_of_line(lines[first])
    if title is None:
        detail = f"line {first + 1} should read '= Title =', not '{_clip(lines[first])}'"
        return ParseResult(None, Rejection(RejectReason.NO_TITLE, detail), warnings)
    if not (title.isascii() and title.isprintable()) and not has_visible(title):
        detail = f"the title on line {first + 1} has no visible character (only spaces, "
        detail += "zero-width, direction or control characters)"
        return ParseResult(None, Rejection(RejectReason.NO_TITLE, detail), warnings)
    reader = _Reader(lines, warnings)
    reader.read(first + 1)
    article = Article(title, tuple(reader.infobox), tuple(reader.lead), tuple(reader.sections))
    _check_meanings(article, warnings)
    return ParseResult(article, None, warnings)


def _check_meanings(article: Article, warnings: list[str]) -> None:
    meanings = article._meanings
    if "season" in meanings or "episode" in meanings:
        for number, name, label in (
            (article.season, "season", "Season"),
            (article.episode, "episode", "Episode"),
        ):
            value = meanings.get(name)
            if value and number is None:
                warnings.append(f"{label} '{_clip(value)}' has no number; kept as written")
    if meanings.get("series") == "":
        warnings.append("the Series field is empty; the article is kept outside any show")


def _clip(text: str, width: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"
