#!/usr/bin/env python3
"""One worker's CPU time and findings: this tree against another, interleaved, on a shared
machine.

    .venv/bin/python bench/engine_ab.py --base DIR [--messages 20000] [--seed 11]
                                        [--repeats 3] [--corpus FILE.jsonl ...]

DIR is another checkout of privacyguard (e.g. `git worktree add /tmp/base COMMIT`). Each
run is a fresh child process (PYTHONPATH set to its tree) that builds the detector, warms it
up through scan_stream, then scans the corpus with scan_stream in one process and reports
the CPU seconds of that scan (time.process_time: less disturbed by other jobs than wall time)
and its findings as `scan --jsonl` writes them. The two trees run in turn, --repeats times;
the script prints each run, the minimum and median CPU time of each tree and their ratio,
and whether the findings are byte for byte the same (exit 1 if not). The corpus is
bench/throughput.py's (make_holdout.py, --seed), scanned as `make bench` scans it: id, text
and conversation_id, every language identified. Or --corpus: JSONL lines with id (or
message_id, as the conversation sets write it), text and optionally conversation_id, lang
(ignored with --no-lang), fields and role (or sender_role; the holdout corpus's "text", an
article, is no sender's). Several --corpus files are checked one after the other (exit 1
if the findings differ on any).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

sys.path.insert(0, str(HERE))
from throughput import WARM_UP  # noqa: E402  (one warm-up for every benchmark)


def child(corpus: Path, out: Path, keep_lang: bool = True) -> int:
    from privacyguard.models import Message
    from privacyguard.parallel import scan_stream
    from privacyguard.pipeline import detector_for

    messages = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            extra = {"lang": r["lang"]} if r.get("lang") and keep_lang else {}
            if r.get("fields"):
                extra["fields"] = tuple(tuple(f) for f in r["fields"])
            role = r.get("sender_role") or r.get("role")
            if role and role != "text":
                extra["sender_role"] = role
            mid = r["id"] if "id" in r else r["message_id"]
            messages.append(
                Message(id=mid, text=r["text"], conversation_id=r.get("conversation_id"), **extra)
            )
    detector = detector_for()
    for _ in scan_stream([Message(id=i, text=t) for i, t in WARM_UP], detector):
        pass
    lines = []
    t0 = time.process_time()
    for item in scan_stream(messages, detector):
        findings = getattr(item, "findings", None)
        if findings is None:
            lines.append(json.dumps({"problem": str(item)}, ensure_ascii=False))
            continue
        lines.extend(json.dumps(f.to_json(), ensure_ascii=False) for f in findings)
    cpu = time.process_time() - t0
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({"cpu": cpu, "messages": len(messages)}))
    return 0


def _run(tree: Path, corpus: Path, out: Path, keep_lang: bool) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    lang = ["lang"] if keep_lang else ["no-lang"]
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(corpus), str(out), *lang],
        cwd=tree, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return float(json.loads(done.stdout.strip().splitlines()[-1])["cpu"])


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:] != ["no-lang"])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=True, help="the other privacyguard tree")
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument(
        "--corpus", type=Path, nargs="+", action="extend",
        help="JSONL corpora instead of the generated one (repeat or list several)",
    )
    ap.add_argument(
        "--no-lang",
        action="store_true",
        help="ignore the corpora's lang: every language identified (as make bench does, and "
        "as always for the generated corpus)",
    )
    args = ap.parse_args()
    if not args.corpus:
        return compare(args, None)
    failed = 0
    for corpus in args.corpus:
        print(f"== {corpus}", flush=True)
        failed |= compare(args, corpus)
    return failed


def compare(args: argparse.Namespace, corpus: Path | None) -> int:
    """Both trees on one corpus (None: the generated one); 0 if the findings are the same."""
    trees = {"base": args.base.resolve(), "this": REPO}
    with tempfile.TemporaryDirectory(prefix="pg-engine-ab-") as tmp_name:
        tmp = Path(tmp_name)
        # the generated corpus is scanned as make bench scans it: languages identified
        keep_lang = corpus is not None and not args.no_lang
        if corpus is None:
            sys.path.insert(0, str(HERE))
            import throughput

            corpus = tmp / "corpus.jsonl"
            throughput.make_corpus(args.seed, args.messages, corpus)
        n = sum(1 for _ in corpus.open(encoding="utf-8"))
        cpu: dict[str, list[float]] = {name: [] for name in trees}
        for rep in range(args.repeats):
            for name, tree in trees.items():
                out = tmp / f"{name}-{rep}.jsonl"
                cpu[name].append(_run(tree, corpus, out, keep_lang))
                print(
                    f"run {rep + 1} {name:4} {cpu[name][-1]:7.2f} CPU-s  "
                    f"{n / cpu[name][-1]:7,.0f} msg/CPU-s  load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
        outputs = {p.read_bytes() for p in tmp.glob("*-*.jsonl") if p.name != "corpus.jsonl"}
    for name in trees:
        print(
            f"{name:4} min {min(cpu[name]):.2f} median {statistics.median(cpu[name]):.2f} CPU-s "
            f"({n / statistics.median(cpu[name]):,.0f} msg/CPU-s)"
        )
    print(
        f"this vs base: {min(cpu['base']) / min(cpu['this']):.2f}x (minima), "
        f"{statistics.median(cpu['base']) / statistics.median(cpu['this']):.2f}x (medians)"
    )
    same = len(outputs) == 1
    print("findings: byte for byte the same" if same else "findings DIFFER between runs")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
