"""Context words decide what a number or date is, in each language, with inflections."""

from __future__ import annotations

import pytest

CASES = [
    # a birth date, told apart from travel and delivery dates
    ("geboren op 12-03-1985", [("DATE_OF_BIRTH", "12-03-1985")]),
    ("Geboortedatum: 12 maart 1985", [("DATE_OF_BIRTH", "12 maart 1985")]),
    ("fødselsdato 03.07.1979", [("DATE_OF_BIRTH", "03.07.1979")]),
    ("Jeg er født 3. juli 1979", [("DATE_OF_BIRTH", "3. juli 1979")]),
    ("дата рождения 01.02.1990", [("DATE_OF_BIRTH", "01.02.1990")]),
    ("я родилась 2 февраля 1985 г.", [("DATE_OF_BIRTH", "2 февраля 1985 г.")]),
    ("date of birth: July 3, 1979", [("DATE_OF_BIRTH", "July 3, 1979")]),
    ("vertrek op 12-03-2025", []),
    ("delivery on 03/07/2025", []),
    ("рейс 01.02.2025", []),
    ("geboren in Utrecht, vlucht op 12-03-2025", []),
    # a booking code, told apart from a word
    ("boekingscode X7K9QZ", [("BOOKING_REFERENCE", "X7K9QZ")]),
    ("PNR: ABC12D", [("BOOKING_REFERENCE", "ABC12D")]),
    ("номер брони QW3RTY", [("BOOKING_REFERENCE", "QW3RTY")]),
    ("bestillingsreferansen er K9LMN2", [("BOOKING_REFERENCE", "K9LMN2")]),
    ("THANKS AGAIN, see you", []),
    ("my booking reference? I said THANKS", []),
    # a customer number, told apart from an order number
    ("klantnummer 100234567", [("CUSTOMER_NUMBER", "100234567")]),
    ("Mijn klantnummers zijn 100234567 en 100234568",
     [("CUSTOMER_NUMBER", "100234567"), ("CUSTOMER_NUMBER", "100234568")]),
    ("kundenummeret mitt er 55123456", [("CUSTOMER_NUMBER", "55123456")]),
    ("номер клиента 55-123", [("CUSTOMER_NUMBER", "55-123")]),
    ("Flying Blue 1234567890", [("CUSTOMER_NUMBER", "1234567890")]),
    ("klantnummer 100234567 en bestelnummer 88120045", [("CUSTOMER_NUMBER", "100234567")]),
    ("order number 88120045", []),
    ("номер заказа 88120045", []),
    # passports, by context
    ("paspoortnummer NXC4R8L21", [("PASSPORT", "NXC4R8L21")]),
    ("паспорт 45 03 123456", [("PASSPORT", "45 03 123456")]),
    ("passnummer FM1234567", [("PASSPORT", "FM1234567")]),
    # flight numbers: real designators, with or without a space or dash
    ("vlucht KL 1234 naar Oslo", [("FLIGHT_NUMBER", "KL 1234")]),
    ("рейс SU-2580", [("FLIGHT_NUMBER", "SU-2580")]),
    ("OK 2 minutes", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_context_decides(found, text, expected) -> None:
    assert found(text) == expected


def test_the_explanation_names_the_context_word(detector) -> None:
    from privacyguard import Message

    [d] = detector.detect([Message(id="1", text="Mijn klantnummers zijn 100234567")])
    assert "context 'klantnummer'" in d.findings[0].explanation


MORE = [
    # a typo in a long context word still counts ("kunednummer")
    ("kunednummer 609.037.307", [("CUSTOMER_NUMBER", "609.037.307")]),
    # one context word for a list of values
    ("брони VLW5GR и NH8HWV", [("BOOKING_REFERENCE", "VLW5GR"), ("BOOKING_REFERENCE", "NH8HWV")]),
    # a context word names the number right after it, not a later one
    ("Fakturanummer 759231635, 944 99 330 er mobilen min",
     [("PHONE_NUMBER", "944 99 330")]),
    # at the same distance the longer term wins: "loyalty card" over "card"
    ("my loyalty card number is 4978251", [("CUSTOMER_NUMBER", "4978251")]),
    # checksummed numbers in any grouping
    ("kortet 2445.2924.1695.2499 blir avvist", [("CREDIT_CARD", "2445.2924.1695.2499")]),
    ("kontonummer 6011-30-29121", [("BANK_ACCOUNT", "6011-30-29121")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more_context_rules(found, text, expected) -> None:
    assert found(text) == expected


def test_a_birth_date_question_counts_for_the_answer(detector) -> None:
    from privacyguard import Message

    conv = [
        Message(id="1", conversation_id="c", text="Kunt u uw geboortedatum doorgeven?"),
        Message(id="2", conversation_id="c", text="12-03-1985"),
    ]
    answer = detector.detect(conv)[1]
    assert [(f.entity_type, f.start, f.end) for f in answer.findings] == [("DATE_OF_BIRTH", 0, 10)]
    assert "earlier message" in answer.findings[0].explanation
    alone = detector.detect([Message(id="2", text="12-03-1985")])[0]
    assert alone.findings == []


# a UK postcode's outward code can look like a designator and digits ("LS98" is Jet2's
# "LS" and 98): followed by an inward code it is a postcode, never a flight
@pytest.mark.parametrize(
    "text",
    [
        "Returns go to PO Box 5123, Leeds LS98 3XT",
        "flight? no, my postcode is LS6 2AB",
        "send it to 4 mill lane, leeds ls6 2ab please, flight details later",
    ],
)
def test_postcode_is_no_flight(found, text) -> None:
    assert "FLIGHT_NUMBER" not in {t for t, _ in found(text, "en")}


@pytest.mark.parametrize(
    ("text", "flight"),
    [("my flight KL1234 9AM tomorrow", "KL1234"), ("flight LS98 to Leeds", "LS98")],
)
def test_flight_before_a_time_stays(found, text, flight) -> None:
    assert ("FLIGHT_NUMBER", flight) in found(text, "en")
