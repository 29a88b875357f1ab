"""The search language: free text and quoted phrases, plus filters, all combined with AND.

    fog "clear night" show:"The Lighthouse Keepers" season:1 director:"Sigrid Aas"
    watched  -watched  has:note  note:theory  aired:2024

Any infobox key works as ``key:value`` (value contained, any case). A malformed query raises
:class:`QueryError` with a message for the user; it is never run as something else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guide.core.article import normalise_key

HELP = (
    'Words and "quoted phrases" search titles, infobox values, prose and notes. Filters: '
    'show:NAME, season:N, KEY:VALUE for any infobox field (director:"Sigrid Aas"), '
    "watched, -watched, has:note, note:WORD, aired:YEAR. All parts must match."
)


class QueryError(ValueError):
    """A query that cannot be read; the message says why."""


@dataclass(frozen=True)
class Field:
    key: str  # normalised infobox key
    label: str  # as the user wrote it
    value: str


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
    prefix_last_word: bool = False  # the user is still typing the last word

    @property
    def has_text(self) -> bool:
        return bool(self.words or self.phrases or self.note_terms)

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
        raise QueryError(f"a quote is not closed: {text[start:].strip()}")
    if current:
        tokens.append(("".join(current), quoted))
    return tokens


def _unquote(text: str) -> str:
    return " ".join(text.replace('"', " ").split())


def parse(text: str) -> Query:
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
        elif ":" in token and not token.startswith(":") and not token.endswith("://"):
            _filter(query, *token.split(":", 1))
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
        if not value.isdigit():
            raise QueryError(f"season:{raw} — a season is a number, for example season:2")
        query.seasons.append(int(value))
    elif key == "has":
        if value.lower() not in ("note", "notes"):
            raise QueryError(f"has:{value} — only has:note is known")
        query.has_note = True
    elif key == "note":
        query.note_terms.append(value)
    elif key == "aired":
        query.aired.append(value)
    else:
        query.fields.append(Field(key, name, value))


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
