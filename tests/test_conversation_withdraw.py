"""The detector, through the whole conversation: an agent's statement that the customer's bare
answer was an order number takes back the customer number the question had made of it, and
only that; a Norwegian time after "kl" is no flight number."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


ASKED = ("agent", "What's your customer number?")
ANSWER = ("customer", "245153009")


def test_a_bare_answer_to_the_question_is_the_asked_number(detector: Detector) -> None:
    out = talk_spans(detector, [ASKED, ANSWER, ("agent", "Thanks, noted.")])
    assert ("CUSTOMER_NUMBER", "245153009") in out[1]


@pytest.mark.parametrize(
    "statement",
    [
        "That's the order no. – the customer number is on your bill, top right",
        "Dat lijkt een bestelnummer. Ik heb je klantnummer nodig",
    ],
)
def test_the_agents_statement_takes_the_made_number_back(
    detector: Detector, statement: str
) -> None:
    out = talk_spans(detector, [ASKED, ANSWER, ("agent", statement)])
    assert not [f for f in out[1] if f[0] == "CUSTOMER_NUMBER"]


def test_a_question_back_takes_nothing_back(detector: Detector) -> None:
    out = talk_spans(
        detector, [ASKED, ANSWER, ("agent", "Is that your order number or your customer number?")]
    )
    assert ("CUSTOMER_NUMBER", "245153009") in out[1]


def test_a_time_after_kl_is_no_flight_number(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "Flyet går kl 11:15 fra Gardermoen")])
    assert not [f for f in out[0] if f[0] == "FLIGHT_NUMBER"]
    out = talk_spans(detector, [("customer", "Jeg flyr med KL 1143 i morgen")])
    assert ("FLIGHT_NUMBER", "KL 1143") in out[0]


def test_an_email_answering_an_order_question_stands(detector: Detector) -> None:
    """A value of a sure type is no order number, even when an earlier question's context
    raised its score: dropping it would pass an e-mail address on unredacted."""
    out = talk_spans(
        detector,
        [
            ("agent", "What's your e-mail address?"),
            ("customer", "ok"),
            ("agent", "And what's the order number?"),
            ("customer", "email me at jan.smit@example.com"),
        ],
    )
    assert ("EMAIL_ADDRESS", "jan.smit@example.com") in out[3]


# the agent says what the answer was, then asks again in the same message: the statement
# takes the number back, the question opens the next answer (fresh values and phrasings)
@pytest.mark.parametrize(
    ("asked", "answer", "statement"),
    [
        (
            "Could I have your membership number, please?",
            "F4417302",
            "Right, that one is an invoice number and not the membership number; "
            "do you have another number on the letter?",
        ),
        (
            "Mag ik uw klantnummer?",
            "R60219843",
            "Dat is volgens mij een factuurnummer, niet uw klantnummer; ziet u nog een "
            "ander nummer?",
        ),
        (
            "Kan jeg få kundenummeret ditt?",
            "57730914",
            "Det der er nok et fakturanummer, ikke kundenummer. Har du et annet nummer?",
        ),
        (
            "Назовите, пожалуйста, номер клиента.",
            "F8830275",
            "Это, кажется, номер счёта-фактуры, а не номер клиента; есть другой номер?",
        ),
    ],
)
def test_a_statement_before_a_question_takes_the_number_back(
    detector: Detector, asked: str, answer: str, statement: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer), ("agent", statement)])
    assert not out[1], out[1]


def test_the_next_answer_after_the_statement_is_the_asked_number(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Could I have your membership number, please?"),
            ("customer", "F4417302"),
            (
                "agent",
                "That looks like an order number rather than the membership number; "
                "is there another one?",
            ),
            ("customer", "oh yes, 3316084527"),
        ],
    )
    assert not out[1]
    assert [t for t, v in out[3] if v == "3316084527"], out[3]


def test_a_statement_names_no_other_number_the_only_value_still_goes(
    detector: Detector,
) -> None:
    """The agent asks for a number of a kind the rules do not list and calls the answer an
    invoice number: the only number the conversation made of the answer goes, whatever
    type it was taken for."""
    out = talk_spans(
        detector,
        [
            ("agent", "Before we start I need your patient number, please."),
            ("customer", "70318846"),
            (
                "agent",
                "Hmm, that is an invoice number rather than the one I need; "
                "anything else on the letter?",
            ),
        ],
    )
    assert not out[1], out[1]


def test_only_questions_still_take_nothing_back(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ASKED,
            ANSWER,
            ("agent", "Is that an invoice number? Or is it the customer number?"),
        ],
    )
    assert ("CUSTOMER_NUMBER", "245153009") in out[1]


# after "that's an invoice number, not the X number; is there another?": the customer's next
# number is the one asked for, even when the rules do not list the X ("gezinsnummer")
@pytest.mark.parametrize(
    ("asked", "wrong", "again", "answer", "value"),
    [
        (
            "Could you give me your household reference, please?",
            "INV-55120934",
            "Hmm, that is an invoice number rather than the household reference; "
            "anything else on the letter?",
            "ah sorry, 6630-418",
            "6630-418",
        ),
        (
            "Mag ik uw gezinsnummer?",
            "INV-90217745",
            "Hm, dat is een factuurnummer, niet het gezinsnummer; staat er nog iets anders?",
            "oja sorry, 48120937",
            "48120937",
        ),
        (
            "Kan jeg få husstandsnummeret?",
            "INV-1330172",
            "Det er et fakturanummer, ikke husstandsnummeret; står det noe annet i brevet?",
            "å ja, 7716-302",
            "7716-302",
        ),
        (
            "Назовите, пожалуйста, номер медкарты.",
            "INV-61209873",
            "Это номер счёта-фактуры, а не номер медкарты; в письме есть другой номер?",
            "ой, да, 27719304",
            "27719304",
        ),
    ],
)
def test_the_number_asked_again_after_a_rejection_is_found(
    detector: Detector, asked: str, wrong: str, again: str, answer: str, value: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", wrong), ("agent", again), ("customer", answer)],
    )
    assert not out[1], out[1]
    assert [v for _, v in out[3] if v == value], out[3]


def test_a_question_for_an_order_number_alone_expects_nothing(detector: Detector) -> None:
    """No rejection: the agent asks for an order number (no negation): its answer is no
    customer number."""
    out = talk_spans(
        detector,
        [("agent", "And what is the order number, please?"), ("customer", "48120937")],
    )
    assert not out[1], out[1]


def test_a_request_for_an_order_number_after_the_answer_takes_nothing_back(
    detector: Detector,
) -> None:
    """The agent goes on to ask for a tracking number (a request, no "?", no negation): the
    customer number the question made of the answer before stands."""
    out = talk_spans(
        detector,
        [
            ("agent", "какой у вас номер клиента?"),
            ("customer", "да, 5180-337-902"),
            ("agent", "Подскажите трек-номер"),
        ],
    )
    assert [t for t, v in out[1] if v == "5180-337-902"], out[1]
