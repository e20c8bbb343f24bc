"""The Latin-1 twins of the word patterns (detect/latin1.py) find what the patterns find."""

from __future__ import annotations

import random
import re

import pytest

from privacyguard.detect import latin1 as L
from privacyguard.detect.context import WORD, WORD_LATIN1, context_words
from privacyguard.detect.recognizers.person import _TOKEN_FREE, _TOKEN_FREE_LATIN1


@pytest.mark.parametrize("atom", [*L._CLASSES, r"\d"])
def test_each_class_spelled_out_matches_the_same_latin1_characters(atom: str) -> None:
    spelled = re.compile(L._spelled(atom))
    original = re.compile(atom)
    for c in map(chr, range(256)):
        assert bool(spelled.match(c)) == bool(original.match(c)), (atom, hex(ord(c)))
    # the \d a class holds: 0-9 alone among the Latin-1 characters
    assert L._spelled(r"\d") == "[0-9]"


def test_the_twins_are_twins() -> None:
    assert WORD_LATIN1 is not WORD and _TOKEN_FREE_LATIN1 is not _TOKEN_FREE
    for rx in (WORD_LATIN1, _TOKEN_FREE_LATIN1):
        assert not L._UNICODE_ESCAPES.search(rx.pattern)


def test_a_pattern_it_cannot_spell_out_is_kept() -> None:
    for rx in (re.compile(r"[^\W_]+\s"), re.compile(r"(?i)[^\W_]+"), re.compile(r"\bab")):
        assert L.twin(rx) is rx
    # an escaped bracket is no class: its \d stays, and so does the pattern
    assert L.twin(re.compile(r"\[\d\]")).pattern == r"\[\d\]"
    assert L.twin(re.compile(r"[^\W_]\[\d")).pattern == r"[^\W_]\[\d"


def _random_latin1(rng: random.Random) -> str:
    pool = (
        "abcdefgHIJKLMnoæøåÆØÅéÉëüßÿªºµ"  # letters, also Latin-1's
        + "0123456789²³¹¼½¾"  # decimals, and digits that are none
        + " .'-_#\n\t,:;/()@+"
        + "".join(map(chr, range(0x80, 0x100)))
        + "".join(map(chr, range(0x00, 0x20)))
    )
    text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 200)))
    if rng.random() < 0.2:
        text = "ø" * rng.randint(95, 220) + text  # a run longer than a token takes
    if rng.random() < 0.2:
        text += "x.y" * rng.randint(3, 9)  # more dotted parts than a word takes
    return text


def test_the_twins_find_the_same_words_on_latin1_texts() -> None:
    rng = random.Random(12)
    for _ in range(20_000):
        text = _random_latin1(rng)
        assert L.latin1(text)
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert [m.span() for m in WORD.finditer(text, a, b)] == [
            m.span() for m in WORD_LATIN1.finditer(text, a, b)
        ]
        assert [(m.span(), m.lastindex) for m in _TOKEN_FREE.finditer(text)] == [
            (m.span(), m.lastindex) for m in _TOKEN_FREE_LATIN1.finditer(text)
        ]
        assert context_words(text) == [w.lower() for w in WORD.findall(text[:2000])]


def test_latin1_looks_at_the_part_asked_for() -> None:
    assert L.latin1("Hei Åse, 12³")
    assert not L.latin1("Привет")
    assert not L.latin1("it’s")  # U+2019
    assert L.latin1("it’s here", 4)
    assert not L.latin1("ab’", 0, 10)


def test_digits_and_letters_counted_on_latin1_as_the_patterns_count_them() -> None:
    from privacyguard.detect import language
    from privacyguard.detect.required import HAS_DIGIT, digit_count

    rng = random.Random(13)
    texts = [_random_latin1(rng) for _ in range(3_000)] + ["Привет 12", "١٢3 ²", "it’s 4"]
    for text in texts:
        assert digit_count(text) == len(HAS_DIGIT.findall(text))
        assert language._letters(text, L.latin1(text)) == len(language._LETTERS.findall(text))
