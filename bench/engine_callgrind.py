#!/usr/bin/env python3
"""Instructions one worker executes to scan messages: exact counts on a busy machine.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        .venv/bin/python bench/engine_callgrind.py [--messages 1000] [--seed 11] [--after N]

bench/throughput.py's corpus (make_holdout.py, --seed), the first --messages of it scanned
as `make bench` scans them (id, text, conversation_id; languages identified). The detector
is built and warmed up (one message per language, then the corpus once, so that every
lazily filled table and cache is as a long stream leaves it) with valgrind's
instrumentation off; it is switched on (callgrind_control -i on) around one scan_stream
over the messages and off after it. With --after N, the corpus is N + --messages long and
its first N messages are scanned before (instrumentation off): the steady state of a long
stream, whose per-word caches other messages filled (the cold count is dominated by
filling them; --warm hides them altogether). The cyclic garbage collector runs just before
the count (--no-collect: not), so that whether a full collection falls inside does not
depend on what the warm-up left in its counters. `callgrind_annotate OUT | head` gives the
total ("PROGRAM TOTALS"). Without valgrind it just scans, which checks the script.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from throughput import WARM_UP  # noqa: E402  (one warm-up for every benchmark)


def _instrument(on: bool) -> None:
    """Switch callgrind's instrumentation of this process (nothing outside valgrind)."""
    if not _under_valgrind():
        return
    subprocess.run(
        ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
        check=True, capture_output=True,
    )  # fmt: skip


def _under_valgrind() -> bool:
    try:
        maps = Path(f"/proc/{os.getpid()}/maps").read_text()
    except OSError:
        return False
    return "vgpreload" in maps


def warmed_up(seed: int, count: int, after: int = 0):  # type: ignore[no-untyped-def]
    """A detector that has scanned the warm-up messages (and the first `after` messages of
    the bench corpus), and the next `count` messages of the bench corpus
    (throughput.make_corpus) as Messages."""
    import throughput

    from privacyguard.models import Message
    from privacyguard.parallel import scan_stream
    from privacyguard.pipeline import detector_for

    with tempfile.TemporaryDirectory(prefix="pg-callgrind-") as tmp:
        records = throughput.make_corpus(seed, after + count, Path(tmp) / "corpus.jsonl")
    messages = [
        Message(id=r["id"], text=r["text"], conversation_id=r["conversation_id"])
        for r in records[: after + count]
    ]
    detector = detector_for()
    for _ in scan_stream([Message(id=i, text=t) for i, t in WARM_UP], detector):
        pass
    for _ in scan_stream(messages[:after], detector):
        pass
    return detector, messages[after:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--after", type=int, default=0, help="scan this many other messages before (steady state)"
    )
    ap.add_argument("--warm", action="store_true", help="scan the messages once before, too")
    ap.add_argument(
        "--no-collect",
        action="store_true",
        help="no gc.collect() before the count (as before: a full collection may fall inside)",
    )
    args = ap.parse_args()
    from privacyguard.parallel import scan_stream

    detector, messages = warmed_up(args.seed, args.messages, args.after)
    if args.warm:
        for _ in scan_stream(messages, detector):
            pass
    if not args.no_collect:
        # the cyclic collector's counters start from zero: otherwise a full collection
        # (~50 M instructions, every table of the detector traversed) falls inside the count
        # or not by chance, as the warm-up left them; two trees' totals differed by that
        gc.collect()
    _instrument(True)
    n = sum(1 for _ in scan_stream(messages, detector))
    _instrument(False)
    print(f"scanned {n} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
