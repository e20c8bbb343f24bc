"""needs_digit: a pattern is skipped on a message without a digit only when none of its
matches could lack one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.detect.required import HAS_DIGIT, needs_digit

GOLDEN = Path(__file__).resolve().parent / "data" / "golden"


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\d{3}", True),
        (r"[0-9]+", True),
        (r"[1-9]\d", True),
        (r"(?i:ab\d)", True),
        (r"(?:KL|BA)\s?\d{2,4}", True),
        (r"(?=\d)\w+", True),  # the look-ahead reads a digit in the text
        (r"\b(?:\d{4}|\d{2}-\d{2})\b", True),
        (r"a|\d", False),
        (r"(?:x\d)?y", False),
        (r"\d*", False),
        (r"(?!\d)\w+", False),
        (r"[\d\s]", False),
        (r"[^a]", False),
        (r"\w+@\w+", False),
        (r"(a)\1", False),
    ],
)
def test_needs_digit(regex: str, expected: bool) -> None:
    assert needs_digit(regex) is expected


def test_no_rule_pattern_said_to_need_a_digit_matches_a_message_without_one(detector) -> None:
    texts = []
    for name in ("in-sample", "holdout", "examples-chats", "examples-exports"):
        with (GOLDEN / f"messages-{name}.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    without = [t for t in texts if not HAS_DIGIT.search(t)]
    assert len(without) > 1000
    checked = 0
    for rec in detector.recognizers:
        for _, rx, _ in getattr(rec, "patterns", []):
            if needs_digit(rx.pattern):
                checked += 1
                assert not any(rx.search(t) for t in without), (rec.name, rx.pattern)
    assert checked > 40
