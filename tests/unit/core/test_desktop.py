"""Desktop integration files: installed where XDG says, removed exactly."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

from guide.core import desktop
from tests.helpers import GUIDE_COMMAND

ROOT = Path(__file__).parents[3]


def test_install_and_uninstall_exactly(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    mine = tmp_path / "share" / "applications" / "someone-else.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n")
    installed = desktop.install()
    names = {p.relative_to(tmp_path / "share").as_posix() for p in installed}
    assert f"applications/{desktop.APP_ID}.desktop" in names
    assert f"metainfo/{desktop.APP_ID}.metainfo.xml" in names
    assert f"icons/hicolor/scalable/apps/{desktop.APP_ID}.svg" in names
    for size in (16, 32, 48, 128, 256, 512):
        assert f"icons/hicolor/{size}x{size}/apps/{desktop.APP_ID}.png" in names
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(tmp_path / "share" / "applications" / f"{desktop.APP_ID}.desktop")
    assert entry["Desktop Entry"]["Exec"].endswith("%F")
    assert entry["Desktop Entry"]["Icon"] == desktop.APP_ID
    removed = desktop.uninstall()
    assert set(removed) == set(installed)
    assert all(not p.exists() for p in installed)
    assert mine.exists()  # nothing else is touched


def test_icon_pngs_have_their_sizes():
    from struct import unpack

    for png in (ROOT / "resources" / "icons" / "hicolor").glob("*/apps/*.png"):
        width, height = unpack(">II", png.read_bytes()[16:24])
        assert f"{width}x{height}" == png.parent.parent.name


def test_python_dash_m_guide_and_version():
    from guide import __version__

    result = subprocess.run(
        [*GUIDE_COMMAND, "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"guide {__version__}" and __version__ != "0+unknown"
