"""Two questions in a row, neither answered yet ("Could you give me your passport number?"
/ "And while we're at it: what's your date of birth?"): the customer answers them in turn,
often the first one first. The first question stays open beside the second, and the answer
to one is no correction the next message goes on with (round 33). A question for something
that is no personal data (an order number) and an agent's statement ("Bank details for the
invoice: ...") stay closed by the next question. Every person and number here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("first", "second", "answer", "etype", "other", "other_type"),
    [
        (
            "Could you give me the number of your passport?",
            "And while we're at it: what's your date of birth?",
            "531846207",
            "PASSPORT",
            "14 March 1983",
            "DATE_OF_BIRTH",
        ),
        (
            "Ik heb je paspoortnummer nodig, heb je het bij de hand?",
            "En mag ik ook nog dit: wat is uw geboortedatum?",
            "NRK4T72P5",
            "PASSPORT",
            "3 mei 1987",
            "DATE_OF_BIRTH",
        ),
        (
            "Kan du bekrefte fødselsdatoen?",
            "En ting til: hva er passnummeret ditt?",
            "8.4.1979",
            "DATE_OF_BIRTH",
            "KJ5520731",
            "PASSPORT",
        ),
        (
            "Подтвердите, пожалуйста, дату рождения.",
            "Заодно уточню: какой номер загранпаспорта?",
            "24 июня 1957",
            "DATE_OF_BIRTH",
            "75 1234567",
            "PASSPORT",
        ),
    ],
)
def test_both_questions_asked_in_a_row_are_answered_in_turn(
    detector: Detector,
    first: str,
    second: str,
    answer: str,
    etype: str,
    other: str,
    other_type: str,
) -> None:
    out = talk_spans(
        detector,
        [("agent", first), ("agent", second), ("customer", answer), ("customer", other)],
    )
    assert out[2] == [(etype, answer)], out
    assert out[3] == [(other_type, other)], out


@pytest.mark.parametrize(
    ("first", "second", "answer"),
    [
        ("What's the order number?", "And what's your date of birth?", "4829173"),
        ("Wat is het bestelnummer?", "En wat is uw geboortedatum?", "4829173"),
        ("Hva er ordrenummeret?", "Og hva er fødselsdatoen din?", "4829173"),
        ("Какой номер заказа?", "И какая у вас дата рождения?", "4829173"),
    ],
)
def test_an_order_number_asked_first_stays_no_personal_data(
    detector: Detector, first: str, second: str, answer: str
) -> None:
    # the order number asked for first is no personal data: its answer is not found
    out = talk_spans(detector, [("agent", first), ("agent", second), ("customer", answer)])
    assert out[2] == [], out


@pytest.mark.parametrize(
    ("statement", "question", "answer", "etype"),
    [
        (
            "Bank details for the invoice: GB81 MIDL 7486 1117 1653 80.",
            "What's your customer number?",
            "65501081",
            "CUSTOMER_NUMBER",
        ),
        (
            "Overmaken kan naar NL22 TRIO 8310 2776 35.",
            "Weet u uw relatienummer?",
            "597-5457",
            "CUSTOMER_NUMBER",
        ),
        (
            "Betal til kontoen vår 1506.12.34567.",
            "Hva er kundenummeret ditt?",
            "38835964",
            "CUSTOMER_NUMBER",
        ),
        (
            "Оплатите на наш расчётный счёт 40702810900000012345.",
            "Подскажите ваш номер клиента?",
            "77577896",
            "CUSTOMER_NUMBER",
        ),
    ],
)
def test_a_statement_before_a_question_leaves_no_question_open(
    detector: Detector, statement: str, question: str, answer: str, etype: str
) -> None:
    # the business's account in a statement asks for no account: the answer is the number
    # the question asks for, not a bank account
    out = talk_spans(detector, [("agent", statement), ("agent", question), ("customer", answer)])
    assert out[2] == [(etype, answer)], out


@pytest.mark.parametrize(
    ("offer", "question", "answer"),
    [
        (
            "The first free slot is 10.12.2027, does that suit you?",
            "What's your customer number?",
            "45267031",
        ),
        ("Het eerste vrije moment is 10-12-2027, past dat?", "Wat is uw klantnummer?", "45267031"),
        (
            "Første ledige time er 10.12.2027, passer det?",
            "Skriv inn kundenummeret ditt, takk.",
            "45267031",
        ),
        ("Ближайшее окно 10.12.2027, вам подходит?", "Какой у вас номер клиента?", "45267031"),
    ],
)
def test_a_question_with_a_value_of_its_own_is_closed_by_the_next(
    detector: Detector, offer: str, question: str, answer: str
) -> None:
    # a question that offers a value ("... 10.12.2027, does that suit?") asks for none of
    # the customer's: the answer after the next question is what that question asks for
    out = talk_spans(detector, [("agent", offer), ("agent", question), ("customer", answer)])
    assert out[2] == [("CUSTOMER_NUMBER", answer)], out
