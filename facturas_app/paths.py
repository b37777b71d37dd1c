"""Where things are: bundled resources (source tree or frozen app) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from facturas_app import APP_NAME

DATA_DIR_ENV = "FACTURAS_DATA_DIR"


def project_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir  # small, but only needed when no folder is given

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path
