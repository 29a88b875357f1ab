"""The library as the navigator and Up Next read it: shows with their figures, seasons,
rows in broadcast order, neighbours, each show's next episode."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from guide.core.article import (
    Kind,
    fold_title,
)
from guide.core.errors import (
    LibraryError,
)
from guide.core.library.sql import IN_CURRENT_PASS

if TYPE_CHECKING:
    pass
from guide.core.library.managers import Managers
from guide.core.library.records import ArticleRow, Counts, SeasonGroup, Show, article_row
from guide.core.library.sql import RATING, ROW_ORDER, SHOW_FIGURES, UNCOUNTED_SHOWS, WATCHED

# Navigator order within a group (see ROW_ORDER), as a row value that compares.
_GROUP_ORDER_PARTS = (
    "CASE a.kind WHEN 'overview' THEN 0 WHEN 'list' THEN 1 ELSE 2 END",
    "a.place_season IS NULL",
    "COALESCE(a.place_season, 0)",
    "a.position",
    "a.title COLLATE NOCASE",
    "a.id",
)


_GROUP_ORDER_KEY = ", ".join(_GROUP_ORDER_PARTS)


_PLACE_NULL_SEASON = 10**15  # see Library.next_episodes


_PLACE_SEASON = 10**8


_ROW_COLUMNS = f"""
    a.id, a.key, a.title, a.display_title, a.kind, a.show_key, s.name, a.season, a.episode,
    (SELECT COUNT(*) FROM watch_events w WHERE w.article_key = a.key),
    EXISTS (SELECT 1 FROM notes n WHERE n.article_key = a.key),
    {WATCHED},
    {RATING},
    a.episode_label,
    a.place_season
"""


class Navigation(Managers):
    """Shows, seasons and episodes in broadcast order."""

    def counts(self) -> Counts:
        return self._remembered("counts", self._counts)  # type: ignore[no-any-return]

    def _counts(self) -> Counts:
        shows = self.shows()  # every episode belongs to a show: its counts add up
        return Counts(
            articles=self._scalar("SELECT COUNT(*) FROM articles"),
            shows=len(shows),
            episodes=sum(show.episodes for show in shows),
            watched=self.watched_episodes(),
            notes=self._scalar("SELECT COUNT(*) FROM notes"),
        )

    def watched_episodes(self) -> int:
        """Episodes watched at least once (in any pass): Counts.watched alone, for a change
        that touched only plays."""
        return int(
            self._scalar(  # over the plays (its index), fewer than the articles
                "SELECT COUNT(*) FROM (SELECT DISTINCT article_key FROM watch_events) w "
                "JOIN articles a ON a.key = w.article_key WHERE a.kind = 'episode'"
            )
        )

    def shows(self) -> list[Show]:
        return list(self._remembered("shows", self._shows))

    def begun(self, show_key: str) -> bool:
        """Whether a rewatch of the show may start now (Show.begun)."""
        return any(show.key == show_key and show.begun for show in self.shows())

    def show_name(self, key: str) -> str:
        """A show's name as written ("The Lighthouse Keepers"); its key when no show has it."""
        name = self._scalar("SELECT name FROM shows WHERE key = ?", [key])
        return key if name is None else str(name)

    def show_names(self) -> dict[str, str]:
        """Every show's name, by its key."""
        return {key: name for key, name in self.db.execute("SELECT key, name FROM shows")}

    def _shows(self) -> list[Show]:
        rows = self.db.execute(
            f"""
            SELECT s.key, s.name, c.episodes, c.watched, c.pass
            FROM shows s JOIN show_counts c ON c.show_key = s.key
            UNION ALL {UNCOUNTED_SHOWS}
            ORDER BY 2 COLLATE NOCASE, 1
            """
        )
        return [Show(*row) for row in rows]

    def miscounted_shows(self) -> list[str]:
        """Names of the shows whose kept figures (show_counts) differ from a count from
        scratch: none, unless a bug or a hand-made change got past the triggers."""
        return self._scalar_list(
            f"""
            SELECT f.name FROM ({SHOW_FIGURES}) f JOIN show_counts c ON c.show_key = f.key
            WHERE (c.episodes, c.watched, c.pass) IS NOT (f.episodes, f.watched, f.pass)
            ORDER BY f.name COLLATE NOCASE
            """
        )

    def recount_shows(self) -> None:
        """Count every show's figures again from scratch (`guide check --repair`)."""
        with self.transaction():
            self.db.execute("DELETE FROM show_counts")  # counted again as this commits

    def overview_key(self, show_key: str) -> str | None:
        """The article that carries a show's note: its overview, else its list article."""
        return self._scalar(  # type: ignore[no-any-return]
            f"SELECT key FROM articles WHERE show_key = ? AND {Kind.for_show_sql()} "
            "ORDER BY kind = 'list' LIMIT 1",
            [show_key],
        )

    def find_show(self, name: str) -> Show:
        key = fold_title(name)
        for show in self.shows():
            if show.key == key:
                return show
        raise LibraryError(f"no show named '{name}' in the library")

    def seasons(self, show_key: str) -> list[SeasonGroup]:
        rows = self.db.execute(
            f"""
            SELECT a.place_season, COUNT(*), COALESCE(SUM({WATCHED}), 0) FROM articles a
            WHERE a.show_key = ? AND a.kind = 'episode'
            GROUP BY a.place_season ORDER BY a.place_season IS NULL, a.place_season
            """,
            [show_key],
        )
        return [SeasonGroup(*row) for row in rows]

    def rows(
        self,
        show_key: str | None = None,
        *,
        all_shows: bool = False,
        text: str = "",
        unwatched_only: bool = False,
        keys: Collection[str] | None = None,
    ) -> list[ArticleRow]:
        """Articles in navigator order: every article, one show's, or those outside shows.

        ``text`` keeps articles whose title, display title or show name holds it (any case);
        ``unwatched_only`` keeps unwatched episodes (and no other kind of article); ``keys``
        keeps those articles only (a few: the ones a change touched).
        """
        clauses: list[str] = []
        params: list[Any] = []
        if not all_shows:
            clauses.append("a.show_key IS ?")
            params.append(show_key)
        if keys is not None:
            clauses.append(f"a.key IN ({', '.join('?' * len(keys))})")
            params.extend(keys)
        self._filter_clauses(text, unwatched_only, clauses, params)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            f"SELECT {_ROW_COLUMNS} FROM articles a LEFT JOIN shows s ON s.key = a.show_key "
            f"{where} {ROW_ORDER}",
            params,
        )
        return [article_row(row) for row in rows]

    def first_episodes(self, show_keys: Sequence[str]) -> dict[str, ArticleRow]:
        """Each show's first episode in broadcast order (a show not started: its next episode
        is its first): one read of the broadcast-order index per show, whatever its size (a
        window over every episode of the shows took 240 ms for 2,000 shows not started)."""
        found: dict[str, ArticleRow] = {}
        keys = list(dict.fromkeys(show_keys))
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows = self.db.execute(
                f"""
                SELECT {_ROW_COLUMNS} FROM shows k
                JOIN articles a ON a.id = (
                    SELECT b.id FROM articles b
                    WHERE b.show_key = k.key AND b.kind = 'episode'
                    ORDER BY b.place_season IS NULL, b.place_season, b.position,
                             b.title COLLATE NOCASE
                    LIMIT 1)
                LEFT JOIN shows s ON s.key = a.show_key
                WHERE k.key IN ({", ".join("?" * len(chunk))})
                """,
                chunk,
            )
            for row in rows:
                article = article_row(row)
                if article.show_key is not None:
                    found[article.show_key] = article
        return found

    def neighbours(self, article_id: int) -> tuple[int | None, int | None]:
        """The episodes before and after an article in navigator order within its show (the
        overview and the list are not steps between episodes): two indexed reads, whatever the
        show's size (reading the show whole cost 60 ms at 10,000 episodes, on every article
        opened)."""
        row = self.db.execute(
            f"SELECT a.show_key, {_GROUP_ORDER_KEY} FROM articles a WHERE a.id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None, None
        show_key, *place = row
        group = "a.show_key = ?" if show_key is not None else "a.show_key IS NULL"
        found = []
        for sign, direction in (("<", "DESC"), (">", "ASC")):
            order = ", ".join(f"{part} {direction}" for part in _GROUP_ORDER_PARTS)
            neighbour = self._scalar(
                f"SELECT a.id FROM articles a WHERE {group} AND a.kind = 'episode' "
                f"AND ({_GROUP_ORDER_KEY}) {sign} (?, ?, ?, ?, ?, ?) ORDER BY {order} LIMIT 1",
                [*([show_key] if show_key is not None else []), *place],
            )
            found.append(neighbour)
        return found[0], found[1]

    def next_episodes(self) -> dict[str, tuple[str, ArticleRow | None]]:
        """Up Next in one query: for each show with a play in its current pass, (the time of
        its latest play there, '' when unknown; its next episode or None when finished). The
        next is the first unwatched episode after the last one watched in broadcast order,
        else the first unwatched one left. Costs what the shows in progress hold near their
        places, never a read of every episode."""
        watched_in_pass = (
            "EXISTS (SELECT 1 FROM watch_events v WHERE v.article_key = e.key AND "
            + IN_CURRENT_PASS.format(play="v", current="lw.pass")
            + ")"
        )
        # An episode's place in broadcast order as one number, (season IS NULL, season,
        # position): unique in a show, since positions count from 0 within each season.
        place = (
            "(e.place_season IS NULL) * {big} + COALESCE(e.place_season, 0) * {step} + e.position"
        )
        place = place.format(big=_PLACE_NULL_SEASON, step=_PLACE_SEASON)
        order = "e.place_season IS NULL, e.place_season, e.position, e.title COLLATE NOCASE"
        in_pass = IN_CURRENT_PASS.format(play="w", current="p.uid")
        rows = self.db.execute(
            f"""
            WITH cp AS MATERIALIZED (SELECT show_key, uid FROM current_pass),  -- once
            lw AS (
                SELECT e.show_key, MAX({place}) AS place,
                       MAX(COALESCE(w.watched_at, '')) AS latest, p.uid AS pass
                FROM watch_events w
                CROSS JOIN articles e ON e.key = w.article_key  -- from the plays: fewer
                LEFT JOIN cp p ON p.show_key = e.show_key
                WHERE e.kind = 'episode' AND e.show_key IS NOT NULL
                  AND {in_pass}
                GROUP BY e.show_key
            )
            SELECT lw.show_key, lw.latest, COALESCE(
                (SELECT e.id FROM articles e WHERE e.show_key = lw.show_key
                 AND e.kind = 'episode' AND {place} > lw.place AND NOT {watched_in_pass}
                 ORDER BY {order} LIMIT 1),
                (SELECT e.id FROM articles e WHERE e.show_key = lw.show_key
                 AND e.kind = 'episode' AND NOT {watched_in_pass}
                 ORDER BY {order} LIMIT 1))
            FROM lw
            """
        ).fetchall()
        ids = [article_id for _, _, article_id in rows if article_id is not None]
        found: dict[int, ArticleRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT {_ROW_COLUMNS} FROM articles a LEFT JOIN shows s ON s.key = a.show_key "
                f"WHERE a.id IN ({marks})",
                chunk,
            ):
                article = article_row(row)
                found[article.id] = article
        return {
            show_key: (latest, found.get(article_id) if article_id is not None else None)
            for show_key, latest, article_id in rows
        }

    def groups_matching(self, text: str = "", unwatched_only: bool = False) -> set[str | None]:
        """Show keys (None: outside any show) that hold at least one article passing a filter."""
        clauses: list[str] = []
        params: list[Any] = []
        self._filter_clauses(text, unwatched_only, clauses, params)
        if not clauses:  # every group: the shows (remembered), and whether any is outside
            outside = self._scalar("SELECT 1 FROM articles WHERE show_key IS NULL LIMIT 1")
            shows: set[str | None] = {show.key for show in self.shows()}
            return shows | ({None} if outside else set())
        where = f"WHERE {' AND '.join(clauses)}"
        rows = self.db.execute(f"SELECT DISTINCT a.show_key FROM articles a {where}", params)
        return {row[0] for row in rows}

    @staticmethod
    def _filter_clauses(
        text: str, unwatched_only: bool, clauses: list[str], params: list[Any]
    ) -> None:
        for word in text.split():  # keys are folded titles and show names: no lower() needed
            clauses.append(
                "(instr(a.key, ?) OR instr(COALESCE(a.show_key, ''), ?) OR "
                "(a.display_title <> a.title AND instr(lower(a.display_title), ?)))"
            )
            params.extend([word.casefold(), word.casefold(), word.lower()])
        if unwatched_only:
            clauses.append(f"a.kind IN ('episode', 'other') AND NOT {WATCHED}")  # films too

    def episode_keys(
        self, show_key: str, season: int | None = None, *, whole_show: bool = True
    ) -> list[str]:
        """Episode identities of a show (or of one season of it), in navigator order."""
        rows = self.rows(show_key)
        return [
            r.key
            for r in rows
            if r.kind == Kind.EPISODE and (whole_show or r.place_season == season)
        ]

    def running_times_left(self, show_key: str) -> list[str | None]:
        """The Running time as written of each episode of a show not watched in its current
        pass (None where it has none): what is left to its end."""
        rows = self.db.execute(
            "SELECT (SELECT i.value FROM infobox i WHERE i.article_id = a.id "
            "AND i.norm_key = 'runningtime' ORDER BY i.ord LIMIT 1) FROM articles a "
            f"WHERE a.show_key = ? AND a.kind = 'episode' AND NOT {WATCHED}",
            [show_key],
        )
        return [value for (value,) in rows]

    def unwatched_episodes(self, ids: list[int]) -> dict[int, str]:
        """Of these articles, the episodes not watched in their show's current pass, each
        with its number as a code ("S01E02"), which stands for it when its title is hidden."""
        if not ids:
            return {}
        from guide.core.library.plays import episode_code

        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            "SELECT a.id, a.season, a.episode, a.episode_label FROM articles a "
            f"WHERE a.id IN ({marks}) AND a.kind = 'episode' AND NOT {WATCHED}",
            ids,
        )
        return {row[0]: episode_code(row[1], row[2], row[3]) for row in rows}
