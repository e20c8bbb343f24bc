"""The agent reading back a value the customer gave ("Just to check, that's YU7SL5?") is the
customer's value again and is found in the agent's message too, so redaction covers both.
Only what the customer gave is found this way (other values are the recognizers' to find)."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk, talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "read_back"),
    [
        ("What's your booking code?", "Just to check, that's {v}?"),
        ("Wat is uw boekingscode?", "Even checken: {v}, klopt dat?"),
        ("Hva er bookingkoden?", "Bare for å sjekke: {v}?"),
        ("Назовите код бронирования, пожалуйста.", "Уточню: {v}?"),
    ],
)
def test_the_agents_read_back_of_the_customers_value_is_found(
    detector: Detector, question: str, read_back: str
) -> None:
    value = "YU7SL5"
    turns = [
        ("agent", question),
        ("customer", value),
        ("agent", read_back.format(v=value.lower())),
    ]
    found = talk_spans(detector, turns)
    assert found[1] == [("BOOKING_REFERENCE", value)]
    assert ("BOOKING_REFERENCE", value.lower()) in found[2]


def test_only_a_value_the_customer_gave_is_read_back(detector: Detector) -> None:
    turns = [
        ("agent", "What's your booking code?"),
        ("customer", "YU7SL5"),
        ("agent", "Thanks, that's yu7sl5. Could you also send the code from the voucher, QP4RT8?"),
    ]
    messages = talk(detector, turns)
    seen = [
        messages[2].message.text[f.start : f.end]
        for f in messages[2].findings
        if f.explanation.startswith("conversation: the same value as found earlier")
    ]
    assert seen == ["yu7sl5"]
