"""The README's apt line names every Debian package the Qt window needs beyond a minimal system
(#18: on a fresh Debian/Ubuntu the xcb platform plugin failed to load). Read off this machine: the
shared libraries Qt's xcb plugin and the Qt modules we use load (ldd), the packages owning them
(dpkg -S), minus what the listed packages pull in themselves and what every Debian has."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FILES = (
    "plugins/platforms/libqxcb.so",
    "lib/libQt6XcbQpa.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6Core.so.6",
    "lib/libQt6Pdf.so.6",
    "lib/libQt6DBus.so.6",
)

pytestmark = pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs a Debian system")


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    match = re.search(r"sudo apt-get install ([a-z0-9.+\- ]+)", text)
    assert match, "the README's install paragraph names the apt packages"
    return set(match.group(1).split())


def _needed_libraries() -> set[str]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    found: set[str] = set()
    for name in QT_FILES:
        out = subprocess.run(["ldd", str(qt / name)], capture_output=True, text=True, check=True).stdout
        found |= {str(Path(m).resolve()) for m in re.findall(r"=> (/\S+)", out) if "PySide6" not in m}
    return found


def _owners(paths: set[str]) -> set[str]:
    out = subprocess.run(["dpkg", "-S", *sorted(paths)], capture_output=True, text=True).stdout
    return {line.split(":", 1)[0] for line in out.splitlines() if ":" in line}


def _installed() -> dict[str, tuple[str, set[str]]]:
    fields = "${Package}\t${Priority}\t${Depends}, ${Pre-Depends}\n"
    out = subprocess.run(["dpkg-query", "-W", "-f", fields], capture_output=True, text=True).stdout
    packages = {}
    for line in out.splitlines():
        name, priority, depends = line.split("\t")
        names = {re.split(r"[ :(]", alt.strip())[0] for part in depends.split(",") for alt in part.split("|")}
        packages[name] = (priority, {n for n in names if n})
    return packages


def _pulled_in(roots: set[str], packages: dict[str, tuple[str, set[str]]]) -> set[str]:
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name not in seen and name in packages:
            seen.add(name)
            todo.extend(packages[name][1])
    return seen


def test_the_readme_lists_every_library_package_the_window_needs() -> None:
    listed = readme_packages()
    packages = _installed()
    base = {name for name, (priority, _deps) in packages.items() if priority in ("required", "important")}
    covered = _pulled_in(listed | base, packages)
    missing = _owners(_needed_libraries()) - covered
    assert not missing, f"add to the README's apt line: {' '.join(sorted(missing))}"


def test_the_readme_and_ci_agree_on_the_qt_packages() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert readme_packages() <= set(re.findall(r"[a-z0-9.+\-]+", ci)), "CI installs what the README asks for"
