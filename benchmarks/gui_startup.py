"""Start-up of `facturas gui --exit-after-load` vs a bare PySide6 window, 3 runs each.

Usage: python benchmarks/gui_startup.py DATA_DIR [--today YYYY-MM-DD]
Prints both medians (wall-clock from spawn to the JSON line), the ratio and the peak RSS of children.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str]) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
    }
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True)
    elapsed = time.perf_counter() - start
    if "startup_s" not in out.stdout:
        raise SystemExit(f"no startup_s in output: {out.stdout!r} {out.stderr[-500:]!r}")
    return elapsed


def main(argv: list[str]) -> int:
    data_dir = argv[0] if argv else "/tmp/ui100k"
    extra = argv[1:]
    app_cmd = [
        sys.executable,
        "-m",
        "ui.launcher",
        "--data-dir",
        data_dir,
        *extra,
        "gui",
        "--exit-after-load",
    ]
    bare_cmd = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
    app_runs = [timed(app_cmd) for _ in range(3)]
    bare_runs = [timed(bare_cmd) for _ in range(3)]
    app_median, bare_median = statistics.median(app_runs), statistics.median(bare_runs)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"facturas gui (median of 3): {app_median:.3f} s  runs={[round(r, 3) for r in app_runs]}")
    print(f"bare PySide6 window (median of 3): {bare_median:.3f} s  runs={[round(r, 3) for r in bare_runs]}")
    print(f"ratio: {app_median / bare_median:.2f}x")
    print(f"peak RSS of children: {peak_kb / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
