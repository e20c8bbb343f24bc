"""The detector, through the whole conversation (round 19): answers that were missed.

- The birth date asked for, then in the same answer the words of another date ("4 March
  1962, we travel on 9 June 2027"): the travel words lead to the second date, not the first.
- Two values asked in one question ("full name and date of birth?"), answered in either
  order: what is left of the answer beside the one value is the whole answer of the other.
- The agent's name in a handover, at the end or at the start of the message ("You're now
  being helped by Oonagh.", "Sunniva har tatt over samtalen.").

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "answer", "birth", "travel"),
    [
        (
            "What's your date of birth?",
            "4 March 1962, we travel on 9 June 2027",
            "4 March 1962",
            "9 June 2027",
        ),
        (
            "Uw geboortedatum graag.",
            "07-08-1971, we vertrekken op 3 juli 2027",
            "07-08-1971",
            "3 juli 2027",
        ),
        ("Hva er fødselsdatoen din?", "21.10.1958, vi reiser 14.8.2027", "21.10.1958", "14.8.2027"),
        ("Ваша дата рождения?", "12.04.1966, вылет 22.09.2027", "12.04.1966", "22.09.2027"),
    ],
)
def test_a_birth_date_before_the_words_of_a_travel_date(
    detector: Detector, question: str, answer: str, birth: str, travel: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("DATE_OF_BIRTH", birth) in out[1], out
    assert not any(value == travel for _, value in out[1]), out


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your date of birth?", "we travel on 9 June 2027"),
        ("Wat is uw geboortedatum?", "we vertrekken op 3 juli 2027"),
        ("Hva er fødselsdatoen din?", "vi reiser 14.8.2027"),
    ],
)
def test_a_travel_date_alone_is_still_no_birth_date(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert not any(t == "DATE_OF_BIRTH" for t, _ in out[1]), out


@pytest.mark.parametrize(
    ("question", "answer", "name", "birth"),
    [
        (
            "Can I have your full name and date of birth?",
            "14/09/1979\nrowena petheridge",
            "rowena petheridge",
            "14/09/1979",
        ),
        (
            "Can I take your name and DOB please?",
            "casimir ellwood, 2.5.1964",
            "casimir ellwood",
            "2.5.1964",
        ),
        (
            "Mag ik uw volledige naam en geboortedatum?",
            "30.6.1955, geertruida van lent",
            "geertruida van lent",
            "30.6.1955",
        ),
        (
            "Mag ik uw naam en geboortedatum?",
            "jurriaan mostert\n11-03-1983",
            "jurriaan mostert",
            "11-03-1983",
        ),
        (
            "Kan jeg få fullt navn og fødselsdato?",
            "03.02.1977 sunniva brekke",
            "sunniva brekke",
            "03.02.1977",
        ),
        (
            "Назовите ФИО и дату рождения.",
            "кузьмина алевтина, 19.07.1961",
            "кузьмина алевтина",
            "19.07.1961",
        ),
    ],
)
def test_a_name_and_a_birth_date_in_either_order(
    detector: Detector, question: str, answer: str, name: str, birth: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("DATE_OF_BIRTH", birth) in out[1], out
    assert ("PERSON", name) in out[1], out


@pytest.mark.parametrize(
    ("handover", "name"),
    [
        ("Oonagh has joined the chat.", "Oonagh"),
        ("You're now being helped by Ottilie.", "Ottilie"),
        ("Je wordt nu geholpen door Femke.", "Femke"),
        ("Gerrit neemt het gesprek over.", "Gerrit"),
        ("Du snakker nå med Sunniva.", "Sunniva"),
        ("Eirik har tatt over samtalen.", "Eirik"),
        ("Вам теперь отвечает Ольга.", "Ольга"),
        ("Светлана подключилась к чату.", "Светлана"),
    ],
)
def test_the_agent_named_in_a_handover(detector: Detector, handover: str, name: str) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "[Helpdesk] Welcome! Type your question below."),
            ("customer", "hello, a question about my booking"),
            ("agent", handover),
        ],
    )
    assert ("PERSON", name) in out[2], out


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        # a lead-in of hesitation before the address, "so" no order's prefix ("SO-...")
        (
            "Where do you live now?",
            "ok so 27 Quarry Lane, Ripon, HG4 2QT",
            "27 Quarry Lane, Ripon, HG4 2QT",
        ),
        (
            "Where should the letter go?",
            "right so 3C Ferry Road\nOban\nPA34 4DZ",
            "3C Ferry Road\nOban\nPA34 4DZ",
        ),
        # a Norwegian flat's number of three digits after the house number ("H204")
        (
            "Hvor skal vi sende det?",
            "Fjellgata 37 H212, 3611 Kongsberg",
            "Fjellgata 37 H212, 3611 Kongsberg",
        ),
        (
            "Hvor bor du nå?",
            "løkkeveien 8 h103, 1710 sarpsborg",
            "løkkeveien 8 h103, 1710 sarpsborg",
        ),
    ],
)
def test_an_address_after_a_lead_in_or_with_a_flat_number(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("LOCATION", value) in out[1], out


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Waar woont u nu?", "wapper 14, 2000 antwerpen"),
        ("Waar moet de brief heen?", "oudaan 6, 2000 antwerpen"),
    ],
)
def test_an_address_abroad_its_town_a_province_name(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("LOCATION", answer) in out[1], out


@pytest.mark.parametrize(
    ("question", "typo", "fixed"),
    [
        ("Can you confirm your date of birth?", "14/19/86", "sorry, typo: 14/09/86"),
        ("Wat is uw geboortedatum?", "3.6.8061", "correctie, het is 3.6.1961"),
        ("Hva er fødselsdatoen din?", "22.04.1497", "beklager, 22.04.1974"),
        ("Ваша дата рождения?", "5 мая 1066", "ой, 5 мая 1966"),
    ],
)
def test_a_birth_date_typed_wrong_then_corrected(
    detector: Detector, question: str, typo: str, fixed: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", typo), ("customer", fixed)])
    assert ("DATE_OF_BIRTH", typo) in out[1], out


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Can you confirm your date of birth?", "14/09/2027"),
        ("Wat is uw geboortedatum?", "03082027"),
    ],
)
def test_a_date_to_come_is_no_mistyped_birth_date(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert not any(t == "DATE_OF_BIRTH" for t, _ in out[1]), out
