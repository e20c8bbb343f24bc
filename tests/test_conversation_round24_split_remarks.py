"""Round 24: the second piece of a value after a sigh and a sent-too-early remark ("ugh sent
too soon 75058") or after "and" ("и 348-88-22", "and 499447", "en 5678", as "og 567") is
found with the first piece. Fail closed: "and" with no piece before it finds nothing.
(Synthetic numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("ask", "first", "second", "kind"),
    [
        ("Best number to reach you on?", "07707 8", "ugh sent too soon 75058", "PHONE_NUMBER"),
        ("Best number to reach you on?", "+44 7934", "and 499447", "PHONE_NUMBER"),
        ("Op welk nummer kunnen we je bereiken?", "06 1234", "en 5678", "PHONE_NUMBER"),
        ("Ваш телефон?", "8 (938)", "и 348-88-22", "PHONE_NUMBER"),
        ("Нужен номер загранпаспорта для страховки", "74", "и 1141395", "PASSPORT"),
    ],
)
def test_a_piece_after_a_remark_or_and_joins(
    detector: Detector, ask: str, first: str, second: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", ask), ("customer", first), ("customer", second)])
    assert [s for t, s in out[1] if t == kind], out[1]
    assert [s for t, s in out[2] if t == kind and second.endswith(s)], out[2]


def test_and_alone_finds_nothing(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Best number to reach you on?"), ("customer", "and ok")])
    assert not out[1], out[1]
