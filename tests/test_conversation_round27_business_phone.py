"""The detector, through the whole conversation (round 27, issue 13): the business's own
phone number, a mobile too.

- A number the agent offers as the business's own, words for it right before it
  (``business_own_phone``: "call us on", "our number is", "bel ons op", "app ons op", "ons
  nummer", "ring oss på", "send sms til oss på", "vårt nummer", "звоните нам",
  "пишите нам", "наш номер"), is no personal data whatever its kind of line: a small
  business answers on a mobile.
- A mobile without such words, a number the agent reads back to the customer ("we'll call
  you on ...", "is this your number?"), one the conversation found before, and any number
  in a customer's message ("call us on ..." of their own home) stay found.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _phones(out: list[list[tuple[str, str]]], k: int) -> list[str]:
    return [v for t, v in out[k] if t == "PHONE_NUMBER"]


# synthetic mobiles, valid in their region's numbering plan (phonenumbers)
OFFERED = [
    ("You can also call us on 07911 123456 or drop by the workshop.", "07911 123456"),
    ("Our number is 07911 123457, we pick up until six.", "07911 123457"),
    ("You can text us on WhatsApp at 07911 123458.", "07911 123458"),
    ("U kunt ons ook bellen op 06 12345678 of langskomen.", "06 12345678"),
    ("App ons gerust op 06 12345679.", "06 12345679"),
    ("Ons nummer is 06 12345670.", "06 12345670"),
    ("Du kan også ringe oss på 412 34 567 eller stikke innom.", "412 34 567"),
    ("Send gjerne en sms til oss på 412 34 568.", "412 34 568"),
    ("Vårt nummer er 412 34 569.", "412 34 569"),
    ("Можно также позвонить нам: 8 (912) 345-67-89.", "8 (912) 345-67-89"),
    ("Пишите нам в WhatsApp: +7 912 345-67-80.", "+7 912 345-67-80"),
    ("Наш номер: 8 (912) 345-67-81.", "8 (912) 345-67-81"),
]


@pytest.mark.parametrize(("said", "number"), OFFERED)
def test_a_mobile_the_agent_offers_as_the_business_is_no_finding(
    detector: Detector, said: str, number: str
) -> None:
    out = talk_spans(detector, [("customer", "Hi, I have a question"), ("agent", said)])
    assert number not in _phones(out, 1), out


#: the agent's greeting in each message's language (by the number's shape)
GREETING = {
    "07": "How can I help?",
    "06": "Waarmee kan ik helpen?",
    "41": "Hva kan jeg hjelpe med?",
    "8 ": "Чем могу помочь?",
    "+7": "Чем могу помочь?",
}


@pytest.mark.parametrize(("said", "number"), OFFERED)
def test_the_same_words_in_a_customer_message_are_the_customers_own(
    detector: Detector, said: str, number: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[number[:2]]), ("customer", said)])
    assert number in _phones(out, 1), out


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("We'll call you on 07911 123456 tomorrow.", "07911 123456"),
        ("Is 07911 123457 your number?", "07911 123457"),
        ("Call us any time, or we'll ring you back on 07911 123458.", "07911 123458"),
        ("Wij bellen u op 06 12345678.", "06 12345678"),
        ("Is 06 12345679 uw nummer?", "06 12345679"),
        ("Vi ringer deg på 412 34 567.", "412 34 567"),
        ("Er 412 34 568 ditt nummer?", "412 34 568"),
        ("Мы перезвоним вам на 8 (912) 345-67-89.", "8 (912) 345-67-89"),
        ("Ваш номер 8 (912) 345-67-80?", "8 (912) 345-67-80"),
    ],
)
def test_a_mobile_the_agent_reads_back_to_the_customer_stays(
    detector: Detector, said: str, number: str
) -> None:
    out = talk_spans(detector, [("customer", "Hi, I have a question"), ("agent", said)])
    assert number in _phones(out, 1), out


@pytest.mark.parametrize(
    ("asked", "given", "said"),
    [
        ("What's your mobile number?", "07911 123456", "Thanks, so to call us on 07911 123456"),
        ("Wat is uw mobiele nummer?", "06 12345678", "Dus u belt ons op 06 12345678?"),
        ("Hva er mobilnummeret ditt?", "412 34 567", "Så du ringer oss fra 412 34 567"),
        ("Ваш номер телефона?", "8 (912) 345-67-89", "Звоните нам с номера 8 (912) 345-67-89"),
    ],
)
def test_a_number_the_customer_gave_stays_after_the_words(
    detector: Detector, asked: str, given: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", given), ("agent", said)])
    assert given in _phones(out, 2), out


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("Je kunt me ook bellen: 06 12 34 56 78", "06 12 34 56 78"),
        ("Call me on 07911 123456 if anything changes.", "07911 123456"),
        ("Du kan ringe meg på 412 34 567.", "412 34 567"),
        ("Мой номер 8 (912) 345-67-89.", "8 (912) 345-67-89"),
    ],
)
def test_a_mobile_without_the_business_words_stays(
    detector: Detector, said: str, number: str
) -> None:
    out = talk_spans(detector, [("customer", "Hi, I have a question"), ("agent", said)])
    assert number in _phones(out, 1), out
