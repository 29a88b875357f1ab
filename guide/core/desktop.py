"""Desktop integration: install the launcher entry, icons and metainfo into the user's XDG
data folder, and remove exactly what was installed."""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib import resources
from pathlib import Path

from guide.core.paths import data_dir

APP_ID = "io.github.episodeguide.EpisodeGuide"
MANIFEST = "desktop-install.json"


def xdg_data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _resource(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def launcher_command() -> str:
    """The absolute path of `episode-guide` when it can be found, else the bare name."""
    beside = Path(sys.executable).with_name("episode-guide")
    found = shutil.which("episode-guide") or (str(beside) if beside.exists() else None)
    return found or "episode-guide"


def planned_files(extra: dict[str, str] | None = None) -> dict[Path, Path | str]:
    """Destination -> source file (or text to write). ``extra``: more files to write, by
    their path under the XDG data folder (the manual page, which the CLI makes)."""
    target = xdg_data_home()
    entry = _resource("guide.resources", "desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    command = launcher_command()
    entry = entry.replace("Exec=episode-guide", f"Exec={_quote(command)}")
    files: dict[Path, Path | str] = {
        target / "applications" / f"{APP_ID}.desktop": entry,
        target / "metainfo" / f"{APP_ID}.metainfo.xml": _resource(
            "guide.resources", "desktop", f"{APP_ID}.metainfo.xml"
        ),
        target / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": _resource(
            "guide.resources", "icons", f"{APP_ID}.svg"
        ),
    }
    hicolor = _resource("guide.resources", "icons", "hicolor")
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        size = png.parent.parent.name
        files[target / "icons" / "hicolor" / size / "apps" / png.name] = png
    for relative, text in (extra or {}).items():
        files[target / relative] = text
    return files


def _quote(command: str) -> str:
    return f'"{command}"' if " " in command else command


def install(extra: dict[str, str] | None = None) -> list[Path]:
    installed = []
    for destination, source in planned_files(extra).items():
        destination.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            shutil.copyfile(source, destination)
        else:
            destination.write_text(source, encoding="utf-8")
        installed.append(destination)
    manifest = data_dir() / MANIFEST
    manifest.parent.mkdir(parents=True, exist_ok=True)
    known = set(_read_manifest(manifest))
    manifest.write_text(json.dumps(sorted(known | {str(p) for p in installed}), indent=1))
    return installed


def uninstall() -> list[Path]:
    """Remove exactly the files install() wrote (as its manifest lists them)."""
    manifest = data_dir() / MANIFEST
    removed = []
    for name in _read_manifest(manifest):
        path = Path(name)
        if path.is_file():
            path.unlink()
            removed.append(path)
    manifest.unlink(missing_ok=True)
    return removed


def _read_manifest(manifest: Path) -> list[str]:
    try:
        data = json.loads(manifest.read_text())
    except (OSError, ValueError):
        return []
    return [str(p) for p in data] if isinstance(data, list) else []
