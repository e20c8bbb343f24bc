"""The candidate pass writes a repeat after lookaheads with the character they ask for in
each place (candidates._looked_ahead): it still lets through every text the Python pattern
matches, and no longer every text with a six-letter word."""

from __future__ import annotations

import random
import re

import pytest

pytest.importorskip("hyperscan")

from privacyguard.detect.candidates import CandidateScanner, translate  # noqa: E402

LOOKAHEADS = [
    r"\b(?=[a-z0-9]{0,5}[a-z])(?=[a-z0-9]{0,5}\d)[a-z0-9]{6}\b",  # rules/travel.yaml
    r"\b(?=[A-Z0-9]{0,5}[A-Z])[A-Z0-9]{6}\b",
    r"(?i:\b(?=[a-z0-9]{0,2}\d)[a-z0-9]{3,})",
    r"(?=\d)[0-9a-f]{4,30}",
    r"\b(?=[A-Z0-9]{0,8}\d)(?=[A-Z0-9]{0,8}[A-Z])[A-Z0-9]{8,9}\b",  # reach past the minimum
    r"(?=[a-z]{0,3}x)(?=[a-z]{0,3}y)(?=[a-z]{0,3}z)[a-z]{4,}",  # a third lookahead
]


@pytest.fixture(scope="module")
def scanner() -> CandidateScanner:
    return CandidateScanner(LOOKAHEADS, use_cache=False)


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcxyzfABCXYZ0123456789 -_.é٣ß"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def test_every_pattern_is_in_the_pass(scanner: CandidateScanner) -> None:
    assert scanner.always == frozenset(), scanner.skipped


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_every_python_match_gets_through(scanner: CandidateScanner, seed: int) -> None:
    for text in _texts(seed, 1500):
        possible = scanner.possible(text)
        assert possible is not None
        for i, rx in enumerate(LOOKAHEADS):
            if re.search(rx, text):
                assert i in possible, (rx, text)


def test_a_word_without_the_asked_character_is_ruled_out(scanner: CandidateScanner) -> None:
    assert 0 not in scanner.possible("thanks, please change it")  # six letters, no digit
    assert 0 in scanner.possible("my code is ab12cd")
    assert 1 not in scanner.possible("order 123456 please")  # six digits, no capital
    assert 1 in scanner.possible("code 12AB56")


def test_only_the_written_form_changes() -> None:
    """A lookahead that reaches past the repeat's minimum is dropped, as before."""
    assert translate(LOOKAHEADS[4]) == "(?:[0-9A-Z]){8,9}"
    assert translate(LOOKAHEADS[0]).count("|") == 29  # 6 x 6 places, 6 of them both at once
