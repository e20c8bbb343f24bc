"""The detector, through the whole conversation (round 21): a bare answer on a line of its
own, then another line about something else ("14 08 784514\\nНомер заказа в письме
ORD-9960922."): the word for another kind of number on the later line ("номер заказа",
"ordrenummeret", "order ref") belongs to the other value, not to the answer asked for. The
same word on the answer's own line still says what the number is.

Every value here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "answer", "value", "kind"),
    [
        (
            "А номер паспорта?",
            "14 08 784514\nНомер заказа в письме ORD-9960922.",
            "14 08 784514",
            "PASSPORT",
        ),
        (
            "По какому номеру с вами связаться?",
            "+7 962 856-93-24\nНомер заказа в письме WO-22052598.",
            "+7 962 856-93-24",
            "PHONE_NUMBER",
        ),
        (
            "Hva er telefonnummeret ditt?",
            "902 05 455\nOrdrenummeret i e-posten er 614764344.",
            "902 05 455",
            "PHONE_NUMBER",
        ),
        (
            "What's your phone number?",
            "07700 900461\nOrder ref in the email is ORD-23793153.",
            "07700 900461",
            "PHONE_NUMBER",
        ),
        (
            "Wat is uw telefoonnummer?",
            "06 41051778\nHet ordernummer in de mail is ORD-23793153.",
            "06 41051778",
            "PHONE_NUMBER",
        ),
    ],
)
def test_the_answer_on_its_own_line_is_found(
    detector: Detector, question: str, answer: str, value: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert (kind, value) in out[1]


def test_the_other_kind_on_the_same_line_still_says_what_it_is(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "А номер паспорта?"), ("customer", "номер заказа 14 08 784514\nвот")],
    )
    assert ("PASSPORT", "14 08 784514") not in out[1]
