"""The detector, through the whole conversation: the business's own bank account, given by
the agent to be paid into ("Please pay to our account ...", "overmaken naar ons
rekeningnummer ...", "Betal til kontoen vår ...", "Оплатите на наш расчётный счёт ..."), is no
person's data; the customer's own account, given, read back or asked for, stays found. A
question about when to come asks for nothing personal. (Synthetic, checksum-valid values.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please pay to our account GB11 NWBK 4272 8038 0715 15, quoting the invoice.", "GB11"),
        ("Kunt u het bedrag overmaken naar ons rekeningnummer NL78RABO3682103228?", "NL78"),
        ("Betal til kontoen vår 9216.44.13200, merk med fakturanummeret.", "9216"),
        ("Оплатите на наш расчётный счёт 40702810900000012345, пожалуйста.", "4070"),
    ],
)
def test_the_business_account_to_pay_into_is_no_persons(
    detector: Detector, text: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", "how do I pay the invoice?"), ("agent", text)])
    assert not [f for f in out[1] if f[1].startswith(value)], out[1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My IBAN is GB47 NWBK 2365 0156 0903 92", "GB47 NWBK 2365 0156 0903 92"),
        ("mijn rekening is NL45RABO0677093292", "NL45RABO0677093292"),
        ("kontonummeret mitt er 6147.40.63800", "6147.40.63800"),
    ],
)
def test_the_customers_account_read_back_stays_found(
    detector: Detector, text: str, value: str
) -> None:
    # the agent pays back to the account the customer gave: the customer's, read back
    turns = [("customer", text), ("agent", f"We will transfer to {value} within five days.")]
    out = talk_spans(detector, turns)
    assert [f for f in out[0] if f[1] == value], out[0]
    assert [f for f in out[1] if f[1] == value], out[1]


def test_an_account_of_the_customers_named_by_the_agent_stays_found(detector: Detector) -> None:
    text = "We'll refund it to your account GB47 NWBK 2365 0156 0903 92 today."
    out = talk_spans(detector, [("customer", "refund please"), ("agent", text)])
    assert ("IBAN_CODE", "GB47 NWBK 2365 0156 0903 92") in out[1], out[1]


def test_an_account_to_pay_into_from_the_customer_stays_found(detector: Detector) -> None:
    # only the business's own messages: a customer naming "our account" is a person
    text = "please pay to our account NL45RABO0677093292"
    out = talk_spans(detector, [("agent", "Where should the refund go?"), ("customer", text)])
    assert ("IBAN_CODE", "NL45RABO0677093292") in out[1], out[1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When would you like it?", "13072027"),
        ("Wanneer komt het u uit?", "21082027"),
        ("Når passer det?", "14092027"),
        ("Когда вам удобно?", "05112027"),
    ],
)
def test_a_date_to_come_after_a_number_was_asked_for_is_no_number(
    detector: Detector, question: str, answer: str
) -> None:
    turns = [
        ("agent", "What is your customer number?"),
        ("customer", "I don't have it here"),
        ("agent", question),
        ("customer", answer),
    ]
    out = talk_spans(detector, turns)
    assert out[3] == [], out[3]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the match is on 14.11.2027", "14.11.2027"),
        ("de voorstelling is op 03052027", "03052027"),
        ("den 21082027 helst", "21082027"),
        ("можно на 17092027?", "17092027"),
    ],
)
def test_a_whole_date_after_a_preposition_is_no_number(
    detector: Detector, text: str, value: str
) -> None:
    # after a question for numbers, a date "on" a day is still a date
    turns = [("agent", "Which accounts is it about? The numbers, please."), ("customer", text)]
    out = talk_spans(detector, turns)
    assert not [f for f in out[1] if f[1] == value], out[1]


def test_a_birth_date_after_on_stays_found(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "I was born on 12.03.1988")])
    assert ("DATE_OF_BIRTH", "12.03.1988") in out[0], out[0]


def test_the_business_address_after_du_nar_oss_is_no_persons(detector: Detector) -> None:
    text = "Du når oss på 21 48 30 52 eller på Verkstedveien 4, 3045 Drammen."
    out = talk_spans(detector, [("customer", "hvor er dere?"), ("agent", text)])
    assert out[1] == [], out[1]
