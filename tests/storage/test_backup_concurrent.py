"""Two backups at once each get their own temporary file and their own final name (issue #17: in 3
of 20 rounds no copy was made and the losers called a healthy database damaged), and the files a
killed backup or restore leaves behind are removed at the next start, and nothing else is."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from facturas_app.bootstrap import build_backup_service
from facturas_app.storage.sqlite.backup import SqliteBackups
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.cli.cli_helpers import REPO_ROOT, clean_env, seed_in_process
from tests.storage.safety_helpers import integrity

NOON = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def test_twenty_rounds_of_two_backups_in_the_same_second_both_land(tmp_path: Path) -> None:
    seed_in_process(tmp_path, issue=2)
    port = SqliteBackups(tmp_path / DB_FILENAME)
    made: list[Path] = []
    errors: list[BaseException] = []
    for round_number in range(20):
        when = NOON + dt.timedelta(seconds=round_number)  # both threads: the very same name
        start = threading.Barrier(2)

        def one(when: dt.datetime = when, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                made.append(port.create("manual", when).path)
            except BaseException as exc:  # collected: the assertion below names it
                errors.append(exc)

        threads = [threading.Thread(target=one) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(made) == 40 and len(set(made)) == 40  # no copy overwrote another
    assert all(path.exists() and integrity(path) == "ok" for path in made)
    assert not list(port.backup_dir.glob(".facturas-tmp-*"))


def test_two_backup_processes_started_together_both_succeed(tmp_path: Path) -> None:
    seed_in_process(tmp_path, issue=1)
    command = [sys.executable, "-m", "facturas_app", "--data-dir", str(tmp_path), "backup", "--json"]
    for _ in range(5):
        procs = [
            subprocess.Popen(
                command, cwd=REPO_ROOT, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(2)
        ]
        outs = [proc.communicate(timeout=120) for proc in procs]
        assert [proc.returncode for proc in procs] == [0, 0], [err for _, err in outs]
        paths = [Path(json.loads(out)["path"]) for out, _ in outs]
        assert paths[0] != paths[1] and all(integrity(path) == "ok" for path in paths)
        assert all(b"da\xc3\xb1ada" not in err for _, err in outs)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftovers_of_a_killed_run_go_at_the_next_start_and_nothing_else(tmp_path: Path) -> None:
    seed_in_process(tmp_path)
    backups = tmp_path / "backups"
    backups.mkdir(exist_ok=True)
    dead, alive = _dead_pid(), os.getpid()
    leftover = tmp_path / f".facturas-tmp-restore-{dead}-{uuid.uuid4().hex}.sqlite3"
    journal = Path(f"{leftover}-journal")
    old_backup_tmp = backups / f".facturas-tmp-backup-{dead}-{uuid.uuid4().hex}.sqlite3"
    running = tmp_path / f".facturas-tmp-restore-{alive}-{uuid.uuid4().hex}.sqlite3"  # in progress
    users = [
        tmp_path / ".facturas-tmp-notes.txt",
        tmp_path / "facturas.sqlite3.part",
        backups / "mine.sqlite3",
    ]
    for path in [leftover, journal, old_backup_tmp, running, *users]:
        path.write_bytes(b"x" * 1000)
    build_backup_service(tmp_path)  # what every start builds
    assert not leftover.exists() and not journal.exists() and not old_backup_tmp.exists()
    assert running.exists() and all(path.exists() for path in users)


def test_a_restore_killed_while_staging_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    live, other = tmp_path / "live", tmp_path / "src"
    seed_in_process(live, issue=1)
    seed_in_process(other, issue=30)
    backup = tmp_path / "copia.sqlite3"
    service = build_backup_service(other)
    service.backup_now(backup)
    command = [sys.executable, "-m", "facturas_app", "--data-dir", str(live), "restore", str(backup)]
    killed = False
    for _ in range(10):  # kill it the moment its private copy exists
        proc = subprocess.Popen(command, cwd=REPO_ROOT, env=clean_env(), stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if list(live.glob(".facturas-tmp-restore-*")):
                proc.kill()
                killed = True
                break
            time.sleep(0.001)
        proc.wait()
        if killed:
            break
    assert killed, "the restore never showed its temporary file"
    assert list(live.glob(".facturas-tmp-restore-*"))  # the kill left it behind
    build_backup_service(live)
    assert not list(live.glob(".facturas-tmp-*"))
    assert integrity(live / DB_FILENAME) == "ok"
