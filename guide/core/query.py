"""The search language: free text and quoted phrases, plus filters, all combined with AND.

    fog "clear night" show:"The Lighthouse Keepers" season:1 director:"Sigrid Aas"
    watched  -watched  has:note  note:theory  aired:2024
    rating:>=8  rating:<5  -has:rating  aired:>=2020  watched:>2025-06

Every filter is one row of :data:`FILTERS`: how it is written, what it keeps, how its value is
read, its SQL and what a hit says it matched. The parser, the library's compiler
(``library/search.py``), the explanation of each hit, the window's help, ``guide search
--help`` and a test of the README all read that table. Any infobox key works as
``key:value`` (value contained, any case). A malformed query raises :class:`QueryError` with
a message for the user; it is never run as something else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from guide.core.article import fold_title, normalise_key
from guide.core.errors import QueryError
from guide.core.ranges import Range, date_range, rating_range
from guide.core.text import QT_TR_NOOP, digits, unsegmented

INTRO = QT_TR_NOOP(
    'Words and "quoted phrases" search titles, infobox values, prose and notes; filters '
    "narrow the results, and every part must match:"
)
HAS = ("note", "rating")


class Hit(Protocol):
    """What a filter may ask of an article found, to say how it matched."""

    @property
    def show(self) -> str | None: ...
    @property
    def season(self) -> int | None: ...
    @property
    def airdate(self) -> str | None: ...

    def field_value(self, key: str, contains: str) -> str | None: ...


Scalar = Callable[[str, list[Any]], Any]  # one value read from the library


@dataclass(frozen=True)
class Filter:
    """One filter of the language.

    ``where`` gives SQL over the article aliased ``a`` with its parameters (None: the word
    index matches it). ``{rating}`` and ``{watched}`` in it stand for the library's shared
    expressions of an article's rating and of "watched in the current pass"."""

    name: str  # "show:", the word "watched", or "KEY:" for any infobox key
    examples: str  # as the README and the help write it
    keeps: str  # what it keeps (QT_TR_NOOP: the window shows it translated)
    read: Callable[[str, str], Any]  # (the term as written, its value) -> the value to use
    where: Callable[[Any, Scalar], tuple[str, list[Any]] | None]
    said: Callable[[Term, Hit], str]  # how a hit matched it


@dataclass(frozen=True)
class Term:
    filter: Filter
    label: str  # as the user wrote it ("rating:>=8")
    value: Any


@dataclass(frozen=True)
class InfoboxValue:
    key: str  # normalised infobox key
    label: str  # as the user wrote it
    value: str


@dataclass
class Query:
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)  # the filters, in the order written
    # Words in scripts written without spaces (Chinese, Japanese, Thai…): found as substrings
    # through the trigram index, not as whole words.
    substrings: list[str] = field(default_factory=list)
    prefix_last_word: bool = False  # the user is still typing the last word

    @property
    def note_terms(self) -> list[str]:
        return self.values(NOTE)

    @property
    def has_text(self) -> bool:
        return bool(self.words or self.phrases or self.note_terms)

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.terms or self.substrings)

    def values(self, kind: Filter) -> list[Any]:
        """The values of the terms of one filter, in the order written."""
        return [term.value for term in self.terms if term.filter is kind]


# -- reading values ------------------------------------------------------------------------


def _aired(label: str, value: str) -> Range | str:
    """A comparison (`aired:>=2020`) or text the airdate holds (`aired:2024`)."""
    return date_range(label, value) if value[:1] in "<>=" else value.lower()


def _season(label: str, value: str) -> int:
    season = digits(value, longest=6)
    if season is None:
        raise QueryError(f"{label} — a season is a number, for example season:2")
    return season


def _has(label: str, value: str) -> str:
    what = value.lower().rstrip("s")
    if what not in HAS:
        raise QueryError(f"{label} — only has:note and has:rating are known")
    return what


def _infobox(label: str, value: str) -> InfoboxValue:
    name = label.split(":", 1)[0]
    return InfoboxValue(normalise_key(name), name, value)


# -- their SQL -----------------------------------------------------------------------------

_HAS_NOTE = "EXISTS (SELECT 1 FROM notes n WHERE n.article_key = a.key)"
_HAS_SQL = {"note": _HAS_NOTE, "rating": "COALESCE({rating}, 0) > 0"}


def _bounds(column: str, bounds: Range) -> str:
    ends = ((bounds.low, ">="), (bounds.high, "<"))
    parts = [f"{column} {sign} ?" for bound, sign in ends if bound is not None]
    return " AND ".join(parts) or f"{column} IS NOT NULL"


def _range_params(bounds: Range, param: Callable[[Any], Any] = lambda v: v) -> list[Any]:
    return [param(bound) for bound in (bounds.low, bounds.high) if bound is not None]


def _show_where(key: str, scalar: Scalar) -> tuple[str, list[Any]]:
    if scalar("SELECT 1 FROM shows WHERE key = ?", [key]):
        return "a.show_key = ?", [key]  # a show's whole name: its index
    return "instr(COALESCE(a.show_key, ''), ?)", [key]


def _aired_where(value: Range | str, _scalar: Scalar) -> tuple[str, list[Any]]:
    if isinstance(value, str):
        return "instr(lower(COALESCE(a.airdate, '')), ?)", [value]
    return _bounds("airdate_iso(a.airdate)", value), _range_params(value)


def _watched_where(value: Range, _scalar: Scalar) -> tuple[str, list[Any]]:
    from guide.core.times import local_day_stamp  # plays are stored as UTC moments

    condition = _bounds("w.watched_at", value)
    return (
        f"EXISTS (SELECT 1 FROM watch_events w WHERE w.article_key = a.key AND {condition})",
        _range_params(value, local_day_stamp),
    )


def _infobox_where(value: InfoboxValue, _scalar: Scalar) -> tuple[str, list[Any]]:
    # Not a correlated EXISTS: SQLite then scanned every field of that key once per
    # article (38 s at 20,000 articles). IN runs the inner query once.
    return (
        "a.id IN (SELECT article_id FROM infobox WHERE norm_key = ? AND instr(lower(value), ?))",
        [value.key, value.value.lower()],
    )


def _infobox_said(term: Term, hit: Hit) -> str:
    value = term.value
    return f"{value.label}: {hit.field_value(value.key, value.value.lower())}"


def _as_written(term: Term, _hit: Hit) -> str:
    return term.label


# -- the table -----------------------------------------------------------------------------

SHOW = Filter(
    "show:",
    '`show:Heartstopper`, `show:"The Lighthouse Keepers"`',
    QT_TR_NOOP("articles of that show"),
    lambda _label, value: fold_title(value),
    _show_where,
    lambda _term, hit: f"show: {hit.show}",
)
SEASON = Filter(
    "season:",
    "`season:3`",
    QT_TR_NOOP("episodes of season 3"),
    _season,
    lambda season, _scalar: ("a.season = ?", [season]),
    lambda _term, hit: f"season {hit.season}",
)
INFOBOX = Filter(
    "KEY:",
    '`director:"Wash Westmoreland"` — any infobox key',
    QT_TR_NOOP("articles whose field holds the value (any case)"),
    _infobox,
    _infobox_where,
    _infobox_said,
)
SEEN = Filter(
    "watched",
    "`watched`, `-watched`",
    QT_TR_NOOP("episodes and films watched (or not) in the current pass"),
    lambda label, _value: not label.startswith("-"),
    lambda seen, _scalar: (
        ("{watched}", []) if seen else ("a.kind IN ('episode', 'other') AND NOT {watched}", [])
    ),
    lambda term, _hit: "watched" if term.value else "not watched",
)
NOTE = Filter(
    "note:",
    "`note:theory`",
    QT_TR_NOOP("articles whose note holds the word"),
    lambda _label, value: value,
    lambda _term, _scalar: None,  # a column of the word index
    lambda _term, _hit: "note",
)
HAS_ONE = Filter(
    "has:",
    "`has:note`, `has:rating`",
    QT_TR_NOOP("articles with a note; articles you rated"),
    _has,
    lambda what, _scalar: (_HAS_SQL[what], []),
    lambda term, _hit: f"has a {term.value}",
)
HAS_NONE = Filter(
    "-has:",
    "`-has:note`, `-has:rating`",
    QT_TR_NOOP("articles with no note; articles not rated"),
    _has,
    lambda what, _scalar: (f"NOT {_HAS_SQL[what]}", []),
    lambda term, _hit: f"no {term.value}",
)
AIRED = Filter(
    "aired:",
    "`aired:2022`, `aired:>=2020`, `aired:<2024-06`",
    QT_TR_NOOP(
        "articles whose airdate holds the text, or airdates compared (a year, a month or a "
        "day; >, >=, <, <=)"
    ),
    _aired,
    _aired_where,
    lambda term, hit: f"aired {hit.airdate}" if isinstance(term.value, str) else term.label,
)
RATING = Filter(
    "rating:",
    "`rating:8`, `rating:>=8`, `rating:<5`",
    QT_TR_NOOP("articles you rated so (an overview or list article: its show's rating)"),
    rating_range,
    lambda bounds, _scalar: (_bounds("{rating}", bounds), _range_params(bounds)),
    _as_written,
)
WATCHED = Filter(
    "watched:",
    "`watched:>2025-06`, `watched:2024`",
    QT_TR_NOOP("articles with a play in that period"),
    date_range,
    _watched_where,
    _as_written,
)

FILTERS = (SHOW, SEASON, INFOBOX, SEEN, NOTE, HAS_ONE, HAS_NONE, AIRED, RATING, WATCHED)
_NAMED = {f.name: f for f in FILTERS if f.name.endswith(":") and f is not INFOBOX}


def filter_names() -> str:
    """The filters by name, in one line: "show:, season:, KEY:, watched, …"."""
    return ", ".join(kind.name for kind in FILTERS)


def help_text(translate: Callable[[str], str] = lambda text: text) -> str:
    """The language in a few lines, from the table (the window translates it)."""
    lines = [translate(INTRO)]
    for kind in FILTERS:
        lines += [f"  {kind.examples.replace('`', '')}", f"      {translate(kind.keeps)}"]
    return "\n".join(lines)


# -- parsing -------------------------------------------------------------------------------


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
        if lowered in ("watched", "-watched"):
            query.terms.append(Term(SEEN, token, SEEN.read(lowered, "")))
        elif token.startswith('"'):
            phrase = _unquote(token)
            if phrase:
                query.phrases.append(phrase)
        elif ":" in token and not token.startswith(":") and not token.endswith("://"):
            try:
                query.terms.append(_term(token))
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


def _term(token: str) -> Term:
    name, raw = token.split(":", 1)
    value = _unquote(raw)
    if not value:
        raise QueryError(f"'{name}:' needs a value, for example {name}:\"some value\"")
    written = name.lower() if name.startswith("-") else normalise_key(name)
    if written.startswith("-") and f"{written}:" not in _NAMED:
        raise QueryError(
            f"{token} — only has: takes a minus (-has:note, -has:rating); -watched stands alone"
        )
    kind = _NAMED.get(f"{written}:", INFOBOX)
    label = f"{name}:{value}"
    return Term(kind, label, kind.read(label, value))


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
