"""The detector, through the whole conversation (round 31, issue 13): a customer's list of
people asked for without a type, one row a person.

- After a question for a group of people and their numbers ("the names and details of the
  whole group", "Welke personen moeten op het account, met hun nummers?", "Kan jeg få navn
  og opplysninger for hele gruppa?", "Какие абонементы объединить?"), each row of the
  customer's list is a person's record: its name is a PERSON (in lower case, a first name
  alone in brackets or before a colon), a date that can be a birth date the birth date, a
  document's series and number ("76 2523541") a passport, a column whose numbers each pass
  a national id's checksum national ids, any other number of six digits or more (in groups,
  dotted, "2021/90035", letters and digits, "713504-X") the customer number.
- Rows that say who the person is without a name ("(mine)", "(ei venninne)") name no one;
  a phone number in a row ("0117 309 1752") is left to the phone recognizers.
- A list of order numbers, prices or times is no list of people; a message that names
  another kind of number ("order") keeps its numbers unreported.

People and numbers here are made up.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import GREETING, talk_spans, values_of


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


#: (language, the agent's question, the customer's list, names, customer numbers)
GROUPS = [
    ("en", "Could you send the names and details of the whole group?",
     "here you are\nPenelope Ashworth, 5521-7730, my husband Crispin Ashworth 318 604 972",
     ["Penelope Ashworth", "Crispin Ashworth"], ["5521-7730", "318 604 972"]),
    ("en", "Which people should be on the account, and their numbers?",
     "sure: Hattie Pemberton (52.614.880), Rufus Pemberton (2022/41873)",
     ["Hattie Pemberton", "Rufus Pemberton"], ["52.614.880", "2022/41873"]),
    ("nl", "Mag ik de namen en gegevens van de hele groep?",
     "1) lieke de bruin / 7720418835\n2. thijs de bruin - 6048213",
     ["lieke de bruin", "thijs de bruin"], ["7720418835", "6048213"]),
    ("nl", "Welke lidmaatschappen wilt u samenvoegen?",
     "1. lieke de bruin: 30927715\n2) K4471902 (thijs)",
     ["lieke de bruin", "thijs"], ["30927715", "K4471902"]),
    ("nb", "Kan jeg få navn og opplysninger for hele gruppa?",
     "klart: - solveig haugland 6612-0374\n- torstein haugland / 5093318",
     ["solveig haugland", "torstein haugland"], ["6612-0374", "5093318"]),
    ("nb", "Hvem skal stå på kontoen, og numrene deres?",
     "det er oss: - solveig haugland 2020/55129\n- torstein haugland TR-448210",
     ["solveig haugland", "torstein haugland"], ["2020/55129", "TR-448210"]),
    ("ru", "Можно имена и данные всей группы?",
     "так, пишу\nАнтон Лаптев, 61.447.208\nЛаптева Инна Сергеевна – 2020/77314",
     ["Антон Лаптев", "Лаптева Инна Сергеевна"], ["61.447.208", "2020/77314"]),
    ("ru", "Какие абонементы объединить?",
     "2018/40556 (я)\nИнна: R5530217\n448102-K (муж)",
     ["Инна"], ["2018/40556", "R5530217"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "asked", "given", "names", "numbers"), GROUPS)
def test_each_row_of_a_group_is_a_person_with_a_number(
    detector: Detector, lang: str, asked: str, given: str, names: list[str], numbers: list[str]
) -> None:
    out = talk_spans(
        detector,
        [("agent", GREETING[lang]), ("customer", "hi"), ("agent", asked), ("customer", given)],
    )
    for name in names:
        assert name in values_of(out, 3, "PERSON"), out[3]
    for number in numbers:
        assert number in values_of(out, 3, "CUSTOMER_NUMBER"), out[3]


#: (language, the agent's question, the list, birth dates, customer numbers)
DATED = [
    ("en", "Could you send the names and details of the whole group?",
     "Oscar Wyndham | 6614-2290 | March 3, 1979\nEdith Wyndham – 2023/18840 – 12/07/1983",
     ["March 3, 1979", "12/07/1983"], ["6614-2290", "2023/18840"]),
    ("nl", "Welke personen moeten op het account, met hun nummers?",
     "Fenna Kuipers / AL-551827 / 4.9.1988 en een vriendin Noor Bakker / B6620718 / 21-3-1990",
     ["4.9.1988", "21-3-1990"], ["AL-551827", "B6620718"]),
    ("nb", "Kan jeg få navn og opplysninger for hele gruppa?",
     "greit, ingrid solberg – 02.05.1971 – KR30917D\nhege moen | 9. mars 1985 | 662013-X",
     ["02.05.1971", "9. mars 1985"], ["KR30917D"]),
    ("ru", "Можно имена и данные всей группы?",
     "Олег Титов – 14.02.1975 – 3318-6620\nИнна Титова – 30.11.1980 – 7740 2215",
     ["14.02.1975", "30.11.1980"], ["3318-6620"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "asked", "given", "dates", "numbers"), DATED)
def test_a_row_gives_the_birth_date_and_the_number(
    detector: Detector, lang: str, asked: str, given: str, dates: list[str], numbers: list[str]
) -> None:
    out = talk_spans(
        detector,
        [("agent", GREETING[lang]), ("customer", "hi"), ("agent", asked), ("customer", given)],
    )
    for when in dates:
        assert when in values_of(out, 3, "DATE_OF_BIRTH"), out[3]
    for number in numbers:
        assert number in values_of(out, 3, "CUSTOMER_NUMBER"), out[3]


def test_a_document_series_and_number_in_a_row_is_a_passport(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["ru"]),
            ("customer", "здравствуйте"),
            ("agent", "Кого добавить в аккаунт и с какими номерами?"),
            ("customer", "Титов Олег Павлович (71 4420853, 512 330 871), "
                         "Инна Титова (73 9902215, 6620-4471)"),
        ],
    )  # fmt: skip
    assert "71 4420853" in values_of(out, 3, "PASSPORT"), out[3]
    assert "73 9902215" in values_of(out, 3, "PASSPORT"), out[3]
    assert "512 330 871" in values_of(out, 3, "CUSTOMER_NUMBER"), out[3]


def test_a_column_of_checksummed_numbers_is_national_ids(detector: Detector) -> None:
    # BSNs that pass the eleven test: 111222333, 123456782
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["nl"]),
            ("customer", "hoi"),
            ("agent", "Mag ik de namen en gegevens van de hele groep?"),
            ("customer", "tuurlijk: Fenna Kuipers (111222333) en Noor Kuipers (123456782)"),
        ],
    )
    assert "111222333" in values_of(out, 3, "NATIONAL_ID"), out[3]
    assert "123456782" in values_of(out, 3, "NATIONAL_ID"), out[3]


@pytest.mark.parametrize(
    ("lang", "asked", "given", "who"),
    [
        ("en", "Who should we contact, and on which numbers?",
         "1. 0117 496 0321 (mine)\n2. 0161 496 0877 (my sister)", "my sister"),
        ("nb", "Hvem skal vi kontakte, og på hvilke numre?",
         "1) +47 466 12 345 (min)\n2. 91 23 45 67 (ei venninne)", "ei venninne"),
    ],
)  # fmt: skip
def test_a_relative_is_no_name_and_a_phone_no_customer_number(
    detector: Detector, lang: str, asked: str, given: str, who: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", GREETING[lang]), ("customer", "hi"), ("agent", asked), ("customer", given)],
    )
    assert who not in values_of(out, 3, "PERSON"), out[3]
    assert not values_of(out, 3, "CUSTOMER_NUMBER"), out[3]


@pytest.mark.parametrize(
    ("lang", "asked", "given"),
    [
        ("en", "Could you send the names and details of the whole group?",
         "the order numbers are 55123987 and 55123988, Penelope Ashworth and Crispin Ashworth"),
        ("nl", "Mag ik de namen en gegevens van de hele groep?",
         "bestelling 4471902, Lieke de Bruin en Thijs de Bruin"),
        ("nb", "Kan jeg få navn og opplysninger for hele gruppa?",
         "ordrenummer 77120345 og 77120346 - Solveig Haugland, Torstein Haugland"),
        ("ru", "Можно имена и данные всей группы?",
         "номер заказа 66120348, Антон Лаптев и Инна Лаптева"),
    ],
)  # fmt: skip
def test_a_list_that_names_another_kind_of_number_keeps_it_unreported(
    detector: Detector, lang: str, asked: str, given: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", GREETING[lang]), ("customer", "hi"), ("agent", asked), ("customer", given)],
    )
    assert not values_of(out, 3, "CUSTOMER_NUMBER"), out[3]


def test_a_list_of_items_with_prices_and_times_is_no_list_of_people(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", GREETING["en"]),
            ("customer", "hi"),
            ("agent", "Which items would you like to return?"),
            ("customer", "1. Desk lamp, £24.99, 14:30\n2. Shelf bracket, £8.50, 15:45"),
        ],
    )
    assert not values_of(out, 3, "CUSTOMER_NUMBER"), out[3]
    assert not values_of(out, 3, "PERSON"), out[3]
