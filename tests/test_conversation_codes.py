"""Booking references beyond the airline's six characters: hotels, car hire and ferries give
codes of seven to ten letters and digits, sometimes with one hyphen ("T161AX44", "VLZ-3543").
As the whole answer to a booking question they are booking references; a code of the same
length without a digit, an order number given with its own cue, or a long code with no
booking question before it is not.

Every code here is made up for the test.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from privacyguard.detect.engine import Detected, Detector
from privacyguard.models import Message


def talk(detector: Detector, turns: Sequence[tuple[str, str]]) -> list[Detected]:
    messages = [
        Message(id=f"m{k}", text=text, conversation_id="c1", sender_role=role)
        for k, (role, text) in enumerate(turns)
    ]
    return detector.detect(messages)


def spans(d: Detected) -> list[tuple[str, str]]:
    return [(f.entity_type, d.message.text[f.start : f.end]) for f in d.findings]


LONG_CODES = [
    ("en", "Do you have the confirmation code to hand?", "T161AX44"),
    ("en", "What's your reservation number?", "vlz-3543"),
    ("nl", "Mag ik het reserveringsnummer?", "UM820600"),
    ("nb", "Kan jeg få bookingnummeret ditt?", "TQF-4583"),
    ("ru", "Назовите номер бронирования, пожалуйста.", "K502ES62"),
]


@pytest.mark.parametrize(("lang", "question", "code"), LONG_CODES)
def test_a_long_code_answers_a_booking_question(
    detector: Detector, lang: str, question: str, code: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", code)])
    assert spans(out[-1]) == [("BOOKING_REFERENCE", code)]


@pytest.mark.parametrize(
    "answer",
    ["WEEKENDS", "12345678", "T161AX44B2C", "my order is AB-123456"],
)
def test_no_booking_reference_without_the_shape_or_with_another_cue(
    detector: Detector, answer: str
) -> None:
    out = talk(detector, [("agent", "What's your reservation number?"), ("customer", answer)])
    assert ("BOOKING_REFERENCE" not in {t for t, _ in spans(out[-1])})


def test_a_long_code_without_a_booking_question_is_not_a_booking_reference(
    detector: Detector,
) -> None:
    out = talk(detector, [("agent", "How can I help?"), ("customer", "T161AX44")])
    assert spans(out[-1]) == []
