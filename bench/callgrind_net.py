#!/usr/bin/env python3
"""A callgrind count without its two chance parts: glibc's malloc and the cyclic collector.

    .venv/bin/python bench/callgrind_net.py OUT [OUT ...]

For each callgrind output (bench/engine_callgrind.py's), prints the program total, the
instructions of glibc's malloc (./malloc/*.c: large blocks, whose cost follows the heap's
layout) and of the garbage collector (gcmodule.c and the types' traverse functions), and
the total without both ("net"). Of one tree counted four times the totals spread over
35 M (a full collection inside the count or not: 42 M; malloc: up to 14 M), the net 2 M:
compare trees by their net, and by the total only over more than ~15 M.
"""

from __future__ import annotations

import re
import subprocess
import sys

_ROW = re.compile(r"^\s*([\d,]+) \([ \d.]+%\)\s+(.*)$", re.M)
_TOTAL = re.compile(r"([\d,]+) \([ \d.]+%\)\s+PROGRAM TOTALS")
_GC = re.compile(r"gcmodule|_traverse|visit_|MaybeUntrack|VisitInstance")


def counts(path: str) -> tuple[int, int, int]:
    """(total, glibc malloc, garbage collector) instructions of one callgrind output."""
    out = subprocess.run(
        ["callgrind_annotate", "--threshold=100", path],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    total = _TOTAL.search(out)
    if total is None:
        raise SystemExit(f"{path}: no PROGRAM TOTALS")
    rows = [(int(n.replace(",", "")), where) for n, where in _ROW.findall(out)]
    malloc = sum(n for n, where in rows if "./malloc/" in where)
    gc = sum(n for n, where in rows if _GC.search(where))
    return int(total.group(1).replace(",", "")), malloc, gc


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    for path in sys.argv[1:]:
        total, malloc, gc = counts(path)
        print(f"{path}: total {total:,}  malloc {malloc:,}  gc {gc:,}  net {total - malloc - gc:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
