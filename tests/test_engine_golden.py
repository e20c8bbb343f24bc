"""The engine reproduces the stored golden findings exactly (bench/make_golden.py wrote
them before the engine was rebuilt for speed): same spans, types, scores, recognizers and
explanations, message by message, on the evaluation corpora and the example exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench_support import bench_module

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "data" / "golden"
CORPORA = ["in-sample", "holdout", "examples-chats", "examples-exports"]


def _make_golden():  # type: ignore[no-untyped-def]
    return bench_module("make_golden", "bench/make_golden.py")


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _by_message(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["message_id"], []).append(row)
    return out


@pytest.mark.parametrize("name", CORPORA)
def test_engine_reproduces_the_golden_findings(name: str, detector) -> None:
    messages = _read(GOLDEN / f"messages-{name}.jsonl")
    expected = _read(GOLDEN / f"findings-{name}.jsonl")
    assert messages and expected
    actual = list(_make_golden().findings(messages, detector))
    want, got = _by_message(expected), _by_message(actual)
    differing = [m["id"] for m in messages if want.get(m["id"]) != got.get(m["id"])]
    assert not differing, (
        f"{len(differing)} of {len(messages)} messages differ from the golden findings, "
        f"first {differing[:5]}: expected {want.get(differing[0])}, got {got.get(differing[0])}"
    )
    assert actual == expected  # and in the same order


def _one_edit(word: str, rng) -> str:  # type: ignore[no-untyped-def]
    """The word with one typo: a swapped pair, or one letter wrong, missing or extra."""
    i = rng.randrange(len(word))
    kind = rng.choice(["swap", "sub", "del", "ins"])
    if kind == "swap" and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "del":
        return word[:i] + word[i + 1 :]
    if kind == "ins":
        return word[:i] + rng.choice("aeiouxz") + word[i:]
    return word[:i] + rng.choice("aeiouxz") + word[i + 1 :]


def test_the_context_shortcut_never_hides_a_context_word(detector) -> None:
    """A context-required recognizer skips a message in which ContextMatcher.may_find sees
    no key, and mentions() answers no without a look at the terms: both only where no
    positive term (written right, or with one typo) can match near any span."""
    import random

    from privacyguard.detect.context import context_words

    rng = random.Random(12)
    fillers = ["the", "mijn", "og", "и", "xxxxxxxxxxxxxxxxxxxx", "qwerty", "a.b", "nr.", ":"]
    hits = 0
    for rec in detector.recognizers:
        matcher = rec.context_matcher
        for term in [t for t in matcher.terms if not t.negative]:
            for _ in range(6):
                words = list(term.text.split())
                if rng.random() < 0.5:
                    words[0] = _one_edit(words[0], rng)
                before = " ".join(rng.choices(fillers, k=rng.randrange(0, 40)))
                text = f"{before} {' '.join(words)}{rng.choice([' ', ': ', ' nr. '])}12345678"
                start = text.rindex("12345678")
                hit = matcher.nearest(text, start, start + 8)
                if hit is not None and not hit.term.negative:
                    hits += 1
                    assert matcher.may_find(text.lower()), (rec.name, text)
                cut = context_words(text)
                full = any(
                    not t.negative and t.matches_at(cut, i)
                    for i in range(len(cut))
                    for t in matcher._starting_with(cut[i])
                )
                assert matcher.mentions(cut) == full, (rec.name, text)
    assert hits > 1000
