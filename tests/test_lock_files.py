"""The lock files every install uses (README, CI, packaging; #18: ranges alone let a new release
change the tested app): each pins, with hashes, every dependency pyproject.toml names, within its
range; the app's pins agree across files; and this environment runs exactly the locked versions."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCKS = {"app": ROOT / "requirements/app.lock", "test": ROOT / "requirements/test.lock"}
LOCKS["build"] = ROOT / "requirements/build.lock"
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def pins(path: Path) -> dict[str, tuple[str, str | None, int]]:
    """name → (version, marker, number of hashes)."""
    found: dict[str, tuple[str, str | None, int]] = {}
    name = None
    for line in path.read_text("utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            name = canonicalize_name(match.group(1))
            found[name] = (match.group(2), match.group(3), 0)
        elif name and line.strip().startswith("--hash=sha256:"):
            version, marker, hashes = found[name]
            found[name] = (version, marker, hashes + 1)
    return found


def declared() -> dict[str, list[Requirement]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extras = project["optional-dependencies"]
    app = [Requirement(text) for text in project["dependencies"]]
    return {"app": app, **{name: app + [Requirement(t) for t in extras[name]] for name in ("test", "build")}}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_declared_dependency_is_pinned_within_its_range_with_hashes(lock: str) -> None:
    pinned = pins(LOCKS[lock])
    assert pinned and all(hashes > 0 for _v, _m, hashes in pinned.values())
    for requirement in declared()[lock]:
        version, _marker, _hashes = pinned[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), (lock, requirement, version)


def test_the_apps_pins_are_the_same_in_every_lock() -> None:
    app = pins(LOCKS["app"])
    for lock in ("test", "build"):
        other = pins(LOCKS[lock])
        assert {name: other[name][0] for name in app} == {name: pin[0] for name, pin in app.items()}


def test_this_environment_runs_the_locked_versions() -> None:
    wrong = {}
    for name, (version, marker, _hashes) in pins(LOCKS["test"]).items():
        if marker and not Marker(marker).evaluate():
            continue  # another platform's dependency
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            wrong[name] = (installed, version)
    assert not wrong, f"installed vs locked: {wrong}; install with tests/scripts/run_tests.sh"
