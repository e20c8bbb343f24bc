"""Detection throughput: privacyguard and vanilla Presidio on the same messages, one run.

Usage: python bench/throughput.py [--messages N]

Messages come from the accuracy corpus (bench/accuracy/make_corpus.py), repeated to N.
privacyguard runs as a pipeline would (Detector.detect in batches of settings.batch_size,
languages identified); Presidio runs AnalyzerEngine.analyze per message with its default
recognizers on blank spaCy pipelines (see bench/accuracy/evaluate.py). Both are warmed up
first; only the detection calls are timed. Prints messages/s for each and the ratio.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("pg_evaluate", HERE / "accuracy" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["pg_evaluate"] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20_000)
    args = ap.parse_args()
    ev = _evaluate_module()
    corpus = HERE / "accuracy" / "corpus" / "chats.jsonl"
    records, _ = ev.load_corpus(corpus, seed=7, messages=4000)
    texts = [(r["id"], r["text"], r.get("conversation_id")) for r in records]
    texts = (texts * (args.messages // len(texts) + 1))[: args.messages]

    from privacyguard.models import Message
    from privacyguard.pipeline import detector_for

    detector = detector_for()
    messages = [Message(id=f"{i}", text=t, conversation_id=c) for i, (_, t, c) in enumerate(texts)]
    batch = detector.settings.batch_size
    detector.detect(messages[:batch])  # warm-up: name lists, dictionaries
    t0 = time.perf_counter()
    for i in range(0, len(messages), batch):
        detector.detect(messages[i : i + batch])
    ours = len(messages) / (time.perf_counter() - t0)

    with tempfile.TemporaryDirectory(prefix="pg-bench-") as tmp:
        analyzer = ev.build_presidio(Path(tmp))
        analyzer.analyze(text="warm up, mail a@b.nl", language="en")
        t0 = time.perf_counter()
        for _, text, _ in texts:
            analyzer.analyze(text=text, language="en")
        theirs = len(texts) / (time.perf_counter() - t0)

    print(f"{len(messages)} messages from the accuracy corpus")
    print(f"  privacyguard  {ours:10,.0f} messages/s")
    print(f"  presidio      {theirs:10,.0f} messages/s (vanilla AnalyzerEngine, blank spaCy)")
    print(f"  ratio         {ours / theirs:10.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
