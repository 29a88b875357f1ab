"""The library: one SQLite file that owns every article and all personal data.

All SQL of the application lives in this package. Every write is a transaction
(``db.atomic()``); the schema is versioned and migrated forward on open (see
:mod:`guide.core.library.schema`). The Library is made of parts, each a module:
``lifecycle`` (the connection, transactions, opening and checking), ``managers`` (personal
data), ``articles``, ``navigation`` (shows, seasons, broadcast order) and ``search``; what it
answers with is in ``records``.
"""

from __future__ import annotations

from guide.core.library.articles import Articles
from guide.core.library.search import Search

__all__ = ["Library"]


class Library(Articles, Search):
    """An open library file. Not thread-safe: open one Library per thread.

    The library keeps the connection, the transactions and the lifecycle, and the articles;
    each noun of personal data has its manager (``library.plays``, ``library.passes``,
    ``library.notes``, ``library.searches``, ``library.times``), in the manner of Anki's
    collection."""
