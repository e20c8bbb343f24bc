"""The detector, through the whole conversation (round 28, issue 13): a payment's or a
transaction's own reference the customer names as one ("the payment reference is ...",
"betalingskenmerk ...", "KID-nummer ...", "номер платежа ...") is no customer number, even
after the agent asked for one (``not_personal``). A number the customer gives as asked stays
found. Numbers here are made up.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


CASES = [
    ("What's your customer number?", "the payment reference is {v}, ok?", "4815 2093 7716"),
    ("Wat is uw klantnummer?", "het betalingskenmerk is {v}, is dat goed?", "TX593381440"),
    ("Hva er kundenummeret ditt?", "betalingsreferansen er {v}, holder det?", "TX773109526"),
    ("Ваш номер клиента?", "номер платежа {v}, подойдёт?", "TX331866049"),
]  # fmt: skip


@pytest.mark.parametrize(("asked", "said", "value"), CASES)
def test_a_payment_reference_named_as_one_is_no_finding(
    detector: Detector, asked: str, said: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said.format(v=value))])
    assert not [v for _, v in out[1] if value in v or v in value], out


@pytest.mark.parametrize(("asked", "said", "value"), CASES)
def test_the_number_given_as_asked_stays_found(
    detector: Detector, asked: str, said: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", value)])
    assert [v for _, v in out[1] if value in v], out
