"""min_digits: a pattern is skipped on a message with fewer decimal digits only when none
of its matches could have fewer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacyguard.detect.required import digit_count, min_digits, needs_digit

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


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\d{3}", 3),
        (r"\d{3}-?\d{2}", 5),
        (r"(?:\d{4}|\d{2})x", 2),
        (r"(?=\d{4})\d\w+", 4),  # the look-ahead's digits overlap the consumed one
        (r"\+?\d(?:[ -]?\d){6,14}", 7),
        (r"[a-z]+\d*", 0),
    ],
)
def test_min_digits(regex: str, expected: int) -> None:
    assert min_digits(regex) == expected


def test_no_rule_pattern_matches_a_message_with_fewer_digits_than_it_needs(detector) -> None:
    texts = []
    for name in ("in-sample", "holdout", "examples-chats", "examples-exports"):
        with (GOLDEN / f"messages-{name}.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    counted = [(digit_count(t), t) for t in texts]
    assert sum(1 for n, _ in counted if n == 0) > 1000
    checked = 0
    for rec in detector.recognizers:
        for _, rx, _ in getattr(rec, "patterns", []):
            need = min_digits(rx.pattern)
            if need:
                checked += 1
                fewer = [t for n, t in counted if n < need]
                assert not any(rx.search(t) for t in fewer), (rec.name, rx.pattern)
    assert checked > 40
