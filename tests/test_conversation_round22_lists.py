"""The detector, through the whole conversation (round 22): a request for each
participant's, passenger's or guest's details ("telefon for alle som skal være med",
"телефон каждого участника", "gegevens van elke deelnemer") asks for everyone's records,
so a passport number in a list is the passport even where the agent named a phone.

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "question",
    [
        "Send navn, fødselsdato og telefon for alle som skal være med.",
        "Пришлите имя, дату рождения и телефон каждого участника.",
        "Stuur naam, geboortedatum en telefoon van elke deelnemer.",
        "Please send the name, date of birth and phone for each participant.",
    ],
)
def test_passports_for_each_participant_one_record_a_message(
    detector: Detector, question: str
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", question),
            ("customer", "Det gjelder oss to: Sigrid Lunde; 1968-04-11 - FK4420917"),
            ("customer", "Ola Lunde - 03.02.1999, FK8812033"),
        ],
    )
    assert ("PASSPORT", "FK4420917") in out[1], out[1]
    assert ("PASSPORT", "FK8812033") in out[2], out[2]


def test_russian_passports_for_each_participant(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Пришлите имя, дату рождения и телефон каждого участника."),
            ("customer", "Глеб Сомов 1986-11-17; 45 12 338190\n"
             "Инна Сомова 1982-10-20 - 45 13 447201"),
        ],
    )  # fmt: skip
    got = sorted(v for t, v in out[1] if t == "PASSPORT")
    assert got == ["45 12 338190", "45 13 447201"], out[1]


def test_phones_in_a_list_for_each_participant_stay_phones(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Пришлите имя, дату рождения и телефон каждого участника."),
            ("customer", "1. Глеб Сомов 14 июня 1968 +7 912 345-67-89\n2. Инна Сомова 1964-05-03 "
             "8 903 123 45 67"),
        ],
    )  # fmt: skip
    phones = sorted(v for t, v in out[1] if t == "PHONE_NUMBER")
    assert phones == ["+7 912 345-67-89", "8 903 123 45 67"], out[1]
