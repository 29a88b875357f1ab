"""The search language: free text and quoted phrases, plus filters, all combined with AND.

    fog "clear night" show:"The Lighthouse Keepers" season:1 director:"Sigrid Aas"
    watched  -watched  has:note  note:theory  aired:2024
    rating:>=8  rating:<5  -has:rating  aired:>=2020  watched:>2025-06

Any infobox key works as ``key:value`` (value contained, any case). A malformed query raises
:class:`QueryError` with a message for the user; it is never run as something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from guide.core.article import normalise_key
from guide.core.text import QT_TR_NOOP, digits

HELP = QT_TR_NOOP(
    'Words and "quoted phrases" search titles, infobox values, prose and notes. Filters: '
    'show:NAME, season:N, KEY:VALUE for any infobox field (director:"Sigrid Aas"), '
    "watched, -watched, has:note, has:rating (-has: for none), note:WORD, aired:YEAR, "
    "rating:8, and comparisons: rating:>=8, rating:<5, aired:>=2020, watched:>2025-06. "
    "All parts must match."
)
_COMPARISON = re.compile(r"^(>=|<=|>|<|=)?\s*(.+)$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
HAS = ("note", "rating")


class QueryError(ValueError):
    """A query that cannot be read; the message says why. ``unfinished``: it ends where a
    value is still to come (`director:`, an open quote), so search as you type says nothing
    yet."""

    def __init__(self, message: str, *, unfinished: bool = False):
        super().__init__(message)
        self.unfinished = unfinished


@dataclass(frozen=True)
class Field:
    key: str  # normalised infobox key
    label: str  # as the user wrote it
    value: str


@dataclass(frozen=True)
class Range:
    """A comparison: ``low <= value < high`` (either end open when None). Dates are ISO
    text (``2025-06-01``); ratings whole numbers."""

    name: str  # "rating", "aired" or "watched"
    label: str  # as the user wrote it, for "matched"
    low: str | int | None = None
    high: str | int | None = None


@dataclass
class Query:
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    note_terms: list[str] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    shows: list[str] = field(default_factory=list)
    seasons: list[int] = field(default_factory=list)
    aired: list[str] = field(default_factory=list)
    watched: bool | None = None
    has_note: bool = False
    # Words in scripts written without spaces (Chinese, Japanese, Thai…): found as substrings
    # through the trigram index, not as whole words.
    substrings: list[str] = field(default_factory=list)
    has: dict[str, bool] = field(default_factory=dict)  # "note"/"rating" -> wanted or not
    ranges: list[Range] = field(default_factory=list)
    prefix_last_word: bool = False  # the user is still typing the last word

    @property
    def has_text(self) -> bool:
        return bool(self.words or self.phrases or self.note_terms)

    @property
    def any_text(self) -> bool:
        return self.has_text or bool(self.substrings)

    @property
    def empty(self) -> bool:
        return not (
            self.has_text
            or self.fields
            or self.shows
            or self.seasons
            or self.aired
            or self.watched is not None
            or self.has_note
            or self.has
            or self.ranges
            or self.substrings
        )


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Split on white space outside quotes: (token, whether it held a quote)."""
    tokens: list[tuple[str, bool]] = []
    current: list[str] = []
    quoted = in_quote = False
    start = 0
    for index, char in enumerate(text):
        if char == '"':
            if not in_quote:
                start = index
            in_quote = not in_quote
            quoted = True
            current.append(char)
        elif char.isspace() and not in_quote:
            if current:
                tokens.append(("".join(current), quoted))
            current, quoted = [], False
        else:
            current.append(char)
    if in_quote:
        raise QueryError(f"a quote is not closed: {text[start:].strip()}", unfinished=True)
    if current:
        tokens.append(("".join(current), quoted))
    return tokens


def _unquote(text: str) -> str:
    return " ".join(text.replace('"', " ").split())


@cache
def _unsegmented() -> re.Pattern[str]:
    # Compiled when first needed: its ranges cost 3 ms, a share of every start.
    return re.compile(
        "[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
        "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
    )


def unsegmented(text: str) -> bool:
    """Whether text holds a script written without spaces between words."""
    return not text.isascii() and bool(_unsegmented().search(text))


def parse(text: str) -> Query:
    query = _parse(text)
    # Terms in unsegmented scripts are substrings: "千と千尋" inside a longer title.
    query.substrings = [t for t in query.words + query.phrases if unsegmented(t)]
    if query.substrings:
        query.words = [w for w in query.words if not unsegmented(w)]
        query.phrases = [p for p in query.phrases if not unsegmented(p)]
        query.prefix_last_word = query.prefix_last_word and bool(query.words)
    return query


def _parse(text: str) -> Query:
    query = Query()
    tokens = _tokens(text)
    for number, (token, quoted) in enumerate(tokens):
        lowered = token.lower()
        if lowered == "watched":
            query.watched = True
        elif lowered == "-watched":
            query.watched = False
        elif token.startswith('"'):
            phrase = _unquote(token)
            if phrase:
                query.phrases.append(phrase)
        elif lowered.startswith("-has:"):
            _has(query, token[5:], wanted=False)
        elif ":" in token and not token.startswith(":") and not token.endswith("://"):
            try:
                _filter(query, *token.split(":", 1))
            except QueryError as error:  # "director:" at the end: its value is being typed
                error.unfinished = not token.split(":", 1)[1] and text[-1:] == ":"
                raise
        elif token.startswith(":"):
            raise QueryError(f"'{token}' has no name before the colon")
        else:
            word = _unquote(token)
            if word:
                query.words.append(word)
                is_last = number == len(tokens) - 1
                query.prefix_last_word = is_last and not quoted and text[-1:].isalnum()
    return query


def _filter(query: Query, name: str, raw: str) -> None:
    key = normalise_key(name)
    value = _unquote(raw)
    if not value:
        raise QueryError(f"'{name}:' needs a value, for example {name}:\"some value\"")
    if key == "show":
        query.shows.append(value)
    elif key == "season":
        season = digits(value, longest=6)
        if season is None:
            raise QueryError(f"season:{raw} — a season is a number, for example season:2")
        query.seasons.append(season)
    elif key == "has":
        _has(query, value, wanted=True)
    elif key == "note":
        query.note_terms.append(value)
    elif key == "rating":
        query.ranges.append(_rating_range(f"{name}:{value}", value))
    elif key in ("aired", "watched") and value[:1] in "<>=" or key == "watched":
        query.ranges.append(_date_range(key, f"{name}:{value}", value))
    elif key == "aired":
        query.aired.append(value)
    else:
        query.fields.append(Field(key, name, value))


def _has(query: Query, value: str, *, wanted: bool) -> None:
    what = value.lower().rstrip("s")
    if what not in HAS:
        raise QueryError(f"has:{value} — only has:note and has:rating are known")
    if what == "note" and wanted:
        query.has_note = True
    else:
        query.has[what] = wanted


def _split(value: str) -> tuple[str, str]:
    found = _COMPARISON.match(value.strip())
    assert found is not None  # the pattern matches any non-empty text
    return found.group(1) or "=", found.group(2).strip()


def _rating_range(label: str, value: str) -> Range:
    operator, operand = _split(value)
    number = digits(operand, longest=2)
    if number is None or not 0 <= number <= 10:
        raise QueryError(f"{label} — a rating is a whole number from 1 to 10, e.g. rating:>=8")
    low, high = {
        "=": (number, number + 1),
        ">=": (number, None),
        ">": (number + 1, None),
        "<=": (None, number + 1),
        "<": (None, number),
    }[operator]
    return Range("rating", label, low, high)


def _period(label: str, operand: str) -> tuple[str, str]:
    """[start, end) of `2025`, `2025-06` or `2025-06-14`, as ISO dates."""
    found = _PERIOD.match(operand)
    if not found:
        raise QueryError(f"{label} — write a year, a month or a day: 2025, 2025-06, 2025-06-14")
    year, month, day = (int(part) if part else None for part in found.groups())
    try:
        assert year is not None
        if month is None:
            return date(year, 1, 1).isoformat(), date(year + 1, 1, 1).isoformat()
        start = date(year, month, day or 1)
        if day is not None:
            end = date.fromordinal(start.toordinal() + 1)
        else:
            end = date(year + month // 12, month % 12 + 1, 1)
        return start.isoformat(), end.isoformat()
    except (ValueError, OverflowError):
        raise QueryError(f"{label} — {operand} is not a date") from None


def _date_range(name: str, label: str, value: str) -> Range:
    operator, operand = _split(value)
    start, end = _period(label, operand)
    low, high = {
        "=": (start, end),
        ">=": (start, None),
        ">": (end, None),
        "<=": (None, end),
        "<": (None, start),
    }[operator]
    return Range(name, label, low, high)


def fts_expression(query: Query) -> str:
    """The FTS5 MATCH text for the query's words, phrases and note terms ('' if none)."""
    parts = []
    for number, word in enumerate(query.words):
        part = f'"{word}"'
        if query.prefix_last_word and number == len(query.words) - 1:
            part += "*"
        parts.append(part)
    parts += [f'"{phrase}"' for phrase in query.phrases]
    parts += [f'note : "{term}"' for term in query.note_terms]
    return " ".join(parts)
