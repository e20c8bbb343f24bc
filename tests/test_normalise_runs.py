"""The normaliser's runs of number words and codes read out (normalise._Runs): tried only
at a word that can start one, with exactly the matches of the pattern's own finditer."""

from __future__ import annotations

import random

import pytest

from privacyguard.config.conversation import load_conversation_rules
from privacyguard.detect.normalise import Normaliser, _Runs


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


def test_runs_match_as_the_pattern_does(normaliser: Normaliser) -> None:
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
    runs = [*normaliser._number_runs.values(), *normaliser._code_runs.values()]
    assert runs
    for run in runs:
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in run.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in run.finditer(text)] == expected, text


def test_runs_of_words_with_other_characters_use_the_pattern() -> None:
    """A token's word that is not all word characters ("vier-en-tachtig"): the pattern is
    tried at every position, as before."""
    run = _Runs(
        r"(?i)(?<!\w)(?:vier-en-tachtig|een|\d{1,12})(?:[ \t,\-]{1,3}(?:vier-en-tachtig|een"
        r"|\d{1,12})){1,40}(?!\w)",
        r"(?i:vier-en-tachtig|een|\d{1,12})",
        r"[ \t,\-]{1,3}",
        ["vier-en-tachtig", "een"],
    )
    text = "vier-en-tachtig een 12"
    assert [m.group(0) for m in run.finditer(text)] == ["vier-en-tachtig een 12"]


def test_the_memo_of_words_stays_bounded(normaliser: Normaliser, monkeypatch) -> None:
    run = normaliser._number_runs["en"]
    monkeypatch.setattr(_Runs, "MEMO", 5)
    text = " ".join(f"w{k} one two" for k in range(20))
    expected = [m.span() for m in run.pattern.finditer(text)]
    assert [m.span() for m in run.finditer(text)] == expected
    assert len(run._is_token) <= 5
