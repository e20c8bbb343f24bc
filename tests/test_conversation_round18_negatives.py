"""The detector, through the whole conversation (round 18): hard negatives, addresses, dates.

- A value named as a kind of number that is no person's data (a business's registration or
  VAT number, an app's version, an invoice, a number plate, a voucher, a product's code),
  whoever writes it and whatever finds it; the customer's own number stays found.
- The business's return address, named as such ("Returns go to ...", business_contact);
  the agent's read-back of the customer's address, or an address said to be the
  customer's, stays found.
- Addresses: an Australian PO box with its state and postcode, a US state code that is
  also a word, a Belgian street no dictionary tells from a word, a street that is a word
  before its number and a known town, a Russian town and street before the house number.
- Birth dates: a Norwegian two-digit year after a dash ("13.05.-66"), a month's name
  between dashes ("11-jan-1966"), the month first where the day cannot be a month
  ("1/22/71"), a list of travellers ("the second traveller ..."), a Russian cue typed in
  Latin letters.

Every name, number and address here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _types(out: list[list[tuple[str, str]]], k: int) -> set[str]:
    return {t for t, _ in out[k]}


@pytest.mark.parametrize(
    "agent",
    [
        "Just so you know, our company number is 57203318.",
        "(Marlowe Kitchens Ltd, company no. 40718262)",
        "Registered in England No. 61930475.",
        "Onze KvK-nummer is 71520846.",
        "Ter info: Bakkerij Zoet, KvK 83016257.",
        "Vårt org.nr er 913 402 775.",
        "Til info: Fjellbygg AS, org.nr. 925 118 640.",
        "Наш ОГРН 1157746318420.",
    ],
)
def test_a_business_registration_number_is_no_personal_number(
    detector: Detector, agent: str
) -> None:
    out = talk_spans(detector, [("customer", "hei"), ("agent", agent)])
    assert out[1] == [], out


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your membership number?", "app is on version 31.4.207.12 if it matters"),
        ("Wat is uw geboortedatum?", "ik heb de app versie 12.6.31"),
        ("Hva er telefonnummeret ditt?", "appen er versjon 18.3.142.77"),
        ("Какой у вас номер телефона?", "версия приложения 23.5.117.64"),
        ("What's your customer number?", "the invoice says F2026-71234 at the top"),
        ("Wat is uw klantnummer?", "op de factuur staat 9260133487"),
        ("Hva er kundenummeret?", "fakturaen har nummer 1893704152"),
        ("Какой номер договора?", "в счёте указан номер 3410275568"),
        ("What's your booking reference?", "the car reg is 142-D-70315"),
        ("Wat is uw klantnummer?", "kenteken is 7-XKL-204"),
        ("Hva er kundenummeret?", "bilen har skilt EL 57310"),
        ("Какой номер договора?", "промокод SPRING27 не сработал"),
        ("What's your customer number?", "it's the blue one, item code SKU-QT-4180"),
    ],
)
def test_a_version_or_an_invoice_named_so_is_no_answer(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert out[1] == [], out


@pytest.mark.parametrize(
    "text",
    [
        "the invoice number is 4837261950 and my phone is 07700 900412",
        # "btw" is "by the way" as often as the Dutch VAT ("btw-nummer")
        "btw, new mobile: 07700 900412",
    ],
)
def test_the_customers_own_number_stays_found(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert out[0] == [("PHONE_NUMBER", "07700 900412")], out


def test_a_personal_kind_named_nearer_keeps_the_value(detector: Detector) -> None:
    # the receipt is named, but the number is the customer number
    out = talk_spans(detector, [("agent", "Ta med kvitteringen, kundenummer HK-730519.")])
    assert out[0] == [("CUSTOMER_NUMBER", "HK-730519")], out


@pytest.mark.parametrize(
    "agent",
    [
        "Returns go to Unit 7, Heron Business Park, Tralee.",
        "Retourneren kan naar Nijverheidsweg 31, 3771 ME Barneveld.",
        "Retur sendes til Havnegata 11, 6004 Ålesund.",
        "Возврат по адресу ул. Складская, 9, Тверь.",
    ],
)
def test_the_business_return_address_is_no_location(
    detector: Detector, agent: str
) -> None:
    out = talk_spans(detector, [("customer", "where do I send it back to?"), ("agent", agent)])
    assert "LOCATION" not in _types(out, 1), out


@pytest.mark.parametrize(
    "agent",
    [
        # the customer's address read back, in a statement
        "Thanks, we will post it to 19 Tanner Row, Kendal LA9 6PX.",
        # an address said to be the customer's
        "I have 19 Tanner Row, Kendal LA9 6PX as your address.",
    ],
)
def test_the_customers_address_in_the_agents_statement_stays_found(
    detector: Detector, agent: str
) -> None:
    turns = [
        ("agent", "Where should we send it?"),
        ("customer", "19 tanner row, kendal la9 6px"),
        ("agent", agent),
    ]
    out = talk_spans(detector, turns)
    assert "LOCATION" in _types(out, 2), out


@pytest.mark.parametrize(
    "answer",
    [
        "po box 64, bendigo vic 3552",
        "PO Box 208, Bendigo VIC 3552",
        "2210 alder ln apt 4b, salem, or 97301",
        "88 juniper ave, toledo, oh 43604",
        "kouter 41b, 3000 leuven",
        "vismarkt 23, 9000 gent",
        # a street whose name is also a word, its number and a known town
        "Bloemgaard 37 Middelburg",
        # the town and the street before the house number, with marks without their dots
        "г Тамбов ул. Садовая д 17 кв 9",
    ],
)
def test_an_address_given_as_the_answer_is_found_whole(detector: Detector, answer: str) -> None:
    out = talk_spans(detector, [("agent", "Where should we send it?"), ("customer", answer)])
    assert ("LOCATION", answer) in out[1], out


@pytest.mark.parametrize("answer", ["12 items, 2026 total", "the box says 2930-116"])
def test_an_answer_of_numbers_and_words_is_no_address(detector: Detector, answer: str) -> None:
    out = talk_spans(detector, [("agent", "Where should we send it?"), ("customer", answer)])
    assert out[1] == [], out


def test_a_bank_code_inside_an_iban_names_no_business_number(detector: Detector) -> None:
    # "ABNA" (a Dutch bank's code) is no "ABN" (an Australian business number)
    turns = [
        ("agent", "Van welke rekening wil je betalen?"),
        ("customer", "NL4l ABNA 507I 4192 00"),
    ]
    out = talk_spans(detector, turns)
    assert out[1] != [], out


@pytest.mark.parametrize(
    ("question", "answer", "date"),
    [
        ("Hva er fødselsdatoen din?", "21.07.-58", "21.07.-58"),
        ("Hva er fødselsdatoen din?", "født 04.11.-83", "04.11.-83"),
        ("What is your date of birth?", "14-mar-1961", "14-mar-1961"),
        ("For security, when were you born?", "1/27/74", "1/27/74"),
        ("Здравствуйте, чем помочь?", "data rozhdeniya 9 марта 1952 г.", "9 марта 1952 г."),
    ],
)
def test_a_birth_date_in_its_local_form_is_found(
    detector: Detector, question: str, answer: str, date: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("DATE_OF_BIRTH", date) in out[1], out


def test_a_traveller_in_a_list_is_no_travel_date(detector: Detector) -> None:
    turns = [
        ("agent", "Please give me name, date of birth and passport number for each traveller."),
        (
            "customer",
            "Orla Whitcombe, 7/3/1958, PB7710352 and the second traveller "
            "Idris Pennington, 3/11/02, PC4408127",
        ),
    ]
    out = talk_spans(detector, turns)
    assert ("DATE_OF_BIRTH", "7/3/1958") in out[1], out
    assert ("DATE_OF_BIRTH", "3/11/02") in out[1], out
