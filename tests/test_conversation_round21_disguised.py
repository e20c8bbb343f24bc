"""The detector, through the whole conversation (round 21): a number read out in words with
its groups set apart by dots ("zeven twee . nul een . twee vier vier nul vijf . nul zes",
"acht zes twee nul . twee vijf . acht acht zes", "ni null to . null fem . fire fem fem"):
the dots between the groups go as the spaces do. A sentence's full stop between two number
words of too few digits is no number.

Every value here is synthetic (checksum-valid where the type has one).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        (
            "Kunt u uw rijksregisternummer doorgeven?",
            "zeven twee . nul een . twee vier vier nul vijf . nul zes",
            "NATIONAL_ID",
        ),
        ("Wat is uw BSN?", "acht zes twee nul . twee vijf . acht acht zes", "NATIONAL_ID"),
        ("Hva er telefonnummeret ditt?", "ni null to . null fem . fire fem fem", "PHONE_NUMBER"),
        (
            "По какому номеру с вами связаться?",
            "восемь девять шесть два . восемь пять шесть . девять три . два четыре",
            "PHONE_NUMBER",
        ),
        (
            "What's your phone number?",
            "zero seven seven. zero zero nine. zero zero four six one",
            "PHONE_NUMBER",
        ),
    ],
)
def test_number_words_in_dotted_groups(
    detector: Detector, question: str, answer: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert out[1] == [(kind, answer)]


def test_a_full_stop_between_two_small_numbers_is_none(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "I have three. Two kids are home.")])
    assert out[0] == []
