"""The detector, through the whole conversation (round 13, issue 13): the business's own
lines, numbers said in words, values typed over turns.

- A fixed, freephone or shared-cost number the agent states to no one in particular ("Onze
  internationale servicelijn is +31 20 794 6123.") is the business's line, whatever words
  name it; a mobile, a number in a question, a number next to "your" or one the customer
  gave before stays a finding.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "said",
    [
        "The international service line is +44 20 7946 0277.",
        "Onze internationale servicelijn is +31 20 794 6123.",
        "Skadeavdelingen i London har nummer +47 22 94 61 23.",
        "Международная линия поддержки: +7 495 794-61-23",
    ],
)
def test_a_line_the_agent_states_to_no_one_is_the_business(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("agent", "Hello, how can I help?"), ("agent", said)])
    assert out[1] == [], out


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("Is your number still 0161 496 0782?", "0161 496 0782"),
        ("Klopt het dat het telefoonnummer nog 020 794 6123 is?", "020 794 6123"),
        ("Stemmer det at telefonnummeret fortsatt er 22 94 61 23?", "22 94 61 23"),
        ("Ваш телефон +7 495 794-61-23, верно?", "+7 495 794-61-23"),
        ("Het nummer is 06 12 34 56 78.", "06 12 34 56 78"),  # a mobile
    ],
)
def test_a_number_asked_about_or_a_mobile_stays(detector: Detector, said: str, number: str) -> None:
    out = talk_spans(detector, [("agent", "Hello, how can I help?"), ("agent", said)])
    assert out[1] == [("PHONE_NUMBER", number)], out


@pytest.mark.parametrize(
    ("asked", "given", "read_back"),
    [
        ("What's your phone number?", "0161 496 0782", "Noted: 0161 496 0782."),
        ("Wat is uw telefoonnummer?", "020 794 6123", "Genoteerd: 020 794 6123."),
        ("Hva er telefonnummeret?", "22 94 61 23", "Notert: 22 94 61 23."),
        ("Ваш номер телефона?", "+7 495 794-61-23", "Записал: +7 495 794-61-23."),
    ],
)
def test_a_number_the_customer_gave_read_back_stays(
    detector: Detector, asked: str, given: str, read_back: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", given), ("agent", read_back)])
    assert out[1] == [("PHONE_NUMBER", given)], out
    assert out[2] == [("PHONE_NUMBER", given)], out
