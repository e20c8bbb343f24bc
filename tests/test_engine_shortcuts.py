"""The person recognizer's shortcut skips only tokens its full evidence check would reject."""

from __future__ import annotations

import json
from pathlib import Path

from privacyguard.detect.recognizers.person import _TOKEN, RulesPersonRecognizer, _Tok

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"


def test_skipped_tokens_have_no_evidence(detector) -> None:
    [person] = [r for r in detector.recognizers if isinstance(r, RulesPersonRecognizer)]
    skipped = 0
    for name in ("in-sample", "holdout"):
        with (GOLDEN / f"messages-{name}.jsonl").open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh]
        for text in texts:
            toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
            for lang in ("en", "nl", "nb", "ru"):
                words = person._words(lang)
                for i, tok in enumerate(toks):
                    if not tok.capitalised and not person._may_start_lower_case(tok):
                        skipped += 1
                        assert person._evidence(text, toks, i, words) is None, (text, i)
    assert skipped > 100_000
