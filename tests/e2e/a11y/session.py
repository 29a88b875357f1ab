"""A desktop session for a screen reader's view of the app: Xvfb, a session D-Bus, the AT-SPI
bus, and `episode-guide` with accessibility on; started by the test that needs them and stopped
by their pids. The client (client.py) runs under the system Python, where Debian's pyatspi is."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
CLIENT = Path(__file__).with_name("client.py")


def missing() -> str | None:
    """What this machine lacks for the test (the Debian packages .ci/run installs), or None."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"needs {tool}"
    if not Path(BUS_LAUNCHER).exists():
        return "needs at-spi2-core"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "needs python3-pyatspi"
    return None


class Session:
    def __init__(self, library: Path, home: Path):
        self.library = library
        self.home = home
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}

    def _spawn(self, args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(args, env=self.env, **kwargs)  # type: ignore[call-overload]
        self.processes.append(process)
        return process

    def start(self, *app_args: str) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
        env |= {
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "NO_AT_BRIDGE": "0",
        }
        (self.home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env = env
        read, write = os.pipe()
        self._spawn(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        env["DISPLAY"] = f":{display}"
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self._spawn(
            [BUS_LAUNCHER, "--launch-immediately"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.5)
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (read when the client fails)
        self._spawn(
            [sys.executable, "-m", "guide.gui.app", "--library", str(self.library), *app_args],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def client(self, *args: str, timeout: float = 120) -> dict:
        """Run the AT-SPI client; its last line of output is a JSON report."""
        done = subprocess.run(
            [SYSTEM_PYTHON, str(CLIENT), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            self.log.seek(0)
            raise AssertionError(
                f"the AT-SPI client failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n"
                f"app:\n{self.log.read().decode(errors='replace')}"
            )
        return json.loads(done.stdout.strip().splitlines()[-1])

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.kill(process.pid, signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    os.kill(process.pid, signal.SIGKILL)
                    process.wait()
            if process.stdout is not None:  # the bus's address pipe
                process.stdout.close()
        self.processes.clear()
        self.log.close()
