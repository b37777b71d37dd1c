"""Files the user names (`-o`, a save dialog): never over the books, never half-written.

Every writer of an output file goes through `replacing` (or `write_bytes`): the target is checked
against an OutputPolicy, the content goes to a temporary file of its own (mkstemp) in the target's
folder, and only a complete file is renamed over the name (os.replace: atomic on one file system).

The policy refuses, whatever the user says: the database and its -wal/-shm/-journal files
(through a symlink or a hard link too: compared by the file they are, not by their name), an
existing file in the backups folder, and anything that is not a regular file (a folder, /dev/null,
/dev/full, a FIFO) — renaming over a device node would replace the node. Any other existing file is
only replaced when the user said so (`--overwrite`; the GUI's save dialog asks before it returns).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from facturas_app.domain.errors import Problem, ValidationFailed

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")  # SQLite's files beside the database


class OutputRefused(ValidationFailed):
    """The output path was refused before anything was written (CLI exit 2)."""

    code = "output_refused"

    def __init__(self, code: str, path: Path | str, **params: object) -> None:
        super().__init__([Problem("output", code, {"path": str(path), **params})])


@dataclass(frozen=True)
class OutputPolicy:
    """What may be written where. The default (no protected files, overwrite allowed) is what a
    confirmed save dialog means; the CLI builds one for its data folder (`for_data_dir`)."""

    overwrite: bool = True
    protected_files: tuple[Path, ...] = ()
    protected_dirs: tuple[Path, ...] = ()

    @classmethod
    def for_database(cls, db_path: Path, backup_dir: Path, overwrite: bool = False) -> OutputPolicy:
        files = tuple(_real(db_path.with_name(db_path.name + s)) for s in DATABASE_COMPANIONS)
        return cls(overwrite=overwrite, protected_files=files, protected_dirs=(_real(backup_dir),))

    def check(self, target: Path | str, *, folder_ok: bool = False) -> Path:
        """The real path to write (symlinks resolved), or OutputRefused saying why not."""
        real = _real(Path(target))
        if self._is_protected(real):
            raise OutputRefused("output_is_database", target)
        try:
            mode = os.stat(real).st_mode
        except FileNotFoundError:
            return real
        if stat.S_ISDIR(mode) and folder_ok:
            return real
        if not stat.S_ISREG(mode):
            raise OutputRefused("output_not_regular_file", target)
        if any(real.is_relative_to(folder) for folder in self.protected_dirs):
            raise OutputRefused("output_is_backup", target)
        if not self.overwrite:
            raise OutputRefused("output_exists", target)
        return real

    def make_folder(self, target: Path | str) -> Path:
        """A folder for a folder export (created if missing), never a file or device's name."""
        real = _real(Path(target))
        if self._is_protected(real) or real in self.protected_dirs:
            raise OutputRefused("output_is_database", target)
        if real.exists() and not real.is_dir():
            raise OutputRefused("output_not_a_folder", target)
        try:
            real.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _not_written(target, exc) from None
        return real

    def _is_protected(self, real: Path) -> bool:
        if real in self.protected_files:
            return True
        return any(_same_file(real, protected) for protected in self.protected_files)


ALLOW_OVERWRITE = OutputPolicy()  # a confirmed save dialog: replace a regular file, nothing else


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)  # a hard link to the database is the database
    except OSError:
        return False


@contextmanager
def replacing(target: Path | str, policy: OutputPolicy = ALLOW_OVERWRITE) -> Iterator[Path]:
    """A temporary path beside `target` to write; renamed over `target` when the block ends
    without an error, removed otherwise. The target is checked before and again just before the
    rename (something may have appeared there meanwhile)."""
    real = policy.check(target)
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    except OSError as exc:
        raise _not_written(target, exc) from None
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, policy.check(target))
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _not_written(target, exc) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _not_written(target: Path | str, exc: OSError) -> OutputRefused:
    """A full disk, a read-only or missing folder: said as such (nothing was replaced)."""
    return OutputRefused("output_not_written", target, detail=exc.strerror or type(exc).__name__)


def write_bytes(target: Path | str, data: bytes, policy: OutputPolicy = ALLOW_OVERWRITE) -> Path:
    """`data` as the whole content of `target`, all or nothing; returns the path written."""
    with replacing(target, policy) as temporary:
        temporary.write_bytes(data)
    return Path(target)


def check_all(targets: Iterable[Path], policy: OutputPolicy) -> None:
    """Every file a folder export is about to write, before the first one is written."""
    for target in targets:
        policy.check(target)
