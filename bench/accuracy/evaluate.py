#!/usr/bin/env python3
"""Score privacyguard and vanilla Presidio on the labelled chat corpus and print a report.

    python bench/accuracy/evaluate.py [--corpus PATH] [--findings FILE] [--give-lang]
                                      [--json FILE] [--errors N] [--check]
                                      [--accuracy-record FILE --corpus-name NAME]

A predicted span is a true positive for a gold span when the entity types are equal and the
character IoU is >= 0.5 (greedy by IoU, each gold and each prediction used once).
P = TP/(TP+FP), R = TP/(TP+FN), F2 = 5PR/(4P+R). Leak rate (per language) = share of the
characters inside gold spans that no finding of the detector covers, whatever its type.
The detectors only ever see {"id", "text", "conversation_id"} (plus "lang" with --give-lang).
This is a report: it exits 0 unless the corpus cannot be made, or --check fails (exit 1).
--accuracy-record merges privacyguard's figures for this corpus (date, corpus, version, commit,
P/R/F1 overall and per type) into FILE; `privacyguard audit` shows privacyguard/data/accuracy.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import socket
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE / "corpus" / "chats.jsonl"
IOU_MIN = 0.5
CHECK_RECALL, CHECK_PRECISION, CHECK_LEAK = 0.95, 0.90, 0.02


def _load_make_corpus():
    if "make_corpus" in sys.modules:
        return sys.modules["make_corpus"]
    spec = importlib.util.spec_from_file_location("make_corpus", HERE / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


mc = _load_make_corpus()
ENTITY_TYPES: tuple[str, ...] = mc.ENTITY_TYPES
LANGS: tuple[str, ...] = mc.LANGS

# Presidio entity -> ours, only where they mean the same thing. DATE_TIME is any date, not a
# date of birth, so it stays unmapped (it still counts for the leak rate).
PRESIDIO_MAP = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "EMAIL": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "IBAN_CODE": "IBAN_CODE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
    "LOCATION": "LOCATION",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    "US_PASSPORT": "PASSPORT",
}


def map_presidio(entity_type: str) -> str | None:
    return PRESIDIO_MAP.get(entity_type)


@dataclass(frozen=True)
class Pred:
    message_id: str
    entity_type: str  # our type, or the detector's own name when it is not one of ours
    start: int
    end: int
    score: float = 1.0
    raw_type: str = ""

    @property
    def known(self) -> bool:
        return self.entity_type in ENTITY_TYPES


# ---------------------------------------------------------------------------------------
# corpus
# ---------------------------------------------------------------------------------------


def load_corpus(
    path: Path, seed: int, messages: int, regenerate: bool = False
) -> tuple[list[dict], str]:
    if path.exists() and not regenerate:
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()], f"loaded {path}"
    records = mc.generate(seed, messages)
    try:
        mc.write_jsonl(records, path)
        how = f"generated in-process (seed {seed}) and written to {path}"
    except OSError as exc:
        how = f"generated in-process (seed {seed}); could not write {path}: {exc}"
    return records, how


def detector_payload(records: list[dict], give_lang: bool = False) -> list[dict]:
    """What a detector may see: never the labels, and the language only when asked."""
    out = []
    for r in records:
        m = {"id": r["id"], "text": r["text"], "conversation_id": r["conversation_id"]}
        if give_lang:
            m["lang"] = r["lang"]
        out.append(m)
    return out


# ---------------------------------------------------------------------------------------
# network guard: the machine is offline, so any connection attempt is a bug (or a hang)
# ---------------------------------------------------------------------------------------


class NetworkGuard:
    """Refuse (immediately) every non-local connection and DNS lookup, and record them."""

    _LOCAL = {None, "", "localhost", "127.0.0.1", "::1", "0.0.0.0"}

    def __init__(self):
        self.attempts: list[str] = []
        self._saved = None

    def __enter__(self):
        guard = self
        orig_connect, orig_connect_ex = socket.socket.connect, socket.socket.connect_ex
        orig_getaddrinfo, orig_create = socket.getaddrinfo, socket.create_connection
        self._saved = (orig_connect, orig_connect_ex, orig_getaddrinfo, orig_create)

        def _refuse(what: str):
            guard.attempts.append(what)
            raise OSError(f"network access blocked by evaluate.py: {what}")

        def _is_inet(sock) -> bool:
            return sock.family in (socket.AF_INET, socket.AF_INET6)

        def connect(sock, address):
            if _is_inet(sock) and address[0] not in guard._LOCAL:
                _refuse(f"connect {address!r}")
            return orig_connect(sock, address)

        def connect_ex(sock, address):
            if _is_inet(sock) and address[0] not in guard._LOCAL:
                _refuse(f"connect {address!r}")
            return orig_connect_ex(sock, address)

        def getaddrinfo(host, *args, **kwargs):
            h = host.decode() if isinstance(host, bytes) else host
            if h not in guard._LOCAL:
                _refuse(f"resolve {h!r}")
            return orig_getaddrinfo(host, *args, **kwargs)

        def create_connection(address, *args, **kwargs):
            if address[0] not in guard._LOCAL:
                _refuse(f"connect {address!r}")
            return orig_create(address, *args, **kwargs)

        socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
        socket.getaddrinfo, socket.create_connection = getaddrinfo, create_connection
        return self

    def __exit__(self, *exc):
        (
            socket.socket.connect,
            socket.socket.connect_ex,
            socket.getaddrinfo,
            socket.create_connection,
        ) = self._saved
        return False


# ---------------------------------------------------------------------------------------
# detectors
# ---------------------------------------------------------------------------------------


@dataclass
class DetectorRun:
    name: str
    available: bool
    preds: list[Pred] = field(default_factory=list)
    seconds: float | None = None
    messages: int = 0
    note: str = ""
    network_attempts: list[str] = field(default_factory=list)

    @property
    def throughput(self) -> float | None:
        if not self.seconds or not self.messages:
            return None
        return self.messages / self.seconds


def _get(obj, key, default=None):
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _to_pred(f) -> Pred:
    etype = str(_get(f, "entity_type"))
    return Pred(
        str(_get(f, "message_id")),
        etype,
        int(_get(f, "start")),
        int(_get(f, "end")),
        float(_get(f, "score", 1.0) or 0.0),
        etype,
    )


def run_privacyguard(records: list[dict], give_lang: bool) -> DetectorRun:
    name = "privacyguard"
    try:
        import privacyguard  # noqa: PLC0415

        scan = privacyguard.scan
    except Exception as exc:  # the API is being written in parallel
        return DetectorRun(name, False, note=f"not available ({type(exc).__name__}: {exc})")
    payload = detector_payload(records, give_lang)
    with NetworkGuard() as guard:
        try:
            warm = [
                {"id": "warm-up", "text": "Hello, my name is Anna.", "conversation_id": "warm-up"}
            ]
            scan(warm)
            t0 = time.perf_counter()
            result = scan(payload)
            seconds = time.perf_counter() - t0
        except Exception as exc:
            tb = traceback.format_exc(limit=3)
            return DetectorRun(
                name,
                False,
                note=f"scan() failed: {type(exc).__name__}: {exc}\n{tb}",
                network_attempts=guard.attempts,
            )
    findings = _get(result, "findings", result)
    preds = [_to_pred(f) for f in findings]
    note = "scan(messages) with id/text/conversation_id" + (" + lang" if give_lang else "")
    problems = _get(result, "problems", None)
    if problems:
        note += f"; {len(problems)} messages reported as problems (not scanned: their data leaks)"
    note += "; output used as-is (no score threshold); timed after one warm-up call"
    return DetectorRun(name, True, preds, seconds, len(payload), note, guard.attempts)


def load_findings(path: Path) -> DetectorRun:
    preds = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                preds.append(_to_pred(json.loads(line)))
    return DetectorRun(
        "privacyguard", True, preds, None, 0, f"findings read from {path} (no throughput)"
    )


def build_presidio(tmpdir: Path):
    """AnalyzerEngine with its default recognizers on blank spaCy pipelines, offline."""
    os.environ.setdefault("TLDEXTRACT_CACHE", str(tmpdir / "tldextract-cache"))
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    import spacy  # noqa: PLC0415
    import tldextract  # noqa: PLC0415
    from presidio_analyzer import AnalyzerEngine  # noqa: PLC0415
    from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415

    # Presidio's e-mail recognizer calls tldextract.extract(), which would download the public
    # suffix list; use the snapshot that ships with tldextract instead.
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    shim = SimpleNamespace(extract=offline, TLDExtract=tldextract.TLDExtract)
    for mod_name, module in list(sys.modules.items()):
        if (
            mod_name.startswith("presidio_analyzer")
            and getattr(module, "tldextract", None) is tldextract
        ):
            module.tldextract = shim

    models = []
    for lang in LANGS:
        path = tmpdir / f"blank_{lang}"
        spacy.blank(lang).to_disk(path)
        models.append({"lang_code": lang, "model_name": str(path)})
    engine = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": models}
    ).create_engine()
    return AnalyzerEngine(nlp_engine=engine, supported_languages=list(LANGS))


def run_presidio(records: list[dict]) -> DetectorRun:
    name = "presidio"
    with NetworkGuard() as guard, tempfile.TemporaryDirectory(prefix="pg-eval-") as tmp:
        try:
            analyzer = build_presidio(Path(tmp))
            analyzer.analyze(text="Hello, my name is Anna, mail a@b.nl", language="en")  # warm-up
        except Exception as exc:
            tb = traceback.format_exc(limit=3)
            return DetectorRun(
                name,
                False,
                note=f"could not start: {type(exc).__name__}: {exc}\n{tb}",
                network_attempts=guard.attempts,
            )
        preds, seconds = [], 0.0
        for r in records:
            t0 = time.perf_counter()
            results = analyzer.analyze(text=r["text"], language="en")
            seconds += time.perf_counter() - t0
            for res in results:
                ours = map_presidio(res.entity_type)
                preds.append(
                    Pred(
                        r["id"],
                        ours or res.entity_type,
                        res.start,
                        res.end,
                        float(res.score),
                        res.entity_type,
                    )
                )
    note = (
        "AnalyzerEngine default recognizers, blank spaCy pipelines (no NER model), "
        "language='en' for every message, default score threshold (0): all results kept"
    )
    return DetectorRun(name, True, preds, seconds, len(records), note, guard.attempts)


# ---------------------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------------------


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / ((a[1] - a[0]) + (b[1] - b[0]) - inter)


def match_spans(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]], threshold: float = IOU_MIN
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by IoU (>= threshold); returns (gold index, pred index)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            v = iou(g, p)
            if v >= threshold:
                pairs.append((-v, gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    if p is None and r is None:
        f2 = None
    elif not p or not r:
        f2 = 0.0
    else:
        f2 = 5 * p * r / (4 * p + r)
    return {"tp": tp, "fp": fp, "fn": fn, "support": tp + fn, "precision": p, "recall": r, "f2": f2}


def _union_length(intervals: list[tuple[int, int]]) -> int:
    total, cur_s, cur_e = 0, None, None
    for s, e in sorted(intervals):
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s
    return total


def _covered(span: tuple[int, int], cover: list[tuple[int, int]]) -> int:
    clipped = [(max(s, span[0]), min(e, span[1])) for s, e in cover if s < span[1] and e > span[0]]
    return _union_length(clipped)


def score(records: list[dict], preds: list[Pred], errors: int = 0) -> dict:
    """All figures for one detector. `errors` > 0 also collects that many FN/FP per type."""
    by_msg: dict[str, list[Pred]] = defaultdict(list)
    known_ids = {r["id"] for r in records}
    unmapped: Counter = Counter()
    stray = 0
    for p in preds:
        if p.message_id not in known_ids:
            stray += 1
            continue
        by_msg[p.message_id].append(p)
        if not p.known:
            unmapped[p.raw_type or p.entity_type] += 1

    counts = {k: Counter() for k in ("type", "lang", "type_lang")}
    leak_chars, leak_missed = Counter(), Counter()
    fn_examples: dict[str, list] = defaultdict(list)
    fp_examples: dict[str, list] = defaultdict(list)
    neg_hits: Counter = Counter()
    neg_total: Counter = Counter()

    def add(kind, key, tp, fp, fn):
        c = counts[kind]
        c[(key, "tp")] += tp
        c[(key, "fp")] += fp
        c[(key, "fn")] += fn

    for r in records:
        lang, mine = r["lang"], by_msg.get(r["id"], [])
        cover = [(p.start, p.end) for p in mine]
        for g in r["spans"]:
            leak_chars[lang] += g["end"] - g["start"]
            leak_missed[lang] += (g["end"] - g["start"]) - _covered((g["start"], g["end"]), cover)
        for n in r.get("negatives", []):
            neg_total[n["kind"]] += 1
            if any(p.known and p.start < n["end"] and p.end > n["start"] for p in mine):
                neg_hits[n["kind"]] += 1
        for t in ENTITY_TYPES:
            gold = [(g["start"], g["end"]) for g in r["spans"] if g["entity_type"] == t]
            pred = [(p.start, p.end) for p in mine if p.entity_type == t]
            if not gold and not pred:
                continue
            pairs = match_spans(gold, pred)
            tp, fp, fn = len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)
            add("type", t, tp, fp, fn)
            add("lang", lang, tp, fp, fn)
            add("type_lang", (t, lang), tp, fp, fn)
            if errors:
                mg, mp = {g for g, _ in pairs}, {p for _, p in pairs}
                for gi, g in enumerate(gold):
                    if gi not in mg and len(fn_examples[t]) < errors:
                        fn_examples[t].append(_example(r, g, mine, "FN"))
                for pi, p in enumerate(pred):
                    if pi not in mp and len(fp_examples[t]) < errors:
                        fp_examples[t].append(_example(r, p, mine, "FP"))

    def table(kind, keys):
        c = counts[kind]
        return {
            k if not isinstance(k, tuple) else "/".join(k): prf(
                c[(k, "tp")], c[(k, "fp")], c[(k, "fn")]
            )
            for k in keys
        }

    per_type = table("type", ENTITY_TYPES)
    per_lang = table("lang", LANGS)
    tot = [sum(v[x] for v in per_type.values()) for x in ("tp", "fp", "fn")]
    langs_present = [lang for lang in LANGS if leak_chars[lang]]
    leak = {
        lang: {
            "chars": leak_chars[lang],
            "leaked": leak_missed[lang],
            "rate": leak_missed[lang] / leak_chars[lang],
        }
        for lang in langs_present
    }
    all_chars = sum(leak_chars.values())
    return {
        "per_type": per_type,
        "per_language": per_lang,
        "per_type_language": table(
            "type_lang", [(t, lang) for t in ENTITY_TYPES for lang in LANGS]
        ),
        "overall": prf(*tot),
        "leak": leak,
        "leak_overall": (sum(leak_missed.values()) / all_chars) if all_chars else None,
        "findings": len(preds),
        "unmapped": sum(unmapped.values()),
        "unmapped_types": dict(unmapped.most_common()),
        "findings_for_unknown_messages": stray,
        "hard_negatives": {
            k: {"total": neg_total[k], "hit": neg_hits[k]} for k in sorted(neg_total)
        },
        "errors": {"false_negatives": dict(fn_examples), "false_positives": dict(fp_examples)},
    }


def _example(r: dict, span: tuple[int, int], mine: list[Pred], kind: str) -> dict:
    s, e = span
    text = r["text"]
    left, right = max(0, s - 40), min(len(text), e + 40)
    snippet = (
        ("…" if left else "")
        + text[left:s]
        + "«"
        + text[s:e]
        + "»"
        + text[e:right]
        + ("…" if right < len(text) else "")
    ).replace("\n", " ⏎ ")
    others = []
    if kind == "FN":
        for p in mine:
            if p.start < e and p.end > s:
                others.append(
                    f"found {p.entity_type} {text[p.start : p.end]!r} "
                    f"IoU {iou(span, (p.start, p.end)):.2f}"
                )
    else:
        for g in r["spans"]:
            if g["start"] < e and g["end"] > s:
                others.append(f"gold {g['entity_type']} {text[g['start'] : g['end']]!r}")
        for n in r.get("negatives", []):
            if n["start"] < e and n["end"] > s:
                others.append(f"hard negative {n['kind']}")
    return {
        "message_id": r["id"],
        "lang": r["lang"],
        "start": s,
        "end": e,
        "value": text[s:e],
        "snippet": snippet,
        "overlaps": others,
    }


def check_failures(res: dict) -> list[str]:
    """Why --check fails: any type with recall < 0.95 or precision < 0.90, or leak > 2%."""
    out = []
    for t, m in res["per_type"].items():
        if not m["support"]:
            continue
        if m["recall"] is None or m["recall"] < CHECK_RECALL:
            out.append(f"{t}: recall {_fmt(m['recall'])} < {CHECK_RECALL}")
        if m["precision"] is None or m["precision"] < CHECK_PRECISION:
            out.append(f"{t}: precision {_fmt(m['precision'])} < {CHECK_PRECISION}")
    for lang, v in res["leak"].items():
        if v["rate"] > CHECK_LEAK:
            out.append(f"{lang}: leak {v['rate']:.2%} > {CHECK_LEAK:.0%}")
    return out


# ---------------------------------------------------------------------------------------
# report
# ---------------------------------------------------------------------------------------


def _fmt(v: float | None, pct: bool = False) -> str:
    if v is None:
        return "-"
    return f"{v:.1%}" if pct else f"{v:.3f}"


def _side_by_side(title: str, keys, runs: list[DetectorRun], getter) -> list[str]:
    names = [run.name for run in runs]
    head = f"{title:<20}{'support':>8}"
    sub = " " * 28
    for n in names:
        head += f" | {n[:22]:^22}"
        sub += f" | {'P':>6} {'R':>6} {'F2':>6} {'':>1}"
    lines = [head, sub.rstrip(), "-" * len(head)]
    for k in keys:
        support = None
        row = ""
        for n in names:
            m = getter(n, k)
            if m is None:
                row += f" | {'n/a':^22}"
                continue
            support = m["support"]
            row += f" | {_fmt(m['precision']):>6} {_fmt(m['recall']):>6} {_fmt(m['f2']):>6}  "
        lines.append(f"{k:<20}{support if support is not None else '-':>8}" + row.rstrip())
    return lines


def report(
    records: list[dict], corpus_note: str, runs: list[DetectorRun], results: dict, errors: int
) -> str:
    L = []
    langs = Counter(r["lang"] for r in records)
    n_spans = sum(len(r["spans"]) for r in records)
    no_pii = sum(1 for r in records if not r["spans"]) / max(1, len(records))
    L.append("privacyguard accuracy report")
    L.append("=" * 28)
    L.append(
        f"corpus: {len(records)} messages ({', '.join(f'{k} {langs[k]}' for k in LANGS)}), "
        f"{n_spans} labelled spans, {no_pii:.0%} of messages without personal data; {corpus_note}"
    )
    L.append(
        f"matching: same entity type and character IoU >= {IOU_MIN}, greedy, one-to-one; "
        "F2 = 5PR/(4P+R); leak = gold characters covered by no finding of any type"
    )
    for run in runs:
        state = "ok" if run.available else "NOT RUN"
        L.append(f"- {run.name}: {state}; {run.note}")
        if run.network_attempts:
            L.append(
                f"  network attempts blocked: {len(run.network_attempts)} "
                f"(first: {run.network_attempts[0]})"
            )
        elif run.available:
            L.append("  network attempts: 0")
    ok_runs = [run for run in runs if run.available]
    if not ok_runs:
        return "\n".join(L)
    L.append("")
    L += _side_by_side(
        "entity type", ENTITY_TYPES, ok_runs, lambda n, k: results[n]["per_type"].get(k)
    )
    L.append("")
    L += _side_by_side(
        "language",
        LANGS + ("all",),
        ok_runs,
        lambda n, k: results[n]["overall"] if k == "all" else results[n]["per_language"].get(k),
    )
    L.append("")
    L.append(f"{'leak rate':<20}" + "".join(f" | {run.name[:22]:^22}" for run in ok_runs))
    for lang in LANGS + ("all",):
        row = f"{lang:<20}"
        for run in ok_runs:
            res = results[run.name]
            v = res["leak_overall"] if lang == "all" else res["leak"].get(lang, {}).get("rate")
            row += f" | {_fmt(v, pct=True):^22}"
        L.append(row)
    L.append("")
    L.append("throughput (detection calls only):")
    for run in ok_runs:
        if run.throughput:
            L.append(
                f"  {run.name:<14} {run.throughput:9.1f} messages/s  "
                f"({run.messages} messages in {run.seconds:.2f} s)"
            )
        else:
            L.append(f"  {run.name:<14}       n/a")
    for run in ok_runs:
        res = results[run.name]
        L.append(
            f"{run.name}: {res['findings']} findings; {res['unmapped']} with a type outside the 15 "
            f"(not in per-type precision, counted for leak)"
            + (
                f": {', '.join(f'{k} {v}' for k, v in list(res['unmapped_types'].items())[:8])}"
                if res["unmapped"]
                else ""
            )
        )
        if res["findings_for_unknown_messages"]:
            L.append(
                f"  {res['findings_for_unknown_messages']} findings name a message id "
                "that is not in the corpus"
            )
    L.append("")
    L.append("hard negatives hit (a finding of one of the 15 types overlaps it):")
    kinds = sorted({k for run in ok_runs for k in results[run.name]["hard_negatives"]})
    L.append(f"  {'kind':<10}{'total':>7}" + "".join(f"{run.name[:14]:>16}" for run in ok_runs))
    for k in kinds:
        total = results[ok_runs[0].name]["hard_negatives"].get(k, {}).get("total", 0)
        L.append(
            f"  {k:<10}{total:>7}"
            + "".join(
                f"{results[run.name]['hard_negatives'].get(k, {}).get('hit', 0):>16}"
                for run in ok_runs
            )
        )
    pg = results.get("privacyguard")
    if pg:
        L.append("")
        L.append("privacyguard recall / precision by type and language:")
        L.append(f"  {'':<20}" + "".join(f"{lang:>15}" for lang in LANGS))
        for t in ENTITY_TYPES:
            cells = []
            for lang in LANGS:
                m = pg["per_type_language"][f"{t}/{lang}"]
                cells.append(
                    f"{_fmt(m['recall'])}/{_fmt(m['precision'])}"
                    if m["support"] or m["fp"]
                    else "-"
                )
            L.append(f"  {t:<20}" + "".join(f"{c:>15}" for c in cells))
        if errors:
            L.append("")
            L.append(f"privacyguard errors (up to {errors} per type):")
            for t in ENTITY_TYPES:
                fns = pg["errors"]["false_negatives"].get(t, [])
                fps = pg["errors"]["false_positives"].get(t, [])
                if not fns and not fps:
                    continue
                L.append(f"[{t}]")
                for kind, items in (("FN", fns), ("FP", fps)):
                    for e in items:
                        extra = f"   ({'; '.join(e['overlaps'])})" if e["overlaps"] else ""
                        L.append(f"  {kind} {e['message_id']} {e['lang']}: {e['snippet']}{extra}")
    return "\n".join(L)


# ---------------------------------------------------------------------------------------
# the packaged record read by `privacyguard audit`
# ---------------------------------------------------------------------------------------


def _git(*cmd: str) -> str | None:
    import subprocess  # noqa: PLC0415

    try:
        out = subprocess.run(["git", *cmd], cwd=HERE, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


def _slim(m: dict) -> dict:
    p, r = m["precision"], m["recall"]
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None or r is not None else None)
    return {"precision": p, "recall": r, "f1": f1, "support": m["support"],
            "tp": m["tp"], "fp": m["fp"], "fn": m["fn"]}  # fmt: skip


def write_accuracy_record(
    path: Path, name: str, corpus: Path, records: list[dict], res: dict, args
) -> None:
    """Merge one corpus's measured figures into ``path`` (other corpora are kept)."""
    from datetime import datetime, timezone  # noqa: PLC0415
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        pg_version = version("privacyguard")
    except PackageNotFoundError:
        pg_version = None
    try:
        corpus_str = str(corpus.resolve().relative_to(HERE.parents[1]))
    except ValueError:
        corpus_str = str(corpus)
    doc = {"format": 1, "corpora": {}}
    if path.exists():
        doc = json.loads(path.read_text(encoding="utf-8"))
    doc["corpora"][name] = {
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "corpus": corpus_str,
        "messages": len(records),
        "labelled_spans": sum(len(r["spans"]) for r in records),
        "privacyguard_version": pg_version,
        "git_commit": _git("rev-parse", "HEAD"),
        # the record itself changes with every run: it does not make the tree dirty
        "git_dirty": bool(_git("status", "--porcelain", "--untracked-files=no", "--", ":/",
                               f":(exclude){path.resolve()}")),  # fmt: skip
        "settings": {"iou_min": IOU_MIN, "give_lang": args.give_lang},
        "overall": _slim(res["overall"]),
        "per_type": {t: _slim(m) for t, m in res["per_type"].items() if m["support"] or m["fp"]},
    }
    doc["corpora"] = dict(sorted(doc["corpora"].items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    print(f"accuracy record for corpus '{name}' written to {path}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seed", type=int, default=7, help="seed when the corpus has to be generated")
    ap.add_argument(
        "--messages", type=int, default=4000, help="size when the corpus has to be generated"
    )
    ap.add_argument(
        "--regenerate", action="store_true", help="generate the corpus even if it exists"
    )
    ap.add_argument("--limit", type=int, help="score only the first N messages")
    ap.add_argument(
        "--findings", type=Path, help="score this findings JSONL instead of running privacyguard"
    )
    ap.add_argument(
        "--give-lang", action="store_true", help="pass each message's language to privacyguard"
    )
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--no-privacyguard", action="store_true")
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    ap.add_argument(
        "--accuracy-record",
        type=Path,
        metavar="FILE",
        help="merge privacyguard's figures for this corpus into FILE (the audit report reads "
        "privacyguard/data/accuracy.json)",
    )
    ap.add_argument(
        "--corpus-name",
        default=None,
        help="key of this corpus in --accuracy-record (default: the corpus file's stem)",
    )
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="print up to N false negatives and false positives per type for privacyguard",
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 if privacyguard has recall < {CHECK_RECALL} or precision < "
        f"{CHECK_PRECISION} for any type, or leak > {CHECK_LEAK * 100:.0f}%% for any language",
    )
    args = ap.parse_args(argv)

    try:
        records, corpus_note = load_corpus(args.corpus, args.seed, args.messages, args.regenerate)
    except Exception as exc:
        print(f"error: cannot load or generate the corpus: {exc}", file=sys.stderr)
        return 2
    if args.limit:
        records = records[: args.limit]

    runs: list[DetectorRun] = []
    if args.findings:
        runs.append(load_findings(args.findings))
    elif not args.no_privacyguard:
        runs.append(run_privacyguard(records, args.give_lang))
    if not args.no_presidio:
        runs.append(run_presidio(records))

    results = {
        run.name: score(records, run.preds, errors=args.errors if run.name == "privacyguard" else 0)
        for run in runs
        if run.available
    }
    print(report(records, corpus_note, runs, results, args.errors))

    if args.json:
        payload = {
            "corpus": {"note": corpus_note, **mc.stats(records)},
            "settings": {
                "iou_min": IOU_MIN,
                "give_lang": args.give_lang,
                "presidio_language": "en",
                "presidio_score_threshold": 0.0,
                "privacyguard_score_threshold": None,
            },
            "detectors": {
                run.name: {
                    "available": run.available,
                    "note": run.note,
                    "throughput_messages_per_s": run.throughput,
                    "seconds": run.seconds,
                    "network_attempts": run.network_attempts,
                    **(
                        {k: v for k, v in results[run.name].items() if k != "errors" or args.errors}
                        if run.available
                        else {}
                    ),
                }
                for run in runs
            },
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")

    if args.accuracy_record:
        pg = results.get("privacyguard")
        if pg is None or args.limit:
            print("error: --accuracy-record needs a full privacyguard run", file=sys.stderr)
            return 2
        name = args.corpus_name or args.corpus.stem
        write_accuracy_record(args.accuracy_record, name, args.corpus, records, pg, args)

    if args.check:
        pg = results.get("privacyguard")
        if pg is None:
            print("\nCHECK FAILED: privacyguard did not run", file=sys.stderr)
            return 1
        fails = check_failures(pg)
        if fails:
            print("\nCHECK FAILED:\n  " + "\n  ".join(fails), file=sys.stderr)
            return 1
        print("\nCHECK PASSED", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
