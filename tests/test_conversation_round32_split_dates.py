"""Round 32: a date of birth asked for and typed over two messages of the customer, cut
between its day and month and its year, inside its year or inside its month's word: both
parts are the date of birth, each on its own message. Fail closed the other way round: a
date typed so while no birth date is asked for (an appointment, a travel date) stays no
one's, and so does a digit group alone. (Synthetic dates.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans, values_of

DOB = "DATE_OF_BIRTH"


@pytest.mark.parametrize(
    ("ask", "first", "second"),
    [
        ("and when were you born, for the security check?", "25", "August 1991"),
        ("what's the dob on the account?", "Septem", "ber 14, 1968"),
        ("what's the dob on the account?", "3.11.1", "987"),
        ("wat is je geboortedatum voor de controle?", "17-0", "3-1979"),
        ("geb. datum graag?", "8 juni", "1971"),
        ("og fødselsdatoen din?", "21.09.", "1984"),
        ("hva er fødselsdato for kontrollen?", "8. mai 19", "92"),
        ("а ваша дата рождения?", "06", ".05.1995"),
        ("дата рождения для проверки?", "19 сентября 1", "965"),
    ],
)  # fmt: skip
def test_a_birth_date_in_two_messages(
    detector: Detector, ask: str, first: str, second: str
) -> None:
    out = talk_spans(detector, [("agent", ask), ("customer", first), ("customer", second)])
    assert values_of(out, 1, DOB) == [first], out[1]
    assert values_of(out, 2, DOB) == [second], out[2]


def test_the_cut_marks_are_no_part_of_it(detector: Detector) -> None:
    turns = [("agent", "fødselsdatoen din?"), ("customer", "04.02 -"), ("customer", "1988")]
    out = talk_spans(detector, turns)
    assert values_of(out, 1, DOB) == ["04.02"], out[1]
    assert values_of(out, 2, DOB) == ["1988"], out[2]


@pytest.mark.parametrize(
    ("ask", "first", "second"),
    [
        ("which date suits you?", "25", "August 2027"),
        ("welke dag komt je uit?", "14-0", "7-2027"),
        ("når reiser du?", "19.01.", "2027"),
        ("когда вы уезжаете?", "22", ".07.2027"),
    ],
)  # fmt: skip
def test_an_appointment_or_travel_date_in_two_messages_is_none(
    detector: Detector, ask: str, first: str, second: str
) -> None:
    out = talk_spans(detector, [("agent", ask), ("customer", first), ("customer", second)])
    assert not values_of(out, 1, DOB) and not values_of(out, 2, DOB), out


def test_a_digit_group_after_a_whole_birth_date_is_none(detector: Detector) -> None:
    turns = [
        ("agent", "when were you born?"),
        ("customer", "12 March 1980"),
        ("customer", "2"),
    ]
    out = talk_spans(detector, turns)
    assert values_of(out, 1, DOB) == ["12 March 1980"], out[1]
    assert not out[2], out[2]


def test_two_pieces_that_make_no_date_are_none(detector: Detector) -> None:
    turns = [("agent", "а ваша дата рождения?"), ("customer", "секунду"), ("customer", "45")]
    out = talk_spans(detector, turns)
    assert not values_of(out, 1, DOB) and not values_of(out, 2, DOB), out
