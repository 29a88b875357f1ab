"""The sample articles bundled with the app (resources/samples)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.core.library import Library


def samples_dir() -> Path:
    """The folder of bundled sample articles."""
    folder = resources.files("guide.resources") / "samples"
    return Path(str(folder))


def sample_files() -> list[Path]:
    return sorted(p for p in samples_dir().iterdir() if p.suffix == ".txt")


# The bytes earlier versions shipped, by article key: a library made then still has its
# samples counted as samples (Heartstopper Forever gained its credit after 0.1.0).
EARLIER = {"heartstopper forever": frozenset({"208a462fb499b52ac92282b1021ed72e"})}


def sample_keys(library: Library) -> list[str]:
    """The articles of the library that are the bundled samples as shipped: found by their
    keys (an indexed read of ten rows, for Continue Watching on every refresh), then their
    bytes (the hash the import stored), so a sample the person edited counts as their own."""
    shipped = _shipped()
    if not shipped:
        return []
    marks = ", ".join("?" * len(shipped))
    rows = library.db.execute(
        f"SELECT key, content_hash FROM articles WHERE key IN ({marks}) ORDER BY key",
        list(shipped),
    )
    return [
        key for key, digest in rows if shipped.get(key) == digest or digest in EARLIER.get(key, ())
    ]


@cache
def _shipped() -> dict[str, str]:
    """Each bundled sample's article key -> the hash of its bytes (read once a process)."""
    from guide.core.article import fold_title
    from guide.core.article.parsing import parse
    from guide.core.importing.articles import digest_of  # the importer only when this is asked

    found = {}
    for path in sample_files():
        data = path.read_bytes()
        article = parse(data).article
        if article is not None:
            found[fold_title(article.title)] = digest_of(data)
    return found
