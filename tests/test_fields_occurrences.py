"""Where a found value stands again (_occurrences) and a name as a slug (_slugs) are found
without compiling a pattern per value: the same places as the patterns they replace."""

from __future__ import annotations

import random
import re

from privacyguard.ingest.fields import _occurrences


def _by_pattern(value: str, text: str) -> list[tuple[int, int]]:
    """The pattern _occurrences compiled for each value until 2026-12-06."""
    parts = [re.escape(p) for p in value.split()]
    if not parts:
        return []
    pattern = r"\s+".join(parts)
    if value[0].isalnum():
        pattern = r"(?<![^\W_])" + pattern
    if value[-1].isalnum():
        pattern += r"(?![^\W_])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def test_occurrences_are_where_the_pattern_matches() -> None:
    alphabet = "ab1_ .-\u00a0\t\n\u2003éЖ٣"
    rng = random.Random(1)
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        if text and rng.random() < 0.5:  # a piece of the text, as a value found in it
            a = rng.randint(0, len(text))
            value = text[a : rng.randint(a, min(len(text), a + 8))].strip()
        else:
            value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))).strip()
        assert list(_occurrences(value, text)) == _by_pattern(value, text), (value, text)


def test_occurrences_examples() -> None:
    text = "Anna  de Vries, anna de vries; xAnna de Vries and Anna de\nVries_"
    assert list(_occurrences("Anna de Vries", text)) == [(0, 14), (50, 63)]
    assert list(_occurrences("06-12345678", "06-12345678/06-123456789")) == [(0, 11)]
    assert list(_occurrences("aa", "aaa aa")) == [(4, 6)]
