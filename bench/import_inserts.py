#!/usr/bin/env python3
"""The store's side of `privacyguard import`: Store.add of N scanned messages, two source
trees side by side (e.g. before and after a change), three fresh stores each.

    .venv/bin/python bench/import_inserts.py TREE [TREE ...] [--db sqlite|postgresql]

A TREE is a directory holding a ``privacyguard`` package (``git archive COMMIT privacyguard
rules | tar -x -C DIR``, or ``.`` for the working tree). The messages (make_corpus.py seed
11, 20,000) are scanned once with the working tree and handed to each tree's Store.add in a
child process, so only inserting is timed. PostgreSQL: PRIVACYGUARD_TEST_PG (default
postgresql+psycopg://postgres@127.0.0.1:5432/test), a fresh schema per store.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
PG = os.environ.get("PRIVACYGUARD_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _scan(n: int, out: Path) -> None:
    sys.path.insert(0, str(HERE / "accuracy"))
    import make_corpus

    from privacyguard.models import Message
    from privacyguard.pipeline import scan_stream

    rows = make_corpus.generate(11, n)
    msgs = [Message(id=r["id"], text=r["text"], conversation_id=r["conversation_id"])
            for r in rows]  # fmt: skip
    out.write_bytes(pickle.dumps([("jsonl", d) for d in scan_stream(msgs)]))


def _child(tree: str, items_file: str, url: str) -> None:
    """In a child: Store.add from ``tree``, timed; prints the seconds."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, tree)
    from privacyguard.store import open_store

    items = pickle.loads(Path(items_file).read_bytes())
    store = open_store(url)
    start = time.perf_counter()
    counts = store.add(iter(items), "bench")
    print(time.perf_counter() - start, counts.messages, counts.findings)


def _pg_schema() -> tuple[str, str]:
    from sqlalchemy import create_engine, text

    schema = f"pgbench_{uuid.uuid4().hex[:10]}"
    with create_engine(PG).begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    return schema, f"{PG}?options=-csearch_path%3D{schema}"


def _drop(schema: str) -> None:
    from sqlalchemy import create_engine, text

    with create_engine(PG).begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="+")
    ap.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} at the start", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "detected.pkl"
        _scan(args.messages, items)
        times: dict[str, list[float]] = {tree: [] for tree in args.trees}
        for rep in range(args.repeats):
            for tree in args.trees:  # interleaved: load changes fall on every tree alike
                schema = None
                if args.db == "sqlite":
                    url = f"sqlite:///{tmp}/store-{rep}-{len(times[tree])}-{abs(hash(tree))}.db"
                else:
                    schema, url = _pg_schema()
                try:
                    out = subprocess.run(
                        [sys.executable, __file__, "--child", str(Path(tree).resolve()),
                         str(items), url],
                        capture_output=True, text=True, check=True,
                    ).stdout.split()  # fmt: skip
                finally:
                    if schema:
                        _drop(schema)
                times[tree].append(float(out[0]))
                print(f"{tree}: {float(out[0]):.2f} s ({out[1]} messages, {out[2]} findings)",
                      file=sys.stderr)  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.2f} at the end", file=sys.stderr)
    for tree, t in times.items():
        print(f"{args.db} {tree}: min {min(t):.2f} s, median {statistics.median(t):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
