#!/usr/bin/env python3
"""Score privacyguard on labelled multi-turn conversations, per failure class and language.

    python bench/accuracy/evaluate_conversations.py [--corpus PATH] [--json OUT]
        [--record FILE --corpus-name NAME [--once]] [--rules DIR] [--tree DIR]
        [--give-lang] [--errors N]

Each conversation is scanned in order as one batch: Message(id, text, conversation_id,
sender_role="agent"|"customer"); never the labels, and the language only with --give-lang.
The corpus format is bench/accuracy/conversations/README.md.

- recall: a gold span is found when the findings in its message (of any type) cover all its
  non-space characters; typed recall counts only findings of the gold span's type.
- leak: share of the gold spans' non-space characters that no finding covers (the default
  policy redacts every finding, so these characters survive redaction).
- hard negatives hit: labelled negatives that any finding overlaps.
- precision: findings that overlap a gold span, over all findings (typed: a gold span of the
  finding's type). The record keeps the typed precision and recall under "precision" and
  "recall" (what the audit report shows), with the any-type recall and the leak beside them.

This is a report: it exits 0 whatever the scores, and 2 on a usage error (missing or
malformed corpus, bad option). --record merges the figures into an accuracy record
(privacyguard/data/accuracy.json, read by `privacyguard audit`) under --corpus-name, keeping
every other corpus; with --once an existing entry measured with the same rules is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_CORPUS = HERE / "conversations" / "dev.jsonl"
CLASSES = ("bare_answer", "list", "split", "disguised", "address_no_cue", "plain")
LANGS = ("en", "nl", "nb", "ru")
ROLES = ("agent", "customer")


class CorpusError(ValueError):
    """The corpus cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Span:
    message_id: str
    entity_type: str
    start: int
    end: int


# ---------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------


def load_corpus(path: Path) -> list[dict]:
    """Read and check the JSONL corpus; raise CorpusError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise CorpusError(f"{path}: cannot read the corpus ({e.strerror}); check --corpus") from e
    records, seen = [], set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            check_record(r)
        except (ValueError, KeyError, TypeError) as e:
            raise CorpusError(
                f"{path}:{n}: {e}; fix the record (format: conversations/README.md)"
            ) from None
        if r["message_id"] in seen:
            raise CorpusError(f"{path}:{n}: message_id is repeated; message ids must be unique")
        seen.add(r["message_id"])
        records.append(r)
    if not records:
        raise CorpusError(f"{path}: the corpus has no records")
    return records


def check_record(r: Any) -> None:
    if not isinstance(r, dict):
        raise ValueError("not a JSON object")
    for key in ("conversation_id", "message_id", "role", "lang", "text", "entities"):
        if key not in r:
            raise KeyError(f"missing key {key!r}")
    if r["role"] not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    n = len(r["text"])
    for s in r["entities"]:
        if not (isinstance(s["start"], int) and isinstance(s["end"], int)):
            raise ValueError("entity offsets must be integers")
        if not 0 <= s["start"] < s["end"] <= n:
            raise ValueError(f"entity {s['start']}-{s['end']} is outside the text")
        if s["class"] not in CLASSES:
            raise ValueError(f"entity class must be one of {CLASSES}")
        str(s["type"])
    for s in r.get("negatives", []):
        if not 0 <= s["start"] < s["end"] <= n:
            raise ValueError(f"negative {s['start']}-{s['end']} is outside the text")
        str(s["kind"])


def conversations(records: Sequence[dict]) -> list[list[dict]]:
    """Records grouped by conversation, in first-seen order, messages in file order."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        groups[r["conversation_id"]].append(r)
    return list(groups.values())


# ---------------------------------------------------------------------------------------
# running privacyguard
# ---------------------------------------------------------------------------------------


def use_tree(tree: Path) -> None:
    """Import privacyguard (and its rules/) from another source tree, e.g. a git archive."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, str(tree.resolve()))


def run_privacyguard(
    records: Sequence[dict], rules: Path | None, give_lang: bool
) -> tuple[list[Span], list[str], float]:
    """Findings (text field only), ids of messages reported as problems, seconds."""
    from privacyguard import scan  # noqa: PLC0415
    from privacyguard.models import Message  # noqa: PLC0415

    spans: list[Span] = []
    problems: list[str] = []
    scan(
        [
            Message(
                id="w", text="Hello, my name is Anna.", conversation_id="w", sender_role="customer"
            )
        ],
        rules=rules,
    )
    t0 = time.perf_counter()
    for conv in conversations(records):
        batch = [
            Message(
                id=r["message_id"],
                text=r["text"],
                lang=r["lang"] if give_lang else None,
                conversation_id=r["conversation_id"],
                sender_role=r["role"],
            )
            for r in conv
        ]
        result = scan(batch, rules=rules)
        ids = {m.id for m in batch}
        scanned = set(result.languages)
        problems += sorted(ids - scanned)
        for f in result.findings:
            if f.field == "text":
                spans.append(Span(f.message_id, f.entity_type, f.start, f.end))
    return spans, problems, time.perf_counter() - t0


# ---------------------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------------------


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


class _Tally:
    def __init__(self) -> None:
        self.spans = self.found = self.typed = 0
        self.chars = self.leaked = 0

    def add(self, found: bool, typed: bool, chars: int, leaked: int) -> None:
        self.spans += 1
        self.found += found
        self.typed += typed
        self.chars += chars
        self.leaked += leaked

    def figures(self) -> dict[str, Any]:
        return {
            "spans": self.spans,
            "found": self.found,
            "recall": _ratio(self.found, self.spans),
            "recall_typed": _ratio(self.typed, self.spans),
            "chars": self.chars,
            "leaked_chars": self.leaked,
            "leak": _ratio(self.leaked, self.chars),
        }


def score(records: Sequence[dict], findings: Iterable[Any], errors: int = 0) -> dict[str, Any]:
    """All figures for ``findings`` (objects or dicts with message_id, entity_type, start,
    end) against the gold spans and negatives of ``records``."""
    by_msg: dict[str, list[Span]] = defaultdict(list)
    texts = {r["message_id"]: r for r in records}
    unknown = 0
    for f in findings:
        g = f.get if isinstance(f, dict) else lambda k, f=f: getattr(f, k)
        s = Span(str(g("message_id")), str(g("entity_type")), int(g("start")), int(g("end")))
        if s.message_id not in texts:
            unknown += 1
            continue
        by_msg[s.message_id].append(s)

    tallies: dict[str, _Tally] = defaultdict(_Tally)
    negs: dict[str, dict[str, int]] = defaultdict(lambda: {"total": 0, "hit": 0})
    neg_lang: dict[str, dict[str, int]] = defaultdict(lambda: {"total": 0, "hit": 0})
    n_findings = n_on_gold = n_on_neg = 0
    by_type: dict[str, Counter[str]] = defaultdict(Counter)  # finding type -> counts
    misses: list[dict] = []
    neg_hits: list[dict] = []
    for r in records:
        text, preds = r["text"], by_msg.get(r["message_id"], [])
        gold = r["entities"]
        for s in gold:
            nonspace = [i for i in range(s["start"], s["end"]) if not text[i].isspace()]
            cov_any = {i for p in preds for i in range(p.start, p.end)}
            cov_typed = {
                i for p in preds if p.entity_type == s["type"] for i in range(p.start, p.end)
            }
            leaked = sum(1 for i in nonspace if i not in cov_any)
            found, typed = leaked == 0, all(i in cov_typed for i in nonspace)
            for key in (
                "all",
                f"class/{s['class']}",
                f"lang/{r['lang']}",
                f"cell/{s['class']}/{r['lang']}",
                f"type/{s['type']}",
            ):
                tallies[key].add(found, typed, len(nonspace), leaked)
            if not found and len(misses) < errors * 50:
                misses.append(
                    {
                        "message_id": r["message_id"],
                        "class": s["class"],
                        "type": s["type"],
                        "value": text[s["start"] : s["end"]],
                        "covered": len(nonspace) - leaked,
                        "of": len(nonspace),
                    }
                )
        for s in r.get("negatives", []):
            hit = any(p.start < s["end"] and s["start"] < p.end for p in preds)
            for table in (negs[s["kind"]], negs["all"], neg_lang[r["lang"]]):
                table["total"] += 1
                table["hit"] += hit
            if hit and len(neg_hits) < errors * 20:
                hitters = [
                    p.entity_type for p in preds if p.start < s["end"] and s["start"] < p.end
                ]
                neg_hits.append(
                    {
                        "message_id": r["message_id"],
                        "kind": s["kind"],
                        "value": text[s["start"] : s["end"]],
                        "as": hitters,
                    }
                )
        for p in preds:
            n_findings += 1
            n_on_gold += any(p.start < s["end"] and s["start"] < p.end for s in gold)
            typed_hit = any(
                p.start < s["end"] and s["start"] < p.end and p.entity_type == s["type"]
                for s in gold
            )
            by_type[p.entity_type]["findings"] += 1
            by_type[p.entity_type]["on_gold_typed"] += typed_hit
            n_on_neg += any(
                p.start < s["end"] and s["start"] < p.end for s in r.get("negatives", [])
            )

    def group(prefix: str) -> dict[str, Any]:
        return {
            k[len(prefix) :]: t.figures()
            for k, t in sorted(tallies.items())
            if k.startswith(prefix)
        }

    return {
        "overall": tallies["all"].figures(),
        "per_class": group("class/"),
        "per_language": group("lang/"),
        "per_class_language": group("cell/"),
        "per_type": group("type/"),
        "precision": {
            "findings": n_findings,
            "on_gold": n_on_gold,
            "on_negatives": n_on_neg,
            "precision": _ratio(n_on_gold, n_findings),
            "on_gold_typed": sum(c["on_gold_typed"] for c in by_type.values()),
            "precision_typed": _ratio(
                sum(c["on_gold_typed"] for c in by_type.values()), n_findings
            ),
            "per_type": {
                t: {**c, "precision_typed": _ratio(c["on_gold_typed"], c["findings"])}
                for t, c in sorted(by_type.items())
            },
        },
        "hard_negatives": dict(sorted(negs.items())),
        "hard_negatives_per_language": dict(sorted(neg_lang.items())),
        "findings_for_unknown_messages": unknown,
        "errors": {"missed": misses, "negatives_hit": neg_hits},
    }


# ---------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------


def _f(v: float | None, pct: bool = False) -> str:
    if v is None:
        return "-"
    return f"{v * 100:.1f}%" if pct else f"{v:.2f}"


def report(res: dict[str, Any], header: list[str], errors: int) -> str:
    L = list(header)
    o = res["overall"]
    pr = res["precision"]
    L.append(
        f"overall: recall {_f(o['recall'])} (typed {_f(o['recall_typed'])}), "
        f"leak {_f(o['leak'], True)}, precision {_f(pr['precision'])} "
        f"(typed {_f(pr['precision_typed'])}) "
        f"({pr['findings']} findings, {pr['on_gold']} on gold spans, "
        f"{pr['on_negatives']} on hard negatives), {o['spans']} gold spans"
    )
    for title, key, keys in (("class", "per_class", CLASSES), ("language", "per_language", LANGS)):
        L.append("")
        L.append(f"{title:<16}{'spans':>7}{'recall':>8}{'typed':>8}{'leak':>8}")
        for k in keys:
            m = res[key].get(k)
            if m:
                L.append(
                    f"{k:<16}{m['spans']:>7}{_f(m['recall']):>8}"
                    f"{_f(m['recall_typed']):>8}{_f(m['leak'], True):>8}"
                )
    L.append("")
    L.append("recall (typed) by class and language")
    L.append(f"{'':<16}" + "".join(f"{lang:>14}" for lang in LANGS))
    for c in CLASSES:
        cells = []
        for lang in LANGS:
            m = res["per_class_language"].get(f"{c}/{lang}")
            cells.append(f"{_f(m['recall'])} ({_f(m['recall_typed'])})" if m else "-")
        L.append(f"{c:<16}" + "".join(f"{x:>14}" for x in cells))
    L.append("")
    L.append(f"{'entity type':<20}{'spans':>7}{'recall':>8}{'typed':>8}{'leak':>8}")
    for t, m in res["per_type"].items():
        L.append(
            f"{t:<20}{m['spans']:>7}{_f(m['recall']):>8}{_f(m['recall_typed']):>8}"
            f"{_f(m['leak'], True):>8}"
        )
    L.append("")
    L.append("hard negatives hit by a finding (kind: hit/total)")
    L.append(
        "  " + ", ".join(f"{k}: {v['hit']}/{v['total']}" for k, v in res["hard_negatives"].items())
    )
    L.append(
        "  by language: "
        + ", ".join(
            f"{k} {v['hit']}/{v['total']}" for k, v in res["hard_negatives_per_language"].items()
        )
    )
    if res["findings_for_unknown_messages"]:
        L.append(
            f"{res['findings_for_unknown_messages']} findings name a message not in the corpus"
        )
    if errors:
        L.append("")
        L.append(f"missed spans (up to {errors} per class):")
        shown: dict[str, int] = defaultdict(int)
        for e in res["errors"]["missed"]:
            if shown[e["class"]] < errors:
                shown[e["class"]] += 1
                L.append(
                    f"  {e['class']:<15}{e['type']:<18}{e['message_id']:<18}{e['value']!r} "
                    f"({e['covered']}/{e['of']} covered)"
                )
        L.append("hard negatives hit:")
        for e in res["errors"]["negatives_hit"][: errors * 4]:
            L.append(f"  {e['kind']:<14}{e['message_id']:<18}{e['value']!r} as {e['as']}")
    return "\n".join(L)


# ---------------------------------------------------------------------------------------
# the accuracy record (same file and top-level format as bench/accuracy/evaluate.py)
# ---------------------------------------------------------------------------------------


def _git(*cmd: str) -> str | None:
    try:
        out = subprocess.run(["git", *cmd], cwd=HERE, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


def record_entry(
    res: dict[str, Any], records: Sequence[dict], corpus: Path, record: Path, settings: dict
) -> dict[str, Any]:
    """One corpus entry: the keys `privacyguard audit` reads (overall and per_type with
    precision/recall/f1/support), plus the conversation figures."""
    from datetime import datetime, timezone  # noqa: PLC0415
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        pg_version = version("privacyguard")
    except PackageNotFoundError:
        pg_version = None
    try:
        corpus_str = str(corpus.resolve().relative_to(ROOT))
    except ValueError:
        corpus_str = str(corpus)

    def slim(m: dict, precision: float | None) -> dict:
        # precision/recall/f1 are type-correct, as the audit report's note says; the
        # any-type recall and the leak (what survives redaction) are kept beside them
        r = m["recall_typed"]
        f1 = 2 * precision * r / (precision + r) if precision and r else None
        return {
            "precision": precision,
            "recall": r,
            "f1": f1,
            "support": m["spans"],
            "recall_any_type": m["recall"],
            "leak": m["leak"],
        }

    pr = res["precision"]["precision_typed"]
    per_type_pr = res["precision"]["per_type"]
    return {
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus": corpus_str,
        "messages": len(records),
        "labelled_spans": sum(len(r["entities"]) for r in records),
        "privacyguard_version": pg_version,
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty": bool(
            _git(
                "status",
                "--porcelain",
                "--untracked-files=no",
                "--",
                ":/",
                f":(exclude){record.resolve()}",
            )
        ),
        "settings": settings,
        "overall": slim(res["overall"], pr),
        "per_type": {
            t: slim(m, per_type_pr.get(t, {}).get("precision_typed"))
            for t, m in res["per_type"].items()
        },
        "per_class": {c: slim(m, None) for c, m in res["per_class"].items()},
        "per_language": {k: slim(m, None) for k, m in res["per_language"].items()},
        "hard_negatives": res["hard_negatives"],
    }


def write_record(path: Path, name: str, entry: dict[str, Any], once: bool) -> str:
    """Merge ``entry`` under ``name``, keeping every other corpus. With ``once``, an entry
    measured with the same rules digest is kept as it is (the first result stands); one
    measured with other rules moves, in brief, into the new entry's ``previous`` list, so
    the first result of every rules release stays on record."""
    doc: dict[str, Any] = {"format": 1, "corpora": {}}
    if path.exists():
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc.get("corpora"), dict):
            raise ValueError("no 'corpora' object")
    old = doc["corpora"].get(name)
    if once and old:
        if old.get("settings", {}).get("rules_digest") == entry["settings"]["rules_digest"]:
            when = old.get("measured_at")
            return f"{path}: '{name}' was measured with these rules at {when}; first result kept"
        brief = {k: old.get(k) for k in ("measured_at", "git_commit", "settings", "overall")}
        entry = {**entry, "previous": [brief, *old.get("previous", [])]}
    doc["corpora"][name] = entry
    doc["corpora"] = dict(sorted(doc["corpora"].items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return f"accuracy record for corpus '{name}' written to {path}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--json", type=Path, metavar="OUT", help="write all figures to this file")
    ap.add_argument(
        "--record",
        type=Path,
        metavar="FILE",
        help="merge the figures into this accuracy record (privacyguard/data/accuracy.json)",
    )
    ap.add_argument("--corpus-name", help="key in --record (default: conversations-<file stem>)")
    ap.add_argument(
        "--once",
        action="store_true",
        help="with --record: keep an entry already measured with the same rules",
    )
    ap.add_argument("--rules", type=Path, help="rules directory (default: the tree's rules/)")
    ap.add_argument("--tree", type=Path, help="import privacyguard from this source tree")
    ap.add_argument("--give-lang", action="store_true", help="pass each message's language")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="print up to N missed spans per class, and hard negatives hit",
    )
    args = ap.parse_args(argv)
    if args.tree and not (args.tree / "privacyguard" / "__init__.py").is_file():
        ap.error(f"--tree {args.tree}: no privacyguard package there")
    if args.rules and not args.rules.is_dir():
        ap.error(f"--rules {args.rules}: not a directory")
    try:
        records = load_corpus(args.corpus)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.tree:
        use_tree(args.tree)
    findings, problems, seconds = run_privacyguard(records, args.rules, args.give_lang)
    res = score(records, findings, errors=args.errors)
    import privacyguard  # noqa: PLC0415
    from privacyguard.config.rules import rules_digest  # noqa: PLC0415

    digest = rules_digest(args.rules)
    source = Path(privacyguard.__file__).resolve().parents[1]
    n_conv = len({r["conversation_id"] for r in records})
    header = [
        f"corpus: {args.corpus} ({n_conv} conversations, {len(records)} messages)",
        f"privacyguard: one scan() per conversation, sender_role set, "
        f"{'language given' if args.give_lang else 'language not given'}; rules {digest[:12]}; "
        f"{len(records) / seconds:.0f} messages/s; code from {source}",
    ]
    if problems:
        header.append(
            f"{len(problems)} messages reported as problems (not scanned: counted as leaked)"
        )
    print(report(res, header, args.errors))
    settings = {
        "scoring": "coverage of non-space characters by findings of any type",
        "give_lang": args.give_lang,
        "rules_digest": digest,
        "problems": len(problems),
    }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "corpus": str(args.corpus),
            "conversations": n_conv,
            "messages": len(records),
            "settings": settings,
            "problems": problems,
            **{k: v for k, v in res.items() if k != "errors" or args.errors},
        }
        tmp = args.json.with_name(f".{args.json.name}.tmp")
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, args.json)
    if args.record:
        name = args.corpus_name or f"conversations-{args.corpus.stem}"
        entry = record_entry(res, records, args.corpus, args.record, settings)
        try:
            print(write_record(args.record, name, entry, args.once), file=sys.stderr)
        except (OSError, ValueError) as e:
            print(f"error: {args.record}: cannot update the accuracy record ({e}); "
                  "fix or remove the file", file=sys.stderr)  # fmt: skip
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
