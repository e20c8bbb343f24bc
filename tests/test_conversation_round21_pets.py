"""The detector (round 21): a pet's name followed by what animal it is ("She's called
Marmite, a springer spaniel.", "Её зовут Шарик, это спаниель.", "Hun heter Luna, en
labrador.", "Ze heet Guusje, een poedel."): no person's name. A person stays found when the
animal's word does not end the clause ("Tom Baker, a dog lover", "Callum, a dog owner"), and
a whole name of two words stays found whatever follows.

Every person and pet here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    "said",
    [
        "She's called Marmite, a springer spaniel.",
        "Её зовут Шарик, это спаниель.",
        "Hun heter Luna, en labrador.",
        "Ze heet Guusje, een poedel.",
    ],
)
def test_a_pet_named_then_its_kind_is_no_person(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert not any(t == "PERSON" for t, _ in out[0])


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("My husband is Tom Baker, a dog lover.", "Tom Baker"),
        ("My name is Callum, a dog owner.", "Callum"),
        ("Анна Петрова, собака", "Анна Петрова"),
        ("Ik ben Jan de Vries, herder", "Jan de Vries"),
    ],
)
def test_a_person_beside_an_animal_word_stays_found(
    detector: Detector, said: str, name: str
) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert ("PERSON", name) in out[0]
