"""What the command-line tests share: a library holding the samples, made by `guide` itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import guide


@pytest.fixture
def lib(tmp_path: Path) -> str:
    """A library file holding the bundled samples, made by `guide samples` (a module may
    give ``lib`` its own meaning)."""
    path = str(tmp_path / "library.db")
    guide("samples", "--library", path)
    return path
