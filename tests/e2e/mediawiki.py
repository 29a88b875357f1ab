"""A real MediaWiki on 127.0.0.1 for the end-to-end tests of `guide get`: Debian's
mediawiki package installed into a temporary folder (SQLite, no Apache), the fixture pages
imported with its own maintenance script, served by PHP's built-in server on a free port;
started by the tests that need it and stopped by its pid."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.syncthing import free_port
from tests.wiki_server import PAGES

MEDIAWIKI = Path("/usr/share/mediawiki")


def available() -> bool:
    return (MEDIAWIKI / "maintenance" / "install.php").exists() and shutil.which("php") is not None


def _php(*args: str, cwd: Path) -> None:
    subprocess.run(["php", *args], cwd=cwd, check=True, capture_output=True, timeout=120)


@contextmanager
def running(folder: Path) -> Iterator[tuple[str, Path]]:
    """The wiki's address and its LocalSettings.php (for maintenance scripts)."""
    port = free_port()
    address = f"http://127.0.0.1:{port}"
    data = folder / "data"
    data.mkdir(parents=True)
    _php(
        str(MEDIAWIKI / "maintenance" / "install.php"),
        "--dbtype=sqlite",
        f"--dbpath={data}",
        "--dbname=wiki",
        f"--server={address}",
        "--scriptpath=",
        f"--confpath={folder}",
        "--pass=Episode-Guide-test-1",
        "--lang=en",
        "Harbour Wiki",
        "Admin",
        cwd=folder,
    )
    settings = folder / "LocalSettings.php"
    pages = folder / "pages"
    pages.mkdir()
    for page in PAGES.glob("*.wiki"):
        shutil.copy(page, pages / page.name)
    (pages / "Ebb Tide (TV episode).wiki").write_text("#REDIRECT [[Ebb Tide (Harbour Watch)]]\n")
    _php(
        str(MEDIAWIKI / "maintenance" / "importTextFiles.php"),
        "--conf",
        str(settings),
        *sorted(str(p) for p in pages.glob("*.wiki")),
        cwd=folder,
    )
    server = subprocess.Popen(
        ["php", "-S", f"127.0.0.1:{port}", "-t", str(MEDIAWIKI)],
        cwd=folder,
        env={**os.environ, "MW_CONFIG_FILE": str(settings)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(
                    f"{address}/api.php?action=query&format=json", timeout=5
                ):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield address, settings
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def edit(settings: Path, title: str, text: str) -> None:
    """A new revision of a page, as an editor would save it."""
    subprocess.run(
        ["php", str(MEDIAWIKI / "maintenance" / "edit.php"), "--conf", str(settings), title],
        input=text.encode(),
        check=True,
        capture_output=True,
        timeout=60,
    )
