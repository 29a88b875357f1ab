"""Snippets of long texts, made in Python.

FTS5's snippet() weighs every match in a column against every other: a word 10,000 times in
one article took 0.5 s, 40,000 times 8 s, and SQLite cannot interrupt it for a newer search.
A column longer than :data:`LONG` characters is therefore given its snippet here, in time
linear in its length: the window of :data:`TOKENS` words with the most different terms among
its first matches, each match marked as FTS5 marks them (:data:`OPEN` … :data:`CLOSE`), with
``…`` where the text goes on. Words are compared as the word index compares them (case and
diacritics aside), and told apart as its tokenizer (unicode61) tells them apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# FTS5's own snippet of a column this long costs 50 ms at worst (every word a match).
LONG = 16_384
TOKENS = 12  # the words of a snippet, as the search asks FTS5 for
CANDIDATES = 200  # matches tried as the centre of a window
OPEN, CLOSE, MORE = "\x02", "\x03", "…"

_TOKEN = re.compile(r"[^\W_]+")
_BEFORE, _AFTER = r"(?<![^\W_])", r"(?![^\W_])"


class _Fold(dict[int, str]):
    """A translation table: each character to its base letter in lower case, one character
    for one (so that a position in the folded text is the same position in the text)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1] or char
        folded = base.lower()[:1] or base
        self[code] = folded
        return folded


_FOLD = _Fold()


def fold(text: str) -> str:
    """The text as the word index compares it: lower case, diacritics dropped, as long as
    the text itself."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def _pattern(terms: Sequence[str], prefix_last: bool) -> re.Pattern[str] | None:
    """A pattern finding each term (a word or a phrase: its words in a row) as whole words,
    group n for term n; the last term may be the beginning of a word (``prefix_last``), the
    whole word then marked, as FTS5 marks it."""
    alternatives = []
    for number, term in enumerate(terms):
        words = _TOKEN.findall(fold(term))
        if not words:
            continue
        body = r"[\W_]+".join(re.escape(word) for word in words)
        end = r"[^\W_]*" if prefix_last and number == len(terms) - 1 else _AFTER  # the word
        alternatives.append(f"(?P<t{number}>{_BEFORE}{body}{end})")
    return re.compile("|".join(alternatives)) if alternatives else None


def snippet(text: str, terms: Sequence[str], *, prefix_last: bool = False) -> str:
    """What FTS5's ``snippet(…, OPEN, CLOSE, '…', TOKENS)`` gives for this text and these
    terms, or nearly: a window of TOKENS words around the matches, the beginning of the text
    when nothing in it matches."""
    folded = fold(text)
    pattern = _pattern(terms, prefix_last)
    hits: list[tuple[int, int, str]] = []  # start, end, the term matched
    if pattern is not None:
        for match in pattern.finditer(folded):
            hits.append((match.start(), match.end(), match.lastgroup or ""))
            if len(hits) == CANDIDATES:
                break
    if not hits:
        return _window(text, folded, 0, 0, [])
    # As FTS5 scores a window: 1,000 for each term it holds, 1 for each match more; the best
    # window's matches then centred in it.
    best, best_score, best_lead = 0, -1, 0
    for start, _end, _term in hits:
        _first, last = _span(folded, start, 0)
        inside = [(s, e, term) for s, e, term in hits if start <= s and e <= last]
        if not inside:  # a phrase longer than a window
            continue
        score = 1000 * len({term for _s, _e, term in inside}) + len(inside)
        if score > best_score:
            taken = len(_TOKEN.findall(folded, start, inside[-1][1]))
            best, best_score, best_lead = start, score, (TOKENS - taken) // 2
    return _window(text, folded, best, best_lead, hits)


def _span(folded: str, at: int, lead: int) -> tuple[int, int]:
    """Where a window of TOKENS words begins and ends: ``lead`` words before ``at``, the
    rest from there on."""
    scan = max(0, at - 40 * lead)
    before = [m.start() for m in _TOKEN.finditer(folded, scan, at)]
    if before and before[0] == scan and scan and _TOKEN.match(folded, scan - 1):
        before.pop(0)  # the end of a word the scan began in
    first = before[-lead] if lead and len(before) >= lead else (before[0] if before else at)
    taken = len(before[-lead:]) if lead else 0
    ends = [m.end() for m in _TOKEN.finditer(folded, at, at + 60 * TOKENS)][: TOKENS - taken]
    return first, ends[-1] if ends else at


def _window(text: str, folded: str, at: int, lead: int, hits: list[tuple[int, int, str]]) -> str:
    first, last = _span(folded, at, lead)
    if first == last:
        return ""
    pieces = [MORE] if _TOKEN.search(folded, 0, first) else []
    done = first
    for start, end, _term in hits:
        if start < done or end > last:
            continue
        pieces += [text[done:start], OPEN, text[start:end], CLOSE]
        done = end
    if _TOKEN.search(folded, last):
        pieces += [text[done:last], MORE]
    else:  # the window reaches the last word: what follows it too, as FTS5 gives it
        pieces.append(text[done:])
    return "".join(pieces)
