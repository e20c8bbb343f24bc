#!/usr/bin/env python3
"""Cost growth: does scanning stay as fast, and as small, as the input grows?

    .venv/bin/python bench/growth.py [--sizes 20000 200000 1000000] [--markdown FILE]

For each size, a fresh child process streams that many generated chat messages through
privacyguard.pipeline.scan_stream (one worker) and reports messages/s and its peak
resident memory (ru_maxrss). Messages come from bench/accuracy/make_holdout.py, one seed
per 20,000 messages, so texts, names and numbers keep changing (no cache sees the same
message twice); they are generated lazily as the scan pulls them, and the time spent
generating is measured and subtracted. Nothing is kept but counters: if memory grew with
the input, the engine (or its caches) would be holding on to something.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHUNK = 20_000


def _holdout():  # type: ignore[no-untyped-def]
    name = "make_holdout"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "accuracy" / "make_holdout.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


class Stream:
    """`total` generated messages, one seed per CHUNK; counts its own time."""

    def __init__(self, total: int):
        self.total = total
        self.generating = 0.0
        self.chars = 0

    def __iter__(self) -> Iterator[object]:
        from privacyguard.models import Message

        made, seed = 0, 1000
        while made < self.total:
            t0 = time.perf_counter()
            chunk = _holdout().build_corpus(seed, min(CHUNK, self.total - made))
            chunk = chunk[: self.total - made]
            self.generating += time.perf_counter() - t0
            for r in chunk:
                t0 = time.perf_counter()
                m = Message(
                    id=f"{seed}-{r['id']}",
                    text=r["text"],
                    conversation_id=f"{seed}-{r['conversation_id']}",
                )
                self.chars += len(r["text"])
                self.generating += time.perf_counter() - t0
                yield m
            made += len(chunk)
            seed += 1


def child(total: int) -> dict:
    from privacyguard.pipeline import detector_for, scan_stream

    detector = detector_for()
    stream = Stream(total)
    scanned = findings = problems = 0
    t0 = time.perf_counter()
    for item in scan_stream(stream, detector, workers=1):
        if hasattr(item, "findings"):
            scanned += 1
            findings += len(item.findings)
        else:
            problems += 1
    wall = time.perf_counter() - t0
    seconds = wall - stream.generating
    return {
        "messages": scanned + problems,
        "problems": problems,
        "findings": findings,
        "seconds": seconds,
        "generating": stream.generating,
        "msg_s": (scanned + problems) / seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(child(int(sys.argv[2]))))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000, 1_000_000])
    ap.add_argument("--markdown", type=Path)
    args = ap.parse_args()
    lines = [
        f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at the start",
        "",
        "| messages | findings | messages/s | peak MB | load after |",
        "|---:|---:|---:|---:|---:|",
    ]
    print(lines[0], flush=True)
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        r = json.loads(out.stdout.strip().splitlines()[-1])
        row = (
            f"| {r['messages']:,} | {r['findings']:,} | {r['msg_s']:,.0f} | "
            f"{r['peak_mb']:.0f} | {os.getloadavg()[0]:.2f} |"
        )
        print(row, f"(generating took {r['generating']:.0f} s, not counted)", flush=True)
        lines.append(row)
    print("\n".join(lines))
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
