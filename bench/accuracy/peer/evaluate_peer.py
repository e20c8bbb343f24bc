#!/usr/bin/env python3
"""Run privacyguard on the peer suite (Presidio's recognizer tests, python-stdnum's test
vectors) and report, per entity type, exact passes, span differences, misses, findings of
another type and false positives.

    python bench/accuracy/peer/evaluate_peer.py [--out out/eval/peer.json] [--show N] [--check]

Each case is one message in a conversation of its own, in the case's language. A case passes
exactly when privacyguard's findings (every type but PERSON and LOCATION, which these suites
do not test) are exactly the expected spans with the expected type. A case that does not is
explained in differences.yaml (a deliberate difference, with the reason) or counted as an
unexplained difference. --check exits 1 when an unexplained difference or a stale entry
(listed, but now passing exactly, differing in another way, or not a case at all) exists, or
fewer than 97 % pass.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CASES = HERE / "cases"
DIFFERENCES = HERE / "differences.yaml"
DEFAULT_OUT = ROOT / "out" / "eval" / "peer.json"
#: types these suites say nothing about: a finding of them is neither right nor wrong here
IGNORED_TYPES = frozenset({"PERSON", "LOCATION"})
REQUIRED_EXACT = 0.97
#: outcome of a case that is not exact, the first that applies
OUTCOMES = ("miss", "other_type", "span", "false_positive")


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    type: str

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Result:
    case: dict
    found: list[Span]
    outcome: str  # "exact" or one of OUTCOMES
    details: list[str] = field(default_factory=list)
    reason: str | None = None  # from differences.yaml


def load_cases(folder: Path = CASES) -> list[dict]:
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not JSON ({e.msg})") from None
    ids = Counter(c["id"] for c in cases)
    if dup := [i for i, k in ids.items() if k > 1]:
        raise SystemExit(f"{folder}: duplicate case ids {dup[:5]}")
    return cases


def load_differences(path: Path = DIFFERENCES) -> dict[str, dict]:
    """differences.yaml: a list of {id, outcome, reason}; every entry needs all three."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, dict] = {}
    for n, entry in enumerate(data.get("differences", []), 1):
        missing = {"id", "outcome", "reason"} - set(entry or {})
        if missing:
            raise SystemExit(f"{path}: entry {n}: missing {sorted(missing)}")
        if entry["outcome"] not in OUTCOMES:
            raise SystemExit(f"{path}: entry {n}: outcome must be one of {OUTCOMES}")
        if entry["id"] in out:
            raise SystemExit(f"{path}: entry {n}: {entry['id']} listed twice")
        out[entry["id"]] = entry
    return out


def judge(case: dict, found: list[Span]) -> Result:
    expected = [Span(e["start"], e["end"], e["type"]) for e in case["expected"]]
    exp_set, found_set = set(expected), set(found)
    if exp_set == found_set:
        return Result(case, found, "exact")
    text = case["text"]
    details, kinds = [], set()
    for e in expected:
        if e in found_set:
            continue
        same = [f for f in found if f.type == e.type and f.overlaps(e)]
        other = [f for f in found if f.type != e.type and f.overlaps(e)]
        if same:
            kinds.add("span")
            details.append(f"span: expected {text[e.start:e.end]!r}, found "
                           + ", ".join(repr(text[f.start:f.end]) for f in same))  # fmt: skip
        elif other:
            kinds.add("other_type")
            seen = ", ".join(f"{f.type} {text[f.start:f.end]!r}" for f in other)
            details.append(f"other type: {e.type} {text[e.start:e.end]!r} found as {seen}")
        else:
            kinds.add("miss")
            details.append(f"miss: {e.type} {text[e.start:e.end]!r}")
    for f in found:
        if f not in exp_set and not any(f.overlaps(e) for e in expected):
            kinds.add("false_positive")
            details.append(f"false positive: {f.type} {text[f.start:f.end]!r}")
    outcome = next(o for o in OUTCOMES if o in kinds)
    return Result(case, found, outcome, details)


def run(cases: list[dict]) -> list[list[Span]]:
    """privacyguard's findings in each case's text (one conversation per case)."""
    from privacyguard.detect.engine import Detector
    from privacyguard.models import Message

    detector = Detector()
    messages = [
        Message(id=c["id"], text=c["text"], lang=c.get("lang"), conversation_id=c["id"])
        for c in cases
    ]
    out = []
    for detected in detector.detect(messages):
        if detected.error:
            raise SystemExit(f"{detected.message.id}: {detected.error}")
        out.append(sorted(
            Span(f.start, f.end, f.entity_type)
            for f in detected.findings
            if f.field == "text" and f.entity_type not in IGNORED_TYPES
        ))  # fmt: skip
    return out


def evaluate(cases: list[dict], differences: dict[str, dict]) -> tuple[list[Result], dict]:
    results = [judge(c, found) for c, found in zip(cases, run(cases), strict=True)]
    by_id = {r.case["id"]: r for r in results}
    stale = sorted(i for i in differences if i not in by_id or by_id[i].outcome == "exact")
    # an entry explains one outcome: the same case differing in another way is unexplained
    stale += sorted(
        i for i, entry in differences.items()
        if i in by_id and by_id[i].outcome not in ("exact", entry["outcome"])
    )  # fmt: skip
    for r in results:
        entry = differences.get(r.case["id"])
        if entry is not None and r.outcome == entry["outcome"]:
            r.reason = entry["reason"]
    per_type: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        t = per_type[r.case["type"]]
        t["cases"] += 1
        t[r.outcome] += 1
        if r.outcome != "exact":
            t["deliberate" if r.reason else "unexplained"] += 1
    per_source: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        s = per_source[r.case["source"]["repo"] + "/" + r.case["source"]["path"]]
        s["cases"] += 1
        s["exact"] += r.outcome == "exact"
    exact = sum(r.outcome == "exact" for r in results)
    summary = {
        "cases": len(results),
        "exact": exact,
        "exact_rate": round(exact / len(results), 4) if results else 0.0,
        "deliberate": sum(1 for r in results if r.outcome != "exact" and r.reason),
        "unexplained": sum(1 for r in results if r.outcome != "exact" and not r.reason),
        "stale_differences": stale,
        "per_type": {k: dict(v) for k, v in sorted(per_type.items())},
        "per_source": {k: dict(v) for k, v in sorted(per_source.items())},
        "not_exact": [
            {"id": r.case["id"], "type": r.case["type"], "outcome": r.outcome,
             "text": r.case["text"], "details": r.details, "reason": r.reason}
            for r in results if r.outcome != "exact"
        ],
    }  # fmt: skip
    return results, summary


def report(summary: dict, show: int) -> str:
    lines = [
        f"peer suite: {summary['exact']}/{summary['cases']} cases exact "
        f"({summary['exact'] / max(1, summary['cases']):.1%}); "
        f"{summary['deliberate']} deliberate differences, {summary['unexplained']} unexplained",
        "",
        f"{'type':<15}{'cases':>7}{'exact':>7}{'span':>6}{'miss':>6}{'other':>7}{'FP':>5}"
        f"{'delib.':>8}{'unexpl.':>9}",
    ]
    for t, c in summary["per_type"].items():
        lines.append(
            f"{t:<15}{c['cases']:>7}{c.get('exact', 0):>7}{c.get('span', 0):>6}"
            f"{c.get('miss', 0):>6}{c.get('other_type', 0):>7}{c.get('false_positive', 0):>5}"
            f"{c.get('deliberate', 0):>8}{c.get('unexplained', 0):>9}"
        )
    lines.append("")
    for src, c in summary["per_source"].items():
        lines.append(f"  {src}: {c['exact']}/{c['cases']} exact")
    unexplained = [d for d in summary["not_exact"] if not d["reason"]]
    if unexplained:
        lines += ["", f"unexplained differences (first {min(show, len(unexplained))}):"]
        for d in unexplained[:show]:
            lines.append(f"  {d['id']} [{d['outcome']}] {d['text']!r}: {'; '.join(d['details'])}")
    if summary["stale_differences"]:
        lines += ["", "differences.yaml entries that no longer hold (the case passes, differs "
                  "otherwise, or is no case):"]
        lines += [f"  {i}" for i in summary["stale_differences"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON summary")
    ap.add_argument("--show", type=int, default=40, help="unexplained differences to print")
    ap.add_argument("--check", action="store_true", help="exit 1 unless the suite holds")
    args = ap.parse_args(argv)
    _, summary = evaluate(load_cases(), load_differences())
    print(report(summary, args.show))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"\nsummary: {args.out}")
    ok = (
        summary["unexplained"] == 0
        and not summary["stale_differences"]
        and summary["exact_rate"] >= REQUIRED_EXACT
    )
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
