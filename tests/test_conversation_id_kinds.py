"""The detector, through the whole conversation: a question for the number a business files
a person under, named after who the person is to it (a pupil, a client, a household, a
guardian, a medical record: "leerlingnummer", "cliëntnummer", "foresattnummer", "номер
медкарты"), makes the bare answer that person's customer number."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Could you tell me the pupil number, please?", "77310248"),
        ("What's your taxpayer reference?", "4471902638"),
        ("What's the household number on the letter?", "5830-172"),
        ("Wat is uw cliëntnummer?", "40917733"),
        ("Mag ik het leerlingnummer van uw zoon?", "6621-904"),
        ("Hva er foresattnummeret ditt?", "31807746"),
        ("Kan jeg få elevnummeret?", "2207-531"),
        ("Назовите номер медкарты, пожалуйста.", "50931127"),
        ("Подскажите номер ученика?", "7180-362"),
    ],
)
def test_the_answer_to_a_question_for_a_persons_number_is_found(
    detector: Detector, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert ("CUSTOMER_NUMBER", answer) in out[1], out[1]


@pytest.mark.parametrize(
    "asked",
    ["What's the family name on the booking?", "Wanneer gaat uw leerling op kamp?"],
)
def test_the_words_alone_ask_for_no_number(detector: Detector, asked: str) -> None:
    """The stems ask for a number only next to a word for "number"."""
    out = talk_spans(detector, [("agent", asked), ("customer", "4412073")])
    assert not [f for f in out[1] if f[0] == "CUSTOMER_NUMBER"], out[1]
