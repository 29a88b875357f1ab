"""Shared fixtures. Tests never touch the user's real library or settings."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings as hypothesis_settings

# Property tests: fewer examples while developing, more in CI (HYPOTHESIS_PROFILE=ci, which
# .ci/run sets); never a deadline (a busy machine is not a failure).
hypothesis_settings.register_profile("dev", max_examples=100, deadline=None)
hypothesis_settings.register_profile("ci", max_examples=400, deadline=None, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

from guide.core.library import Library  # noqa: E402
from tests.helpers import article_text  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every per-user folder at a temporary one, and forget EPISODE_GUIDE_LIBRARY."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("EPISODE_GUIDE_LIBRARY", raising=False)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.db") as lib:
        yield lib


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write(name, title, fields, lead=..., body=...) -> path of a new article file."""
    folder = tmp_path / "articles"

    def _write(name: str, title: str, fields: dict[str, str] | None = None, **kw: str) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(title, fields, **kw), encoding="utf-8")
        return path

    _write.folder = folder  # type: ignore[attr-defined]
    return _write


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A library file holding the bundled samples (apart from ``library``'s file)."""
    from guide.core.opening import add_samples

    path = tmp_path / "samples.db"
    with Library(path) as library:
        add_samples(library)
    return path
