"""The detector, through the whole conversation: the customer's own words for a number of a
kind no rule names ("berth holder number: b7368543", "licence number is 994508339",
"gastnummer 2415854", "номер спортсмена 5021330") make it the customer's number; the words
for an order, a parcel or a seat do not."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


GREETING = "Hi, how can I help?"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("berth holder number: b7368543", "b7368543"),
        ("licence number is 994508339 if that helps", "994508339"),
        ("mijn gastnummer is 2415854", "2415854"),
        ("søkernummeret mitt er 53815784", "53815784"),
        ("номер спортсмена 5021330", "5021330"),
    ],
)
def test_the_customers_own_words_for_a_number_of_any_kind(
    detector: Detector, said: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING), ("customer", said)])
    assert ("CUSTOMER_NUMBER", value) in out[1], out[1]


@pytest.mark.parametrize(
    "said",
    [
        "my order number is 55120934",
        "het bestelnummer is 55120934",
        "ordrenummeret er 55120934",
        "номер заказа 55120934",
    ],
)
def test_the_words_for_an_order_make_no_customer_number(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("agent", GREETING), ("customer", said)])
    assert not [f for f in out[1] if f[0] == "CUSTOMER_NUMBER"], out[1]
