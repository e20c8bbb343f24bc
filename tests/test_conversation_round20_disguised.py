"""The detector, through the whole conversation (round 20): an IBAN typed with lower-case
look-alike letters for digits ("NOl1 B271 1638 039": "l" for 1, "B" for 8) is the IBAN when
its checksum passes so read; an IBAN whose checksum fails so read is not made one.

Every number here is synthetic (checksums by python-stdnum).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    "value",
    ["NOl1 B271 1638 039", "NL9l ABNA 0417 l643 00", "NO93 8601 l117 947"],
)
def test_lower_case_look_alikes_in_an_iban(detector: Detector, value: str) -> None:
    out = talk_spans(detector, [("customer", f"my iban is {value}")])
    assert out[0] == [("IBAN_CODE", value)]


def test_look_alikes_that_fail_the_checksum_make_no_iban(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "the code is NOl2 B271 1638 039")])
    assert ("IBAN_CODE", "NOl2 B271 1638 039") not in out[0]
