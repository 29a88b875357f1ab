"""Schema steps 17 on (each released step is kept as it was released)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def _v17_smaller_articles(db: Database) -> None:
    """Three indexes began with the show: articles_show (show_key, place_season, position),
    articles_show_kind (show_key, kind, key) and articles_broadcast. The broadcast order,
    with the key at its end, answers every query the other two did, covered as before (a
    show's seasons counted now sorts that one show's rows): 1.5 MB of a 20,000-article
    library, given back for 0.4 MB. And ``imported_at``, which nothing ever read (0.5 MB)."""
    db.execute("DROP INDEX IF EXISTS articles_show")
    db.execute("DROP INDEX IF EXISTS articles_show_kind")
    db.execute("DROP INDEX IF EXISTS articles_broadcast")
    db.execute(
        "CREATE INDEX articles_broadcast ON articles "
        "(show_key, kind, place_season IS NULL, place_season, position, title COLLATE NOCASE, "
        "key)"
    )
    db.execute("ALTER TABLE articles DROP COLUMN imported_at")  # SQLite 3.35 (OLDEST_SQLITE)


STEPS: list[Callable[[Database], None]] = [_v17_smaller_articles]
