"""Round 23: the agent's name in a Russian greeting that pymorphy3 reads first as a word
("На связи Света": also "of light") is found; a serial number is no phone number ("serial
number S/N 2332-2911", "serienummer ...", "серийный номер ..."). Fail closed: a word that
can be no first name in the nominative ("На связи Оператор") is none, and a phone number
the customer gives stays found. (Synthetic names and numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    "greeting",
    [
        "Добрый день! На связи Света из Пекарня «Дом Морозовых» 🙂 чем помочь?",
        "Здравствуйте, это Слава, Пекарня «Дом Морозовых». Чем могу помочь?",
    ],
)
def test_a_russian_agent_name_read_as_a_word_too_is_found(
    detector: Detector, greeting: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    assert [s for t, s in out[0] if t == "PERSON"], out[0]


def test_a_word_that_is_no_first_name_is_none(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Добрый день! На связи Оператор, чем помочь?")])
    assert not [s for t, s in out[0] if t == "PERSON"], out[0]


@pytest.mark.parametrize(
    ("lang_text"),
    [
        "I can see serial number S/N 2332-2911 on your file.",
        "Jeg ser serienummer S/N 3116-9995 på deg.",
        "Ik zie serienummer S/N 3116-9995 in uw dossier.",
        "Вижу серийный номер S/N 2316-2116 в карточке.",
    ],
)
def test_a_serial_number_is_no_phone_number(detector: Detector, lang_text: str) -> None:
    out = talk_spans(detector, [("customer", "it stopped working"), ("agent", lang_text)])
    assert not [s for t, s in out[1] if t == "PHONE_NUMBER"], out[1]


def test_a_phone_number_after_a_serial_number_sentence_stays_found(detector: Detector) -> None:
    turns = [
        ("agent", "I can see serial number S/N 2332-2911 on your file."),
        ("customer", "ok. you can call me on 07912 345678"),
    ]
    out = talk_spans(detector, turns)
    assert ("PHONE_NUMBER", "07912 345678") in out[1], out[1]
