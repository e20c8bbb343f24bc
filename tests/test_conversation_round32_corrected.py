"""Round 32: the customer's value typed again whole with one or two digits put right, after
a correction's words ("5376 3422 9256 8004" / "klopt niet, moet 5376 3422 9256 2004 zijn",
"M2960695" / "Takk, sjekker…" / "feil, skal være M2960615"): of the previous value's very
shape, its type, though its checksum fails and an agent's words stand between. Fail closed
the other way round: without a correction's words, or more than two digits apart, a number
is read as before. (Synthetic numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans, values_of


@pytest.mark.parametrize(
    ("ask", "value", "hold", "again", "right", "kind"),
    [
        ("Can you read me the card number?", "4532 0151 1283 0366", "thanks, checking…",
         "sorry, should be 4532 0151 1283 0866", "4532 0151 1283 0866", "CREDIT_CARD"),
        ("Kunt u het kaartnummer voorlezen?", "5399 3161 7032 4600", "Dank u, ik kijk even…",
         "klopt niet, moet 5399 3161 7032 4900 zijn", "5399 3161 7032 4900", "CREDIT_CARD"),
        ("Finner du kundenummeret på siste faktura?", "M2960695", "Takk, sjekker…",
         "feil, skal være M2960615", "M2960615", "CUSTOMER_NUMBER"),
        # a recognizer's reading outweighs the previous value's type (a customer number's
        # shape here): the value stays reported
        ("Какой номер карты?", "4218 7340 5512 9070", "Спасибо, проверяю…",
         "ой, опечатка: 4218 7340 5512 9010", "4218 7340 5512 9010", "CUSTOMER_NUMBER"),
    ],
)  # fmt: skip
def test_a_value_typed_again_with_a_digit_put_right(
    detector: Detector, ask: str, value: str, hold: str, again: str, right: str, kind: str
) -> None:
    turns = [("agent", ask), ("customer", value), ("agent", hold), ("customer", again)]
    out = talk_spans(detector, turns)
    assert values_of(out, 1, "CREDIT_CARD" if " " in value else kind) == [value], out[1]
    assert values_of(out, 3, kind) == [right], out[3]


def test_without_a_correction_word_a_number_is_read_as_before(detector: Detector) -> None:
    turns = [
        ("agent", "Can you read me the card number?"),
        ("customer", "4532 0151 1283 0366"),
        ("agent", "thanks, checking…"),
        ("customer", "the order was 4532 0151 1283 0866"),
    ]
    out = talk_spans(detector, turns)
    assert not values_of(out, 3, "CREDIT_CARD"), out[3]


def test_a_checksum_that_passes_keeps_the_recognizers_type(detector: Detector) -> None:
    turns = [
        ("agent", "Mag ik uw burgerservicenummer?"),
        ("customer", "123456792"),
        ("customer", "ik bedoel 123456782, typfout"),
    ]
    out = talk_spans(detector, turns)
    assert values_of(out, 2, "NATIONAL_ID") == ["123456782"], out[2]


def test_more_than_two_digits_apart_is_no_correction(detector: Detector) -> None:
    turns = [
        ("agent", "Finner du kundenummeret på siste faktura?"),
        ("customer", "M2960695"),
        ("agent", "Takk, sjekker…"),
        ("customer", "feil, ordren er M2917715"),
    ]
    out = talk_spans(detector, turns)
    assert not values_of(out, 3, "CUSTOMER_NUMBER"), out[3]
