"""A name typed in lower case after a cue ("my name's ..."): the first name is listed, the
surname often is not; it is taken when the language does not know the word."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector
from privacyguard.models import Message


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _names(detector: Detector, text: str) -> list[str]:
    (d,) = detector.detect([Message(id="m", text=text, sender_role="customer")])
    return [text[f.start : f.end] for f in d.findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi, my name's callum winslow", "callum winslow"),
        ("mijn naam is sanne vermeulenkamp", "sanne vermeulenkamp"),
        ("jeg heter ingrid fjellstad", "ingrid fjellstad"),
        ("меня зовут зоя ковалёва", "зоя ковалёва"),
    ],
)
def test_an_unlisted_lower_case_surname_after_a_cue(
    detector: Detector, text: str, name: str
) -> None:
    assert _names(detector, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my name is callum and i need help", "callum"),
        ("my name is anna booking ref below", "anna"),
        ("mijn naam is sanne graag een nieuwe pas", "sanne"),
    ],
)
def test_a_word_of_the_language_after_the_first_name_is_no_surname(
    detector: Detector, text: str, name: str
) -> None:
    assert _names(detector, text) == [name]
