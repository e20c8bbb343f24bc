"""The detector, through the whole conversation (round 15, issue 13): disguised values in
Russian, numbers joined by unusual marks, addresses without a cue.

- The Russian spellings of "@", "." ("собака", "точка", "тчк", "подчёркивание", ...) are
  also read as Russians type them in Latin letters ("sobaka", "tochka", "to4ka", "tchk"),
  alone or mixed with Cyrillic ones ("larisa точка kalinina sobaka list точка ru").
- A number's digit groups joined by "_" (three groups or more: "+7_919_159_8260",
  "871_203_694", full-width "９６９_２６３_３１５") or "/" (four or more: a card's
  "4929/1122/3344/5561"; three are a date) are read as groups typed apart.

Every person and number here is synthetic (cards Luhn-valid).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "email",
    [
        "oleg1985 sobaka mail tochka ru",
        "oleg1985 sobaka yandex to4ka ru",
        "a tochka petrova sobaka inbox tochka ru",
        "petrova точка anna sobaka gmail точка com",
        "oleg1985 собачка list tochka ru",
        "oleg1985 sobachka bk tchk ru",
    ],
)
def test_russian_spellings_of_at_and_dot_in_latin_letters(detector: Detector, email: str) -> None:
    out = talk_spans(
        detector,
        [("agent", "Какой у вас адрес электронной почты?"), ("customer", f"pishite: {email}")],
    )
    assert ("EMAIL_ADDRESS", email) in out[1], out


def test_no_email_of_a_russian_sentence_in_latin_letters(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("customer", "u menya sobaka doma, tochka. zavtra pozvonyu")],
    )
    assert not any(t == "EMAIL_ADDRESS" for t, _ in out[0]), out


@pytest.mark.parametrize(
    ("asked", "said", "kind"),
    [
        ("Номер телефона для курьера?", "+7_916_204_3318", "PHONE_NUMBER"),
        ("Номер телефона для курьера?", "+7_\u200b916\u200d_204_3318", "PHONE_NUMBER"),
        ("could you give me your customer number?", "562_118_407", "CUSTOMER_NUMBER"),
        ("Ваш номер клиента?", "５６２_１１８_４０７", "CUSTOMER_NUMBER"),
        (
            "Hvilket kort betalte du med? Jeg trenger hele kortnummeret",
            "4929/1122/3344/5561",
            "CREDIT_CARD",
        ),
        (
            "Hvilket kort betalte du med? Jeg trenger hele kortnummeret",
            "4\u200c929/\ufeff1122/3344\u200b/5561",
            "CREDIT_CARD",
        ),
    ],
)
def test_digit_groups_joined_by_underscores_or_slashes(
    detector: Detector, asked: str, said: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert (kind, said) in out[1], out


def test_a_date_with_slashes_stays_a_date(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "What is your date of birth?"), ("customer", "14/03/1987")]
    )
    assert ("DATE_OF_BIRTH", "14/03/1987") in out[1], out


def test_an_identifier_with_underscores_is_no_number(detector: Detector) -> None:
    out = talk_spans(detector, [("customer", "the file is export_2024_11_03.csv, see attached")])
    assert not any(t in {"PHONE_NUMBER", "CUSTOMER_NUMBER"} for t, _ in out[0]), out


# addresses without a cue (rules/locations.yaml)


@pytest.mark.parametrize(
    ("said", "address"),
    [
        # Dutch, lower case: a house number's addition ("-1hg", " iii", " hs", "-bis"), the
        # town after "te", a street ending in "weide", "akker", "kamp" ...
        ("afgeleverd op lindeweide 14-1hg te zwolle, bij de buren", "lindeweide 14-1hg te zwolle"),
        ("het is beukenakker 7 te breda toch?", "beukenakker 7 te breda"),
        ("naar esdoornlaan 31 iii\n6821 ab arnhem graag", "esdoornlaan 31 iii\n6821 ab arnhem"),
        ("oud adres: molenstraat 88 hs\n3511 ke utrecht", "molenstraat 88 hs\n3511 ke utrecht"),
        ("Wilgenweide 12-bis, 7411 AB Deventer", "Wilgenweide 12-bis, 7411 AB Deventer"),
        # a word and its articles before the street's name
        (
            "we woonden op Achter de Molen 5-2hg 1811 KH Alkmaar",
            "Achter de Molen 5-2hg 1811 KH Alkmaar",
        ),
        # English, lower case: "row", "hill", "mews" ... as in the house-name pattern
        ("it's 14a tanners row bath ba1 2ab", "14a tanners row bath ba1 2ab"),
        ("flat 3, 27 mill hill\nyork\nyo1 7hh", "flat 3, 27 mill hill\nyork\nyo1 7hh"),
        # a town before the postcode, not the postcode's first half as the town's word
        ("send it to 8 Mill Hill, Bath BA1 2AB please", "8 Mill Hill, Bath BA1 2AB"),
        # Russian in Latin letters
        ("g. Tula, ul. sovetskaya 41-17", "g. Tula, ul. sovetskaya 41-17"),
        ("zhivu g. omsk, pr. mira 12/3, kv. 40", "g. omsk, pr. mira 12/3, kv. 40"),
    ],
)
def test_addresses_without_a_cue(detector: Detector, said: str, address: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert ("LOCATION", address) in out[0], out


@pytest.mark.parametrize(
    "said",
    [
        "we pay 12 per month for 30 days",
        "the pr. version 2 is out",
        "zij kamp 12 dagen op de camping",
    ],
)
def test_no_address_of_ordinary_words(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert not any(t == "LOCATION" for t, _ in out[0]), out


def test_no_street_of_a_surname_in_a_list(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Naam, geboortedatum en paspoortnummer van iedereen graag"),
            ("customer", "Annelies Hofstede 8 juli 2001 NLFXLMB04\nJelle Haverkamp 19-11-1975"),
        ],
    )
    assert not any(t == "LOCATION" for t, _ in out[1]), out


# addresses asked for and typed over two messages (conversation/pieces.py)


@pytest.mark.parametrize(
    ("asked", "first", "second", "first_span", "second_span"),
    [
        # the postcode first, then the address without one
        (
            "куда доставить?",
            "630099",
            "г. омск, ул. советская, 12-7",
            "630099",
            "г. омск, ул. советская, 12-7",
        ),
        # the town first; the second message says it was sent too early
        (
            "Куда отправить?",
            "томск",
            "ул. садовая 41 кв 9 сорри, рано отправил",
            "томск",
            "ул. садовая 41 кв 9",
        ),
        # "sorry hit send": a remark of a message sent too early, not the address's
        (
            "Where do you want the engineer to come?",
            "holly cottage",
            "mill lane, keswick ca12 5aa sorry hit send",
            "holly cottage",
            "mill lane, keswick ca12 5aa",
        ),
    ],
)
def test_an_address_in_two_messages(
    detector: Detector, asked: str, first: str, second: str, first_span: str, second_span: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert ("LOCATION", first_span) in out[1], out
    assert ("LOCATION", second_span) in out[2], out


def test_lower_case_cyrillic_small_capitals_in_a_code(detector: Detector) -> None:
    # "т", "м" look like small capitals "t", "m" in a code of Latin letters and digits
    out = talk_spans(detector, [("agent", "Wat is uw paspoortnummer?"), ("customer", "nrkvpт83м")])
    assert ("PASSPORT", "nrkvpт83м") in out[1], out


@pytest.mark.parametrize(
    "said",
    ["gb82.west.1234.5698.7654.32", "NL91.ABNA.0417.1643.00"],
)
def test_an_iban_with_its_groups_joined_by_dots(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", f"refund to {said} please")])
    assert ("IBAN_CODE", said) in out[0], out


@pytest.mark.parametrize(
    ("said", "kind", "value"),
    [
        ("the server 192.168.10.14 is down", "IP_ADDRESS", "192.168.10.14"),
        ("date of birth 12.03.1987", "DATE_OF_BIRTH", "12.03.1987"),
    ],
)
def test_dotted_numbers_that_are_no_iban_stay(
    detector: Detector, said: str, kind: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", said)])
    assert (kind, value) in out[0], out
