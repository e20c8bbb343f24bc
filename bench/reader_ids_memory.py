#!/usr/bin/env python3
"""Memory of the CSV and JSONL readers' id check, before and after privacyguard/ingest/idset.py.

    python bench/reader_ids_memory.py [--records 1000000] [--before-rev REV] [--repeat 3]

Generates a CSV and a JSONL transcript of ``--records`` synthetic messages (ids
``conv-<k>:msg-<n>``, 7 messages a conversation, a short text; no real data) in a temporary
folder, and measures, for the code of ``--before-rev`` (exported with ``git archive`` into
a temporary folder; default: the commit before idset.py was used) and for this working
tree, each in its own subprocess:

  ids-traced   tracemalloc: what the reader's ``_ids`` pass holds when it returns (kept) and
               at its peak, in bytes per record; tracemalloc counts only Python allocations
  read-rss     getrusage ru_maxrss of a process that consumes ``ingest.read(file)`` and
               keeps nothing, minus its RSS before reading (imports excluded)

Not a test: figures vary with the machine and the Python version. Each figure is run
``--repeat`` times; min and median are printed.

Measured 2026-12-05 (Python 3.11.7, 2 shared cores, load average 5-6 from other jobs; memory
figures, not timings), ``python bench/reader_ids_memory.py`` (1,000,000 records, CSV 74 MiB,
JSONL 109 MiB; min / median of 3 runs):

| format | code | ids kept B/record | ids peak B/record | read RSS growth MiB |
|---|---|---|---|---|
| csv | before (2d93bf9) | 103.7 / 103.7 | 103.8 / 103.8 | 108 / 108 |
| csv | after | 8.1 / 8.1 | 8.5 / 8.5 | 10 / 10 |
| jsonl | before (2d93bf9) | 103.7 / 103.7 | 103.7 / 103.7 | 108 / 109 |
| jsonl | after | 8.0 / 8.0 | 8.5 / 8.5 | 9 / 9 |
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: the commit before the readers used GivenIds (set[str] of every id)
BEFORE = "2d93bf9"

CHILD = r"""
import json, resource, sys, tracemalloc
from pathlib import Path
mode, fmt, path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
from privacyguard import ingest
from privacyguard.ingest.base import Unit
from privacyguard.ingest.options import ReaderOptions
from privacyguard.ingest.sources import file_entry
from privacyguard.registry import readers
opts = ReaderOptions()
if mode == "ids-traced":
    reader = readers.get(fmt)()
    unit = Unit([file_entry(path, path.name)], path.name)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = reader._ids(unit, opts)
    kept, peak = tracemalloc.get_traced_memory()
    print(json.dumps({"kept": kept - before, "peak": peak - before, "repeats": result[0]}))
else:
    def rss():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = rss()
    n = 0
    for rec in ingest.read(path, fmt):
        n += 1
    print(json.dumps({"rss": rss() - start, "records": n}))
"""


def make_files(folder: Path, n: int) -> dict[str, Path]:
    csv_path, jsonl_path = folder / "chat.csv", folder / "chat.jsonl"
    with (
        csv_path.open("w", encoding="utf-8", newline="") as c,
        jsonl_path.open("w", encoding="utf-8") as j,
    ):
        c.write("id,conversation_id,sender,text\n")
        for i in range(n):
            conv, mid = f"conv-{i // 7}", f"conv-{i // 7}:msg-{i}"
            text = f"message number {i} about the order"
            c.write(f"{mid},{conv},agent,{text}\n")
            j.write(json.dumps({"id": mid, "conversation_id": conv, "text": text}) + "\n")
    return {"csv": csv_path, "jsonl": jsonl_path}


def export(rev: str, folder: Path) -> Path:
    folder.mkdir()
    tar = folder / "src.tar"
    with tar.open("wb") as f:
        subprocess.run(["git", "archive", rev, "privacyguard"], cwd=REPO, stdout=f, check=True)
    with tarfile.open(tar) as t:
        t.extractall(folder, filter="data")
    return folder


def run(tree: Path, mode: str, fmt: str, path: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, fmt, str(path)],
        env=env, capture_output=True, text=True, check=True, cwd=tree,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--before-rev", default=BEFORE)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    n = args.records
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        files = make_files(tmpdir, n)
        old = export(args.before_rev, tmpdir / "before")
        trees = {f"before ({args.before_rev})": old, "after (this tree)": REPO}
        print(f"{n:,} records; " + ", ".join(f"{k} {p.stat().st_size / 2**20:.0f} MiB"
                                            for k, p in files.items()))  # fmt: skip
        print(f"load: {os.getloadavg()}")
        print("| format | code | ids kept B/record | ids peak B/record | read RSS growth MiB |")
        print("|---|---|---|---|---|")
        for fmt, path in files.items():
            for label, tree in trees.items():
                traced = [run(tree, "ids-traced", fmt, path) for _ in range(args.repeat)]
                rss = [run(tree, "read-rss", fmt, path) for _ in range(args.repeat)]
                kept = [t["kept"] / n for t in traced]
                peak = [t["peak"] / n for t in traced]
                grow = [r["rss"] / 2**20 for r in rss]
                assert all(r["records"] == n for r in rss), rss

                def fig(xs: list[float], f: str = ".1f") -> str:
                    return f"{min(xs):{f}} / {statistics.median(xs):{f}}"

                print(f"| {fmt} | {label} | {fig(kept)} | {fig(peak)} | {fig(grow, '.0f')} |")
        print("(each cell: min / median of", args.repeat, "runs)")


if __name__ == "__main__":
    main()
