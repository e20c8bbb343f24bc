"""A BSN in the 4.2.3 grouping printed on Dutch documents needs no context word; nine digits
alone still do, and the 11-check still decides."""

from __future__ import annotations

import pytest
from stdnum.nl import bsn

from privacyguard.detect.engine import Detector
from privacyguard.models import Message

VALID = "111222333"  # synthetic, passes the 11-check


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _ids(detector: Detector, text: str) -> list[str]:
    (d,) = detector.detect([Message(id="m", text=text, lang="nl")])
    return [text[f.start : f.end] for f in d.findings if f.entity_type == "NATIONAL_ID"]


def test_the_fixture_is_a_valid_bsn_and_its_neighbour_is_not() -> None:
    assert bsn.is_valid(VALID) and not bsn.is_valid("111222334")


@pytest.mark.parametrize("written", ["1112.22.333", "1112 22 333"])
def test_the_4_2_3_grouping_alone_is_a_bsn(detector: Detector, written: str) -> None:
    assert _ids(detector, f"Pieter Jansen, {written}, paspoort volgt") == [written]


def test_a_grouping_that_fails_the_check_is_none(detector: Detector) -> None:
    assert _ids(detector, "Pieter Jansen, 1112.22.334, paspoort volgt") == []


def test_nine_digits_without_grouping_still_need_a_context_word(detector: Detector) -> None:
    assert _ids(detector, "Pieter Jansen, 111222333, paspoort volgt") == []
    assert _ids(detector, "mijn bsn is 111222333") == ["111222333"]
