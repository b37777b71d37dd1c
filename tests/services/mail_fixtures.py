"""Real SMTP servers (aiosmtpd and scripted raw sockets), TLS from a trustme CA, keyring backends.

Import the fixtures into a test module: `from tests.services.mail_fixtures import ...`.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import keyring
import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from keyring.backend import KeyringBackend
from keyring.compat import properties

from facturas_app.services.mail import MailSettings

SMTP_USER = "laura@example.test"
SMTP_PASSWORD = "s3cret-ñ-passwörd"
REFUSED_RECIPIENT = "nobody@example.test"
GREYLISTED_RECIPIENT = "greylisted@example.test"
SERVER_HOST = "127.0.0.1"


# --- TLS ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def trustme_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def server_tls_context(trustme_ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme_ca.issue_cert(SERVER_HOST, "localhost").configure_cert(context)
    return context


@pytest.fixture(scope="session")
def trusting_context_factory(trustme_ca: trustme.CA) -> Callable[[], ssl.SSLContext]:
    """What production does (create_default_context), plus trust in the test CA only."""

    def factory() -> ssl.SSLContext:
        context = ssl.create_default_context()
        trustme_ca.configure_trust(context)
        return context

    return factory


def mail_settings(port: int, **overrides: Any) -> MailSettings:
    values: dict[str, Any] = {
        "host": SERVER_HOST,
        "port": port,
        "security": "starttls",
        "user": SMTP_USER,
        "from_address": "facturas@example.test",
        "from_name": "Laura Gómez",
        "timeout_s": 5.0,
    }
    return MailSettings(**(values | overrides))


# --- aiosmtpd -------------------------------------------------------------------------------


@dataclass
class RecordingHandler:
    """Keeps every accepted message; refuses REFUSED_RECIPIENT like a real server would."""

    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address == REFUSED_RECIPIENT:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address == GREYLISTED_RECIPIENT:
            return "451 4.7.1 Greylisted, please try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 2.0.0 Ok: queued as TEST1"


def _authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data == (SMTP_USER.encode(), SMTP_PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


class RecordingSMTP(SMTP):
    """aiosmtpd's SMTP that notes the verb of every command it dispatches, in order."""

    def __init__(self, handler: Any, *, commands: list[str], **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._smtp_methods = {
            verb: _recorded(verb, method, commands) for verb, method in self._smtp_methods.items()
        }


def _recorded(verb: str, method: Callable[[str], Any], commands: list[str]) -> Callable[[str], Any]:
    async def wrapper(arg: str) -> Any:
        commands.append(verb)
        return await method(arg)

    return wrapper


class RecordingController(Controller):
    def __init__(self, handler: RecordingHandler, commands: list[str], **kwargs: Any) -> None:
        self.commands = commands
        super().__init__(
            handler, hostname=SERVER_HOST, port=free_port(), server_hostname="localhost", **kwargs
        )

    def factory(self) -> SMTP:
        return RecordingSMTP(self.handler, commands=self.commands, **self.SMTP_kwargs)


@dataclass
class SmtpServer:
    port: int
    handler: RecordingHandler
    commands: list[str]

    @property
    def envelopes(self) -> list[Envelope]:
        return self.handler.envelopes


def free_port() -> int:
    # aiosmtpd 1.4 cannot listen on port 0 (it connects to its own port to start), so pick one.
    with socket.socket() as probe:
        probe.bind((SERVER_HOST, 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_smtp_server(handler: RecordingHandler | None = None, **smtp_kwargs: Any) -> Iterator[SmtpServer]:
    handler, commands = handler or RecordingHandler(), list[str]()
    controller = RecordingController(handler, commands, authenticator=_authenticate, **smtp_kwargs)
    controller.start()
    try:
        yield SmtpServer(controller.port, handler, commands)
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(server_tls_context: ssl.SSLContext) -> Iterator[SmtpServer]:
    """A strict server: STARTTLS required before anything else, AUTH required, AUTH only under TLS."""
    with running_smtp_server(
        tls_context=server_tls_context, require_starttls=True, auth_required=True, auth_require_tls=True
    ) as server:
        yield server


@pytest.fixture
def implicit_tls_server(server_tls_context: ssl.SSLContext) -> Iterator[SmtpServer]:
    """TLS from the first byte (port 465 style), AUTH required."""
    # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; here the whole connection is TLS.
    with running_smtp_server(
        ssl_context=server_tls_context, auth_required=True, auth_require_tls=False
    ) as server:
        yield server


@pytest.fixture
def cleartext_auth_server() -> Iterator[SmtpServer]:
    """No STARTTLS on offer, yet happy to take AUTH in clear: what a downgrade attack looks like."""
    with running_smtp_server(tls_context=None, auth_required=True, auth_require_tls=False) as server:
        yield server


# --- scripted raw-socket servers ------------------------------------------------------------

Behaviour = Literal["silent", "drop_after_data"]


class ScriptedSmtpServer:
    """Speaks just enough SMTP (with STARTTLS) to misbehave on purpose at one precise moment."""

    def __init__(self, behaviour: Behaviour, tls_context: ssl.SSLContext) -> None:
        self.behaviour = behaviour
        self.commands: list[str] = []
        self.data_received = threading.Event()  # the whole DATA payload, terminator included
        self._tls_context = tls_context
        self._stop = threading.Event()
        self._listener = socket.create_server((SERVER_HOST, 0))
        self._listener.settimeout(0.1)
        self.port = int(self._listener.getsockname()[1])
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _peer = self._listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                if self.behaviour == "silent":
                    self._stop.wait(10)  # accept, then say nothing at all
                else:
                    with contextlib.suppress(OSError):
                        self._converse(conn)

    def _converse(self, conn: socket.socket) -> None:
        conn.sendall(b"220 scripted.test ESMTP\r\n")
        stream = conn.makefile("rb")
        while line := stream.readline():
            verb = line.split(b" ", 1)[0].strip().upper().decode("ascii", "replace")
            self.commands.append(verb)
            if verb == "STARTTLS":
                conn.sendall(b"220 2.0.0 Ready to start TLS\r\n")
                conn = self._tls_context.wrap_socket(conn, server_side=True)
                stream = conn.makefile("rb")
            elif verb == "DATA":
                conn.sendall(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                _read_until_terminator(stream)
                self.data_received.set()
                return  # hang up without the 250: the client cannot know what happened
            else:
                conn.sendall(_reply_to(verb, tls=isinstance(conn, ssl.SSLSocket)))


def _reply_to(verb: str, *, tls: bool) -> bytes:
    if verb == "EHLO":
        extension = b"AUTH PLAIN" if tls else b"STARTTLS"
        return b"250-scripted.test\r\n250 " + extension + b"\r\n"
    return {"AUTH": b"235 2.7.0 Authentication successful\r\n", "QUIT": b"221 Bye\r\n"}.get(
        verb, b"250 OK\r\n"
    )


def _read_until_terminator(stream: Any) -> None:
    while (line := stream.readline()) and line != b".\r\n":
        pass


@pytest.fixture
def scripted_server(
    server_tls_context: ssl.SSLContext,
) -> Iterator[Callable[[Behaviour], ScriptedSmtpServer]]:
    servers: list[ScriptedSmtpServer] = []

    def start(behaviour: Behaviour) -> ScriptedSmtpServer:
        servers.append(ScriptedSmtpServer(behaviour, server_tls_context))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A port bound but not listening: connecting is refused, with no race against other tests."""
    with socket.socket() as sock:
        sock.bind((SERVER_HOST, 0))
        yield int(sock.getsockname()[1])


# --- keyring --------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A real keyring backend (the full keyring API path) that keeps secrets in a dict."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable for keyring's automatic choice: importing this module must not change the
        # keyring other tests get. Tests install it explicitly with keyring.set_keyring.
        raise RuntimeError("test backend: install it explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class ForgetfulKeyring(MemoryKeyring):
    """Accepts every write and keeps nothing, like a misconfigured backend."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


class BrokenKeyring(MemoryKeyring):
    """Every call fails, like a locked collection or a dead D-Bus."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


@pytest.fixture
def use_keyring() -> Iterator[Callable[[KeyringBackend], KeyringBackend]]:
    """Install a backend process-wide with keyring.set_keyring, and put the old one back after."""
    previous = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)
