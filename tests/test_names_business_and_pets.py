"""A business named after a family is no person ("Uitvaartzorg Verbeek", "Rijschool Van
Hattem", "J. Ashby & Sons", "Begravelsesbyrå Hoelstad"), and a pet's name after a word for
the pet is no person's ("our cat Pepper", "katten vår Luna"); a person's name next to them,
or a person's name elsewhere, stays found. (Synthetic names.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def persons(detector: Detector, role: str, text: str) -> list[str]:
    out = talk_spans(detector, [(role, text)])
    return [t for kind, t in out[0] if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Welcome to M. Thornbury & Sons Funeral Directors, I'm Gideon.", "Gideon"),
        ("Good morning, Priya here from Kellaway Funeral Directors.", "Priya"),
        ("Welkom bij Uitvaartzorg Hoogendijk, mijn naam is Wessel.", "Wessel"),
        ("Je chat met Femke van Rijschool Van Leersum. Wat kan ik doen?", "Femke"),
        ("God dag, Sindre her fra Begravelsesbyrå Kvalvik.", "Sindre"),
        ("Velkommen til Trafikkskolen Kvalvik! Mitt navn er Ragnhild.", "Ragnhild"),
        ("Здравствуйте, вас приветствует Автошкола Сорокина, меня зовут Олег.", "Олег"),
    ],
)
def test_a_business_named_after_a_family_is_no_person(
    detector: Detector, text: str, person: str
) -> None:
    assert persons(detector, "agent", text) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mrs Hoogendijk called about the funeral", "Hoogendijk"),
        ("ik ben Wessel van Leersum, van de rijschool", "Wessel van Leersum"),
        ("my name is Priya Kellaway and my dog is ill", "Priya Kellaway"),
    ],
)
def test_a_persons_name_next_to_such_words_stays_found(
    detector: Detector, text: str, person: str
) -> None:
    assert person in persons(detector, "customer", text)


@pytest.mark.parametrize(
    "text",
    [
        "our cat Juniper needs a repeat prescription",
        "onze hond Sam heeft nieuwe medicijnen nodig",
        "katten vår Luna trenger ny resept",
        "нашему коту Тимофей нужен новый рецепт",
    ],
)
def test_a_pets_name_after_a_word_for_the_pet_is_no_person(detector: Detector, text: str) -> None:
    assert persons(detector, "customer", text) == []
