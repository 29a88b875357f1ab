"""SQL rules that several queries share, written once."""

from __future__ import annotations

from guide.core.article import Kind
from guide.core.article.airdates import parse_airdate

# "Watched in the show's current pass": a play counts in the pass it names (chosen when it
# was recorded); a play that names none belongs to the first watch, which is current while
# the show has no rewatch. Format with the play's table alias and an expression for the
# show's current pass id (NULL when it has none).
IN_CURRENT_PASS = "{play}.pass_uid IS {current}"

# The current pass of the show of the article aliased ``a``.
CURRENT_PASS_OF_ARTICLE = (
    "(SELECT q.uid FROM passes q WHERE q.show_key = a.show_key "
    "ORDER BY q.started_at DESC, q.uid DESC LIMIT 1)"
)

SHOW_FIGURES = """
    SELECT s.key, s.name,
        (SELECT COUNT(*) FROM articles a WHERE a.show_key = s.key AND a.kind = 'episode')
            AS episodes,
        (SELECT COUNT(DISTINCT a.key) FROM articles a
         JOIN watch_events w ON w.article_key = a.key
         WHERE a.show_key = s.key AND a.kind = 'episode' AND w.pass_uid IS p.uid) AS watched,
        COALESCE(p.number, 1) AS pass
    FROM shows s LEFT JOIN current_pass p ON p.show_key = s.key"""
# Shows whose figures are not in show_counts (see schema v11): a missing row is counted alike
# whether a transaction fills it or a reader meets it.
UNCOUNTED_SHOWS = f"{SHOW_FIGURES} WHERE s.key NOT IN (SELECT show_key FROM show_counts)"


# Navigator order: shows by name; in a show the overview, the list, numbered seasons, the rest.
ROW_ORDER = """
    ORDER BY s.name IS NULL, s.name COLLATE NOCASE, a.show_key,
             CASE a.kind WHEN 'overview' THEN 0 WHEN 'list' THEN 1 ELSE 2 END,
             a.place_season IS NULL, a.place_season, a.position,
             a.title COLLATE NOCASE
"""


# Watched in the show's current pass, row by row through the (article_key, watched_at)
# index; reading the whole watched_now view for each list cost 50 ms with 5,000 plays.
WATCHED = f"""EXISTS (SELECT 1 FROM watch_events w WHERE w.article_key = a.key
    AND {IN_CURRENT_PASS.format(play="w", current=CURRENT_PASS_OF_ARTICLE)})"""


# An article's rating; an overview's or a list's is its show's (as ArticleRecord.rating).
RATING = f"""(SELECT r.rating FROM ratings r WHERE r.rating > 0 AND (
    (r.on_show = 0 AND r.key = a.key)
    OR (r.on_show = 1 AND {Kind.for_show_sql("a.kind")} AND r.key = a.show_key)))"""


def airdate_iso(text: object) -> str | None:
    """SQL airdate_iso(airdate): the first day an airdate means, as ISO text, or NULL."""
    day = parse_airdate(text) if isinstance(text, str) else None
    return day.isoformat() if day is not None else None
