"""Round 24: the agent asks whether another thing takes the same value as the customer's
last answer ("Same for the invoice?", "Factuur ook daarheen?", "Faktura til samme sted?",
"Счёт туда же?"): that answer's type is asked for again, so a second address without a
cue ("no, to 17 mill lane, hexham") is found. Fail closed: a reply with no address finds
none. (Synthetic addresses.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans

CASES = [
    (
        "Where should we send the paperwork?",
        "apt 3, 41 quarry hill, kendal la9 4dt",
        ["Same for the invoice?", "Invoice to the same place?", "And the bill, there too?"],
        "no, to 17 tanner's row ludlow",
        "17 tanner's row ludlow",
    ),
    (
        "Waar mogen we de papieren naartoe sturen?",
        "zwanenhals 12b 7411kb deventer",
        ["Factuur ook daarheen?", "Hetzelfde voor de factuur?"],
        "nee, naar berkenlaan 8, 3811 amersfoort",
        "berkenlaan 8, 3811 amersfoort",
    ),
    (
        "Hvor skal vi sende papirene?",
        "rypeveien 19, 6413 molde",
        ["Faktura til samme sted?", "Samme for fakturaen?"],
        "nei, til lyngstien 41 arendal",
        "lyngstien 41 arendal",
    ),
    (
        "Куда отправить документы?",
        "г. рязань, ул. рябиновая, д. 14, кв. 3",
        ["Счёт туда же?", "А счёт на тот же?"],
        "нет, на ул. кузнечная, д. 41, кв. 15, вологда",
        "ул. кузнечная, д. 41, кв. 15, вологда",
    ),
]


@pytest.mark.parametrize(
    ("ask", "first", "again", "reply", "address"),
    [(a, f, g, r, v) for a, f, gs, r, v in CASES for g in gs],
)
def test_a_second_address_after_same_again_is_found(
    detector: Detector, ask: str, first: str, again: str, reply: str, address: str
) -> None:
    out = talk_spans(
        detector, [("agent", ask), ("customer", first), ("agent", again), ("customer", reply)]
    )
    places = [s for t, s in out[3] if t == "LOCATION"]
    assert any(address in s for s in places), out[3]


@pytest.mark.parametrize(
    ("ask", "first", "again", "reply"),
    [
        ("Where should we send the paperwork?", "apt 3, 41 quarry hill, kendal la9 4dt",
         "Same for the invoice?", "yes, same, thanks"),
        ("Hvor skal vi sende papirene?", "rypeveien 19, 6413 molde",
         "Faktura til samme sted?", "ja, takk, 2 eksemplarer"),
    ],
)  # fmt: skip
def test_a_reply_without_an_address_finds_none(
    detector: Detector, ask: str, first: str, again: str, reply: str
) -> None:
    out = talk_spans(
        detector, [("agent", ask), ("customer", first), ("agent", again), ("customer", reply)]
    )
    assert not out[3], out[3]


def test_same_again_without_an_answer_before_asks_for_nothing(detector: Detector) -> None:
    turns = [("agent", "Same for the invoice?"), ("customer", "no, 2 copies to 14 people")]
    out = talk_spans(detector, turns)
    assert not [s for t, s in out[1] if t == "LOCATION"], out[1]
