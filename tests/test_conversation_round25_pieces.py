"""Round 25, values typed in pieces, the detector through the whole conversation: a first
piece followed by a word that says more is to come ("76 wait": a hold's word too, no time
asked for), the Russian word for the value's ending before the second piece ("окончание
0697"), and an e-mail address's first piece before a remark ("alena.selezneva wait",
"arseniy.mel oops sent too early"). Synthetic values."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _typed(msg: list[tuple[str, str]], kind: str) -> list[str]:
    return [text for t, text in msg if t == kind]


@pytest.mark.parametrize(
    ("asked", "first", "second", "kind", "pieces"),
    [
        ("Номер загранпаспорта?", "72 wait", "5550391", "PASSPORT", ("72", "5550391")),
        ("Номер загранпаспорта?", "72 cont", "5550391", "PASSPORT", ("72", "5550391")),
        ("Назовите, пожалуйста, номер участника", "415-", "окончание 2290", "CUSTOMER_NUMBER",
         ("415-", "2290")),
        ("Оставьте, пожалуйста, контактный телефон", "+7 915 oops sent too early",
         "окончание 204-33-18", "PHONE_NUMBER", ("+7 915", "204-33-18")),
    ],
)  # fmt: skip
def test_a_piece_before_a_word_that_more_is_to_come_and_after_the_ending(
    detector: Detector, asked: str, first: str, second: str, kind: str, pieces: tuple[str, str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert _typed(out[1], kind) == [pieces[0]], out[1]
    assert _typed(out[2], kind) == [pieces[1]], out[2]


def test_a_time_asked_for_is_still_no_piece(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Номер загранпаспорта?"), ("customer", "2 sec"), ("customer", "725550391")],
    )
    assert out[1] == [], out[1]


@pytest.mark.parametrize(
    ("asked", "first", "second", "pieces"),
    [
        ("Ваш e-mail?", "vera.lukina wait", "@list.ru", ("vera.lukina", "@list.ru")),
        ("Email address for the confirmation?", "mia.holt oops sent too early", "@gmail.com",
         ("mia.holt", "@gmail.com")),
        ("Hvilken e-postadresse?", "kari.lunde vent", "@online.no", ("kari.lunde", "@online.no")),
    ],
)  # fmt: skip
def test_an_email_piece_before_a_remark(
    detector: Detector, asked: str, first: str, second: str, pieces: tuple[str, str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert _typed(out[1], "EMAIL_ADDRESS") == [pieces[0]], out[1]
    assert _typed(out[2], "EMAIL_ADDRESS") == [pieces[1]], out[2]
