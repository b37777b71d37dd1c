"""A throw-away PostgreSQL cluster for the office store's tests (#22): real server, no mocks.

Once per test session (with xdist, once per worker: each gets its own folder and port) it runs
initdb in a temp folder, starts the server on 127.0.0.1 and a free port (its unix socket in that
folder too), migrates a template database once, and hands each test a fresh database copied
from it (CREATE DATABASE ... TEMPLATE: a few milliseconds instead of migrating again).

As root (CI, this machine) the server runs as the `postgres` OS user (initdb and postgres refuse
root): the folder is chowned to it and each command goes through `runuser -u postgres --`.

PostgreSQL's binaries are looked for in $FACTURAS_PG_BIN, else on PATH (pg_ctl), else in
/usr/lib/postgresql/*/bin (Debian's `postgresql` package, which `.ci/run` installs). Missing
binaries FAIL the tests that need them when the environment variable CI or FACTURAS_REQUIRE_PG is
set (CI must never silently skip the office store), and SKIP them otherwise (a developer's
machine without PostgreSQL).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

APT_PACKAGE = "postgresql"  # .ci/run's APT_PACKAGES names it
SUPERUSER = "postgres"
TEMPLATE_DB = "facturas_template"
_SERVER_SETTINGS = (  # a throw-away cluster: durability off, speed on
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
)


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: $FACTURAS_PG_BIN if set, else PATH, else Debian's
    newest versioned folder."""
    chosen = os.environ.get("FACTURAS_PG_BIN")
    if chosen is not None:
        return Path(chosen) if (Path(chosen) / "pg_ctl").exists() else None
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def require_or_skip(reason: str) -> None:
    """FAIL under CI / FACTURAS_REQUIRE_PG, SKIP elsewhere."""
    if os.environ.get("CI") or os.environ.get("FACTURAS_REQUIRE_PG"):
        pytest.fail(f"{reason}: install Debian's `{APT_PACKAGE}` package (.ci/run does)", pytrace=False)
    pytest.skip(f"{reason} (install `{APT_PACKAGE}`; set FACTURAS_REQUIRE_PG=1 to make this fail)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    """One running cluster; `database()` makes a fresh copy of the migrated template."""

    bin_dir: Path
    root: Path
    port: int = 0
    start_seconds: float = 0.0
    _names: Iterator[int] = field(default_factory=itertools.count)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = (self.root / "server.log").read_text() if (self.root / "server.log").exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip()}\n{log[-2000:]}")

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 {_SERVER_SETTINGS}"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
                  "-w", "-t", "60", "start")  # fmt: skip

    def stop(self, mode: str = "immediate") -> None:
        """immediate: the end of the session (durability is off, nothing to keep); fast: a server
        shut down under its clients (what was committed stays, open transactions are cut off)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def admin(self, sql: str) -> None:
        """One statement on the maintenance database, outside a transaction (CREATE DATABASE)."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]  (test-made names, no user input)

    def prepare_template(self) -> None:
        import psycopg

        from facturas_app.storage.postgres.migrate import migrate

        self.admin(f"CREATE DATABASE {TEMPLATE_DB}")
        with psycopg.connect(self.url(TEMPLATE_DB)) as conn:
            migrate(conn)

    def database(self, template: str = TEMPLATE_DB) -> str:
        """A new database copied from `template` (template0: an empty one); returns its name."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return name

    def drop(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _make_root() -> Path:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    root = Path(tempfile.mkdtemp(prefix=f"facturas-pg-{worker}-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam(SUPERUSER)
        os.chown(root, user.pw_uid, user.pw_gid)
    return root


def _server_user_missing() -> bool:
    if os.geteuid() != 0:
        return False
    try:
        pwd.getpwnam(SUPERUSER)
    except KeyError:
        return True
    return shutil.which("runuser") is None


def _started(server: PgServer, attempts: int = 3) -> PgServer:
    """Start on a free port; another process may take the port between the probe and the start."""
    for attempt in range(attempts):
        server.port = free_port()
        try:
            server.start()
            return server
        except RuntimeError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


@contextmanager
def running_server() -> Iterator[PgServer]:
    """The session's cluster, migrated template ready; stopped and deleted afterwards."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        require_or_skip("PostgreSQL's binaries (initdb, pg_ctl) were not found")
    if _server_user_missing():
        require_or_skip(f"running as root needs the `{SUPERUSER}` OS user and runuser")
    assert bin_dir is not None
    server = PgServer(bin_dir=bin_dir, root=_make_root())
    began = time.perf_counter()
    try:
        server.init()
        _started(server)
        server.start_seconds = time.perf_counter() - began
        server.prepare_template()
        yield server
    finally:
        if (server.data / "postmaster.pid").exists():
            server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
