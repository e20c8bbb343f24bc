"""Round 27 (recall): a library card's number asked for is a customer number; "Инна" is no
"ИНН" (a context word of three letters is a whole word); a name on the line above an
address answer is a PERSON; a person's second number in a record, after the passport's, is
no second passport; a relative's name in lower case after the word for the relative; a
name of two words before a word that is no name; "rest is @gmail.com" keeps "is" out of the
address. Every person and number here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import answer_spans, talk


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("What's your library card number?", "L-780626", "L-780626"),
        ("Could you list the library card numbers?", "ok: M-445356 / 6059223451", "M-445356"),
        ("Kunt u het pasnummer doorgeven?", "uh L-184852 denk ik", "L-184852"),
        ("Mag ik je pasnummer?", "AF 540846", "AF 540846"),
        ("Kan du gi meg lånekortnummeret?", "0076430 tror jeg", "0076430"),
        ("Подскажите номер читательского билета?", "0015254 кажется", "0015254"),
    ],
)
def test_a_library_card_number_is_a_customer_number(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    assert ("CUSTOMER_NUMBER", value) in answer_spans(detector, question, answer)


def test_a_library_card_mentioned_with_a_date_gives_no_number(detector: Detector) -> None:
    found = answer_spans(detector, "Hva kan jeg hjelpe med?", "lånekortet mitt gikk ut 6.12.2026")
    assert not [v for t, v in found if t == "CUSTOMER_NUMBER"]


def test_a_phone_after_the_name_inna_is_found(detector: Detector) -> None:
    # "инна" is no "ИНН": the tax number's word is a whole word only
    found = answer_spans(
        detector,
        "Кому звонить, если не дозвонимся до вас?",
        "так:\nинна карпова +7 967 741-35-35\nмаргарита воронцова 8 (902) 329-38-69",
    )
    assert ("PHONE_NUMBER", "+7 967 741-35-35") in found
    assert ("PHONE_NUMBER", "8 (902) 329-38-69") in found
    assert ("PERSON", "инна карпова") in found


@pytest.mark.parametrize(
    ("question", "answer", "name", "address"),
    [
        (
            "Where should we send it?",
            "Callum Fairbrother\n79a clifton terrace, harrogate",
            "Callum Fairbrother",
            "79a clifton terrace, harrogate",
        ),
        (
            "Waar mogen we het naartoe sturen?",
            "Roos van Beek\nwilhelminastraat 141 hs\n1811 bd alkmaar",
            "Roos van Beek",
            "wilhelminastraat 141 hs\n1811 bd alkmaar",
        ),
        (
            "Hva er den nye adressen?",
            "torstein tangen\nbakkeveien 147\n6413 molde",
            "torstein tangen",
            "bakkeveien 147\n6413 molde",
        ),
        (
            "Ваш новый адрес?",
            "Крылова Лариса\nул. лермонтова, д.16, корп. 2, кв.154, ярославль",
            "Крылова Лариса",
            "ул. лермонтова, д.16, корп. 2, кв.154, ярославль",
        ),
    ],
)
def test_the_name_above_an_address_answer_is_a_person(
    detector: Detector, question: str, answer: str, name: str, address: str
) -> None:
    found = answer_spans(detector, question, answer)
    assert ("PERSON", name) in found
    assert ("LOCATION", address) in found


def test_a_house_name_above_an_address_stays_part_of_it(detector: Detector) -> None:
    found = answer_spans(
        detector, "Where should we send it?", "Rose Cottage\n12 mill lane, harrogate"
    )
    assert found == [("LOCATION", "Rose Cottage\n12 mill lane, harrogate")]


@pytest.mark.parametrize(
    ("question", "answer", "passport", "number"),
    [
        (
            "Can I have the names, dates of birth and passport numbers of everyone travelling?",
            "Details below Bethany Wainwright, 10 April 2010, 614977329, SK 21009361",
            "614977329",
            "SK 21009361",
        ),
        (
            "Kan jeg få navn, fødselsdato og passnummer på alle som reiser?",
            "Anders Kvamme, 5.5.1948, FJ4474785; Sunniva Lie, 14. april 1958, fm0018637, 72646444",
            "FJ4474785",
            "72646444",
        ),
    ],
)
def test_a_second_number_after_the_passport_is_a_customer_number(
    detector: Detector, question: str, answer: str, passport: str, number: str
) -> None:
    found = answer_spans(detector, question, answer)
    assert ("PASSPORT", passport) in found
    assert ("CUSTOMER_NUMBER", number) in found


def test_a_column_of_passports_after_the_names_stays_passports(detector: Detector) -> None:
    found = answer_spans(
        detector,
        "Перечислите всех по брони: имя, дата рождения, паспорт.",
        "вот: Титов Тимофей Павлович, Дарья Титова // 27.10.74, 21/07/58\n705118350, 75 4669095",
    )
    assert not [v for t, v in found if t == "CUSTOMER_NUMBER"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("it's for my partner, fraser penhaligon", "fraser penhaligon"),
        ("het is voor mijn partner, hidde prins", "hidde prins"),
        ("det gjelder samboeren min, trond nilsen", "trond nilsen"),
        ("this is rosalind quinlan danke", "rosalind quinlan"),
        ("dette er randi vik nice, takk", "randi vik"),
    ],
)
def test_a_lower_case_name_after_a_relative_or_an_introduction(
    detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in answer_spans(detector, "Hello, how can I help?", text)


@pytest.mark.parametrize(
    "text",
    [
        "my partner will call later",
        "het is voor mijn zoon, hij is ziek",
        "my colleague from accounts",
    ],
)
def test_no_name_after_a_relative_without_one(detector: Detector, text: str) -> None:
    assert not answer_spans(detector, "Hello, how can I help?", text)


def test_the_domain_after_a_word_is_the_second_half_of_an_address(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "What email should we use?"),
            ("customer", "lucy.hart"),
            ("customer", "rest is @gmail.com"),
        ],
    )
    text = out[2].message.text
    assert [(f.entity_type, text[f.start : f.end]) for f in out[2].findings] == [
        ("EMAIL_ADDRESS", "@gmail.com")
    ]


@pytest.mark.parametrize(
    ("question", "answer", "values"),
    [
        (
            "Hvilke kontoer skal stå på avtalen? Send alle.",
            "mannen min: NL-1269160\nbarnas sparekonto: WL5379815523",
            ["NL-1269160", "WL5379815523"],
        ),
        (
            "Kunt u de rekeningen van het huishouden opsommen?",
            "kids: 928693; van mijn vrouw: G251353686",
            ["928693", "G251353686"],
        ),
        (
            "Перечислите, пожалуйста, счета семьи.",
            "жены: 740247766\nмой: 167451644",
            ["740247766", "167451644"],
        ),
    ],
)
def test_the_accounts_of_a_household_listed_are_customer_numbers(
    detector: Detector, question: str, answer: str, values: list[str]
) -> None:
    found = answer_spans(detector, question, answer)
    for value in values:
        assert ("CUSTOMER_NUMBER", value) in found


def test_the_accounts_of_a_household_may_be_ibans(detector: Detector) -> None:
    # synthetic, checksum-valid Norwegian IBAN
    found = answer_spans(
        detector, "Kan du liste opp kontoene i husstanden?", "kona sin: NO9386011117947"
    )
    assert found == [("IBAN_CODE", "NO9386011117947")]


def test_a_product_number_after_the_accounts_is_no_customer_number(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Перечислите, пожалуйста, счета семьи."),
            ("customer", "жены: 975146\nмужа: P7421568756"),
            ("customer", "речь про товар X686-101"),
        ],
    )
    assert not out[2].findings


def test_the_customer_thanked_by_name_in_a_norwegian_sign_off(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Er det noe mer jeg kan hjelpe med?"),
            ("customer", "nei, det var alt"),
            ("agent", "Takk for praten, Ola. Ha en fin dag!"),
        ],
    )
    text = out[2].message.text
    assert [(f.entity_type, text[f.start : f.end]) for f in out[2].findings] == [("PERSON", "Ola")]


@pytest.mark.parametrize(
    "question",
    [
        "Send navn og medlemsnummer for alle på bestillingen.",
        "Stuur de naam, geboortedatum en lidnummer van iedereen op de boeking.",
        "Пришлите, пожалуйста, фамилию и имя, дату рождения и номер абонемента всех участников.",
    ],
)
def test_a_member_number_asked_of_everyone_is_no_passport(
    detector: Detector, question: str
) -> None:
    found = answer_spans(detector, question, "Liv Kvamme, 24.05.2008, GYM3398581")
    assert ("CUSTOMER_NUMBER", "GYM3398581") in found


def test_a_passport_asked_beside_the_member_number_stays_a_passport(detector: Detector) -> None:
    found = answer_spans(
        detector,
        "Send fullt navn, fødselsdato, passnummer og medlemsnummer for alle på bestillingen.",
        "Liv Kvamme, 24.05.2008, GYM3398581",
    )
    assert ("PASSPORT", "GYM3398581") in found
