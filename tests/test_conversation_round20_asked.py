"""The detector, through the whole conversation (round 20): what the agent asks for.

- A value of the type asked for, typed in two halves that a recognizer of another type
  finds alone ("Hva er kortnummeret?" / "4532 0187" / "1234 5678": two Norwegian phone
  numbers by their shape), is one value of the type asked for; asked for the phone, the
  halves stay phone numbers.
- An imperative that asks for a value ("Введите номер счёта", "Voer uw klantnummer in",
  "Oppgi kundenummeret", "Please enter ...") is a request: the question it holds closes
  the ones before it (an agent's own phone number, "позвонить нам", is no question left
  open).
- "national number", "national register number", "rijksregisternummer" (Belgium) ask for
  the national ID; "номер карты" for the card (not "номер карты лояльности": a customer
  number).

Every person and number here is synthetic (checksums by python-stdnum).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans

# a Luhn-valid card (stdnum.luhn) and a valid Belgian national number (stdnum.be.nn)
CARD_HALVES = ("4532 0187", "1234 5678")
BE_NN = "85.07.30-123.35"


@pytest.mark.parametrize(
    "question",
    [
        "Hva er kortnummeret?",
        "What's the card number?",
        "Wat is het kaartnummer?",
        "Назовите номер карты.",
    ],
)
def test_card_halves_that_look_like_phones_are_the_card_asked_for(
    detector: Detector, question: str
) -> None:
    out = talk_spans(
        detector, [("agent", question), ("customer", CARD_HALVES[0]), ("customer", CARD_HALVES[1])]
    )
    assert out[1] == [("CREDIT_CARD", CARD_HALVES[0])]
    assert out[2] == [("CREDIT_CARD", CARD_HALVES[1])]


def test_halves_asked_as_a_phone_stay_phones(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hva er telefonnummeret ditt?"),
            ("customer", CARD_HALVES[0]),
            ("customer", CARD_HALVES[1]),
        ],
    )
    assert [t for t, _ in out[1] + out[2]] == ["PHONE_NUMBER", "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            [
                ("agent", "Также можно позвонить нам: 8 800 555-35-35."),
                ("agent", "Введите номер счёта (20 цифр)."),
                ("customer", "4081781057"),
                ("customer", "0000123456"),
            ],
            "BANK_ACCOUNT",
        ),
        (
            [
                ("agent", "U kunt ons ook bellen op 020 794 6616."),
                ("agent", "Voer uw klantnummer in."),
                ("customer", "88341207"),
            ],
            "CUSTOMER_NUMBER",
        ),
        (
            [
                ("agent", "Du kan også ringe oss på 22 33 44 55."),
                ("agent", "Oppgi kundenummeret."),
                ("customer", "88341207"),
            ],
            "CUSTOMER_NUMBER",
        ),
    ],
)
def test_an_imperative_request_closes_the_earlier_question(
    detector: Detector, turns: list[tuple[str, str]], expected: str
) -> None:
    out = talk_spans(detector, turns)
    answers = [f for msg in out[len(turns) - 1 :] for f in msg]
    assert answers and all(t == expected for t, _ in answers)


@pytest.mark.parametrize(
    "question",
    [
        "What's your national number?",
        "For the Belgian records I need your national register number.",
        "Ik heb uw rijksregisternummer nodig.",
    ],
)
def test_the_belgian_national_number_is_asked_for(detector: Detector, question: str) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", BE_NN)])
    assert out[1] == [("NATIONAL_ID", BE_NN)]


def test_a_mistyped_belgian_number_in_two_pieces_is_the_national_id(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What's your national number?"),
            ("customer", "85.07.3"),
            ("customer", "0-123.36 oops"),
        ],
    )
    assert out[1] == [("NATIONAL_ID", "85.07.3")]
    assert out[2] == [("NATIONAL_ID", "0-123.36")]


def test_a_loyalty_card_number_is_no_payment_card(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "Назовите номер карты лояльности."), ("customer", "88341207")]
    )
    assert out[1] == [("CUSTOMER_NUMBER", "88341207")]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("tenant number: 6183920457", "6183920457"),
        ("huurdernummer: 6183920457", "6183920457"),
        ("leietakernummer: 6183920457", "6183920457"),
        ("номер договора: 6183920457", "6183920457"),
    ],
)
def test_a_value_the_customer_names_stands_after_a_request_for_nothing_personal(
    detector: Detector, label: str, kind: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", "Please pay the invoice, quoting the invoice number."), ("customer", label)],
    )
    assert [v for _, v in out[1]] == [kind]


def test_the_order_number_named_by_the_customer_is_still_no_personal_data(
    detector: Detector,
) -> None:
    out = talk_spans(
        detector,
        [("agent", "What's the order number?"), ("customer", "my order number is 6183920457")],
    )
    assert out[1] == []
