"""overlap.resolve's shortcut (no two candidates overlap: every one is kept) gives what
ranking them gives, on random candidates with and without overlaps and empty spans."""

from __future__ import annotations

import random

from privacyguard.detect.overlap import _Taken, resolve
from privacyguard.models import Finding

PRIORITY = {"A": 0, "B": 1, "C": 2}


def _ranked(candidates: list[Finding]) -> list[Finding]:
    """resolve without the shortcut (as it was before)."""
    ranked = sorted(
        candidates,
        key=lambda f: (-round(f.score, 6), -(f.end - f.start), PRIORITY.get(f.entity_type, 99)),
    )
    taken = _Taken(max((f.end for f in ranked), default=0))
    kept = [f for f in ranked if taken.claim(f.start, f.end)]
    return sorted(kept, key=lambda f: (f.start, f.end))


def test_the_same_as_ranking() -> None:
    rng = random.Random(3)
    apart = 0
    for _ in range(5000):
        found = []
        for _ in range(rng.randint(2, 6)):
            start = rng.randint(0, 40)
            end = start + rng.choice([0, 1, 2, 3, 5, 8]) if rng.random() < 0.9 else start
            found.append(
                Finding("m", rng.choice("ABC"), start, end, rng.choice([0.4, 0.5, 0.85]), "r", "")
            )
        expected = _ranked(found)
        apart += len(expected) == len(found)
        assert resolve(found, PRIORITY) == expected, found
    assert apart > 500  # the shortcut was taken often


def test_touching_spans_are_both_kept() -> None:
    a = Finding("m", "A", 0, 4, 0.5, "r", "")
    b = Finding("m", "B", 4, 9, 0.9, "r", "")
    assert resolve([b, a], PRIORITY) == [a, b]
