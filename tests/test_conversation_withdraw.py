"""The detector, through the whole conversation: an agent's statement that the customer's bare
answer was an order number takes back the customer number the question had made of it, and
only that; a Norwegian time after "kl" is no flight number."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


ASKED = ("agent", "What's your customer number?")
ANSWER = ("customer", "245153009")


def test_a_bare_answer_to_the_question_is_the_asked_number(detector: Detector) -> None:
    out = talk_spans(detector, [ASKED, ANSWER, ("agent", "Thanks, noted.")])
    assert ("CUSTOMER_NUMBER", "245153009") in out[1]


@pytest.mark.parametrize(
    "statement",
    [
        "That's the order no. – the customer number is on your bill, top right",
        "Dat lijkt een bestelnummer. Ik heb je klantnummer nodig",
    ],
)
def test_the_agents_statement_takes_the_made_number_back(
    detector: Detector, statement: str
) -> None:
    out = talk_spans(detector, [ASKED, ANSWER, ("agent", statement)])
    assert not [f for f in out[1] if f[0] == "CUSTOMER_NUMBER"]


def test_a_question_back_takes_nothing_back(detector: Detector) -> None:
    out = talk_spans(
        detector, [ASKED, ANSWER, ("agent", "Is that your order number or your customer number?")]
    )
    assert ("CUSTOMER_NUMBER", "245153009") in out[1]


def test_a_time_after_kl_is_no_flight_number(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "Flyet går kl 11:15 fra Gardermoen")])
    assert not [f for f in out[0] if f[0] == "FLIGHT_NUMBER"]
    out = talk_spans(detector, [("customer", "Jeg flyr med KL 1143 i morgen")])
    assert ("FLIGHT_NUMBER", "KL 1143") in out[0]


def test_an_email_answering_an_order_question_stands(detector: Detector) -> None:
    """A value of a sure type is no order number, even when an earlier question's context
    raised its score: dropping it would pass an e-mail address on unredacted."""
    out = talk_spans(
        detector,
        [
            ("agent", "What's your e-mail address?"),
            ("customer", "ok"),
            ("agent", "And what's the order number?"),
            ("customer", "email me at jan.smit@example.com"),
        ],
    )
    assert ("EMAIL_ADDRESS", "jan.smit@example.com") in out[3]
