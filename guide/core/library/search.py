"""Full-text search and the query language over the library (FTS5): ranked hits with
snippets, and what of each query matched."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from guide.core.article import UNSEARCHED_KEYS
from guide.core.errors import error_kind

if TYPE_CHECKING:
    from guide.core import query
from guide.core.library import fulltext, snippets
from guide.core.library.navigation import Navigation
from guide.core.library.records import SearchHit
from guide.core.library.sql import RATING, ROW_ORDER, WATCHED

# FTS5's snippet() marks the words that matched with these (never in an article's text);
# a hit's snippet brackets them for the command line and JSON ("[Sigrid] Aas"), the window
# draws them bold (SearchHit.marked).
OPEN, CLOSE = snippets.OPEN, snippets.CLOSE
_MARKED = re.compile(f"{OPEN}([^{OPEN}{CLOSE}]+){CLOSE}")


def _lines(text: str) -> str:
    """A snippet's lines on one line, a heading kept apart from what follows it ("Plot ·
    Harald Vik tells…", not "Plot Harald Vik tells…")."""
    return " · ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _mark(value: str, term: str) -> str:
    """``value`` with each occurrence of ``term`` (any case) marked, as snippets are."""
    return re.sub(
        re.escape(term), lambda m: f"{OPEN}{m.group(0)}{CLOSE}", value, flags=re.IGNORECASE
    )


@dataclass(frozen=True)
class _Found:
    """An article found, as a filter asks of it to say how it matched (query.Hit)."""

    scalar: Callable[[str, list[Any]], Any]
    article_id: int
    show: str | None
    season: int | None
    airdate: str | None

    def field_value(self, key: str, contains: str) -> str | None:
        value = self.scalar(
            "SELECT value FROM infobox WHERE article_id = ? AND norm_key = ? "
            "AND instr(lower(value), ?) ORDER BY ord LIMIT 1",
            [self.article_id, key, contains],
        )
        return None if value is None else str(value)


@dataclass(frozen=True)
class _Where:
    snippet: str
    fields: tuple[str, ...]  # the infobox keys whose values matched
    prose: bool
    note: bool


class Search(Navigation):
    """Search and queries."""

    def search(self, text: str, limit: int = 50, *, as_you_type: bool = False) -> list[SearchHit]:
        """Search in the query language (guide.core.query); raises QueryError if malformed.

        ``as_you_type``: the last word may still be unfinished, so it matches as a prefix
        (the window's search field); a finished query matches whole words (the CLI).
        """
        from guide.core import query  # loaded by the searches alone

        parsed = query.parse(text)
        parsed.prefix_last_word = parsed.prefix_last_word and as_you_type
        return self.run_query(parsed, limit)

    def run_query(self, q: query.Query, limit: int = 50) -> list[SearchHit]:
        """Articles matching every part of a query: by rank when it has text, else in
        navigator order."""
        if q.empty:
            return []

        clauses, params = self._query_clauses(q)
        where = "".join(f" AND {c}" for c in clauses)
        if q.has_text:  # substrings alone are filters: navigator order, as other filters
            from guide.core.query import fts_expression

            matching = fts_expression(q)
            # Every match goes through the sorter (a word in every article is 100,000 rows):
            # it carries the id and the snippets (computed for the best only), and the
            # articles table is joined only when a filter needs it; titles come after.
            joined = "JOIN articles a ON a.id = search_index.rowid" if clauses else ""
            # A long column's snippet is made afterwards, in Python (snippets.LONG).
            snippet = (
                "CASE WHEN length(search_index.{0}) <= {1} "
                "THEN snippet(search_index, {2}, char(2), char(3), '…', 12) END"
            )
            sql = f"""
                SELECT search_index.rowid,
                       {snippet.format("fields", snippets.LONG, 1)},
                       {snippet.format("prose", snippets.LONG, 2)},
                       {snippet.format("note", snippets.LONG, 3)},
                       bm25(search_index, 10.0, 1.0, 1.0, 3.0) AS rank
                FROM search_index {joined}
                WHERE search_index MATCH ? {where}
                ORDER BY rank LIMIT ?
            """
            params = [matching, *params, limit]
        else:
            sql = f"""
                SELECT a.id, a.title, a.display_title, s.name, '', '', '', 0
                FROM articles a LEFT JOIN shows s ON s.key = a.show_key
                WHERE 1 {where} {ROW_ORDER} LIMIT ?
            """
            params = [*params, limit]
        try:
            rows = self.db.execute(sql, params).fetchall()
            if q.has_text:
                rows = self._with_titles([self._long_snippets(row, q) for row in rows])
        except sqlite3.OperationalError as error:
            if error_kind(error) == "interrupted":
                raise  # stopped for a newer search (Connection.interrupt), not a bad query
            from guide.core.errors import QueryError

            raise QueryError(f"the search could not be read ({error})") from error
        episodes = self.unwatched_episodes([row[0] for row in rows])
        hits = []
        for article_id, title, display, show, in_fields, in_prose, in_note, rank in rows:
            found = self._where_matched(article_id, in_fields, in_prose, in_note)
            hits.append(
                SearchHit(
                    article_id,
                    title,
                    display,
                    show,
                    _MARKED.sub(r"[\1]", found.snippet),
                    rank,
                    self._matched(q, article_id, found),
                    article_id in episodes,
                    episodes.get(article_id, ""),
                    found.snippet,
                )
            )
        return hits

    def search_index_problem(self) -> str | None:
        """None when the word index holds exactly the articles' text (FTS5's check)."""
        return fulltext.check(self.db.conn)

    def rebuild_search_index(self) -> None:
        with self.transaction():
            fulltext.rebuild(self.db.conn)

    def _with_titles(self, ranked: list[Any]) -> list[Any]:
        """The ranked rows with each article's title, display title and show, in order."""
        ids = [row[0] for row in ranked]
        titles = {
            row[0]: row[1:]
            for row in self.db.execute(
                "SELECT a.id, a.title, a.display_title, s.name FROM articles a "
                "LEFT JOIN shows s ON s.key = a.show_key "
                f"WHERE a.id IN ({', '.join('?' * len(ids))})",
                ids,
            ).fetchall()
        }
        return [(row[0], *titles[row[0]], *row[1:]) for row in ranked if row[0] in titles]

    def _long_snippets(self, row: tuple[Any, ...], q: query.Query) -> tuple[Any, ...]:
        """A ranked row with the snippets of its long columns (left NULL by the query)."""
        if None not in row[1:4]:
            return row
        article_id, *made, rank = row
        columns = ("fields", "prose", "note")
        texts = self.db.execute(
            f"SELECT {', '.join(columns)} FROM search_text WHERE id = ?", [article_id]
        ).fetchone()
        # The words last: the last of them may be unfinished (as-you-type); note:"…" terms
        # match in the note alone.
        prefix = q.prefix_last_word and bool(q.words)
        for number, text in enumerate(texts or ("", "", "")):
            if made[number] is None:
                notes = q.note_terms if columns[number] == "note" else []
                terms = [*q.phrases, *notes, *q.words]
                made[number] = snippets.snippet(text, terms, prefix_last=prefix)
        return (article_id, *made, rank)

    def _where_matched(self, article_id: int, fields: str, prose: str, note: str) -> _Where:
        """The snippet that shows what matched: a passage of the prose; else the field that
        matched, by its name ("Director: [Sigrid] Aas", not a run of other fields' values);
        else the note's line; else (the title alone matched) the prose's beginning."""
        prose, note = _lines(prose), _lines(note)
        field_terms = _MARKED.findall(fields)
        named: list[str] = []
        shown = ""
        links = sorted(UNSEARCHED_KEYS)
        for term in dict.fromkeys(t.casefold() for t in field_terms):
            row = self.db.execute(
                "SELECT key, value FROM infobox WHERE article_id = ? AND instr(lower(value), ?) "
                f"AND norm_key NOT IN ({', '.join('?' * len(links))}) ORDER BY ord LIMIT 1",
                [article_id, term, *links],
            ).fetchone()
            if row is not None:
                named.append(row[0])
                shown = shown or f"{row[0]}: {_mark(row[1], term)}"
        in_prose, in_note = OPEN in prose, OPEN in note
        if in_prose:
            snippet = prose
        elif shown:
            snippet = shown
        elif in_note:
            snippet = f"note: {note}"
        else:
            snippet = prose.replace(OPEN, "").replace(CLOSE, "")
        return _Where(snippet, tuple(dict.fromkeys(named)), in_prose, in_note)

    def _query_clauses(self, q: query.Query) -> tuple[list[str], list[Any]]:
        """Each filter's own SQL (query.FILTERS), and the substrings' trigram lookups."""
        clauses: list[str] = []
        params: list[Any] = []
        for term in q.substrings:
            if len(term) >= 3:  # the trigram index answers 3 characters and more
                clauses.append(
                    "a.id IN (SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?)"
                )
                params.append('"' + term.replace('"', '""') + '"')
            else:  # shorter: a scan of the (few) articles in those scripts
                clauses.append(
                    "a.id IN (SELECT t.id FROM search_text t WHERE t.id IN "
                    "(SELECT rowid FROM search_trigram) AND (instr(t.title, ?) "
                    "OR instr(t.fields, ?) OR instr(t.prose, ?)))"
                )
                params += [term, term, term]
        for item in q.terms:
            found = item.filter.where(item.value, self._scalar)
            if found is not None:
                clauses.append(found[0].format(rating=RATING, watched=WATCHED))
                params += found[1]
        return clauses, params

    def _matched(self, q: query.Query, article_id: int, where: _Where) -> tuple[str, ...]:
        """Which parts of the article matched the query, said for the user: the title, the
        fields by name, the text, the note; then each filter, as its row of the table says."""
        row = self.db.execute(
            "SELECT a.title, a.display_title, a.season, a.airdate, s.name "
            "FROM articles a LEFT JOIN shows s ON s.key = a.show_key WHERE a.id = ?",
            [article_id],
        ).fetchone()
        title, display, season, airdate, show = row
        named = f"{title} {display}".casefold()
        parts: list[str] = []
        if any(term.casefold() in named for term in q.words + q.phrases):
            parts.append("title")
        parts += [field.casefold() for field in where.fields]
        if where.prose:
            parts.append("text")
        if where.note:
            parts.append("note")
        hit = _Found(self._scalar, article_id, show, season, airdate)
        parts += [term.filter.said(term, hit) for term in q.terms]
        return tuple(dict.fromkeys(parts))
