"""One window per library: a second launch hands its files to the running one.

The running app listens on a QLocalServer named for the user and the library; a new launch
first tries to connect, and if someone answers, sends its files and quits. Only one process
ever writes a library from the GUI.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def server_name(library_path: Path) -> str:
    digest = hashlib.sha1(str(library_path.resolve()).encode()).hexdigest()[:12]
    return f"episode-guide-{getpass.getuser()}-{digest}"


def hand_over(name: str, files: list[str]) -> bool:
    """Send files to a running instance; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps({"files": files}).encode())
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches; emits the files each one hands over."""

    files_received = Signal(list)

    def __init__(self, name: str, parent: Any = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket from a crash
            self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            files = _read_files(socket)
            socket.disconnectFromServer()
            socket.deleteLater()
            if files is not None:
                self.files_received.emit(files)


def _read_files(socket: QLocalSocket) -> list[str] | None:
    """Read one message (a few hundred bytes, already on its way) without signal handlers."""
    buffer = bytearray()
    for _ in range(20):
        if socket.bytesAvailable() or socket.waitForReadyRead(TIMEOUT_MS // 10):
            buffer.extend(bytes(socket.readAll().data()))
        try:
            message = json.loads(bytes(buffer))
        except ValueError:
            if (
                socket.state() != QLocalSocket.LocalSocketState.ConnectedState
                and not socket.bytesAvailable()
            ):
                return None
            continue
        files = message.get("files", []) if isinstance(message, dict) else []
        return [str(f) for f in files]
    return None
