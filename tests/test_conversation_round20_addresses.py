"""The detector, through the whole conversation (round 20): addresses.

- An address typed over two messages, its town or its postcode first: a town of one word
  ("омск" / "ул. строителей, д. 51а"), a village after its mark ("с. Никольское" /
  "Вологодская обл., 305000"), a postcode of digits alone ("180000" / "Псков, а/я 281");
  not a customer's "one moment, looking" before the address.
- A Russian address with its region and district before the village ("Тверская обл.,
  Калининский р-н, д. Заречье, ул. Полевая, д. 7"), in any case.
- A street after "rue des", "rue du" ("Rue des Tanneurs 22, 1000 Bruxelles"), capitalised or
  not: the "des" and the house number and postcode after it are no date ("des 22, 1000").

Every person and address here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("Куда отправить документы?", "омск", "ул. строителей, д. 51а, кв. 135"),
        ("Адрес проживания?", "с. Никольское", "Вологодская обл., 305000"),
        ("Адрес проживания?", "180000", "Псков, а/я 281"),
        ("Where should we send it?", "leeds", "12 kings road"),
        ("Hvor skal vi sende det?", "bodø", "storgata 12"),
    ],
)
def test_an_address_with_its_town_or_postcode_first(
    detector: Detector, question: str, first: str, second: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert out[1] == [("LOCATION", first)]
    assert out[2] == [("LOCATION", second)]


def test_a_hold_before_the_address_is_no_town(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Куда отправить?"),
            ("customer", "секунду, найду"),
            ("customer", "ул. рябиновая, д. 115"),
        ],
    )
    assert out[1] == []
    assert out[2] == [("LOCATION", "ул. рябиновая, д. 115")]


def test_a_town_then_an_address_with_its_own_town_is_two_answers(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Where should we send it?"),
            ("customer", "dundee"),
            ("customer", "12 kings road, leeds"),
        ],
    )
    assert out[1] == []


@pytest.mark.parametrize(
    "address",
    [
        "Тверская обл., Калининский р-н, д. Заречье, ул. Полевая, д. 7",
        "тверская обл., калининский р-н, д. заречье, ул. полевая, д. 7",
        "Московская область, г. Химки, ул. Ленина, д. 5",
    ],
)
def test_a_russian_address_with_its_region_and_district(detector: Detector, address: str) -> None:
    out = talk_spans(
        detector, [("agent", "На какой адрес оформить доставку?"), ("customer", address)]
    )
    assert out[1] == [("LOCATION", address)]


def test_a_village_address_in_a_sentence(detector: Detector) -> None:
    text = "я живу: с. Никольское, ул. Садовая, д. 4"
    out = talk_spans(detector, [("customer", text)])
    assert out[0] == [("LOCATION", "с. Никольское, ул. Садовая, д. 4")]


@pytest.mark.parametrize(
    "address",
    [
        "Rue des Tanneurs 22, 1000 Bruxelles",
        "rue des tanneurs 22\n1000 bruxelles",
        "rue du midi 14, 1000 brussel",
    ],
)
def test_a_street_after_rue_des(detector: Detector, address: str) -> None:
    out = talk_spans(
        detector, [("agent", "Please enter the delivery address."), ("customer", address)]
    )
    assert out[1] == [("LOCATION", address)]
