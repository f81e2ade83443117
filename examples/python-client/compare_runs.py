#!/usr/bin/python3
"""Compares the grid records of two `energycosim cosim` runs (remote vs embedded solver) column by column.

Usage: compare_runs.py RUN_DIR REFERENCE_DIR   (the per-scenario directories holding grid_voltages.csv etc.)
Fails when a file's columns differ or a value differs by more than its tolerance (voltages pu, loadings %, losses kW).
"""
import csv
import sys

FILES = {"grid_voltages.csv": 1e-6, "grid_loadings.csv": 1e-4, "coupling.csv": 1e-3}


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def main() -> int:
    run, reference = sys.argv[1], sys.argv[2]
    failed = False
    for name, tolerance in FILES.items():
        a, b = read(f"{run}/{name}"), read(f"{reference}/{name}")
        if a[0] != b[0] or len(a) != len(b):
            print(f"FAIL: {name}: columns or rows differ ({len(a[0])}x{len(a)} vs {len(b[0])}x{len(b)})", file=sys.stderr)
            failed = True
            continue
        worst, where = 0.0, ""
        for ra, rb in zip(a[1:], b[1:]):
            for x, y, column in zip(ra, rb, a[0]):
                try:
                    d = abs(float(x) - float(y))
                except ValueError:
                    continue
                if d > worst:
                    worst, where = d, f"step {ra[0]} {column}"
        ok = worst <= tolerance
        failed |= not ok
        print(f"{name}: {len(a[0]) - 1} columns, largest difference {worst:.3g} {where} ({'ok' if ok else 'FAIL'}, tolerance {tolerance})",
              file=sys.stdout if ok else sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
