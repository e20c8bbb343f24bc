"""The detector, through the whole conversation: an address that starts with a house's
name keeps the name's "the" ("the annexe, 41 quarry bank, kendal"), and a street called a
bank ("quarry bank", "mill bank") is a street; a "the" before a house number is filler."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


ASKED = ("agent", "Which address should the letter go to?")


@pytest.mark.parametrize(
    "address",
    [
        "the annexe, 41 quarry bank, kendal",
        "The Stables, 7 Mill Bank, Settle",
        "the old vicarage, 12 ferry lane, rye",
    ],
)
def test_a_house_names_article_is_part_of_the_address(detector: Detector, address: str) -> None:
    out = talk_spans(detector, [ASKED, ("customer", address)])
    assert ("LOCATION", address) in out[1], out[1]


def test_a_the_before_a_house_number_is_left_out(detector: Detector) -> None:
    out = talk_spans(detector, [ASKED, ("customer", "it's the 9 ferry lane, rye")])
    assert ("LOCATION", "9 ferry lane, rye") in out[1], out[1]


def test_a_bank_without_a_house_number_is_no_address(detector: Detector) -> None:
    out = talk_spans(detector, [ASKED, ("customer", "same as the bank has, thanks")])
    assert not [f for f in out[1] if f[0] == "LOCATION"], out[1]
