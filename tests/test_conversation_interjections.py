"""A one-word hedge or thank-you opening a customer's list of records is no first name.

"Oeps, verkeerde chat. ... Paspoort NXR8F4K21, geboren 17-04-2012, BSN 999990019" is a list
of three typed values, so its untyped slots are looked at for a first name alone
("* Willemijn, 06 25072648"); "Oeps" is in the rules' hedges and was taken for one once the
bundled Messenger chat got guessed roles (round 14). Synthetic values: BSN 999990019 passes
the eleven test.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans

RECORDS = "Paspoort NXR8F4K21, geboren 17-04-2012, BSN 999990019."


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("word", ["Oeps", "Bedankt", "Sorry"])
def test_a_hedge_before_a_list_of_records_is_no_name(detector: Detector, word: str) -> None:
    turns = [
        ("agent", "Welk paspoort, welke geboortedatum en welk BSN mag ik noteren?"),
        ("customer", f"{word}, {RECORDS}"),
    ]
    found = talk_spans(detector, turns)[1]
    assert ("PERSON", word) not in found
    assert ("NATIONAL_ID", "999990019") in found  # the list itself is still read


def test_a_first_name_before_a_list_of_records_is_still_a_name(detector: Detector) -> None:
    turns = [
        ("agent", "Welk paspoort, welke geboortedatum en welk BSN mag ik noteren?"),
        ("customer", f"Willemijn, {RECORDS}"),
    ]
    assert ("PERSON", "Willemijn") in talk_spans(detector, turns)[1]
