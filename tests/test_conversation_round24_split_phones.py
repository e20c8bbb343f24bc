"""Round 24: a phone number typed in pieces stays found when the agent's next message gives
numbers of its own ("Your case number is CS-526776. Any questions ring us on ..."): that
statement withdraws nothing. And "which number should the driver text" in Russian ("на
какой номер водителю писать?") asks for a phone number. Fail closed: the agent's statement
that the answer was an order number still withdraws it. (Synthetic numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("ask", "pieces", "closing"),
    [
        ("Which phone number shall I put down?", ["07707 8", "75058"],
         "Your case number is CS-526776. Any questions ring us on 020 0451 2549."),
        ("Op welk nummer kunnen we je bereiken?", ["06 1234", "5678"],
         "Uw dossiernummer is 5673762. Vragen? Bel ons op 020 123 4567."),
        ("Hvilket nummer kan vi nå deg på?", ["412 34", "567"],
         "Saksnummeret ditt er 5673762. Spørsmål? Ring oss på 22 12 34 56."),
        ("По какому номеру с вами связаться?", ["8 (987)", "971-60-77"],
         "Номер обращения #5673762. Вопросы — по телефону 8 (843) 731-70-13."),
    ],
)  # fmt: skip
def test_split_phone_stays_found_after_the_agents_own_numbers(
    detector: Detector, ask: str, pieces: list[str], closing: str
) -> None:
    turns = [("agent", ask)] + [("customer", p) for p in pieces] + [("agent", closing)]
    out = talk_spans(detector, turns)
    for k, piece in enumerate(pieces, 1):
        assert [s for t, s in out[k] if t == "PHONE_NUMBER" and s in piece], (piece, out[k])


@pytest.mark.parametrize(
    "ask", ["на какой номер водителю писать?", "на какой номер курьеру звонить?"]
)
def test_which_number_the_driver_texts_asks_for_a_phone(detector: Detector, ask: str) -> None:
    out = talk_spans(detector, [("agent", ask), ("customer", "8 (987)"), ("customer", "971-60-77")])
    assert [s for t, s in out[1] if t == "PHONE_NUMBER"], out[1]
    assert [s for t, s in out[2] if t == "PHONE_NUMBER"], out[2]


def test_an_order_number_said_so_is_still_withdrawn(detector: Detector) -> None:
    turns = [
        ("agent", "what's your member number pls?"),
        ("customer", "48213"),
        ("agent", "That's the order number, the member number is on your card."),
    ]
    out = talk_spans(detector, turns)
    assert not [s for t, s in out[1] if t == "CUSTOMER_NUMBER"], out[1]
