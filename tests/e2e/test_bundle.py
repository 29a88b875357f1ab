"""The PyInstaller bundle builds, includes its resources, and starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guide import __version__

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pyinstaller") is None and not _has_module("PyInstaller"):
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "episode-guide.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=900,
    )
    return work / "dist" / "episode-guide"


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def test_bundle_holds_its_resources(bundle: Path):
    internal = bundle / "_internal" / "guide"
    assert (internal / "resources" / "samples" / "heartstopper-forever.txt").exists()
    assert list((internal / "resources" / "icons" / "hicolor").glob("*/apps/*.png"))
    desktop = internal / "resources" / "desktop"
    assert (desktop / "io.github.episodeguide.EpisodeGuide.desktop").exists()
    translations = internal / "resources" / "translations"
    assert {p.name for p in translations.glob("*.qm")} >= {
        "episode-guide_en.qm",
        "episode-guide_pseudo.qm",
    }  # compiled when the bundle is built


def test_bundle_version(bundle: Path):
    result = subprocess.run(
        [str(bundle / "episode-guide"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == f"episode-guide {__version__}"


def test_bundle_opens_its_first_window_offscreen(bundle: Path, tmp_path: Path):
    """The bundled app starts on a new library seeded with the bundled samples."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop("EPISODE_GUIDE_LIBRARY", None)
    process = subprocess.Popen(
        [str(bundle / "episode-guide")], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    library = tmp_path / "data" / "episode-guide" / "library.db"
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if library.exists() and _articles(library) == 10:
                break
            time.sleep(0.1)
        assert process.poll() is None, process.stdout.read() if process.stdout else ""
        assert _articles(library) == 10
    finally:
        process.terminate()
        process.communicate(timeout=30)  # waits, and closes its pipe


def _articles(path: Path) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(path, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
