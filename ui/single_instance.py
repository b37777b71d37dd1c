"""One GUI per user: a second instance asks the first to come to the front, then exits.

The first instance listens on a QLocalServer (a Unix socket / Windows named pipe private to the
user). A later instance connects, sends "activate" and gets False from acquire_single_instance.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger("facturas.ui.single_instance")
ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500
_servers: list[QLocalServer] = []  # kept alive for the life of the process


def server_name(app_id: str) -> str:
    """Short and per user (socket paths are limited to ~100 bytes on Unix)."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some containers): one name for everybody is still safe
        user = "user"
    digest = hashlib.sha256(f"{app_id}|{user}".encode()).hexdigest()[:16]
    return f"facturas-{digest}"


def _ask_first_instance(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def _listen(name: str, on_activate: Callable[[], None]) -> QLocalServer | None:
    server = QLocalServer(QCoreApplication.instance())
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        QLocalServer.removeServer(name)  # a socket file left behind by a crashed instance
        if not server.listen(name):
            log.warning("single instance: cannot listen on %s: %s", name, server.errorString())
            return None

    def accept() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            _on_message(connection, on_activate)

    server.newConnection.connect(accept)
    return server


def _on_message(connection: QLocalSocket, on_activate: Callable[[], None]) -> None:
    received = bytearray()

    def read() -> None:
        received.extend(bytes(connection.readAll().data()))
        if ACTIVATE.strip() in received:
            received.clear()
            on_activate()

    connection.readyRead.connect(read)
    connection.disconnected.connect(connection.deleteLater)
    if connection.bytesAvailable():
        read()


def acquire_single_instance(app_id: str, on_activate: Callable[[], None]) -> bool:
    """True: this is the first instance (it now listens). False: another one was asked to show
    itself; the caller should exit. Needs a Q(Core)Application."""
    name = server_name(app_id)
    if _ask_first_instance(name):
        return False
    server = _listen(name, on_activate)
    if server is not None:
        _servers.append(server)
    return True


def release_single_instance() -> None:
    """Stop listening (tests, or before a restart)."""
    while _servers:
        server = _servers.pop()
        server.close()
        server.deleteLater()


def bring_to_front(window: QWidget) -> Callable[[], None]:
    """An on_activate for the main window: un-minimise, raise and focus it."""

    def activate() -> None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    return activate


__all__ = ["acquire_single_instance", "bring_to_front", "release_single_instance", "server_name"]
