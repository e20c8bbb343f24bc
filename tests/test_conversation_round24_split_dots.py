"""Round 24: the second piece of a value typed over two messages that opens with dots and a
space ("… sky.com", "... @getmail.no", "… 499447") is found with the first. Fail closed:
dots glued to the digits (".86203") keep theirs, and a lone remark finds nothing.
(Synthetic addresses and numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("ask", "first", "second", "kind"),
    [
        ("where should the invoice be emailed?", "m.hollis@", "… outlook.com", "EMAIL_ADDRESS"),
        ("Naar welk mailadres mag de bevestiging?", "sanneveld31@", "... gmail.com",
         "EMAIL_ADDRESS"),
        ("og e-postadresse til fakturaen?", "kari.nordby", "… @getmail.no", "EMAIL_ADDRESS"),
        ("На какую почту прислать подтверждение?", "ivanov.petr", "… @inbox.ru",
         "EMAIL_ADDRESS"),
        ("what mobile should the driver text?", "+44 7934", "… 499447", "PHONE_NUMBER"),
    ],
)  # fmt: skip
def test_a_piece_after_dots_and_a_space_joins(
    detector: Detector, ask: str, first: str, second: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", ask), ("customer", first), ("customer", second)])
    assert [s for t, s in out[1] if t == kind], out[1]
    piece = second.lstrip(".… ")
    assert [s for t, s in out[2] if t == kind and s == piece], out[2]


def test_dots_and_a_remark_find_nothing(detector: Detector) -> None:
    turns = [("agent", "where should the invoice be emailed?"), ("customer", "… one sec")]
    assert not talk_spans(detector, turns)[1]
