#!/usr/bin/env python3
"""Instructions the person recognizer's own `find` executes on the bench corpus.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \\
        .venv/bin/python bench/person_callgrind.py [--messages 1000] [--seed 11]

The first --messages of bench/throughput.py's corpus are scanned once as
bench/engine_callgrind.py scans them, recording every call of the person recognizer's
`find` (text, language, and the conversation's context: known name parts, carried
context). Those calls are replayed twice, the second time with callgrind's
instrumentation on: `callgrind_annotate OUT | head` gives `find`'s own total (with what it
calls: scoring, context words). Prints a digest of the findings, to compare two trees.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from engine_callgrind import _instrument, warmed_up

    from privacyguard.detect.recognizers.person import RulesPersonRecognizer
    from privacyguard.parallel import scan_stream

    detector, messages = warmed_up(args.seed, args.messages)
    calls: list[tuple[RulesPersonRecognizer, str, str, object, object]] = []
    original = RulesPersonRecognizer.find

    def recording(self, text, lang, doc=None, ctx=None):  # type: ignore[no-untyped-def]
        calls.append((self, text, lang, doc, replace(ctx, windows=None)))
        return original(self, text, lang, doc, ctx)

    RulesPersonRecognizer.find = recording  # type: ignore[method-assign]
    try:
        for _ in scan_stream(messages, detector):
            pass
    finally:
        RulesPersonRecognizer.find = original  # type: ignore[method-assign]
    for rec, text, lang, doc, ctx in calls:  # warm-up: every cache as a stream leaves it
        rec.find(text, lang, doc, replace(ctx, windows=None))  # type: ignore[type-var]
    found = []
    _instrument(True)
    for rec, text, lang, doc, ctx in calls:
        found.append(rec.find(text, lang, doc, replace(ctx, windows=None)))  # type: ignore[type-var]
    _instrument(False)
    digest = hashlib.sha256(repr(found).encode()).hexdigest()[:16]
    print(f"{len(calls)} find calls, {sum(map(len, found))} found, digest {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
