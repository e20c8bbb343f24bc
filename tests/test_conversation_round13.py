"""The detector, through the whole conversation (round 13, issue 13): the business's own
lines, numbers said in words, values typed over turns.

- A fixed, freephone or shared-cost number the agent states to no one in particular ("Onze
  internationale servicelijn is +31 20 794 6123.") is the business's line, whatever words
  name it; a mobile, a number in a question, a number next to "your" or one the customer
  gave before stays a finding.
- Numbers said in pairs or hundreds are read as their digits: a tens and a unit word
  written as one ("vierentachtig", "tweeënnegentig"; "syttisju", "fireogtjue"), a round
  number's word before a smaller one ("восемьсот одиннадцать" 811, "девятьсот двадцать
  девять" 929).
- A code read out one capital letter and number at a time, with number words among the
  digits ("N O ni tre åtte seks ...", "S M seven one 5 8 two 7 B"), is read as one code.
- Digits alone in two or three of the customer's messages that only joined make a valid
  phone number ("029" / "20" / "180754") are one phone number, whatever words the question
  used ("Do you have a landline too?", "Wat is je 06?").
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    "said",
    [
        "The international service line is +44 20 7946 0277.",
        "Onze internationale servicelijn is +31 20 794 6123.",
        "Skadeavdelingen i London har nummer +47 22 94 61 23.",
        "Международная линия поддержки: +7 495 794-61-23",
    ],
)
def test_a_line_the_agent_states_to_no_one_is_the_business(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("agent", "Hello, how can I help?"), ("agent", said)])
    assert out[1] == [], out


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("Is your number still 0161 496 0782?", "0161 496 0782"),
        ("Klopt het dat het telefoonnummer nog 020 794 6123 is?", "020 794 6123"),
        ("Stemmer det at telefonnummeret fortsatt er 22 94 61 23?", "22 94 61 23"),
        ("Ваш телефон +7 495 794-61-23, верно?", "+7 495 794-61-23"),
        ("Het nummer is 06 12 34 56 78.", "06 12 34 56 78"),  # a mobile
    ],
)
def test_a_number_asked_about_or_a_mobile_stays(detector: Detector, said: str, number: str) -> None:
    out = talk_spans(detector, [("agent", "Hello, how can I help?"), ("agent", said)])
    assert out[1] == [("PHONE_NUMBER", number)], out


@pytest.mark.parametrize(
    ("asked", "given", "read_back"),
    [
        ("What's your phone number?", "0161 496 0782", "Noted: 0161 496 0782."),
        ("Wat is uw telefoonnummer?", "020 794 6123", "Genoteerd: 020 794 6123."),
        ("Hva er telefonnummeret?", "22 94 61 23", "Notert: 22 94 61 23."),
        ("Ваш номер телефона?", "+7 495 794-61-23", "Записал: +7 495 794-61-23."),
    ],
)
def test_a_number_the_customer_gave_read_back_stays(
    detector: Detector, asked: str, given: str, read_back: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", given), ("agent", read_back)])
    assert out[1] == [("PHONE_NUMBER", given)], out
    assert out[2] == [("PHONE_NUMBER", given)], out


NL_PAIRS = "nul zes, eenendertig, vierenveertig, tweeënvijftig, achtenzestig"
RU_HUNDREDS = "восемь девятьсот шестнадцать триста сорок пять двадцать один ноль семь"
RU_PLUS = "плюс семь четыреста девяносто пять двести тридцать девять ноль пять семнадцать"


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        # a tens and a unit word as one word: Dutch unit-en-tens, Norwegian tens-unit and the
        # older unit-og-tens; Russian hundreds before the tens and units
        ("Wat is uw telefoonnummer?", NL_PAIRS),
        ("Hva er telefonnummeret ditt?", "nittiåtte, tjuefem, syttisju, førtien"),
        ("Hva er telefonnummeret ditt?", "toogtjue, enogførti, tretti, femtisju"),
        ("Ваш номер телефона?", RU_HUNDREDS),
        ("Ваш номер телефона?", RU_PLUS),
    ],
)
def test_a_phone_number_said_in_pairs_and_hundreds(
    detector: Detector, asked: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert out[1] == [("PHONE_NUMBER", said)], out


def test_numbers_in_words_read_as_their_sum() -> None:
    from privacyguard.config.conversation import load_conversation_rules
    from privacyguard.detect.normalise import Normaliser

    n = Normaliser(load_conversation_rules())
    # groups said between commas keep a space between them, as they are typed (round 31)
    said = {
        "nl": ("nul zes, vijfentachtig, nul twee, nul drie, elf", "06 85 02 03 11"),
        "nb": ("syttitre, femtiseks, trettifire, trettiåtte", "73 56 34 38"),
        "ru": ("восемь девятьсот двадцать девять восемьсот пять сорок два двадцать", "89298054220"),
    }
    for lang, (text, digits) in said.items():
        norm = n.normalise(text, lang)
        assert norm is not None and norm.text == digits, (lang, norm)


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        (
            "What's your IBAN?",
            "G B two nine N W B K six 0 one six one three three one nine two six eight one nine",
        ),
        ("Wat is uw IBAN?", "N L drie zes R A B O nul vier een zeven een zes vier drie nul nul"),
        ("Hva er IBAN-nummeret?", "N O ni tre åtte seks null en en en en sju ni fire sju"),
    ],
)
def test_an_iban_read_out_letter_by_letter(detector: Detector, asked: str, said: str) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert out[1] == [("IBAN_CODE", said)], out


def test_a_code_read_out_letter_by_letter_is_one_code() -> None:
    from privacyguard.config.conversation import load_conversation_rules
    from privacyguard.detect.normalise import Normaliser

    n = Normaliser(load_conversation_rules())
    for lang, text, code in [
        ("en", "S M seven one 5 8 two 7 B", "SM715827B"),
        ("en", "my client number is F L nine nine seven four five", "my client number is FL99745"),
        ("nl", "N L 7 vijf T R I O 7 7 zeven", "NL75TRIO777"),
        ("nb", "K T fire to to en ni", "KT42219"),
    ]:
        norm = n.normalise(text, lang)
        assert norm is not None and norm.text == code, (lang, norm)
    assert n.normalise("I said one two three four", "en") is None  # one capital letter


@pytest.mark.parametrize(
    ("asked", "pieces"),
    [
        ("Do you have a landline too?", ["029", "20", "180754"]),
        ("Wat is je 06?", ["06", "123456", "78"]),
        ("Og hjemme?", ["22", "41", "30 57"]),
        ("А домашний есть?", ["8 916", "345", "21 07"]),
    ],
)
def test_digits_that_only_joined_make_a_phone_number(
    detector: Detector, asked: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked)] + [("customer", p) for p in pieces])
    for found, piece in zip(out[1:], pieces, strict=True):
        assert found == [("PHONE_NUMBER", piece)], out


@pytest.mark.parametrize(
    ("asked", "pieces"),
    [
        ("How many bags and how much did they weigh?", ["2", "23", "4"]),
        ("Hoeveel stuks en welke maat?", ["3", "42", "1"]),
    ],
)
def test_digits_that_make_no_phone_number_stay_apart(
    detector: Detector, asked: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked)] + [("customer", p) for p in pieces])
    assert all(found == [] for found in out[1:]), out


@pytest.mark.parametrize(
    "asked",
    [
        "Which card did you pay with? The full number please.",
        "Met welke kaart heeft u betaald? Het volledige nummer graag.",
        "Hvilket kort betalte du med? Hele nummeret.",
        "Продиктуйте номер карты полностью.",
    ],
)
def test_a_mistyped_card_number_answers_the_question_for_the_card(
    detector: Detector, asked: str
) -> None:
    # one digit off a checksum-valid card number: mistyped, the customer's all the same
    out = talk_spans(detector, [("agent", asked), ("customer", "4532015112830367")])
    assert out[1] == [("CREDIT_CARD", "4532015112830367")], out


@pytest.mark.parametrize(
    ("asked", "mismatch"),
    [
        (
            "Could you give me the customer number?",
            "Hmm, that doesn't look right, could you check?",
        ),
        ("Wat is uw klantnummer?", "Dat lijkt niet te kloppen, kunt u het nakijken?"),
        ("Hva er kundenummeret ditt?", "Hm, det ser ikke riktig ut, kan du sjekke?"),
        ("Назовите номер клиента.", "Хм, номер не проходит проверку, проверьте, пожалуйста."),
    ],
)
def test_a_number_that_does_not_check_out_is_asked_for_again(
    detector: Detector, asked: str, mismatch: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", "40917733"), ("agent", mismatch), ("customer", "40917783")],
    )
    assert out[1] == [("CUSTOMER_NUMBER", "40917733")], out
    assert out[3] == [("CUSTOMER_NUMBER", "40917783")], out
