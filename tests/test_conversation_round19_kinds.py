"""The detector, through the whole conversation (round 19): the kind a question asks for.

- A word for "number" in the plural ("the mooring-holder numbers", "deelnemersnummers")
  names the kind of number all the same (not the Norwegian "numre": alone, as "numbers",
  it asks for phones as a rule).
- Alone, "numbers" asks for phones as a rule ("Which numbers are on the family plan?").
- A stem inside an everyday word asks for nothing ("p|lease", "re|member"), and a stem far
  from the word for "number" gives way to the phrasing that holds it ("Please type the card
  number.").

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "answer", "values"),
    [
        (
            "Which moorings is this about? The mooring-holder numbers, please.",
            "the old one: 6630184427, 318806 and mine: 70215539",
            ["6630184427", "318806", "70215539"],
        ),
        (
            "Om welke deelnemersnummers gaat het?",
            "die van mij: 304-8817-29 en 558102447",
            ["304-8817-29", "558102447"],
        ),
    ],
)
def test_numbers_asked_for_in_the_plural(
    detector: Detector, question: str, answer: str, values: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    for value in values:
        assert ("CUSTOMER_NUMBER", value) in out[1], out


@pytest.mark.parametrize(
    "question",
    [
        "Please type the card number.",
        "Please enter the long number on your card.",
    ],
)
def test_the_card_asked_for_after_please(detector: Detector, question: str) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", "4929 0391 7734 4528")])
    assert ("CREDIT_CARD", "4929 0391 7734 4528") in out[1], out


def test_numbers_alone_are_no_kind_of_number(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Which numbers are on the family plan?"),
            ("customer", "07700 900461 & Niamh +44 7700 900872"),
        ],
    )
    assert not any(t == "CUSTOMER_NUMBER" for t, _ in out[1]), out


def test_which_account_should_still_asks_for_the_bank_account(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Which account should the refund go to? The full IBAN, please."),
            ("customer", "GB33BUKB20201555555555"),
        ],
    )
    assert ("IBAN_CODE", "GB33BUKB20201555555555") in out[1], out
