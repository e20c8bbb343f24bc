#!/usr/bin/env python3
"""PERSON and LOCATION on real annotated text (news and government text annotated by others).

    python bench/accuracy/ner/evaluate_ner.py [--corpus-dir DIR] [--out FILE] [--lang nl ...]
                                              [--context window|document|sentence]
                                              [--detect-language] [--errors N]
                                              [--halves] [--half A|B]

Reads DIR/*.gold.jsonl (default /work/shared/corpora/ner, the DEVELOPMENT splits: see its
README), scans every sentence with privacyguard and scores, per language:

- PERSON and LOCATION, overlap matching (a finding counts when it overlaps a gold span of its
  type; a gold span counts as found when a finding of its type overlaps it) and exact
  matching (same start and end);
- recall of one-word names and of longer names separately;
- false positives: findings in sentences without any entity (gold or ``other``), findings
  on organisations and other named entities (the ``other`` field, by subtype), PERSON
  findings on places, and findings on no named entity at all ("plain words", those in
  sentences without any entity included);
- LOCATION findings told apart: addresses (a street, a house number or a postcode: the
  span holds a digit) against bare place names; gold LOCATION spans likewise.

Sentences of one document (the part of ``source`` before "#", where it names documents)
form one conversation, so that a surname given in full earlier is known later, as in a
chat. Corpora given as one file of sentences (NorNE, CoNLL) name no documents: with
``--context window`` (the default) every block of WINDOW consecutive sentences of the
original split (by the sentence number in ``source``) is one conversation; with
``--context document`` their sentences stand alone; ``--context sentence`` scans every
sentence alone. The language is given to the detector unless ``--detect-language``.

``--halves`` scores the two halves of each split apart as well ("nl/A", "nl/B"): a record's
half is the parity of its 20-sentence block of the original split (NorNE, CoNLL) or of its
document's order of first appearance (factRuEval). Rules are tuned by looking at half A's
errors only (``--half A`` prints errors of half A alone); half B is the blind check.

Writes JSON to ``--out`` (default out/eval/ner.json) and prints a table. Exit 0 unless the
corpus cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path("/work/shared/corpora/ner")
DEFAULT_OUT = Path("out/eval/ner.json")
TYPES = ("PERSON", "LOCATION")
IN_SAMPLE_NOTE = (
    "note: the names model (privacyguard/data/names/) was trained on the nb and ru splits "
    "measured here, so their figures are in-sample; `make train-names` prints 5-fold "
    "held-out figures for them. nl (CoNLL-2002) is never trained on. The rules were written "
    "while looking at errors on all three development splits."
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    label: str = ""  # gold: subtype; prediction: recognizer


def load_gold(path: Path) -> list[dict]:
    """One record per line; a bad line is an error naming the file and line."""
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                text = r["text"]
                for e in [*r["entities"], *r.get("other", [])]:
                    if not (0 <= e["start"] < e["end"] <= len(text)):
                        raise ValueError(f"span {e['start']}-{e['end']} outside the text")
            except (ValueError, KeyError, TypeError) as exc:
                raise SystemExit(f"{path}:{n}: not a gold record ({exc})") from None
            records.append(r)
    return records


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def one_word(text: str, span: Span) -> bool:
    return len(text[span.start : span.end].split()) == 1


def is_address(text: str, span: Span) -> bool:
    """A street, house number or postcode holds a digit; a bare place name does not."""
    return any(c.isdigit() for c in text[span.start : span.end])


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else None
    r = tp_gold / n_gold if n_gold else None
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    return {
        "precision": p, "recall": r, "f1": f1,
        "predicted": n_pred, "gold": n_gold, "correct_predictions": tp_pred, "found": tp_gold,
    }  # fmt: skip


def score_type(items: Sequence[tuple[str, list[Span], list[Span]]], etype: str) -> dict:
    """items: (text, gold spans, predicted spans) per sentence, every type mixed."""
    ov_pred = ov_gold = ex = n_pred = n_gold = 0
    words = {"one_word": [0, 0, 0], "multi_word": [0, 0, 0]}  # gold, found overlap, exact
    for text, gold_all, pred_all in items:
        gold = [g for g in gold_all if g.type == etype]
        pred = [p for p in pred_all if p.type == etype]
        n_gold += len(gold)
        n_pred += len(pred)
        ov_pred += sum(any(overlaps(p, g) for g in gold) for p in pred)
        exact = {(p.start, p.end) for p in pred}
        for g in gold:
            hit = any(overlaps(p, g) for p in pred)
            is_exact = (g.start, g.end) in exact
            ov_gold += hit
            ex += is_exact
            w = words["one_word" if one_word(text, g) else "multi_word"]
            w[0] += 1
            w[1] += hit
            w[2] += is_exact
    return {
        "overlap": _prf(ov_pred, n_pred, ov_gold, n_gold),
        "exact": _prf(ex, n_pred, ex, n_gold),
        **{
            k: {
                "gold": g,
                "recall_overlap": f / g if g else None,
                "recall_exact": e / g if g else None,
            }  # fmt: skip
            for k, (g, f, e) in words.items()
        },
    }


def false_positives(items: Sequence[tuple[str, list[Span], list[Span], list[Span]]]) -> dict:
    """items: (text, gold PERSON/LOCATION spans, other named entities, predictions)."""
    empty_sentences = empty_with_finding = 0
    on_empty: Counter[str] = Counter()
    on_other: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    person_on_location = location_on_person = 0
    plain: Counter[str] = Counter()
    for _text, gold, other, pred in items:
        if not gold and not other:
            empty_sentences += 1
            mine = [p for p in pred if p.type in TYPES]
            empty_with_finding += bool(mine)
            on_empty.update(p.type for p in mine)
        for p in pred:
            if p.type not in TYPES or any(overlaps(p, g) and g.type == p.type for g in gold):
                continue
            o = [x for x in other if overlaps(p, x)]
            wrong_type = [g for g in gold if overlaps(p, g)]
            if o:
                on_other[p.type][o[0].label or "?"] += 1
            elif wrong_type:
                if p.type == "PERSON":
                    person_on_location += 1
                else:
                    location_on_person += 1
            else:
                plain[p.type] += 1
    return {
        "sentences_without_entity": empty_sentences,
        "of_which_with_a_finding": empty_with_finding,
        "findings_there": dict(on_empty),
        "on_other_entities": {t: dict(c) for t, c in on_other.items()},
        "person_on_a_place": person_on_location,
        "location_on_a_person": location_on_person,
        "on_plain_words": dict(plain),
    }


def location_kinds(items: Sequence[tuple[str, list[Span], list[Span]]]) -> dict:
    """Addresses (with a digit) apart from bare place names, gold and predicted."""
    out = {k: {"gold": 0, "found": 0, "predicted": 0, "correct": 0} for k in ("address", "place")}
    by_recognizer: Counter[str] = Counter()
    for text, gold_all, pred_all in items:
        gold = [g for g in gold_all if g.type == "LOCATION"]
        pred = [p for p in pred_all if p.type == "LOCATION"]
        for g in gold:
            k = out["address" if is_address(text, g) else "place"]
            k["gold"] += 1
            k["found"] += any(overlaps(p, g) for p in pred)
        for p in pred:
            k = out["address" if is_address(text, p) else "place"]
            k["predicted"] += 1
            k["correct"] += any(overlaps(p, g) for g in gold)
            by_recognizer[p.label] += 1
    for k in out.values():
        k["recall"] = k["found"] / k["gold"] if k["gold"] else None
        k["precision"] = k["correct"] / k["predicted"] if k["predicted"] else None
    return {**out, "predicted_by_recognizer": dict(by_recognizer)}


def gold_spans(r: dict) -> tuple[list[Span], list[Span]]:
    gold = [Span(e["start"], e["end"], e["type"], e.get("subtype", "")) for e in r["entities"]]
    other = [Span(e["start"], e["end"], "OTHER", e.get("subtype", "")) for e in r["other"]]
    return gold, other


def score_language(records: Sequence[dict], preds: dict[str, list[Span]]) -> dict:
    rows = []
    for r in records:
        gold, other = gold_spans(r)
        rows.append((r["text"], gold, other, preds.get(r["id"], [])))
    typed = [(t, g, p) for t, g, _o, p in rows]
    return {
        "sentences": len(records),
        **{t: score_type(typed, t) for t in TYPES},
        "false_positives": false_positives(rows),
        "location_kinds": location_kinds(typed),
    }


#: sentences of the original split per document-like window (``--context window``)
WINDOW = 20


def conversation_of(r: dict, context: str) -> str:
    source = r.get("source", "")
    if context in ("document", "window") and "#" in source:
        doc, _, number = source.partition("#")
        # a corpus given as one file of sentences names no documents: sentences stay alone,
        # or with --context window form blocks of WINDOW consecutive sentences of the split
        if not doc.endswith((".conllu", "ned.testa")):
            return doc
        digits = "".join(c for c in number if c.isdigit())
        if context == "window" and digits:
            return f"{doc}#window{int(digits) // WINDOW}"
    return r["id"]


def half_of(r: dict, doc_order: dict[str, int]) -> str:
    """Half "A" or "B": the parity of the record's 20-sentence block of the split (corpora given
    as one file of sentences) or of its document's order of first appearance."""
    source = r.get("source", "")
    doc, _, number = source.partition("#")
    if doc.endswith((".conllu", "ned.testa")):
        digits = "".join(c for c in number if c.isdigit())
        if digits:
            return "AB"[(int(digits) // WINDOW) % 2]
    index = doc_order.setdefault(doc, len(doc_order))
    return "AB"[index % 2]


def halves(records: Sequence[dict]) -> dict[str, list[dict]]:
    order: dict[str, int] = {}
    out: dict[str, list[dict]] = {"A": [], "B": []}
    for r in records:
        out[half_of(r, order)].append(r)
    return out


def scan_records(
    records: Sequence[dict], context: str, give_lang: bool
) -> tuple[dict[str, list[Span]], float]:
    import privacyguard

    payload = [
        {"id": r["id"], "text": r["text"], "conversation_id": conversation_of(r, context)}
        | ({"lang": r["lang"]} if give_lang else {})
        for r in records
    ]
    privacyguard.scan([{"id": "warm", "text": "Hello, my name is Anna."}])
    t0 = time.perf_counter()
    result = privacyguard.scan(payload)
    seconds = time.perf_counter() - t0
    if result.problems:
        raise SystemExit(f"{len(result.problems)} sentences could not be scanned")
    preds: dict[str, list[Span]] = {}
    for f in result.findings:
        if f.field == "text":
            preds.setdefault(f.message_id, []).append(
                Span(f.start, f.end, f.entity_type, f.recognizer)
            )
    return preds, seconds


def _f(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def table(results: dict[str, dict]) -> str:
    lines = [
        "lang  type      P(ovl) R(ovl) P(exact) R(exact)  1-word R(ovl/exact)  multi R(ovl)  gold",
    ]
    for lang, res in results.items():
        for t in TYPES:
            s = res[t]
            o, e = s["overlap"], s["exact"]
            lines.append(
                f"{lang:<5} {t:<9} {_f(o['precision'])}  {_f(o['recall'])}  {_f(e['precision'])}"
                f"    {_f(e['recall'])}    {_f(s['one_word']['recall_overlap'])}/"
                f"{_f(s['one_word']['recall_exact'])} ({s['one_word']['gold']:>3})"
                f"   {_f(s['multi_word']['recall_overlap'])}       {o['gold']}"
            )
    lines.append("")
    lines.append("false positives: sentences without any entity that get a finding; findings")
    lines.append("on organisations/other names (by subtype); PERSON on a place; on plain words")
    for lang, res in results.items():
        fp = res["false_positives"]
        lk = res["location_kinds"]
        lines.append(
            f"{lang:<5} empty {fp['of_which_with_a_finding']}/{fp['sentences_without_entity']}"
            f"  on-other PERSON {dict(fp['on_other_entities']['PERSON'])}"
            f" LOCATION {dict(fp['on_other_entities']['LOCATION'])}"
            f"  person-on-place {fp['person_on_a_place']}  plain {fp['on_plain_words']}"
        )
        lines.append(
            f"      LOCATION: places R {_f(lk['place']['recall'])} ({lk['place']['gold']} gold),"
            f" addresses R {_f(lk['address']['recall'])} ({lk['address']['gold']} gold);"
            f" predicted: {lk['place']['predicted']} place-like"
            f" (P {_f(lk['place']['precision'])}), {lk['address']['predicted']} address-like"
        )
    return "\n".join(lines)


def errors(records: Iterable[dict], preds: dict[str, list[Span]], n: int) -> list[str]:
    """Up to n missed and n spurious PERSON spans, for tuning (development data only)."""
    missed, spurious = [], []
    for r in records:
        gold, _ = gold_spans(r)
        mine = [p for p in preds.get(r["id"], []) if p.type == "PERSON"]
        gp = [g for g in gold if g.type == "PERSON"]
        t = r["text"]
        for g in gp:
            if not any(overlaps(p, g) for p in mine):
                missed.append(
                    f"  MISS {t[g.start : g.end]!r}: {t[max(0, g.start - 50) : g.end + 30]!r}"
                )
        for p in mine:
            if not any(overlaps(p, g) for g in gp):
                around = t[max(0, p.start - 50) : p.end + 30]
                spurious.append(f"  FP   {t[p.start : p.end]!r} [{p.label}]: {around!r}")
    return missed[:n] + spurious[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus-dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--context", choices=("document", "window", "sentence"), default="window")
    ap.add_argument("--detect-language", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print N misses and N false positives")
    ap.add_argument("--halves", action="store_true", help="score halves A and B apart too")
    ap.add_argument("--half", choices=("A", "B"), help="--errors of this half only")
    args = ap.parse_args(argv)
    files = sorted(args.corpus_dir.glob("*.gold.jsonl"))
    if not files:
        print(f"no *.gold.jsonl in {args.corpus_dir}", file=sys.stderr)
        return 2
    results: dict[str, dict] = {}
    for path in files:
        lang = path.name.split(".")[0]
        if args.lang and lang not in args.lang:
            continue
        records = load_gold(path)
        preds, seconds = scan_records(records, args.context, not args.detect_language)
        results[lang] = score_language(records, preds)
        results[lang]["seconds"] = round(seconds, 2)
        results[lang]["sentences_per_second"] = round(len(records) / seconds, 1)
        parts = halves(records) if args.halves or args.half else {}
        if args.halves:
            for h, part in parts.items():
                results[f"{lang}/{h}"] = score_language(part, preds)
        if args.errors:
            shown = parts[args.half] if args.half else records
            print(f"== {lang}: errors (PERSON){f' of half {args.half}' if args.half else ''}")
            print("\n".join(errors(shown, preds, args.errors)))
    print(
        f"corpus {args.corpus_dir} (development splits), context: {args.context}, language "
        f"{'detected' if args.detect_language else 'given'}"
    )
    print(table(results))
    print(IN_SAMPLE_NOTE)
    out = {
        "note": IN_SAMPLE_NOTE,
        "corpus_dir": str(args.corpus_dir),
        "context": args.context,
        "language": "detected" if args.detect_language else "given",
        "languages": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(args.out)
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
