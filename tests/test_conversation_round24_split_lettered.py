"""Round 24: a lettered customer number typed in two pieces whose first piece has an
airline's code and digits ("KL554" / "39" after the member number is asked for) is one
customer number, no flight. Fail closed: after a question for the flight, "KL554" stays a
flight number. (Synthetic numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("ask", "first", "second"),
    [
        ("what's your member number pls?", "KL554", "rest: 39"),
        ("welk abonnementsnummer heeft u?", "KL6", "1172"),
        ("hva er kundenummeret ditt?", "KL85", "077"),
        ("какой у вас номер клиента?", "KL31", "277"),
    ],
)
def test_a_lettered_customer_number_in_pieces_is_found(
    detector: Detector, ask: str, first: str, second: str
) -> None:
    out = talk_spans(detector, [("agent", ask), ("customer", first), ("customer", second)])
    assert ("CUSTOMER_NUMBER", first) in out[1], out[1]
    assert [s for t, s in out[2] if t == "CUSTOMER_NUMBER" and s in second], out[2]


def test_a_flight_asked_for_stays_a_flight(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "what's your flight number?"), ("customer", "KL554"), ("customer", "39")],
    )
    assert [t for t, _ in out[1]] == ["FLIGHT_NUMBER"], out[1]
    assert not [s for t, s in out[2] if t == "CUSTOMER_NUMBER"], out[2]
