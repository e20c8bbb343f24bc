#!/usr/bin/env python3
"""Detection throughput and accuracy: vanilla Presidio and privacyguard (1 worker and every
core) on the same generated corpus, in one run.

    .venv/bin/python bench/throughput.py [--messages 20000] [--seed 11] [--repeats 2]
                                         [--workers N] [--markdown FILE] [--baseline DIR]

The corpus comes from bench/accuracy/make_holdout.py (written independently of the rules),
with a seed other than the held-out corpus's: at least --messages chat messages in en, nl,
nb and ru with gold spans, so each system's precision and recall are computed on exactly
what was timed (bench/accuracy/evaluate.py's scorer: same type, IoU >= 0.5).

Each system runs in a fresh child process, so that start-up and peak memory are its own:
- start-up: from the child's first line of code to a detector that has scanned the warm-up
  messages (imports included, the interpreter's own start excluded); privacyguard's on-disk
  cache is warmed by an earlier run. With 1 worker the warm-up goes through scan_stream, as
  the timed run does (until 2026-12-06 it called Detector.detect, so the first timed message
  paid for importing what scan_stream adds, ~0.2 s). privacyguard's warm-up is one message
  in each of the corpus's four languages (the detector loads a language's tables when it
  first meets it), Presidio's one English message (it runs every message as English). With N
  workers the same, for every worker: the pool is started ahead (DetectorPool.start: the
  fork server, each worker building its detector and scanning the warm-up messages) and its
  start-up is reported here, outside the timed run, exactly as one worker's detector is
  built outside it (until 2026-12-05 the pool started inside the timed run: ~0.7-0.9 s of
  start-up in 2 workers' time and none in 1 worker's, which read as 1.57x instead of the
  pool's speed);
- messages/s and MB/s (UTF-8 bytes of the texts): the detection of every message, timed;
- messages per CPU-second: the same, over the CPU time of the child and, with N workers,
  of its workers during the timed run (Linux /proc): other jobs on a shared machine disturb
  it less than wall time, and against one worker it shows what the pool costs in CPU;
- peak memory: the largest resident set of the child and of any of its workers.
Before each repeat, what the machine itself gives N processes right now is measured
(bench/workers_scaling.py's pure-Python loop: 1 process against N doing N times the work),
so that a 2-worker speedup below 2x can be told apart from a machine shared with others.
presidio: AnalyzerEngine with its default recognizers on blank spaCy pipelines, offline,
language="en" for every message (as bench/accuracy/evaluate.py runs it). privacyguard:
scan_stream() as a pipeline uses it (languages identified, conversations batched), with
workers=1 and workers=--workers (default: every core). --baseline DIR adds an earlier
privacyguard, a directory holding its `privacyguard` package and `rules` (e.g. from
`git archive COMMIT privacyguard rules pyproject.toml`: a checkout
finds its rules beside pyproject.toml), run first on PYTHONPATH with its own entry points,
through its scan_stream with one worker (a tree older than scan_stream: Detector.detect in
batches of settings.batch_size).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _module(name: str, path: Path):  # type: ignore[no-untyped-def]
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _evaluate():  # type: ignore[no-untyped-def]
    _module("make_corpus", HERE / "accuracy" / "make_corpus.py")
    return _module("pg_evaluate", HERE / "accuracy" / "evaluate.py")


def make_corpus(seed: int, messages: int, path: Path) -> list[dict]:
    holdout = _module("make_holdout", HERE / "accuracy" / "make_holdout.py")
    records = holdout.build_corpus(seed, messages)
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records


# ---------------------------------------------------------------------------------------
# children: one system each
# ---------------------------------------------------------------------------------------


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (worker processes): less
    sensitive than wall time to other jobs on a shared machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _proc_cpu(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux /proc; 0.0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_peak_mb(pid: int) -> float:
    """The largest resident set of a running process so far (Linux VmHWM; 0.0 elsewhere)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def child_presidio(records: list[dict], started: float) -> dict:
    ev = _evaluate()
    with tempfile.TemporaryDirectory(prefix="pg-bench-") as tmp:
        analyzer = ev.build_presidio(Path(tmp))
        analyzer.analyze(text="Hello, my name is Anna, mail a@b.nl", language="en")
        startup = time.perf_counter() - started
        preds = []
        t0, c0 = time.perf_counter(), _cpu()
        for r in records:
            for res in analyzer.analyze(text=r["text"], language="en"):
                preds.append([r["id"], res.entity_type, res.start, res.end, float(res.score)])
        seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    return {"startup": startup, "seconds": seconds, "cpu": cpu, "preds": preds}


#: privacyguard's warm-up: a message in each language of the corpus (synthetic people)
WARM_UP = [
    ("warm-up-en", "Hello, my name is Anna, mail a@b.nl"),
    ("warm-up-nl", "Hallo, mijn naam is Anna de Vries, bel me op 06 12345678"),
    ("warm-up-nb", "Hei, jeg heter Ola Nordmann og bor i Oslo, ring meg"),
    ("warm-up-ru", "Здравствуйте, меня зовут Анна Петрова, позвоните мне"),
]


def child_privacyguard(records: list[dict], started: float, workers: int) -> dict:
    from privacyguard.models import Message
    from privacyguard.parallel import DetectorPool, DetectorSpec
    from privacyguard.pipeline import detector_for, scan_stream

    warm_up = [Message(id=mid, text=text) for mid, text in WARM_UP]
    pool = None
    if workers == 1:  # warmed up as the timed run goes: through scan_stream
        detector = detector_for()
        for _ in scan_stream(warm_up, detector):
            pass
    else:  # every worker ready (detector built, warm-up scanned) before the clock starts
        pool = DetectorPool(DetectorSpec(), workers).start(warm_up)
    startup = time.perf_counter() - started
    messages = [
        Message(id=r["id"], text=r["text"], conversation_id=r["conversation_id"]) for r in records
    ]
    pids = pool.pids() if pool else []
    preds = []
    problems = 0
    t0, c0, w0 = time.perf_counter(), _cpu(), [_proc_cpu(p) for p in pids]
    stream = scan_stream(messages, detector) if pool is None else scan_stream(messages, pool=pool)
    for item in stream:
        findings = getattr(item, "findings", None)
        if findings is None:
            problems += 1
            continue
        preds.extend([f.message_id, f.entity_type, f.start, f.end, f.score] for f in findings)
    seconds = time.perf_counter() - t0
    worker_cpu = [_proc_cpu(p) - c for p, c in zip(pids, w0, strict=True)]
    cpu = _cpu() - c0 + sum(worker_cpu)
    worker_mb = max((_proc_peak_mb(p) for p in pids), default=0.0)
    if pool is not None:
        if pids != pool.pids():  # a worker died and was replaced: its CPU time is lost
            cpu = None
        pool.close()
    return {
        "startup": startup,
        "seconds": seconds,
        "cpu": cpu,
        "worker_cpu": worker_cpu,
        "worker_mb": worker_mb,
        "preds": preds,
        "problems": problems,
    }


def _baseline_entry_points() -> None:
    """Give catalogue the baseline tree's own privacyguard entry points (its pyproject.toml)
    instead of the installed package's: an entry added since would name an attribute the
    earlier tree lacks."""
    from importlib.metadata import EntryPoint, EntryPoints

    import catalogue
    import tomllib

    tree = Path(os.environ["PYTHONPATH"])
    groups = tomllib.loads((tree / "pyproject.toml").read_text())["project"]["entry-points"]
    own = [
        EntryPoint(name, value, group)
        for group, entries in groups.items()
        if group.startswith("privacyguard")
        for name, value in entries.items()
    ]
    available = catalogue.AVAILABLE_ENTRY_POINTS  # Python 3.11: a dict of groups
    groups_of = getattr(available, "values", None)
    every = [ep for eps in groups_of() for ep in eps] if groups_of else list(available)
    others = [ep for ep in every if not ep.group.startswith("privacyguard")]
    catalogue.AVAILABLE_ENTRY_POINTS = EntryPoints(others + own)


def child_baseline(records: list[dict], started: float) -> dict:
    """An earlier privacyguard (imported from PYTHONPATH): through its own scan_stream, as
    privacyguard:1 runs, where it has one; else Detector.detect in batches."""
    _baseline_entry_points()
    from privacyguard import pipeline

    if hasattr(pipeline, "scan_stream"):
        return child_privacyguard(records, started, workers=1)
    from privacyguard.models import Message
    from privacyguard.pipeline import detector_for

    detector = detector_for()
    detector.detect([Message(id=mid, text=text) for mid, text in WARM_UP])
    startup = time.perf_counter() - started
    messages = [
        Message(id=r["id"], text=r["text"], conversation_id=r["conversation_id"]) for r in records
    ]
    batch = detector.settings.batch_size
    preds, problems = [], 0
    t0, c0 = time.perf_counter(), _cpu()
    for i in range(0, len(messages), batch):
        for d in detector.detect(messages[i : i + batch]):
            problems += d.error is not None
            preds.extend([f.message_id, f.entity_type, f.start, f.end, f.score] for f in d.findings)
    seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    return {
        "startup": startup,
        "seconds": seconds,
        "cpu": cpu,
        "preds": preds,
        "problems": problems,
    }


def run_child(argv: list[str]) -> int:
    started = time.perf_counter()
    system, corpus, out = argv[0], Path(argv[1]), Path(argv[2])
    with corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    if system == "presidio":
        result = child_presidio(records, started)
    elif system == "baseline":
        result = child_baseline(records, started)
    else:
        result = child_privacyguard(records, started, int(system.split(":")[1]))
    result["peak_mb"], result["peak_worker_mb"] = _peak_mb()
    result["peak_worker_mb"] = max(result["peak_worker_mb"], result.pop("worker_mb", 0.0))
    out.write_text(json.dumps(result), encoding="utf-8")
    return 0


# ---------------------------------------------------------------------------------------
# parent
# ---------------------------------------------------------------------------------------


def _spawn(system: str, corpus: Path, tmp: Path, baseline: Path | None) -> dict:
    out = tmp / f"{system.replace(':', '-')}.json"
    env = dict(os.environ)
    if system == "baseline" and baseline is not None:
        env["PYTHONPATH"] = str(baseline.resolve())
    subprocess.run(
        [sys.executable, __file__, "--child", system, str(corpus), str(out)],
        check=True,
        cwd=tmp if system == "baseline" else REPO,
        env=env,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def _accuracy(records: list[dict], preds: list[list]) -> dict:
    ev = _evaluate()
    mapped = []
    for mid, etype, start, end, score in preds:
        ours = etype if etype in ev.ENTITY_TYPES else ev.map_presidio(etype)
        mapped.append(ev.Pred(mid, ours or etype, start, end, score, etype))
    return ev.score(records, mapped)["overall"]


def machine() -> str:
    load = os.getloadavg()
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load average "
        f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start"
    )


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return run_child(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--repeats", type=int, default=2, help="timed runs per system")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--markdown", type=Path, help="also write the table here")
    ap.add_argument("--baseline", type=Path, help="an earlier privacyguard to run beside")
    args = ap.parse_args()

    systems = ["presidio", "privacyguard:1", f"privacyguard:{args.workers}"]
    if args.baseline:
        systems.insert(1, "baseline")
    described = machine()
    print(described, flush=True)
    with tempfile.TemporaryDirectory(prefix="pg-throughput-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.jsonl"
        records = make_corpus(args.seed, args.messages, corpus)
        nbytes = sum(len(r["text"].encode("utf-8")) for r in records)
        print(
            f"corpus: {len(records)} messages, {nbytes / 1e6:.2f} MB, "
            f"{sum(len(r['spans']) for r in records)} gold spans "
            f"(make_holdout.py seed {args.seed})",
            flush=True,
        )
        runs: dict[str, list[dict]] = {s: [] for s in systems}
        machine_speedup: list[float] = []
        scaling = _module("workers_scaling", HERE / "workers_scaling.py")
        for rep in range(args.repeats):
            if args.workers > 1:
                machine_speedup.append(scaling._machine_speedup(args.workers))
                print(
                    f"  run {rep + 1} the machine's own speedup with {args.workers} processes: "
                    f"{machine_speedup[-1]:.2f}x  load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
            for system in systems:
                r = _spawn(system, corpus, tmp, args.baseline)
                print(
                    f"  run {rep + 1} {system:<16} {len(records) / r['seconds']:9,.0f} msg/s  "
                    + (f"{len(records) / r['cpu']:9,.0f} msg/CPU-s  " if r["cpu"] else "")
                    + f"start-up {r['startup']:.2f} s  peak {r['peak_mb']:.0f} MB"
                    + (f" (workers {r['peak_worker_mb']:.0f} MB)" if r["peak_worker_mb"] else "")
                    + f"  load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
                runs[system].append(r)

    rows = []
    for system in systems:
        rs = runs[system]
        best = min(rs, key=lambda r: r["seconds"])
        acc = _accuracy(records, best["preds"])
        rows.append({
            "system": system,
            "msg_s": len(records) / best["seconds"],
            "msg_s_median": len(records) / statistics.median(r["seconds"] for r in rs),
            "msg_cpu_s": (
                len(records) / min(r["cpu"] for r in rs) if all(r["cpu"] for r in rs) else None
            ),
            "mb_s": nbytes / 1e6 / best["seconds"],
            "startup": min(r["startup"] for r in rs),
            "peak_mb": max(max(r["peak_mb"], r["peak_worker_mb"]) for r in rs),
            "precision": acc["precision"],
            "recall": acc["recall"],
            "problems": best.get("problems", 0),
        })  # fmt: skip
    base, cpu_base = rows[0]["msg_s"], rows[0]["msg_cpu_s"]

    def cpu_cells(value: float | None) -> str:
        return f"{value:,.0f} | {value / cpu_base:.1f}x" if value else "n/a | n/a"

    lines = [
        f"{len(records)} messages ({nbytes / 1e6:.2f} MB), best of {args.repeats} runs "
        f"(median in brackets); {described}; load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end",
        "",
        "| system | messages/s | MB/s | vs presidio | messages/CPU-s | vs presidio (CPU) "
        "| start-up s | peak MB | precision | recall |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['system']} | {row['msg_s']:,.0f} ({row['msg_s_median']:,.0f}) | "
            f"{row['mb_s']:.2f} | {row['msg_s'] / base:.1f}x | {cpu_cells(row['msg_cpu_s'])} | "
            f"{row['startup']:.2f} | "
            f"{row['peak_mb']:.0f} | {row['precision']:.3f} | {row['recall']:.3f} |"
        )
    one, many = rows[-2], rows[-1]
    lines.append("")
    lines.append(
        f"{systems[-1]} vs privacyguard:1: {many['msg_s'] / one['msg_s']:.2f}x (best runs), "
        f"{many['msg_s_median'] / one['msg_s_median']:.2f}x (medians)"
        + (
            f", {many['msg_cpu_s'] / one['msg_cpu_s']:.2f} of one worker's messages per "
            "CPU-second (workers and parent)"
            if many["msg_cpu_s"] and one["msg_cpu_s"]
            else ""
        )
    )
    if machine_speedup:
        lines.append(
            f"the machine's own speedup with {args.workers} processes before each repeat "
            f"(a pure-Python loop): {', '.join(f'{x:.2f}x' for x in machine_speedup)}"
        )
    if args.baseline:
        lines.append(
            f"privacyguard:1 vs baseline: {one['msg_s'] / rows[1]['msg_s']:.2f}x (wall), "
            f"{rows[-2]['msg_cpu_s'] / rows[1]['msg_cpu_s']:.2f}x (CPU)"
        )
    print("\n".join(lines))
    if args.markdown:
        args.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
