"""The detector, through the whole conversation, round 33: the business's own details said
other ways. Its account given as the details for the invoice ("Bank details for the invoice:
GB..", "Bankgegevens voor de factuur: NL..", "Bankopplysninger til fakturaen: NO..",
"Реквизиты для счёта: р/с 40702...") or by its number alone (a Russian organisation's
settlement account), its direct line, its name after the agent's words for the chat in a
greeting that introduces the agent ("you're through to Greenfletch Archery. I'm Fraser"),
and its own case or ticket asked for by its word, are no person's data. The customer's own
account, number and travel ticket stay found. (Synthetic, checksum-valid values.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    "text",
    [
        "Bank details for the invoice: GB29 NWBK 6016 1331 9268 19.",
        "Payment details: GB29 NWBK 6016 1331 9268 19, quoting your name.",
        "Bankgegevens voor de factuur: NL39 RABO 0300 0652 64.",
        "Bankopplysninger til fakturaen: NO93 8601 1117 947.",
        "Реквизиты для счёта: р/с 40702810900000012345.",
        "Оплатить можно переводом на счёт 40702810900000012345.",
    ],
)
def test_the_business_details_for_the_invoice_are_no_persons(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "how do I pay?"), ("agent", text)])
    assert not [f for f in out[1] if f[0] in ("IBAN_CODE", "BANK_ACCOUNT")], out[1]


def test_an_organisations_account_is_the_business_whatever_words_before(
    detector: Detector,
) -> None:
    # balance account 40702: a commercial organisation's, no person's
    out = talk_spans(
        detector, [("customer", "куда платить?"), ("agent", "Наш р/с 40702810900000012345")]
    )
    assert not [f for f in out[1] if f[0] == "BANK_ACCOUNT"], out[1]


@pytest.mark.parametrize(
    ("given", "agent"),
    [
        ("my IBAN is NL20INGB0001234567", "Bankgegevens voor de factuur: NL20INGB0001234567?"),
        (
            "my IBAN is GB60 BARC 2000 0055 7799 11",
            "Bank details for the invoice: GB60 BARC 2000 0055 7799 11?",
        ),
        ("kontoen min er NO4615030012345", "Bankopplysninger til fakturaen: NO4615030012345?"),
        ("мой счёт 40817810570000123456", "Реквизиты для счёта: 40817810570000123456?"),
    ],
)
def test_the_customers_account_read_back_as_details_stays_found(
    detector: Detector, given: str, agent: str
) -> None:
    out = talk_spans(detector, [("agent", "Hi"), ("customer", given), ("agent", agent)])
    assert [f for f in out[2] if f[0] in ("IBAN_CODE", "BANK_ACCOUNT")], out[2]


def test_a_persons_russian_account_from_the_agent_for_a_refund_stays_found(
    detector: Detector,
) -> None:
    turns = [
        ("customer", "мой счёт 40817810570000123456"),
        ("agent", "Возврат переведём на счёт 40817810570000123456."),
    ]
    out = talk_spans(detector, turns)
    assert ("BANK_ACCOUNT", "40817810570000123456") in out[1], out[1]


def test_an_organisations_account_from_the_customer_stays_found(detector: Detector) -> None:
    # only the business's own messages (fail closed)
    out = talk_spans(detector, [("agent", "Чем помочь?"), ("customer", "р/с 40702810900000012345")])
    assert ("BANK_ACCOUNT", "40702810900000012345") in out[1], out[1]


@pytest.mark.parametrize(
    "text",
    [
        "Our direct line is 0117 925 4983 if you'd rather talk.",
        "Ons directe nummer is 071 413 4682 als je liever belt.",
        "Direktenummeret vårt er 22 33 44 55 hvis du heller vil ringe.",
        "Наш прямой номер +7 495 123-45-67, если удобнее позвонить.",
    ],
)
def test_the_business_direct_line_is_no_persons(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "hi"), ("agent", text)])
    assert not [f for f in out[1] if f[0] == "PHONE_NUMBER"], out[1]


def test_the_customers_number_asked_back_as_a_direct_line_stays_found(detector: Detector) -> None:
    turns = [
        ("customer", "my number is 0117 925 4983"),
        ("agent", "Is your direct line 0117 925 4983?"),
    ]
    out = talk_spans(detector, turns)
    assert ("PHONE_NUMBER", "0117 925 4983") in out[1], out[1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Is there an existing ticket number for this?", "T7801181"),
        ("Is hier al een meldingsnummer voor?", "MLD-2399173"),
        ("Finnes det allerede en henvendelse på dette?", "S3881358"),
        ("Stod det et saksnummer i forrige e-post fra oss?", "S6614043"),
        ("Есть ли уже номер обращения?", "A-7741923"),
    ],
)
def test_the_business_own_case_asked_for_is_no_persons(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("customer", "hello"), ("agent", question), ("customer", answer)])
    assert out[2] == [], out[2]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your ticket number?", "T7801181"),
        ("Wat is uw boekingscode?", "MLD-2399173"),
        ("Hva er bestillingsreferansen?", "S3881358"),
        ("Какой у вас номер билета?", "5552160000123"),
    ],
)
def test_a_travel_ticket_or_booking_asked_for_stays_found(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("customer", "hello"), ("agent", question), ("customer", answer)])
    assert [v for _, v in out[2] if v == answer], out[2]


@pytest.mark.parametrize(
    ("greeting", "agent", "later", "business"),
    [
        (
            "Hi, you're through to Greenfletch Archery. I'm Fraser, how can I help?",
            "Fraser",
            "Greenfletch Archery will send a confirmation shortly.",
            "Greenfletch",
        ),
        (
            "Hallo, je chat met Steigerbouw Van Oosten. Ik ben Sjoerd, waarmee kan ik helpen?",
            "Sjoerd",
            "Ter info: de factuur komt van Steigerbouw Van Oosten.",
            "Steigerbouw",
        ),
        (
            "Hei, du chatter med Brønnboring Vestfold AS. Jeg heter Sondre, hva kan jeg hjelpe?",
            "Sondre",
            "På kontoutskriften står det Brønnboring Vestfold AS.",
            "Brønnboring",
        ),
        (
            "Здравствуйте, вы общаетесь с Пекарня Колосок. Меня зовут Ирина, чем помочь?",
            "Ирина",
            "Счёт придёт от Пекарня Колосок.",
            "Колосок",
        ),
    ],
)
def test_the_business_name_after_the_words_for_the_chat_is_no_persons(
    detector: Detector, greeting: str, agent: str, later: str, business: str
) -> None:
    out = talk_spans(detector, [("agent", greeting), ("customer", "hi"), ("agent", later)])
    assert ("PERSON", agent) in out[0], out[0]
    assert not [v for t, v in out[0] + out[2] if t == "PERSON" and business in v], (out[0], out[2])


@pytest.mark.parametrize(
    "greeting",
    [
        "Hi, you're through to Maisie Hall. How can I help?",
        "Hallo, je chat met Sjoerd Bakker. Waarmee kan ik helpen?",
        "Hei, du chatter med Kari Nordmann. Hva kan jeg hjelpe med?",
        "Здравствуйте, вы общаетесь с Ириной Смирновой. Чем помочь?",
    ],
)
def test_an_agent_named_after_the_words_for_the_chat_stays_found(
    detector: Detector, greeting: str
) -> None:
    # no introduction after the name: the name is the agent's own
    out = talk_spans(detector, [("agent", greeting)])
    assert [t for t, _ in out[0] if t == "PERSON"], out[0]
