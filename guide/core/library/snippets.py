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
from bisect import bisect_left
from collections.abc import Sequence
from itertools import islice

# FTS5's own snippet of a column this long costs 50 ms at worst (every word a match).
LONG = 16_384
TOKENS = 12  # the words of a snippet, as the search asks FTS5 for
CANDIDATES = 50  # the first matches of each term, each tried as a window's first or last
SCORED = 20_000  # the matches of each term a window is scored with (bounded memory)
OPEN, CLOSE, MORE = "\x02", "\x03", "…"

_TOKEN = re.compile(r"[^\W_]+")
_AFTER = r"(?![^\W_])"  # the end of a word


class _Fold(dict[int, str]):
    """A translation table: each character to itself in lower case, a Latin letter with
    marks to the letter, as unicode61 with remove_diacritics folds them (``É`` to ``e``, not
    ``й`` to ``и``, ``ά`` to ``α``, ``½`` to ``1`` or a Hangul syllable to its first jamo),
    and Greek's final and lunate sigma to ``σ``; one character for one (so that a position in
    the folded text is the same position in the text)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lower = char.lower()[:1] or char
        parts = unicodedata.normalize("NFD", lower)
        if lower in "ςϲ":
            folded = "σ"
        elif len(parts) > 1 and parts[0].isascii() and parts[0].isalpha():
            folded = parts[0]
        else:
            folded = lower
        self[code] = folded
        return folded


_FOLD = _Fold()


def fold(text: str) -> str:
    """The text as the word index compares it: lower case, diacritics dropped, as long as
    the text itself."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


def _patterns(terms: Sequence[str], prefix_last: bool) -> list[re.Pattern[str]]:
    """A pattern for each term (a word or a phrase: its words in a row) ending where a word
    ends; the last term may be the beginning of a word (``prefix_last``), the whole word then
    marked, as FTS5 marks it. One pattern a term, each beginning with its letters, so that
    the text is scanned as fast as a plain text search (an alternation of the terms, or a
    look-behind for where a word begins, made a search in 50 articles of 50 KB 6–10 times
    slower); where a match begins is tested for each one found."""
    patterns = []
    for number, term in enumerate(terms):
        words = _TOKEN.findall(fold(term))
        if words:
            body = r"[\W_]+".join(re.escape(word) for word in words)
            end = r"[^\W_]*" if prefix_last and number == len(terms) - 1 else _AFTER  # the word
            patterns.append(re.compile(body + end))
    return patterns


def snippet(text: str, terms: Sequence[str], *, prefix_last: bool = False) -> str:
    """What FTS5's ``snippet(…, OPEN, CLOSE, '…', TOKENS)`` gives for this text and these
    terms, or nearly: a window of TOKENS words around the matches, the beginning of the text
    when nothing in it matches."""
    folded = fold(text)
    hits: list[tuple[int, int, int]] = []  # start, end, which term: every match, in order
    candidates: list[int] = []  # where the first CANDIDATES matches of each term begin
    for number, pattern in enumerate(_patterns(terms, prefix_last)):
        found = 0
        for match in pattern.finditer(folded):
            start = match.start()
            if start and _TOKEN.match(folded, start - 1):
                continue  # inside a word, not at its beginning
            hits.append((start, match.end(), number))
            found += 1
            if found <= CANDIDATES:
                candidates.append(start)
            if found == SCORED:
                break
    if not hits:
        return _window(text, folded, 0, 0, [])
    hits.sort()
    starts = [start for start, _end, _term in hits]
    # As FTS5 scores a window: 1,000 for each term it holds, 1 for each match more. Each
    # candidate is tried as a window's first word and as its last; the best window's
    # matches are then centred in it.
    best, best_score, best_lead = hits[0][0], -1, 0
    for candidate in sorted(candidates):
        at = bisect_left(starts, candidate)
        other_before = at and hits[at - 1][2] != hits[at][2] and starts[at - 1] > candidate - 200
        for lead in (0, TOKENS - 1) if other_before else (0,):  # last: after another term
            first, last = _span(folded, candidate, lead)
            inside = [
                hit
                for hit in hits[bisect_left(starts, first) : bisect_left(starts, last)]
                if hit[1] <= last
            ]
            if not inside:  # a phrase longer than a window
                continue
            score = 1000 * len({term for _s, _e, term in inside}) + len(inside)
            if score > best_score:
                taken = len(_TOKEN.findall(folded, inside[0][0], inside[-1][1]))
                best, best_score, best_lead = inside[0][0], score, max(0, TOKENS - taken) // 2
    return _window(text, folded, best, best_lead, hits)


def _span(folded: str, at: int, lead: int) -> tuple[int, int]:
    """Where a window of TOKENS words begins and ends: ``lead`` words before ``at``, the
    rest from there on."""
    scan = max(0, at - 16 * lead)  # enough for words of 15 letters
    before = [m.start() for m in _TOKEN.finditer(folded, scan, at)]
    if before and before[0] == scan and scan and _TOKEN.match(folded, scan - 1):
        before.pop(0)  # the end of a word the scan began in
    first = before[-lead] if lead and len(before) >= lead else (before[0] if before else at)
    taken = len(before[-lead:]) if lead else 0
    words = islice(_TOKEN.finditer(folded, at, at + 60 * TOKENS), TOKENS - taken)
    ends = [m.end() for m in words]
    return first, ends[-1] if ends else at


def _window(text: str, folded: str, at: int, lead: int, hits: list[tuple[int, int, int]]) -> str:
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
