"""The subject's place after a finite verb of full meaning or "als" in Dutch ("bood
Verhaegen een ...", "maakt Verhaegen deel uit", "als Verhaegen zijn ...": issue 15,
sentences alone). Synthetic sentences and names."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.recognizers.person import _TOKEN, RulesPersonRecognizer, _Tok


@pytest.fixture(scope="module")
def person() -> RulesPersonRecognizer:
    [rec] = [r for r in Detector(load_rules()).recognizers if isinstance(r, RulesPersonRecognizer)]
    return rec


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Vanaf 1990 maakt Verhaegen deel uit van het bestuur.", True),
        ("In de zaal bood Verhaegen een oplossing aan.", True),
        ("Het was beter geweest als Verhaegen zijn mond had gehouden.", True),
        ("Gisteren won Verhaegen de eerste rit.", True),
        # a capitalised word before the verb's object, or after a preposition, is no subject
        ("De uitspraken van Verhaegen zijn bekend.", False),
        ("Zij won Verhaegen Trofee.", False),
    ],
)
def test_the_place_of_a_subject_after_a_dutch_verb(
    person: RulesPersonRecognizer, text: str, subject: bool
) -> None:
    toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    [i] = [k for k, t in enumerate(toks) if t.word == "Verhaegen"]
    assert person._subject_slot(text, toks, i, person._words("nl")) is subject
