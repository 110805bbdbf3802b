"""Run every benchmark and print one line per figure: name, value, ratio against its baseline.

Each benchmark module `bench/bench_*.py` exposes `run(workdir) -> list[(name, value, ratio)]`,
where the ratio compares with a baseline measured in the same run (this machine is shared and
noisy, so only ratios are comparable between runs).
Usage: `python bench/run.py [--only store,gui] [--scale N]`.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))


def discover(only: set[str] | None) -> list[Path]:
    modules = sorted(BENCH_DIR.glob("bench_*.py"))
    if only:
        modules = [m for m in modules if m.stem.removeprefix("bench_") in only]
    return modules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="comma-separated benchmark names (store, gui, pdf, sync)")
    parser.add_argument("--scale", type=int, default=5000, help="synthetic areas for store benches")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TRYGGHETSAPP_BENCH_SCALE"] = str(args.scale)
    workdir = BENCH_DIR / "out"
    workdir.mkdir(exist_ok=True)
    only = set(args.only.split(",")) if args.only else None
    failed = 0
    print(f"{'benchmark':<48} {'value':>14} {'ratio':>8}")
    for path in discover(only):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        started = time.perf_counter()
        try:
            lines = module.run(workdir)
        except Exception as error:  # report and go on with the other benchmarks
            print(f"{path.stem:<48} FAILED: {type(error).__name__}: {error}")
            failed += 1
            continue
        for name, value, ratio in lines:
            print(f"{name:<48} {value:>14.4f} {ratio:>8.2f}")
        print(f"# {path.stem} took {time.perf_counter() - started:.1f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
