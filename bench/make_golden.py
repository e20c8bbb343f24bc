#!/usr/bin/env python3
"""Write the detector's golden findings: the safety net for changes to the engine.

    .venv/bin/python bench/make_golden.py [--out tests/data/golden]

For each corpus of `make eval` (the in-sample corpus, make_corpus.py seed 7; the held-out
corpus, make_holdout.py; examples/chats.jsonl) and for the example exports (which exercise
metadata fields such as senders), two files:

- messages-NAME.jsonl: the messages exactly as the detector sees them (id, text,
  conversation_id, lang, fields), so the test does not depend on the generators or readers;
- findings-NAME.jsonl: every finding (message_id, field, entity_type, start, end, score,
  recognizer, explanation, lang), and every message whose detection failed.

tests/test_engine_golden.py checks that the current engine reproduces them exactly. Only
regenerate after a change whose different findings are justified in its commit message.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ACCURACY = REPO / "bench" / "accuracy"
DEFAULT_OUT = REPO / "tests" / "data" / "golden"


def _module(name: str, path: Path):  # type: ignore[no-untyped-def]
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _eval_payload(records: Iterable[dict]) -> list[dict]:
    """What `make eval` gives the detector: id, text, conversation_id (no language)."""
    return [
        {"id": r["id"], "text": r["text"], "conversation_id": r["conversation_id"]}
        for r in records
    ]


def _from_reader(path: Path) -> list[dict]:
    from privacyguard.ingest import read
    from privacyguard.models import Message

    out = []
    for rec in read(path):
        if isinstance(rec, Message):
            out.append(
                {"id": rec.id, "text": rec.text, "conversation_id": rec.conversation_id,
                 "lang": rec.lang, "fields": [list(f) for f in rec.fields]}
            )  # fmt: skip
    return out


def corpora() -> dict[str, list[dict]]:
    """Every corpus by name, as message dicts."""
    mc = _module("make_corpus", ACCURACY / "make_corpus.py")
    holdout = _module("make_holdout", ACCURACY / "make_holdout.py")
    return {
        "in-sample": _eval_payload(mc.generate(7, 4000)),
        "holdout": _eval_payload(holdout.build_corpus(holdout.DEFAULT_SEED, 2000)),
        "examples-chats": _from_reader(REPO / "examples" / "chats.jsonl"),
        "examples-exports": _from_reader(REPO / "examples" / "exports"),
    }


def to_message(d: dict):  # type: ignore[no-untyped-def]
    from privacyguard.models import Message

    return Message(
        id=d["id"], text=d["text"], lang=d.get("lang"), conversation_id=d.get("conversation_id"),
        fields=tuple((k, v) for k, v in d.get("fields", ())),
    )  # fmt: skip


def findings(messages: list[dict], detector=None) -> Iterator[dict]:  # type: ignore[no-untyped-def]
    """Every finding and every failed message, in input order, as JSON-ready dicts."""
    from privacyguard.pipeline import detector_for

    det = detector or detector_for()
    batch = det.settings.batch_size
    msgs = [to_message(d) for d in messages]
    for i in range(0, len(msgs), batch):
        for d in det.detect(msgs[i : i + batch]):
            if d.error:
                yield {"message_id": d.message.id, "error": d.error}
            for f in d.findings:
                yield {
                    "message_id": f.message_id, "field": f.field, "entity_type": f.entity_type,
                    "start": f.start, "end": f.end, "score": f.score,
                    "recognizer": f.recognizer, "explanation": f.explanation, "lang": f.lang,
                }  # fmt: skip


def write_jsonl(rows: Iterable[dict], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, messages in corpora().items():
        write_jsonl(messages, args.out / f"messages-{name}.jsonl")
        n = write_jsonl(findings(messages), args.out / f"findings-{name}.jsonl")
        print(f"{name}: {len(messages)} messages, {n} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
