"""A keyring backend for CLI subprocess tests: secrets in a JSON file OUTSIDE the data and config
folders, standing in for the OS keyring across processes. Chosen only via PYTHON_KEYRING_BACKEND
with FACTURAS_TEST_KEYRING_FILE set; never picked automatically."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

ENV = "FACTURAS_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if not os.environ.get(ENV):
            raise RuntimeError(f"test backend: set {ENV}")
        return 1.0

    @property
    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text("utf-8")) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._path.write_text(
            json.dumps(self._load() | {f"{service}\0{username}": password}, ensure_ascii=False), "utf-8"
        )

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._path.write_text(json.dumps(secrets, ensure_ascii=False), "utf-8")
