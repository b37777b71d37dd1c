"""The `facturas` console script: the GUI for `facturas`/`facturas gui`, the headless CLI otherwise.

It lives in ui/ because only the UI package may import both the core and Qt; Qt is imported
only when the window is wanted, so CLI commands start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    args = [a for a in argv]
    positional = []
    skip_next = False
    for arg in args:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--data-dir", "--today", "--lang"):
            skip_next = True
            continue
        if arg.startswith("-"):
            if arg in ("-h", "--help", "--self-test"):
                return False
            continue
        positional.append(arg)
    return not positional or positional[0] == "gui"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from ui.app import run_gui

        return run_gui(argv)
    from facturas_app.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
