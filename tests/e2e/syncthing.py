"""Two real Syncthing daemons on this machine for the sync tests: each with its own home and
ports on 127.0.0.1, discovery, relays, NAT, usage reports and upgrades off, sharing one
folder; started by the test that needs them and stopped by their pids."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "episode-guide"


def available() -> bool:
    return shutil.which("syncthing") is not None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Daemon:
    home: Path
    folder: Path
    device_id: str
    port: int
    gui_port: int
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = os.environ | {"STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1", "HOME": str(self.home)}
        self.process = subprocess.Popen(
            [
                "syncthing",
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                f"--logfile={self.home / 'syncthing.log'}",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        pid = self.process.pid
        try:
            os.kill(pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with _Quietly():
                os.kill(pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None


class _Quietly:
    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, *_: object) -> bool:
        return kind is ProcessLookupError


def generate(home: Path, folder: Path) -> Daemon:
    home.mkdir(parents=True)
    folder.mkdir(parents=True)
    result = subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ | {"HOME": str(home)},
    )
    found = re.search(r"Device ID: ([A-Z0-9-]+)", result.stdout + result.stderr)
    assert found, result.stdout + result.stderr
    return Daemon(home, folder, found.group(1), free_port(), free_port())


def configure(daemon: Daemon, peer: Daemon) -> None:
    """Loopback only: listen on 127.0.0.1, know the peer by its address, share one folder."""
    path = daemon.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    assert options is not None
    settings = {
        "listenAddress": f"tcp://127.0.0.1:{daemon.port}",
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "false",
        "relaysEnabled": "false",
        "natEnabled": "false",
        "startBrowser": "false",
        "urAccepted": "-1",
        "autoUpgradeIntervalH": "0",
        "crashReportingEnabled": "false",
    }
    for name, value in settings.items():
        element = options.find(name)
        if element is None:
            element = ET.SubElement(options, name)
        element.text = value
    gui = root.find("gui")
    assert gui is not None
    address = gui.find("address")
    assert address is not None
    address.text = f"127.0.0.1:{daemon.gui_port}"
    peer_element = ET.SubElement(
        root,
        "device",
        {"id": peer.device_id, "name": "peer", "compression": "metadata", "introducer": "false"},
    )
    ET.SubElement(peer_element, "address").text = f"tcp://127.0.0.1:{peer.port}"
    folder = ET.SubElement(
        root,
        "folder",
        {
            "id": FOLDER_ID,
            "label": FOLDER_ID,
            "path": str(daemon.folder),
            "type": "sendreceive",
            "rescanIntervalS": "1",
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": "1",
        },
    )
    for device_id in (daemon.device_id, peer.device_id):
        ET.SubElement(folder, "device", {"id": device_id})
    tree.write(path)


def pair(root: Path) -> tuple[Daemon, Daemon]:
    a = generate(root / "a" / "home", root / "a" / "folder")
    b = generate(root / "b" / "home", root / "b" / "folder")
    configure(a, b)
    configure(b, a)
    return a, b


def wait_for(condition, timeout: float = 90.0, step: float = 0.25) -> float:
    """Seconds until ``condition()`` held; AssertionError after ``timeout``."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(step)
    raise AssertionError(f"not within {timeout:.0f} s")
