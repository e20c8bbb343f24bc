#!/usr/bin/env python3
"""What the parent process costs in a multi-worker scan: where its CPU goes, against the
workers' CPU.

    .venv/bin/python bench/parent_cost.py [--messages 20000] [--workers 2] [--profile FILE]

The corpus is bench/workers_scaling.py's (make_corpus.py, seed 11, en/nl/nb/ru, whole
conversations), written as JSONL. A pool of --workers is started ahead (every worker ready),
then the parent does what ``privacyguard scan FILE --jsonl`` does: reads the file with the
JSONL reader, scan_stream(pool=...), one JSON line per finding (to /dev/null); with
--in-memory what bench/throughput.py (`make bench`) does: the records read before the clock,
each finding kept as a list. --one-at-a-time keeps one batch in the pool at a time (the same
split of work between workers, never two detecting at once). Measured:
- the parent's CPU seconds (all its threads: resource.getrusage), its main thread's
  (time.thread_time) and so what the pool's own threads (the executor's manager thread that
  unpickles results, the queue's feeder thread that pickles batches) cost; each worker's CPU
  seconds (/proc/PID/stat) over the same run; the parent's share of all of it;
- each step the parent does, timed alone in this process on the same records: reading,
  batching, pickling the batches (size and time), unpickling the outcomes (size and time),
  turning outcomes into Detected, writing the JSON lines.
--profile FILE writes a cProfile of the parent's main thread during the pool run (the pool's
threads are not in it: cProfile sees one thread).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import json
import os
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WARM_UP = [  # synthetic people
    ("warm-up-en", "Hello, my name is Anna, mail a@b.nl"),
    ("warm-up-nl", "Hallo, mijn naam is Anna de Vries, bel me op 06 12345678"),
    ("warm-up-nb", "Hei, jeg heter Ola Nordmann og bor i Oslo, ring meg"),
    ("warm-up-ru", "Здравствуйте, меня зовут Анна Петрова, позвоните мне"),
]


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


def _proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _timed(fn, repeats: int = 3):  # type: ignore[no-untyped-def]
    """The result of fn() and its least CPU time over ``repeats`` calls."""
    best, out = float("inf"), None
    for _ in range(repeats):
        t = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t)
    return out, best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--profile", type=Path)
    ap.add_argument(
        "--one-at-a-time",
        action="store_true",
        help="one batch in the pool at a time: per-worker caches, no contention",
    )
    ap.add_argument(
        "--in-memory",
        action="store_true",
        help="records read before the clock, findings kept in a list (bench/throughput.py)",
    )
    args = ap.parse_args()

    from privacyguard import ingest, parallel
    from privacyguard.ingest.limits import Limits
    from privacyguard.models import InputProblem, Message
    from privacyguard.parallel import (
        DetectorPool,
        DetectorSpec,
        conversation_batches,
        detect_batch,
        detector_for,
        scan_stream,
    )

    rows = _corpus(args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "full.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        settings = DetectorSpec().settings()
        opts = ingest.ReaderOptions.make(None).with_default_limits(Limits.from_settings(settings))

        def read() -> list:
            return [rec for _, rec in ingest.read_by_format(str(source), None, opts)]

        def write(items) -> int:  # type: ignore[no-untyped-def]
            lines = 0
            with open(os.devnull, "w", encoding="utf-8") as out:
                for item in items:
                    if isinstance(item, InputProblem):
                        continue
                    for f in item.findings:
                        out.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")
                        lines += 1
            return lines

        # --- the pool run: the parent's CPU against the workers' ---------------------------
        # one message per language (bench/throughput.py's): each worker loads every table
        warm_up = [Message(id=mid, text=text) for mid, text in WARM_UP]
        pool = DetectorPool(DetectorSpec(), args.workers).start(warm_up)
        if args.one_at_a_time:  # the same split of batches, never two detecting at once
            pool.in_flight = 1
        pids = pool.pids()
        w0 = [_proc_cpu(p) for p in pids]
        given = read() if args.in_memory else None
        c0, m0, t0 = _self_cpu(), time.thread_time(), time.perf_counter()
        prof = cProfile.Profile() if args.profile else None
        if prof:
            prof.enable()
        if given is None:
            lines = write(scan_stream(iter(read()), pool=pool))
        else:  # as bench/throughput.py: records in memory, the findings kept as lists
            preds: list[list[object]] = []
            for item in scan_stream(given, pool=pool):
                for f in getattr(item, "findings", ()):
                    preds.append([f.message_id, f.entity_type, f.start, f.end, f.score])
            lines = len(preds)
        if prof:
            prof.disable()
            prof.dump_stats(str(args.profile))
        wall = time.perf_counter() - t0
        parent, main_thread = _self_cpu() - c0, time.thread_time() - m0
        workers = [_proc_cpu(p) - c for p, c in zip(pids, w0, strict=True)]
        replaced = pids != pool.pids()
        pool.close()
        total = parent + sum(workers)
        print(f"{len(rows):,} messages, {lines:,} findings, {args.workers} workers, "
              f"load average {os.getloadavg()[0]:.2f}"
              + (" (a worker was replaced: its CPU is missing)" if replaced else ""))  # fmt: skip
        print(f"wall {wall:.2f} s; CPU s: parent {parent:.2f} (main thread {main_thread:.2f}, "
              f"pool threads {parent - main_thread:.2f}), workers "
              + " + ".join(f"{w:.2f}" for w in workers)
              + f"; parent share {parent / total:.1%} of {total:.2f} s")  # fmt: skip

        # --- each step alone, in this process ---------------------------------------------
        records, t_read = _timed(read)
        msgs = [r for r in records if isinstance(r, Message)]
        batches, t_batch = _timed(lambda: list(conversation_batches(records, settings.batch_size)))
        prepared = [parallel._set_aside_long(b, settings.max_message_chars) for b in batches]
        send = [m for _, m in prepared]
        wire = getattr(parallel, "_to_wire", None)  # the compact form, where there is one
        blobs, t_dump = _timed(
            lambda: [pickle.dumps(wire(m) if wire else m, pickle.HIGHEST_PROTOCOL) for m in send]
        )
        _, t_load_msgs = _timed(lambda: [pickle.loads(b) for b in blobs])
        det = detector_for()
        detect_batch(det, warm_up)  # what the detector loads on first use
        c1, t1 = time.process_time(), time.perf_counter()
        outcomes = [detect_batch(det, m) for m in send]
        alone_cpu, alone_wall = time.process_time() - c1, time.perf_counter() - t1
        pack = getattr(parallel, "_pack", None)
        back, t_dump_out = _timed(
            lambda: [
                pickle.dumps(pack(o) if pack else o, pickle.HIGHEST_PROTOCOL) for o in outcomes
            ]  # fmt: skip
        )
        unpack = getattr(parallel, "_unpack", None)
        _, t_load_out = _timed(
            lambda: [unpack(pickle.loads(b)) if unpack else pickle.loads(b) for b in back]
        )
        done, t_detected = _timed(
            lambda: list(parallel._detected(zip([o for o, _ in prepared], outcomes, strict=True)))
        )
        _, t_write = _timed(lambda: write(done))
        n = len(msgs)
        print(
            f"detection of the same batches in this one process: {alone_cpu:.2f} CPU s "
            f"({alone_wall:.2f} s wall); the {args.workers} workers took "
            f"{sum(workers) / alone_cpu:.2f}x that CPU (load average "
            f"{os.getloadavg()[0]:.2f})"
        )
        print(f"steps alone (least CPU of 3), per {n:,} messages in {len(batches)} batches:")
        for name, t in [
            ("read the JSONL file", t_read),
            ("cut into batches", t_batch),
            (f"pickle the batches ({sum(map(len, blobs)) / n:.0f} B/message)", t_dump),
            ("  (unpickle them: the worker's side)", t_load_msgs),
            ("  (pickle the outcomes: the worker's side)", t_dump_out),
            (f"unpickle the outcomes ({sum(map(len, back)) / n:.0f} B/message)", t_load_out),
            ("outcomes -> Detected / InputProblem", t_detected),
            ("write one JSON line per finding", t_write),
        ]:
            print(f"  {name:55} {t:6.3f} s  {t / n * 1e6:6.1f} us/message")
    return 0


if __name__ == "__main__":
    sys.exit(main())
