"""The detector, through the whole conversation (round 22): a spelled-out e-mail address
whose "_" is typed between spaces ("wouters _ anna71 apestaart ziggo punt nl", "lie _
maren4 krøllalfa online prikk no", "orlov _ ilya5 собака yandex точка ru") is found whole,
from its first word, exactly on the characters typed; a "_" between spaces elsewhere in a
message is no part of an address.

Every person here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "answer", "address"),
    [
        ("What's your email?", "it's harte _ owen12 at outlook dot com",
         "harte _ owen12 at outlook dot com"),
        ("Wat is uw e-mailadres?", "wouters _ anna71 apestaart ziggo punt nl",
         "wouters _ anna71 apestaart ziggo punt nl"),
        ("Naar welk mailadres mag de bevestiging?",
         "VANDAM _ PIM3 AT KPNMAIL DOT NL, uitgeschreven want de chat verminkt het",
         "VANDAM _ PIM3 AT KPNMAIL DOT NL"),
        ("Hvilken e-post skal bekreftelsen til?",
         "det er lie _ maren4  krøllalfa  online  prikk  no",
         "lie _ maren4  krøllalfa  online  prikk  no"),
        ("На какую почту отправить подтверждение?",
         "пишу словами: orlov _ ilya5 собака yandex точка ru",
         "orlov _ ilya5 собака yandex точка ru"),
    ],
)  # fmt: skip
def test_a_spelled_out_address_with_an_underscore_between_spaces(
    detector: Detector, question: str, answer: str, address: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert out[1] == [("EMAIL_ADDRESS", address)], out[1]


def test_an_underscore_between_spaces_without_an_address_is_nothing(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "the form says name _ date _ place, is that ok?")])
    assert out[0] == [], out[0]
