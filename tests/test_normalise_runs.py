"""The normaliser's runs of number words and codes read out, with their words written as a
letter tree (normalise._trie): exactly the matches of the words' plain alternation
(normalise._words, longest first), which was tried word by word at every word."""

from __future__ import annotations

import random
import re

import pytest

from privacyguard.config.conversation import load_conversation_rules
from privacyguard.detect.normalise import Normaliser, _trie, _words


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(load_conversation_rules())


def _texts(normaliser: Normaliser, count: int) -> list[str]:
    """Number words, digits, capitals and other words with the separators of both patterns
    between them, in every case, with characters that case-insensitive matching folds
    ("ſ" for "s", "K" for "k", "ı", "ᲀ" for "в") and digits of other scripts."""
    rng = random.Random(13)
    spoken = sorted(
        {w for d in normaliser.number_words.values() for w in d}
        | {w for d in normaliser.repeat_words.values() for w in d}
    )
    others = ["the", "op", "at", "x1", "é", "ab_c", "٣٤", "İ", "ß", "Σ", "σς", "µ"]
    gaps = [" ", "  ", "   ", "    ", ", ", ",", " ,-", "-", " - ", "\t", ".", "", "_", "'"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 30)):
            r = rng.random()
            if r < 0.55:
                word = rng.choice(spoken)
            elif r < 0.7:
                word = str(rng.randint(0, 10 ** rng.randint(1, 14)))
            elif r < 0.8:
                word = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                word = rng.choice(others)
            if rng.random() < 0.2:
                word = word.upper()
            elif rng.random() < 0.1:
                word = word.capitalize()
            if rng.random() < 0.05:
                word = word.replace("s", "ſ").replace("k", "\u212a").replace("в", "ᲀ")
            parts += [word, rng.choice(gaps)]
        texts.append("".join(parts))
    return texts


def _plain(normaliser: Normaliser) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(the normaliser's pattern, the same with the words' plain alternation) per language."""
    out = []
    for lang, words in normaliser.number_words.items():
        alt = _words([*words, *normaliser.repeat_words.get(lang, {})])
        one = rf"(?:{alt}|\d{{1,12}})"
        plain = re.compile(rf"(?i)(?<!\w){one}(?:[ \t,.\-]{{1,3}}{one}){{1,40}}(?!\w)")
        out.append((normaliser._number_runs[lang], plain))
        tok = rf"(?:[A-Z]|\d{{1,34}}|(?i:{_words(words)}))"
        plain = re.compile(rf"(?<![\w]){tok}(?:(?: {{1,2}}|, | - ){tok}){{3,60}}(?![\w])")
        out.append((normaliser._code_runs[lang], plain))
    return out


def test_runs_match_as_the_plain_alternation_does(normaliser: Normaliser) -> None:
    texts = [
        "nul zes, vierentachtig, tweeënnegentig, dertien",
        "syttisju fireogtjue 12 dobbel to",
        "N O ni tre aatte 5 B A R C seven one",
        "G B six one B A R C seven 0 4 4 one 2",
        "восемьсот одиннадцать девятьсот двадцать девять",
        "Ik zie twee apparaten op je verbinding, een op 109.34.155.242 en een op 10.0.0.1.",
        "SEKS NI \u212aSEKS ſeks",
        *_texts(normaliser, 3000),
    ]
    pairs = _plain(normaliser)
    assert pairs
    for pattern, plain in pairs:
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in plain.finditer(text)]
            assert [(m.span(), m.group(0)) for m in pattern.finditer(text)] == expected, text


@pytest.mark.parametrize(
    "words",
    [
        ["een", "eenentwintig", "eenendertig", "twee", "tweeënnegentig"],
        ["a", "ab", "abc", "b", "abd"],
        ["seks", "seksti", "sekstisju", "sju"],
        [],
    ],
)
def test_a_tree_tries_the_longer_word_first(words: list[str]) -> None:
    tree, plain = _trie(words), _words(words)
    texts = [*words, "EENentwintigste", "abcd", "ab c", "abab", "sekstisjuende", "x", ""]
    # alone, and where what follows makes a shorter word the one that matches
    forms = ["(?:{})", "(?:{})(?:b|c)", "(?:(?:{}) ?){{2}}(?!\\w)"]
    for form in forms:
        got_re = re.compile("(?i)" + form.format(tree))
        want_re = re.compile("(?i)" + form.format(plain))
        for text in texts:
            got, want = got_re.match(text), want_re.match(text)
            assert (got and got.span()) == (want and want.span()), (form, text)
