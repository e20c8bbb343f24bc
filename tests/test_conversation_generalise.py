"""Issue 13, third round: the mechanisms that generalise past the second sealed set's
failures, per failure class and language: a second list turns later, dates of birth in any
form (in words, eight digits), names in records whose fields come in any order, values of
the asked type typed in pieces, an address's second line, a mistyped checksummed answer,
spelled-out "_" in an e-mail address (with its exact offsets), and the hard negatives (an
answer that says it is something else, a two-digit year to come, the agent's statement
that the answer was an order number).

Every person and number here is synthetic; checksummed numbers are valid (python-stdnum,
schwifty, phonenumbers) or, where the test is about a mistyped one, one digit off a valid one.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.context import context_words
from privacyguard.detect.conversation import birth_date
from privacyguard.detect.engine import Detected, Detector
from privacyguard.models import Finding

from .conversation_support import sorted_spans, talk


def typed(d: Detected, etype: str) -> list[str]:
    return sorted(d.message.text[f.start : f.end] for f in d.findings if f.entity_type == etype)


# --- lists: a second list turns later --------------------------------------------------

SECOND_LISTS = [
    (
        "I'll need name, DOB and passport no. for each passenger",
        "1. Pieter Bakker; 4 November 1969; 381797164\n2. Rhys Garside; 21 Sep 1994; 676245662",
        "oh and the kids too:",
        "1) Poppy Fairley, 17.06.2013\n2) Ruby Rowntree, 27.9.2016",
        ["17.06.2013", "27.9.2016"],
    ),
    (
        "Stuur de volledige namen, geboortedata en paspoortnummers van alle reizigers",
        "Merel Koster, 1 juni 1984, NGR26B327 ; Annelies van Beek, 25 maart 1959, BLK8JDW31",
        "o ja en de kinderen:",
        "— Roos van Beek - 3 juli 2015\n— Esther van den Berg - 12 februari 2017",
        ["12 februari 2017", "3 juli 2015"],
    ),
    (
        "Trenger navn, fødselsdato og passnummer på hver passasjer",
        "* Bjørnar Aune 19 aug 1949 FS6848869\n* Mari Grønli 21061962 FP6854718",
        "å ja, og ungene:",
        "her kommer det 1. Birgitte Sæther 28 mar 2012\n2. Vilde Hovland 14.1.2014",
        ["14.1.2014", "28 mar 2012"],
    ),
    (
        "Нужны имя, дата рождения и номер паспорта каждого туриста",
        "1. Тимур Журавлёв; 4 мая 1962; 76 5159558\n2. Вера Гусева; 13.06.1952; 71 6106715",
        "и дети ещё:",
        "1. Ершов Глеб / 12.3.2014\n2. Полина Степанова / 13.06.2012",
        ["12.3.2014", "13.06.2012"],
    ),
]


@pytest.mark.parametrize(("question", "first", "more", "second", "dates"), SECOND_LISTS)
def test_a_second_list_turns_later_is_read_with_the_same_question(
    detector: Detector, question: str, first: str, more: str, second: str, dates: list[str]
) -> None:
    out = talk(
        detector,
        [
            ("agent", question),
            ("customer", first),
            ("agent", "Thanks, your seats are 31E onwards."),
            ("customer", more),
            ("customer", second),
        ],
    )
    assert len(typed(out[1], "DATE_OF_BIRTH")) == 2
    assert typed(out[4], "DATE_OF_BIRTH") == dates


def test_a_month_taken_for_a_first_name_gives_way_to_the_date_and_shows_the_records(
    detector: Detector,
) -> None:
    out = talk(
        detector,
        [
            ("agent", "I'll need name, DOB and passport no. for each passenger"),
            (
                "customer",
                "1. declan yardley; 15 March 1960; 381797164\n"
                "2. Rhys Gallagher; 21 Sep 1994; 676245662",
            ),
        ],
    )
    assert typed(out[1], "DATE_OF_BIRTH") == ["15 March 1960", "21 Sep 1994"]
    assert typed(out[1], "PERSON") == ["Rhys Gallagher", "declan yardley"]


@pytest.mark.parametrize(
    ("question", "answer", "names"),
    [
        (
            "Names and passport numbers of everyone travelling, please",
            "iris dekker; 25-11-1979; NT8ZNR2Y5\nMats van Beek; BUK4WHN21; 17091998",
            ["Mats van Beek", "iris dekker"],
        ),
        (
            "Namen, geboortedata en paspoortnummers graag",
            "merel timmermans; 20071981; NT8ZNR2Y5\nMats van Beek; BUK4WHN21; 17091998",
            ["Mats van Beek", "merel timmermans"],
        ),
        (
            "Navn, fødselsdato og passnummer, takk",
            "Vilde Rønning - 8 jul 2006 - FS7723242, birgitte aune - FS3951360 - 14 aug 1960",
            ["Vilde Rønning", "birgitte aune"],
        ),
        (
            "ФИО, даты рождения и номера паспортов, пожалуйста",
            "сорокина вера / 21.10.1959 / 70 8135347 | Людмила Комарова / 73 6853958 / 02091981",
            ["Людмила Комарова", "сорокина вера"],
        ),
    ],
)
def test_names_in_records_whose_fields_come_in_any_order(
    detector: Detector, question: str, answer: str, names: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "PERSON") == names


# --- dates of birth in any form -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("What's your date of birth?", "it's 4 november 1969", "4 november 1969"),
        ("Wat is uw geboortedatum?", "4. nov 1969", "4. nov 1969"),
        ("Hva er fødselsdatoen din?", "04/11/69", "04/11/69"),
        ("Ваша дата рождения?", "04111969", "04111969"),
        ("Ваша дата рождения?", "4 ноября 1969 г.", "4 ноября 1969 г."),
    ],
)
def test_a_birth_date_in_any_form_answers_the_question(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "DATE_OF_BIRTH") == [value]


def test_birth_date_reads_eight_digits_day_first() -> None:
    from privacyguard.config.rules import load_rules
    from privacyguard.detect.dates import date_words

    dates = date_words(load_rules().lists)
    assert str(birth_date("20071981", dates)) == "1981-07-20"
    assert str(birth_date("19850312", dates)) == "1985-03-12"
    assert birth_date("31131990", dates) is None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Can you confirm your date of birth?", "26.11.27"),  # next year, not 1927
        ("Kan du bekrefte fødselsdatoen?", "is that for the 5 October flight?"),
    ],
)
def test_a_date_to_come_after_a_birth_date_question_is_no_birth_date(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "DATE_OF_BIRTH") == []


# --- values of the asked type typed in pieces ------------------------------------------


@pytest.mark.parametrize(
    ("question", "pieces", "etype"),
    [
        ("What's the booking reference?", ["YT", "X56S sorry sent too early"], "BOOKING_REFERENCE"),
        ("Wat is de boekingscode?", ["gxa4", "xu"], "BOOKING_REFERENCE"),
        ("Kan du oppgi passnummer?", ["FK6 -", "227298 (rest)"], "PASSPORT"),
        ("Какой у вас номер паспорта?", ["971 …", "228495 ой"], "PASSPORT"),
    ],
)
def test_a_value_of_the_asked_type_typed_in_pieces_is_found_in_each(
    detector: Detector, question: str, pieces: list[str], etype: str
) -> None:
    out = talk(detector, [("agent", question), *(("customer", p) for p in pieces)])
    values = [typed(d, etype) for d in out[1:]]
    assert all(len(v) == 1 for v in values), values
    joined = "".join(v[0] for v in values)
    assert joined.upper() in {"YTX56S", "GXA4XU", "FK6227298", "971228495"}


def test_a_sentence_before_a_piece_is_no_first_piece(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Hello, how can I help?"),
            ("customer", "hello, my parcel never arrived, order #8850385"),
            ("customer", "my customer number is 6566195"),
        ],
    )
    assert sorted_spans(out[1]) == []
    assert typed(out[2], "CUSTOMER_NUMBER") == ["6566195"]


def test_an_email_typed_in_two_messages_with_a_dash_after_the_first_half(
    detector: Detector,
) -> None:
    out = talk(
        detector,
        [
            ("agent", "Can I get an email for the receipt?"),
            ("customer", "esme.radcliffe -"),
            ("customer", "@virginmedia.com sorry sent too early"),
        ],
    )
    assert typed(out[1], "EMAIL_ADDRESS") == ["esme.radcliffe"]
    assert typed(out[2], "EMAIL_ADDRESS") == ["@virginmedia.com"]


@pytest.mark.parametrize(
    ("question", "street", "town"),
    [
        ("What address should the courier go to?", "41 mill court", "sheffield s10 2tn"),
        ("Waar wil je de nieuwe pas ontvangen?", "torenpad 167", "6511 pb nijmegen"),
        ("Hvor skal vi sende papirene?", "Lyngveien 62", "4611 Kristiansand"),
        ("Куда отправить документы?", "ул. победы, д. 202, кв. 26", "620014 екатеринбург"),
    ],
)
def test_an_address_in_two_messages(
    detector: Detector, question: str, street: str, town: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", street), ("customer", town)])
    assert typed(out[1], "LOCATION") == [street]
    assert typed(out[2], "LOCATION") == [town]


@pytest.mark.parametrize(
    ("question", "answer", "etype"),
    [
        ("Wat is je BSN?", "111222334", "NATIONAL_ID"),  # 111222333 mistyped
        ("Which IBAN should the refund go to?", "NL21 INGB 0001 2345 67", "IBAN_CODE"),
    ],
)
def test_a_mistyped_checksummed_answer_is_still_the_asked_type(
    detector: Detector, question: str, answer: str, etype: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], etype) == [answer]


def test_a_piece_of_an_iban_is_no_mistyped_iban(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Which IBAN should the deposit go back to?"),
            ("customer", "NL20INGB00012"),
            ("customer", "34567"),
        ],
    )
    assert typed(out[1], "IBAN_CODE") == ["NL20INGB00012"]
    assert typed(out[2], "IBAN_CODE") == ["34567"]


# --- disguised ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed_address",
    [
        "esther underscore prins apenstaartje planet punt nl",
        "ingvild understrek lie at getmail (punktum) no",
        "nadezhda нижнее подчёркивание kovaleva собака yandex тчк ru",
        "jan dash smit at gmail dot com",
    ],
)
def test_spelled_out_underscore_and_dash_in_an_email_address(
    detector: Detector, typed_address: str
) -> None:
    text = f"sure: {typed_address} thanks"
    out = talk(detector, [("agent", "What's your e-mail address?"), ("customer", text)])
    (f,) = [f for f in out[1].findings if f.entity_type == "EMAIL_ADDRESS"]
    assert (f.start, f.end) == (6, 6 + len(typed_address))


@pytest.mark.parametrize(("answer"), ["8 (93S) 86S-34-41", "B (998) 763-44-2S"])
def test_look_alike_letters_in_a_phone_number_with_brackets(
    detector: Detector, answer: str
) -> None:
    out = talk(detector, [("agent", "На какой номер отправить СМС?"), ("customer", answer)])
    assert typed(out[1], "PHONE_NUMBER") == [answer]


# --- hard negatives ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Do you have your customer no. handy?", "I only have #433147982"),
        ("Heb je je klantnr bij de hand?", "ik heb alleen #684027"),
        ("Hvilket kundenummer står på fakturaen?", "har bare HK927685385"),
        ("Какой номер карты лояльности?", "есть только ЗК-520529"),
    ],
)
def test_an_answer_that_only_has_something_else_is_no_customer_number(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "CUSTOMER_NUMBER") == []


@pytest.mark.parametrize(
    ("statement", "withdrawn"),
    [
        ("That's the order no. – the customer number is on your bill, top right", True),
        ("Dat lijkt een bestelnummer. Ik heb je klantnummer nodig", True),
        ("Det er ordrenummeret, kundenummeret står øverst på regningen", True),
        ("Это номер заказа, а номер клиента указан в счёте вверху", True),
        ("Is that your order number or your customer number?", False),
        ("Thanks, noted.", False),
    ],
)
def test_the_agent_saying_the_answer_was_an_order_number_withdraws_it(
    detector: Detector, statement: str, withdrawn: bool
) -> None:
    out = talk(detector, [("agent", "What's your customer number?"), ("customer", "245153009")])
    (made,) = out[1].findings
    assert made.entity_type == "CUSTOMER_NUMBER"
    conv = detector.conversations
    from privacyguard.detect.conversation import ConversationState

    state = ConversationState()
    state.last_of[("customer", None)] = 1
    assert conv.answer_index(state, "agent") == 1
    assert conv.answer_index(state, "customer") is None
    own = Finding("m1", "PHONE_NUMBER", 0, 9, 0.9, "phone_number", "a number of its own")
    kept = conv.withdraw(state, "245153009", [made, own], context_words(statement), statement)
    assert (made not in kept) is withdrawn
    assert own in kept


def test_a_date_is_no_first_half_of_a_number_nor_an_address(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "En uw geboortedatum?"),
            ("customer", "22-02-2027"),
            ("agent", "Die ligt in de toekomst, ik bedoel je geboortedatum"),
            ("customer", "08011963 toch?"),
            ("agent", "Where are you headed?"),
            ("customer", "Amsterdam"),
            ("agent", "And when?"),
            ("customer", "June 16, 2026"),
        ],
    )
    assert sorted_spans(out[1]) == []
    assert typed(out[3], "DATE_OF_BIRTH") == ["08011963"]
    assert sorted_spans(out[7]) == []


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which seat would you prefer?", "14C"),
        ("Wat is de productcode op de doos?", "SKU-4471-20"),
        ("Hva er varenummeret?", "878546-449"),
        ("Какой артикул на коробке?", "ART-5521-33"),
    ],
)
def test_the_answer_to_a_question_for_a_seat_or_product_code_is_left_alone(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert sorted_spans(out[1]) == []


def test_a_correction_of_a_phone_number_is_no_customer_number_in_pieces(
    detector: Detector,
) -> None:
    out = talk(
        detector,
        [
            ("agent", "Welk 06-nummer staat op het account?"),
            ("customer", "06 20077167"),
            ("customer", "correctie: 76"),
        ],
    )
    assert typed(out[1], "PHONE_NUMBER") == ["06 20077167"]
    assert typed(out[2], "CUSTOMER_NUMBER") == []
