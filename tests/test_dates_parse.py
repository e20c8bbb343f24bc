"""Typed dates: a day or month of many digits is no date, never an error."""

from __future__ import annotations

from datetime import date

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.dates import date_words, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.03.1985", date(1985, 3, 12)),
        ("12 maart 1985", date(1985, 3, 12)),
        ("1985-03-12", date(1985, 3, 12)),
        ("31.02.1985", None),  # no such day
        # digit groups too long for a day or a month (a number typed in pieces, "12-3-..."):
        # the C date type overflows, which must read as "no date", not fail the message
        ("12-99999999999999999999-1985", None),
        ("99999999999999999999 12 1985", None),
        ("12 99999999999999999999 mei", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text, date_words(load_rules().lists)) == expected
