"""The detector, through the whole conversation (round 31, issue 13): the business's own
details, vouchers, and customer numbers standing alone.

- A mailbox of a business's role (``business_mailboxes``: "info", "support", "service",
  "hello", "post", "kundeservice", "klantenservice") in an agent's message is the
  business's at any domain, whatever the words around it ("Bye for now. Questions?
  info@...", "Tot ziens. Vragen? support@..."): the domain often abbreviates the
  business's name.
- The customer's address the agent reads back, a role's one too, and a person's address
  in the agent's message stay found.
- The business's name in the agent's first greeting before its own "here" ("BoxLoop Crate
  Hire here, Imogen speaking"), after the agent's name and "from" at the greeting's end
  ("Доброе утро, Фёдор из Арбористы «Крона»."), after "Добро пожаловать в чат", and with
  "&" inside it, is no person, in its sign-off too.
- The account the agent asks the deposit to be paid to is the business's; the customer's
  for a refund stays found.
- A code in the customer's message that the agent's next one calls a voucher ("Hmm, that's
  a voucher", "Dat is een kortingscode", "Det er et gavekort", "Это промокод") is no
  booking's code.
- A customer number with a check letter ("907788-X") is found whole; one whose kind comes
  before "on my card" ("The customer number on my card says ...") is found.

Businesses, people and domains here are made up.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


GREETING = {
    "en": "Fernhollow Kayak Hire here, Imogen speaking. How can I help?",
    "nl": "Fietsenmakerij De Spaak, u spreekt met Stijn. Waar gaat het om?",
    "nb": "Fjellbris Kiteskole, Trond her. Hva gjelder det?",
    "ru": "Доброе утро, Степан из кейтеринга «Скатерть». Чем помочь?",
}

BYE = [
    ("en", "Bye for now. Questions? info@tidemarkrow.co.uk", "info@tidemarkrow.co.uk"),
    ("en", "You can also e-mail service@grovelane.co.uk", "service@grovelane.co.uk"),
    ("nl", "Tot ziens. Vragen? support@blauwmeer.nl", "support@blauwmeer.nl"),
    ("nl", "U kunt ook mailen naar klantenservice@wielwerk.nl", "klantenservice@wielwerk.nl"),
    ("nb", "Ha det. Spørsmål? kundeservice@steinvik.no", "kundeservice@steinvik.no"),
    ("nb", "Du kan også sende en e-post til post@lyngtun.no", "post@lyngtun.no"),
    ("ru", "До свидания. Вопросы: support@teplodom.ru", "support@teplodom.ru"),
    ("ru", "Можно также писать на hello@veterok.ru", "hello@veterok.ru"),
]


def _emails(out: list[list[tuple[str, str]]], k: int) -> list[str]:
    return [v for t, v in out[k] if t == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(("lang", "said", "email"), BYE)
def test_a_role_mailbox_the_agent_writes_is_the_business_at_any_domain(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert email not in _emails(out, 2), out


@pytest.mark.parametrize(("lang", "said", "email"), BYE)
def test_the_customers_role_mailbox_read_back_stays_found(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", email), ("agent", said)])
    assert email in _emails(out, 1), out
    assert email in _emails(out, 2), out


@pytest.mark.parametrize(
    ("lang", "said", "email"),
    [
        ("en", "Bye for now. Questions? {e}", "maisie.thorne@postbox.co.uk"),
        ("nl", "Tot ziens. Vragen? {e}", "joost.vermeer@kpnmail.nl"),
        ("nb", "Ha det. Spørsmål? {e}", "ingrid.aune@online.no"),
        ("ru", "До свидания. Вопросы: {e}", "anton.ershov@mail.ru"),
    ],
)
def test_a_persons_address_in_the_agents_message_stays_found(
    detector: Detector, lang: str, said: str, email: str
) -> None:
    out = talk_spans(
        detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said.format(e=email))]
    )
    assert email in _emails(out, 2), out


# --- the business's name in the agent's first greeting ---------------------------------


@pytest.mark.parametrize(
    ("hello", "business"),
    [
        ("Fernhollow Kayak Hire here, Imogen speaking. What's up?", "Fernhollow Kayak Hire"),
        ("Fietsenmakerij De Spaak & Zn, u spreekt met Tessa. Waar gaat het om?",
         "Fietsenmakerij De Spaak & Zn"),
        ("Fjellbris Kiteskole her, Trond her. Hva gjelder det?", "Fjellbris Kiteskole"),
        ("Доброе утро, Фёдор из Арбористы «Крона». Чем помочь?", "Арбористы «Крона"),
        ("Добро пожаловать в чат Астротуры «Млечный путь»! Меня зовут Софья.", "Астротуры"),
    ],
)  # fmt: skip
def test_the_business_named_in_the_first_greeting(
    detector: Detector, hello: str, business: str
) -> None:
    assert any(business in n for n in detector.conversations.business_names([hello]))


@pytest.mark.parametrize(
    ("lang", "hello", "bye", "business"),
    [
        ("en", "Fernhollow Kayak Hire here, Imogen speaking. What's up?",
         "Have a good day! Fernhollow Kayak Hire, 0121 654 0980.", "Fernhollow Kayak Hire"),
        ("nl", "Fietsenmakerij Spaakwiel & Zn, u spreekt met Tessa. Waar gaat het om?",
         "Fijne dag! Fietsenmakerij Spaakwiel & Zn, 050 454 6356.", "Spaakwiel"),
        ("nb", "Fjellbris Kiteskole her, Trond her. Hva gjelder det?",
         "Ha en fin dag! Fjellbris Kiteskole, 22 33 44 55.", "Fjellbris"),
        ("ru", "Доброе утро, Фёдор из Арбористы «Крона». Чем помочь?",
         "Хорошего дня! Арбористы «Крона», 8 (499) 230-95-82.", "Арбористы"),
    ],
)  # fmt: skip
def test_the_business_greeted_and_signed_off_is_no_person(
    detector: Detector, lang: str, hello: str, bye: str, business: str
) -> None:
    out = talk_spans(detector, [("agent", hello), ("customer", "ok"), ("agent", bye)])
    for k in (0, 2):
        assert not [v for t, v in out[k] if t == "PERSON" and business in v], out


def test_a_customers_name_before_here_in_the_first_greeting_is_no_business(
    detector: Detector,
) -> None:
    assert not detector.conversations.business_names(["Hi, Anna Berg here, Priya speaking."])


# --- the business's account to pay into ------------------------------------------------


def test_the_account_to_pay_the_deposit_into_is_the_business(detector: Detector) -> None:
    iban = "GB82 WEST 1234 5698 7654 32"
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["en"]),
            ("customer", "ok"),
            ("agent", f"Please pay the deposit to {iban}, reference 696181."),
        ],
    )
    assert not [v for t, v in out[2] if t in ("IBAN_CODE", "BANK_ACCOUNT")], out


def test_the_customers_account_for_a_refund_stays_found(detector: Detector) -> None:
    iban = "GB82 WEST 1234 5698 7654 32"
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["en"]),
            ("customer", "ok"),
            ("agent", f"We'll pay the deposit back to your account {iban}."),
        ],
    )
    assert [v for t, v in out[2] if t in ("IBAN_CODE", "BANK_ACCOUNT")], out


# --- a voucher the customer gives for a booking's code ---------------------------------

VOUCHERS = [
    ("en", "Can I have the booking reference, please?", "KITE25",
     "Hmm, that's a voucher. What's the six-character booking code?", "M3BGAD"),
    ("nl", "Wat is de boekingscode?", "VOORJAAR20",
     "Dat is een kortingscode. Heeft u de boekingscode?", "X5HR5Y"),
    ("nb", "Hva er bookingreferansen?", "SOMMER15",
     "Hm, det er et gavekort. Hva er bookingkoden på seks tegn?", "BBPP4H"),
    ("ru", "Можно код бронирования?", "ZVEZDA20",
     "Это промокод. А код бронирования есть?", "Y4R67W"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "asked", "code", "named", "booking"), VOUCHERS)
def test_a_code_the_agent_calls_a_voucher_is_no_booking(
    detector: Detector, lang: str, asked: str, code: str, named: str, booking: str
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", GREETING[lang]),
            ("agent", asked),
            ("customer", code),
            ("agent", named),
            ("customer", booking),
        ],
    )
    assert not [v for t, v in out[2] if code in v], out
    assert [v for t, v in out[4] if booking in v], out


@pytest.mark.parametrize(("lang", "asked", "code", "named", "booking"), VOUCHERS)
def test_a_booking_code_the_agent_does_not_call_a_voucher_stays_found(
    detector: Detector, lang: str, asked: str, code: str, named: str, booking: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", GREETING[lang]), ("agent", asked), ("customer", booking), ("agent", "OK.")],
    )
    assert [v for t, v in out[2] if booking in v], out


@pytest.mark.parametrize("given", ["M3BGAD / KITE25", "my booking is M3BGAD and the code KITE25"])
def test_a_booking_code_beside_the_voucher_stays_found(detector: Detector, given: str) -> None:
    """Two codes in the message the agent answers "that's a voucher": which one it means is
    not known, so neither is dropped (fail closed)."""
    _, asked, _, named, _ = VOUCHERS[0]
    out = talk_spans(
        detector,
        [("agent", GREETING["en"]), ("agent", asked), ("customer", given), ("agent", named)],
    )
    assert ("BOOKING_REFERENCE", "M3BGAD") in out[2], out


# --- a customer number in a plain message ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said", "number"),
    [
        ("en", "The customer number on my card says 4713-2958", "4713-2958"),
        ("en", "the membership number on my card says C7051462", "C7051462"),
        ("en", "my customer number is 562918-X", "562918-X"),
        ("nl", "op mijn pas staat klantnummer 804417-X", "804417-X"),
        ("nl", "u vindt mij onder accountnummer 193825-M", "193825-M"),
        ("nb", "kundenummeret mitt er 730514-K", "730514-K"),
        ("ru", "на карте указан номер клиента 246917-M", "246917-M"),
        ("ru", "Мой номер клиента 635989-K", "635989-K"),
    ],
)
def test_a_customer_number_in_a_plain_message_is_found_whole(
    detector: Detector, lang: str, said: str, number: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", said)])
    assert ("CUSTOMER_NUMBER", number) in out[1], out


# --- the business's own address, its street taken for a name ---------------------------


@pytest.mark.parametrize(
    ("lang", "said", "street"),
    [
        ("en", "Our office is at Unit 53, Canal Wharf, Ludlow SY8 1AB.", "Canal Wharf"),
        ("en", "Our office is at 7, Maple Grange, Truro TR1 2HE.", "Maple Grange"),
    ],
)
def test_the_street_of_the_business_office_is_no_person(
    detector: Detector, lang: str, said: str, street: str
) -> None:
    out = talk_spans(detector, [("agent", GREETING[lang]), ("customer", "ok"), ("agent", said)])
    assert not [v for t, v in out[2] if street in v], out


def test_the_customers_address_read_back_stays_found(detector: Detector) -> None:
    said = "Thanks, I have you at 53 Canal Wharf, Ludlow SY8 1AB."
    out = talk_spans(detector, [("agent", GREETING["en"]), ("customer", "ok"), ("agent", said)])
    assert [v for t, v in out[2] if "Canal Wharf" in v], out
