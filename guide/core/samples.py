"""The sample articles bundled with the app (resources/samples)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide.core.store import Library


def samples_dir() -> Path:
    """The folder of bundled sample articles."""
    folder = resources.files("guide.resources") / "samples"
    return Path(str(folder))


def sample_files() -> list[Path]:
    return sorted(p for p in samples_dir().iterdir() if p.suffix == ".txt")


def sample_keys(library: Library) -> list[str]:
    """The articles of the library that are the bundled samples as shipped: found by their
    bytes (the hash the import stored), so a sample the person edited counts as their own."""
    from guide.core.importer import digest_of  # the importer only when this is asked

    digests = [digest_of(path.read_bytes()) for path in sample_files()]
    if not digests:
        return []
    marks = ", ".join("?" * len(digests))
    rows = library.db.execute(
        f"SELECT key FROM articles WHERE content_hash IN ({marks}) ORDER BY key", digests
    )
    return [key for (key,) in rows]
