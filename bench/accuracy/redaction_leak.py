#!/usr/bin/env python3
"""How much personal data survives redaction: the labelled corpus, redacted with a policy.

    python bench/accuracy/redaction_leak.py [--policy gdpr-default] [--seed 7]
        [--messages 4000] [--corpus PATH] [--limit N] [--json out/leak.json]

Generates (or reads) the corpus of make_corpus.py, redacts every message with the policy
(privacyguard.act.run: the same path as `privacyguard redact`), and measures:

- **leak rate**: the share of labelled PII characters that are still present verbatim in the
  output. Each labelled span is mapped through the replacements: a character outside every
  replaced span was copied as it is (not detected); one inside a `keep` span, or left visible
  by `mask` (the last four digits of a card), was kept by the policy. Both count as leaked.
- **surviving valid numbers**: the redacted texts are scanned for numbers that pass a
  checksum (IBAN with schwifty; Luhn 13-19 digits, BSN, fødselsnummer, INN with
  python-stdnum). Each is traced back to the input: inside a labelled span (the detector
  missed personal data), inside a detected span (a broken redaction contract; must be 0), or
  neither (not personal data: order numbers, EAN/track codes that happen to pass a check).
- **contract**: every detected span whose rule changes text was replaced, and nothing of it
  is left in the output.

The detector is tuned elsewhere; this script reports, it does not judge (exit 0), except
that a broken contract exits 1.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE / "corpus" / "chats.jsonl"

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}")
_DIGITS = re.compile(r"(?<![\d])\d(?:[ .\-]?\d){8,18}(?![\d])")


def _make_corpus() -> Any:
    if "make_corpus" in sys.modules:
        return sys.modules["make_corpus"]
    spec = importlib.util.spec_from_file_location("make_corpus", HERE / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


def load_records(
    corpus: Path, seed: int = 7, messages: int = 4000, limit: int | None = None
) -> list[dict]:
    if corpus.exists():
        with corpus.open(encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
    else:
        mc = _make_corpus()
        records = mc.generate(seed, messages)
        mc.write_jsonl(records, corpus)
    return records[:limit] if limit else records


# --- checksum validators ------------------------------------------------------------------


def valid_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every checksum-valid number in a text."""
    from schwifty import IBAN
    from stdnum import luhn
    from stdnum.nl import bsn
    from stdnum.no import fodselsnummer
    from stdnum.ru import inn

    found: list[tuple[int, int, str]] = []
    for m in _IBAN.finditer(text):
        compact = m.group(0).replace(" ", "")
        for n in range(len(compact), 14, -1):  # the longest prefix that is a valid IBAN
            try:
                IBAN(compact[:n])
            except Exception:  # noqa: S112 - schwifty raises several kinds
                continue
            end, seen = m.start(), 0
            while seen < n:
                seen += text[end] != " "
                end += 1
            found.append((m.start(), end, "IBAN"))
            break
    for m in _DIGITS.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        checks = {
            9: [("BSN", bsn.is_valid)],
            10: [("INN", inn.is_valid)],
            11: [("fodselsnummer", fodselsnummer.is_valid)],
            12: [("INN", inn.is_valid)],
        }.get(len(digits), [])
        if 13 <= len(digits) <= 19:
            checks = [("Luhn", luhn.is_valid)]
        for kind, ok in checks:
            if ok(digits):
                found.append((m.start(), m.end(), kind))
                break
    return found


# --- mapping spans through the replacements -----------------------------------------------


def _segments(text: str, edits: list[Any]) -> list[tuple[int, int, int, int, Any]]:
    """(out_start, out_end, in_start, in_end, edit or None for copied text)."""
    segs, pos, out = [], 0, 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start > pos:
            segs.append((out, out + e.start - pos, pos, e.start, None))
            out += e.start - pos
        segs.append((out, out + len(e.new), e.start, e.end, e))
        out += len(e.new)
        pos = e.end
    if pos < len(text):
        segs.append((out, out + len(text) - pos, pos, len(text), None))
    return segs


def _visible(text: str, e: Any, i: int) -> bool:
    """Whether original character i (inside edit e) is still in the output verbatim."""
    if e.kept:
        return True
    if e.operator == "mask" and len(e.new) == e.end - e.start:
        return e.new[i - e.start] == text[i] and text[i].isalnum()
    return False


def measure(records: list[dict], run: Any) -> dict[str, Any]:
    """Redact the records with a Run and measure leaks, survivors and the contract."""
    from privacyguard.act.redact import splice
    from privacyguard.models import Message

    by_id = {r["id"]: r for r in records}
    messages = (
        Message(id=r["id"], text=r["text"], conversation_id=r.get("conversation_id"))
        for r in records
    )
    chars = Counter[str]()
    missed = Counter[str]()
    kept = Counter[str]()
    survivors = Counter[str]()
    survivor_kinds = Counter[str]()
    verbatim_values = Counter[str]()
    contract: list[str] = []
    withheld = 0
    t0 = time.perf_counter()
    for msg, outcome in run.process(messages):
        if outcome is None:
            continue
        rec = by_id[msg.id]
        text = rec["text"]
        if outcome.action is not None:
            withheld += 1
            for s in rec["spans"]:
                chars[s["entity_type"]] += s["end"] - s["start"]
            continue
        edits = outcome.edits.get("text", [])
        out = splice(text, edits)
        covering = [(e.start, e.end, e) for e in edits]
        for s in rec["spans"]:
            t = s["entity_type"]
            chars[t] += s["end"] - s["start"]
            for i in range(s["start"], s["end"]):
                e = next((e for a, b, e in covering if a <= i < b), None)
                if e is None:
                    missed[t] += 1
                elif _visible(text, e, i):
                    kept[t] += 1
            value = text[s["start"] : s["end"]]
            if len(value) >= 4 and value in out:
                verbatim_values[t] += 1
        for f in outcome.findings:
            if f.field != "text":
                continue
            e = next((e for a, b, e in covering if a <= f.start and f.end <= b), None)
            if e is None:
                contract.append(f"{msg.id}: {f.entity_type} {f.start}-{f.end} has no edit")
            elif not e.kept and e.operator != "mask" and text[e.start : e.end] in e.new:
                contract.append(f"{msg.id}: {f.entity_type} {f.start}-{f.end} is still there")
        segs = _segments(text, edits)
        for start, end, kind in valid_numbers(out):
            inside = [sg for sg in segs if sg[0] < end and start < sg[1]]
            if any(sg[4] is not None for sg in inside):
                where = "detected span"
                contract.append(f"{msg.id}: a valid {kind} overlaps a replacement")
            else:
                sg = inside[0]
                a, b = sg[2] + start - sg[0], sg[2] + end - sg[0]
                gold = [s["entity_type"] for s in rec["spans"] if s["start"] < b and a < s["end"]]
                where = f"labelled {gold[0]} (not detected)" if gold else "not personal data"
            survivors[where] += 1
            survivor_kinds[f"{where}: {kind}"] += 1
    took = time.perf_counter() - t0
    total = sum(chars.values())
    leaked = sum(missed.values()) + sum(kept.values())
    return {
        "messages": len(records),
        "seconds": round(took, 2),
        "withheld": withheld,
        "pii_chars": total,
        "leaked_chars": leaked,
        "leak_rate": leaked / total if total else 0.0,
        "not_detected_chars": sum(missed.values()),
        "kept_by_policy_chars": sum(kept.values()),
        "by_type": {
            t: {"chars": chars[t], "not_detected": missed[t], "kept": kept[t]}
            for t in sorted(chars)
        },
        "labelled_values_found_verbatim": dict(verbatim_values),
        "valid_numbers_surviving": dict(survivors),
        "valid_numbers_by_kind": dict(survivor_kinds),
        "contract_violations": contract,
    }


def report(res: dict[str, Any], policy: str) -> str:
    lines = [
        f"redaction leak, policy {policy}: {res['messages']} messages in {res['seconds']} s "
        f"({res['withheld']} withheld)",
        f"  labelled PII characters      {res['pii_chars']}",
        f"  still verbatim in the output {res['leaked_chars']} = {res['leak_rate']:.2%} "
        f"(not detected {res['not_detected_chars']}, kept by the policy "
        f"{res['kept_by_policy_chars']})",
        "  by entity type (characters: total / not detected / kept by policy):",
    ]
    for t, row in res["by_type"].items():
        share = (row["not_detected"] + row["kept"]) / row["chars"] if row["chars"] else 0
        lines.append(
            f"    {t:18} {row['chars']:6} / {row['not_detected']:5} / {row['kept']:5}  {share:6.2%}"
        )
    lines.append(
        "  labelled values (4+ chars) found verbatim anywhere in their redacted message: "
        + (
            ", ".join(f"{t} {n}" for t, n in sorted(res["labelled_values_found_verbatim"].items()))
            or "none"
        )  # fmt: skip
    )
    lines.append("  checksum-valid numbers in the redacted output:")
    if not res["valid_numbers_by_kind"]:
        lines.append("    none")
    for k, n in sorted(res["valid_numbers_by_kind"].items()):
        lines.append(f"    {k:45} {n}")
    lines.append(f"  redaction contract violations: {len(res['contract_violations'])}")
    lines.extend(f"    {v}" for v in res["contract_violations"][:20])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--policy", default="gdpr-default", help="policy file or bundled name")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seed", type=int, default=7, help="seed when the corpus has to be made")
    ap.add_argument("--messages", type=int, default=4000)
    ap.add_argument("--limit", type=int, help="only the first N messages")
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE.parents[1]))
    from privacyguard.act.run import start_run

    records = load_records(args.corpus, args.seed, args.messages, args.limit)
    run = start_run(args.policy, source=str(args.corpus))
    res = measure(records, run)
    print(report(res, run.policy.name))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 1 if res["contract_violations"] else 0


if __name__ == "__main__":
    sys.exit(main())
