"""The detector, through the whole conversation: a number the customer's own words name as
another kind of number ("item code 44120", "artikel 73314", "varenummer 61207") is no piece
of a customer number typed over messages, nor a customer number because an earlier question
asked for one; an amount of money is no address, even when an address was asked for."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "named", "more"),
    [
        ("What's your customer number?", "it's the one with item code 44120", "7 in the shop"),
        ("Wat is uw klantnummer?", "het gaat om artikel 73314", "2 stuks"),
        ("Hva er kundenummeret ditt?", "det gjelder varenummer 61207", "3 stk"),
    ],
)
def test_a_number_named_as_an_article_is_no_piece_of_the_asked_number(
    detector: Detector, asked: str, named: str, more: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", named), ("customer", more)])
    assert not out[1] and not out[2], out


@pytest.mark.parametrize(
    "named",
    ["it's the one with item code 58213-C", "it's about item no 90417 again"],
)
def test_a_number_named_as_an_item_is_no_customer_number_later(
    detector: Detector, named: str
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What's your customer number?"),
            ("customer", "ok"),
            ("agent", "Thanks."),
            ("customer", named),
        ],
    )
    assert not [f for f in out[3] if f[0] == "CUSTOMER_NUMBER"], out[3]


def test_the_asked_number_typed_in_two_pieces_still_counts(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "What's your customer number?"), ("customer", "4412"), ("customer", "0731")],
    )
    assert out[1] and out[2], out


@pytest.mark.parametrize(
    ("asked", "amount"),
    [
        ("Wat is uw adres?", "er is 312 euro afgeschreven, twee keer"),
        ("What's your address?", "they took 85 pounds off, twice now"),
        ("Какой у вас адрес?", "списали 920 рублей, два раза"),
    ],
)
def test_an_amount_is_no_address(detector: Detector, asked: str, amount: str) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", amount)])
    assert not [f for f in out[1] if f[0] == "LOCATION"], out[1]


def test_an_address_answer_still_counts(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "Wat is uw adres?"), ("customer", "17 lindelaan, zwolle")]
    )
    assert ("LOCATION", "17 lindelaan, zwolle") in out[1]
