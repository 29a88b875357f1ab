"""The sample articles bundled with the app (resources/samples)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def samples_dir() -> Path:
    """The folder of bundled sample articles."""
    folder = resources.files("guide.resources") / "samples"
    return Path(str(folder))


def sample_files() -> list[Path]:
    return sorted(p for p in samples_dir().iterdir() if p.suffix == ".txt")
