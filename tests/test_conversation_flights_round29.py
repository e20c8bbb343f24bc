"""Round 29 (flights): a flight number given alone after the agent asks which flight the
customer is on ("Which flight are you on?", "Met welke vlucht?", "Hvilket fly kommer du
med?", "Каким рейсом летите?") is FLIGHT_NUMBER, in any case and spacing, of a listed
airline or not; a destination or a travel date given to such a question stays unreported,
and so does a clock time ("kl 14"). Every flight and person here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import answer_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Which flight are you arriving on?", "ba1472", "ba1472"),
        ("What flight is it?", "u2 8831", "u2 8831"),
        ("And your flight number?", "ok, zq 318", "zq 318"),
        ("Met welke vlucht komt u aan?", "hv 5531", "hv 5531"),
        ("Wat is het vluchtnummer?", "kl1607.", "kl1607"),
        ("Hvilket fly kommer du med?", "dy 1308", "dy 1308"),
        ("Hva er flynummeret?", "sk4417", "sk4417"),
        ("Каким рейсом вы летите?", "su 1124", "su 1124"),
        ("Подскажите номер рейса.", "s7 2051", "s7 2051"),
    ],
)
def test_a_flight_number_alone_answers_which_flight(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    assert ("FLIGHT_NUMBER", value) in answer_spans(detector, question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which flight are you on?", "the one to Lisbon"),
        ("Which flight are you on?", "the 14 march one"),
        ("Met welke vlucht gaat u?", "die naar Malaga"),
        ("Hvilket fly kommer du med?", "kl 14"),
        ("Hvilket fly kommer du med?", "det fra Tromsø"),
        ("Какой у вас рейс?", "в Сочи, 12 мая"),
        ("Which aircraft was it?", "A320"),
    ],
)
def test_no_flight_number_no_finding(detector: Detector, question: str, answer: str) -> None:
    assert answer_spans(detector, question, answer) == []


def test_a_list_of_flights_and_booking_codes_is_typed_by_shape(detector: Detector) -> None:
    question = "Kan du sende flynumrene og bookingreferansene for alle?"
    answer = "kari moen - dy1234 - qx7k2m\nola moen - sk 302 - hb4t9p"
    found = answer_spans(detector, question, answer)
    assert ("FLIGHT_NUMBER", "dy1234") in found
    assert ("FLIGHT_NUMBER", "sk 302") in found
    assert ("BOOKING_REFERENCE", "qx7k2m") in found
    assert ("BOOKING_REFERENCE", "hb4t9p") in found


def test_a_member_list_is_no_flight_list(detector: Detector) -> None:
    question = "Jeg trenger navn og medlemsnummer for hver person."
    answer = "- Kari Moen - hv3381k\n- Ola Moen - HV5520T"
    found = answer_spans(detector, question, answer)
    assert not any(t == "FLIGHT_NUMBER" and v == "hv3381k" for t, v in found)
