"""The detector, through the whole conversation (round 21): addresses abroad.

- A country after an address ("…, 8000 aarhus c, danmark", "…, 3000 leuven, belgië", "… кв.
  12 беларусь") belongs to it: the address before it decides.
- The letter of a town's district after a four-digit postcode and the town ("8000 aarhus
  c"); Danish streets ("-gade", "-vej") in a Norwegian chat.
- "via" before an Italian street ("via roma 23, 55100 lucca, italy") is the street's word
  where a postcode follows too; "via email, 2 copies" stays no address.
- "calle mayor 28, 3502 benidorm" is no date of 28 May 3502.

Every address here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where should we send it?", "via roma 23, 55100 lucca, italy"),
        ("Where should we send it?", "Via Roma 86, 55100 Lucca, Italy"),
        ("Hvor skal brevet sendes?", "østergade 43, 8000 aarhus c, danmark"),
        ("Hvor skal brevet sendes?", "calle mayor 28, 03502 benidorm, spania"),
        ("Waar mogen we het naartoe sturen?", "kouter 57a, 3000 leuven, belgië"),
        ("На какой адрес выслать?", "г. минск ул. сурганова д. 94 кв. 12 беларусь"),
    ],
)
def test_an_address_abroad_is_found_whole(detector: Detector, question: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert out[1] == [("LOCATION", answer)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where should we send it?", "just via email please, 2 copies"),
        ("Waar mogen we het naartoe sturen?", "via de post, 3 dagen"),
    ],
)
def test_via_without_an_address_is_none(detector: Detector, question: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("LOCATION", answer) not in out[1]
    assert not any(t == "LOCATION" for t, _ in out[1])


def test_a_year_far_ahead_is_no_date_in_an_address(detector: Detector) -> None:
    conv = detector.conversations
    assert conv.address_answer("calle mayor 28, 3502 benidorm")
    assert not conv.address_answer("28 may 2027")
