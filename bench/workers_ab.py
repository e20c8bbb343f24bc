#!/usr/bin/env python3
"""bench/workers_scaling.py for two source trees in one run, interleaved: before and after.

    git archive COMMIT privacyguard rules policies pyproject.toml | tar -x -C /tmp/before
    .venv/bin/python bench/workers_ab.py /tmp/before . [--messages 20000] [--repeats 3]
                                         [--workers 1 2]

Each tree runs as ``privacyguard scan FILE --jsonl --workers N`` with the tree first on
PYTHONPATH (ahead of the editable install; the worker processes inherit it). Each repeat
measures the machine's own N-process speedup (a pure-Python loop), then runs, for each tree
in turn (the order alternates between repeats), every worker count on the first 600 messages
and on the full corpus. messages/s = (N - 600) / (full - small) from the medians and from the
minima, as workers_scaling.py computes it (start-up subtracted). Checks that every tree and
worker count printed the same bytes, and prints the load average before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from workers_scaling import (  # noqa: E402
    PRIVACYGUARD,
    SMALL,
    _corpus,
    _cpu_seconds,
    _descendants,
    _machine_speedup,
    _write,
)


def _run(tree: Path, source: Path, workers: int, out: Path) -> tuple[float, list[float]]:
    """Wall seconds of one scan with ``tree`` first on the path, and each process's CPU
    seconds (the parent first; sampled every 0.2 s)."""
    cmd = [str(PRIVACYGUARD), "scan", str(source), "--jsonl", "--no-progress",
           "--workers", str(workers)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    cpu: dict[int, float] = {}
    with out.open("wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.PIPE, env=env, cwd=tree)
        while proc.poll() is None:
            for pid in {proc.pid} | _descendants(proc.pid):
                seconds = _cpu_seconds(pid)
                if seconds is not None:
                    cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            time.sleep(0.2)
        stderr = proc.stderr.read() if proc.stderr else b""
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{tree}: scan --workers {workers} failed ({proc.returncode}): {stderr[-500:]!r}")
    parent = cpu.pop(proc.pid, 0.0)
    return wall, [parent, *sorted(cpu.values(), reverse=True)]


def _which(tree: Path) -> str:
    """Where the tree's privacyguard is imported from (so a run cannot silently use another)."""
    code = "import privacyguard; print(privacyguard.__file__)"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tree, capture_output=True, text=True, check=True
    ).stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", type=Path, nargs=2, help="before and after: source trees")
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    trees = [t.resolve() for t in args.trees]
    for t in trees:
        where = _which(t)
        if not where.startswith(str(t) + os.sep):
            sys.exit(f"{t}: privacyguard is imported from {where}, not from this tree")
    rows = _corpus(args.messages)
    load_before = os.getloadavg()
    walls: dict[tuple[int, int, str], list[float]] = {}
    cpus: dict[tuple[int, int], list[list[float]]] = {}
    digests: set[str] = set()
    machine: list[float] = []
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        full = _write(rows, Path(tmp) / "full.jsonl")
        small = _write(rows[:SMALL], Path(tmp) / "small.jsonl")
        for rep in range(args.repeats):
            machine.append(_machine_speedup(max(args.workers)))
            loads.append(os.getloadavg()[0])
            order = list(range(len(trees)))
            if rep % 2:
                order.reverse()
            for ti in order:
                for w in args.workers:
                    for name, source in (("small", small), ("full", full)):
                        out = Path(tmp) / f"out-{ti}-{w}-{name}.jsonl"
                        wall, cpu = _run(trees[ti], source, w, out)
                        walls.setdefault((ti, w, name), []).append(wall)
                        if name == "full":
                            cpus.setdefault((ti, w), []).append(cpu)
                            digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
                        print(f"repeat {rep + 1}: tree {ti} --workers {w} {name}: {wall:.2f} s",
                              file=sys.stderr)  # fmt: skip
    load_after = os.getloadavg()
    print(f"{len(rows):,} messages, {os.cpu_count()} cores, {args.repeats} repeats; load "
          f"average before {load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} / {load_after[1]:.2f} / {load_after[2]:.2f}; 1-minute "
          "load at each repeat's start: " + ", ".join(f"{x:.2f}" for x in loads))  # fmt: skip
    print(f"findings identical for every tree and worker count: "
          f"{'yes' if len(digests) == 1 else 'NO'}")  # fmt: skip
    print(f"the machine's own speedup with {max(args.workers)} processes (pure-Python loop, once "
          "per repeat): " + ", ".join(f"{m:.2f}x" for m in machine))  # fmt: skip
    print()
    print(
        "| tree | workers | full s (min / median) | first 600 s (min / median) "
        "| msgs/s from medians | vs 1 | msgs/s from minima | vs 1 | CPU s (median run) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for ti, tree in enumerate(trees):
        base: dict[str, float] = {}
        for w in args.workers:
            f, s = walls[(ti, w, "full")], walls[(ti, w, "small")]
            rates = {
                "median": (len(rows) - SMALL) / (statistics.median(f) - statistics.median(s)),
                "min": (len(rows) - SMALL) / (min(f) - min(s)),
            }
            for k, v in rates.items():
                base.setdefault(k, v)
            runs = sorted(cpus[(ti, w)], key=sum)
            mid = runs[len(runs) // 2]
            parts = " + ".join(f"{c:.1f}" for c in mid if c >= 0.05)
            print(f"| {tree.name or tree} | {w} | {min(f):.2f} / {statistics.median(f):.2f} | "
                  f"{min(s):.2f} / {statistics.median(s):.2f} | {rates['median']:,.0f} | "
                  f"{rates['median'] / base['median']:.2f}x | {rates['min']:,.0f} | "
                  f"{rates['min'] / base['min']:.2f}x | {parts} = {sum(mid):.1f} |")  # fmt: skip
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
