#!/usr/bin/env python3
"""`privacyguard scan --workers N`: wall time and messages/s for 1, 2, ... workers, one run.

    .venv/bin/python bench/workers_scaling.py [--messages 20000] [--repeats 3] [--workers 1 2]

The corpus is bench/accuracy/make_corpus.py's generator (seed 11, en/nl/nb/ru, whole
conversations), written as JSONL {id, text, conversation_id} (no language: it is identified).
Each repeat runs every worker count on the full corpus and on its first 600 messages (enough
for two batches, so a pool starts too), interleaved so that a change in the machine's load
falls on all of them alike. messages/s = (N - 600) / (full - small), from the medians and
from the minima (the runs least disturbed by other load): start-up (interpreter, detector
build in the workers) subtracted. Before each repeat, a pure-Python loop in 1 and in N
processes shows what parallel speedup the machine itself gives at that moment (on a machine
shared with other jobs it can be far below N). Also checks that every worker count
printed the same bytes, and prints the load average before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRIVACYGUARD = Path(sys.executable).with_name("privacyguard")
SMALL = 600


def _corpus(n: int) -> list[dict]:
    spec = importlib.util.spec_from_file_location(
        "make_corpus", HERE / "accuracy" / "make_corpus.py"
    )
    mc = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["make_corpus"] = mc
    spec.loader.exec_module(mc)  # type: ignore[union-attr]
    return [
        {"id": r["id"], "text": r["text"], "conversation_id": r["conversation_id"]}
        for r in mc.generate(11, n)
    ]


def _write(rows: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def _burn(n: int) -> float:
    start = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - start


def _machine_speedup(workers: int, n: int = 20_000_000) -> float:
    """How much faster ``workers`` processes do ``workers`` times a pure-Python loop than one
    process does it once, right now: what the machine gives, whatever privacyguard does."""
    import multiprocessing

    one = _burn(n)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers) as pool:
        pool.map(_burn, [1000] * workers)  # started
        start = time.perf_counter()
        pool.map(_burn, [n] * workers)
        parallel = time.perf_counter() - start
    return one * workers / parallel


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of one process so far (Linux /proc), None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _descendants(root: int) -> set[int]:
    parent: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, IndexError, ValueError):
                continue
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        kids = [p for p, pp in parent.items() if pp == pid and p not in found]
        found.update(kids)
        todo.extend(kids)
    return found


def _run(source: Path, workers: int, out: Path) -> tuple[float, list[float]]:
    """Wall seconds of one scan, and the CPU seconds of each of its processes (the parent
    first; sampled every 0.2 s, so a process's last 0.2 s may be missing)."""
    cmd = [str(PRIVACYGUARD), "scan", str(source), "--jsonl", "--no-progress",
           "--workers", str(workers)]  # fmt: skip
    start = time.perf_counter()
    cpu: dict[int, float] = {}
    with out.open("wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.PIPE)
        while proc.poll() is None:
            for pid in {proc.pid} | _descendants(proc.pid):
                seconds = _cpu_seconds(pid)
                if seconds is not None:
                    cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            time.sleep(0.2)
        stderr = proc.stderr.read() if proc.stderr else b""
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"scan --workers {workers} failed ({proc.returncode}): {stderr[-500:]!r}")
    parent = cpu.pop(proc.pid, 0.0)
    return wall, [parent, *sorted(cpu.values(), reverse=True)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    rows = _corpus(args.messages)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        full = _write(rows, Path(tmp) / "full.jsonl")
        small = _write(rows[:SMALL], Path(tmp) / "small.jsonl")
        walls: dict[tuple[int, str], list[float]] = {}
        digests: dict[int, str] = {}
        cpus: dict[int, list[list[float]]] = {}
        machine: list[float] = []
        for rep in range(args.repeats):
            machine.append(_machine_speedup(max(args.workers)))
            for w in args.workers:
                for name, source in (("small", small), ("full", full)):
                    out = Path(tmp) / f"out-{w}-{name}.jsonl"
                    wall, cpu = _run(source, w, out)
                    walls.setdefault((w, name), []).append(wall)
                    if name == "full":
                        cpus.setdefault(w, []).append(cpu)
                        digest = hashlib.sha256(out.read_bytes()).hexdigest()
                        if digests.setdefault(w, digest) != digest:
                            sys.exit(f"--workers {w} printed different findings in repeat {rep}")
                    print(f"repeat {rep + 1}: --workers {w} {name}: {wall:.2f} s", file=sys.stderr)
    load_after = os.getloadavg()
    same = len(set(digests.values())) == 1
    print(f"{len(rows):,} messages, {os.cpu_count()} cores, {args.repeats} repeats; load "
          f"average before {load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} / {load_after[1]:.2f} / {load_after[2]:.2f}")  # fmt: skip
    print(f"findings identical for every worker count: {'yes' if same else 'NO'}")
    print(
        f"the machine's own speedup with {max(args.workers)} processes (a pure-Python loop, "
        f"once per repeat): " + ", ".join(f"{m:.2f}x" for m in machine)
    )
    print()
    print(
        "| workers | full corpus s (min / median) | first 600 s (min / median) "
        "| messages/s from medians | vs 1 | messages/s from minima | vs 1 |"
    )
    print("|---|---|---|---|---|---|---|")
    base: dict[str, float] = {}
    for w in args.workers:
        f, s = walls[(w, "full")], walls[(w, "small")]
        rates = {
            "median": (len(rows) - SMALL) / (statistics.median(f) - statistics.median(s)),
            "min": (len(rows) - SMALL) / (min(f) - min(s)),
        }
        for k, v in rates.items():
            base.setdefault(k, v)
        print(
            f"| {w} | {min(f):.2f} / {statistics.median(f):.2f} | {min(s):.2f} / "
            f"{statistics.median(s):.2f} | {rates['median']:,.0f} | "
            f"{rates['median'] / base['median']:.2f}x | {rates['min']:,.0f} | "
            f"{rates['min'] / base['min']:.2f}x |"
        )
    print()
    print("CPU seconds per process on the full corpus (median repeat by total; the parent")
    print("first, then the forkserver and workers, largest first): shows how the work splits")
    print("whatever else the machine runs.")
    print()
    for w in args.workers:
        runs = sorted(cpus[w], key=sum)
        mid = runs[len(runs) // 2]
        parts = " + ".join(f"{c:.1f}" for c in mid if c >= 0.05)
        print(f"- --workers {w}: {parts} = {sum(mid):.1f} s")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
