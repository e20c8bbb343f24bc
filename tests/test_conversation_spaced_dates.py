"""The detector, through the whole conversation: a birth date typed with spaces only
("17 4 1978", day month year) is a birth date where one is asked for, as a bare answer or in
a list of people; not where no birth date is expected, nor when it is in the future, nor as
part of a longer run of numbers."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "answer", "value"),
    [
        ("What's your date of birth?", "sure, 23 9 1961", "23 9 1961"),
        ("Wat is uw geboortedatum?", "9 11 1984", "9 11 1984"),
        ("Hva er fødselsdatoen din?", "den er 30 1 1972", "30 1 1972"),
        ("Назовите дату рождения, пожалуйста.", "14 6 1958", "14 6 1958"),
    ],
)
def test_a_spaced_birth_date_answers_the_question(
    detector: Detector, asked: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert ("DATE_OF_BIRTH", value) in out[1], out[1]


def test_spaced_birth_dates_in_a_list(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "I need the name and date of birth of everyone on the booking."),
            ("customer", "ok\n- moira quayle, 6 10 1949\n- finn quayle, 21 3 2011"),
        ],
    )
    assert ("DATE_OF_BIRTH", "6 10 1949") in out[1], out[1]
    assert ("DATE_OF_BIRTH", "21 3 2011") in out[1], out[1]


@pytest.mark.parametrize(
    "turns",
    [
        # no birth date asked for: a date with spaces alone is not reported as one
        [("agent", "Which day did the parcel arrive?"), ("customer", "12 3 2019")],
        # a birth date asked for, but the date is in the future: a travel date
        [("agent", "What's your date of birth?"), ("customer", "12 3 2099")],
        # a longer run of numbers: no date inside it
        [("agent", "What's your date of birth?"), ("customer", "06 12 3 1978 44")],
    ],
)
def test_no_spaced_birth_date_where_none_fits(
    detector: Detector, turns: list[tuple[str, str]]
) -> None:
    out = talk_spans(detector, turns)
    assert not [f for f in out[-1] if f[0] == "DATE_OF_BIRTH"], out[-1]
