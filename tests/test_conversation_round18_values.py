"""The detector, through the whole conversation (round 18): values that were missed.

- A booking code of another sector than air travel (hotels, rentals, housing, events):
  longer than a PNR, digits first, or in groups joined by "-" or "/" ("QP-4817-LX",
  "H58/20931", "482TK913"), after a word for a booking or as the answer to a booking
  question; not a number plate nor a document number of the year.
- Phone numbers with "00" for the "+" in any region ("0079165550123"), the country code in
  brackets ("(+31) 6 48273915"), on the line under the name of a signature, and spelled
  out with the "+" typed on the first number word ("+three one six ...").
- Values typed in pieces with the words of each language for "the rest" ("verder:",
  "forts.", "и дальше") and a note between ("two ticks", "2 sek").

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hi, a question about my room.\nreservation QP-4817-LX", "QP-4817-LX"),
        ("Goedendag, een vraag over mijn afspraak.\nboekingscode H58/20931", "H58/20931"),
        ("Hei! Et spørsmål om leiebilen.. bookingnummeret er 482TK913", "482TK913"),
        ("здравствуйте.\nкод бронирования 519VR472", "519VR472"),
        ("mijn reservering is 613KD208", "613KD208"),
    ],
)
def test_a_sector_booking_code_after_a_word_for_a_booking(
    detector: Detector, text: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("BOOKING_REFERENCE", value) in out[0], out


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("What's the booking reference?", "m41/30572 thanks", "m41/30572"),
        ("Wat is de boekingscode?", "Z83/66120", "Z83/66120"),
        ("Hva er bestillingsreferansen?", "TB-7702-QS", "TB-7702-QS"),
        ("Продиктуйте код брони.", "R29/84105", "R29/84105"),
    ],
)
def test_a_grouped_code_answers_a_booking_question(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("BOOKING_REFERENCE", value) in out[1], out


def test_a_case_reference_is_no_booking_code(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Saken har fått referanse KS-518204.")])
    assert not any(t == "BOOKING_REFERENCE" for t, _ in out[0]), out


def test_a_number_plate_or_an_invoice_after_a_booking_is_no_booking_code(
    detector: Detector,
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What's the booking reference?"),
            ("customer", "PL-3391-VX"),
            ("agent", "Got it."),
            ("customer", "the car reg is 131-D-40527"),
            ("customer", "the invoice says F2025-11873"),
        ],
    )
    assert ("BOOKING_REFERENCE", "PL-3391-VX") in out[1], out
    assert not any(t == "BOOKING_REFERENCE" for t, _ in out[3] + out[4]), out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("звоните на 0079165550123", "0079165550123"),
        ("Naam: Fenna Wolters\nTel: (+31) 6 48273915", "(+31) 6 48273915"),
    ],
)
def test_international_prefixes_as_people_type_them(
    detector: Detector, text: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("PHONE_NUMBER", value) in out[0], out


def test_the_number_under_the_name_of_a_signature(detector: Detector) -> None:
    text = "hei, et spørsmål om avtalen.\nring meg på 004798765432\n\nMvh\nEirik Sande\n34 61 20 87"
    out = talk_spans(detector, [("agent", "Velkommen!"), ("customer", text)])
    assert ("PHONE_NUMBER", "34 61 20 87") in out[1], out
    assert ("PHONE_NUMBER", "004798765432") in out[1], out
    # the signature is no record of a list: the first line holds no name
    assert [v for t, v in out[1] if t == "PERSON"] == ["Eirik Sande"], out


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "What's the best number to reach you on?",
            "+three one six one two three four five six seven eight",
        ),
        ("Какой номер дать курьеру?", "+семь девять один шесть 5 5 5 ноль один два три"),
    ],
)
def test_a_spelled_out_number_with_its_plus_typed_on_it(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("PHONE_NUMBER", answer) in out[1], out


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        ("Welk telefoonnummer mag de bezorger bellen?", ["06.48", "verder: 273915"]),
        ("Hvilket nummer kan vi nå deg på?", ["+4791", "forts. 234567"]),
        ("По какому номеру с вами связаться?", ["007916", "и дальше 5550123"]),
    ],
)
def test_a_phone_number_in_two_pieces_with_the_words_for_the_rest(
    detector: Detector, question: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question), *(("customer", p) for p in pieces)])
    assert [t for t, _ in out[1]] == ["PHONE_NUMBER"], out
    assert [t for t, _ in out[2]] == ["PHONE_NUMBER"], out


@pytest.mark.parametrize(
    ("question", "first", "note", "rest"),
    [
        (
            "Can you read me the card number?",
            "45567375...",
            "two ticks, grabbing my wallet",
            "cont. 86899855",
        ),
        ("Hvilket kort vil du belaste?", "5100-7361-2049...", "2 sek", "forts. 5582"),
        ("Номер банковской карты, пожалуйста.", "45567375", "одну минуту", "и дальше 86899855"),
    ],
)
def test_a_card_in_two_pieces_around_a_note(
    detector: Detector, question: str, first: str, note: str, rest: str
) -> None:
    turns = [("agent", question), ("customer", first), ("customer", note), ("customer", rest)]
    out = talk_spans(detector, turns)
    assert [t for t, _ in out[1]] == ["CREDIT_CARD"], out
    assert out[2] == [], out
    assert [t for t, _ in out[3]] == ["CREDIT_CARD"], out


def test_an_account_number_in_pieces_with_dots(detector: Detector) -> None:
    turns = [
        ("agent", "Hvilket kontonummer skal pengene til?"),
        ("customer", "2718"),
        ("customer", "sekund, må finne det"),
        ("customer", "og resten: 61.30524"),
    ]
    out = talk_spans(detector, turns)
    assert out[1] == [("BANK_ACCOUNT", "2718")], out
    assert out[3] == [("BANK_ACCOUNT", "61.30524")], out


def test_a_dotted_date_after_a_piece_stays_a_date(detector: Detector) -> None:
    turns = [
        ("agent", "Hvilket kontonummer skal pengene til?"),
        ("customer", "2718"),
        ("customer", "og 12.05.2026 reiser vi"),
    ]
    out = talk_spans(detector, turns)
    assert not any(t == "BANK_ACCOUNT" for t, _ in out[2]), out


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Wat is uw reserveringsnummer?", "RES-5512-08", "RES-5512-08"),
        ("Hva er bookingnummeret?", "hk/2291/77", "hk/2291/77"),
    ],
)
def test_the_answer_to_a_booking_question_whatever_its_shape(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("BOOKING_REFERENCE", value) in out[1], out


@pytest.mark.parametrize("answer", ["15.05.2026", "149.95", "19.20"])
def test_a_date_a_price_or_a_time_answers_no_booking_question(
    detector: Detector, answer: str
) -> None:
    out = talk_spans(detector, [("agent", "What's your booking number?"), ("customer", answer)])
    assert not any(t == "BOOKING_REFERENCE" for t, _ in out[1]), out


def test_kind_regards_is_no_typo_of_rewards(detector: Detector) -> None:
    text = "hi, about my stay.\n\nKind regards,\nMaya Holt\nHTL-2291-04"
    out = talk_spans(detector, [("agent", "Welcome!"), ("customer", text)])
    assert not any(t == "CUSTOMER_NUMBER" for t, _ in out[1]), out


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which model is it? There's a code on the label.", "KDX4410-7"),
        ("Hvilken modell er det? Det står en kode på lappen.", "TR-2218/PX"),
    ],
)
def test_a_model_code_answers_no_booking_question(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert out[1] == [], out


def test_an_aircraft_type_is_no_booking_code(detector: Detector) -> None:
    turns = [
        ("agent", "What's the booking reference?"),
        ("customer", "PNR KT4W2Q! is there wifi on the Boeing 787-900ER?"),
    ]
    out = talk_spans(detector, turns)
    assert ("BOOKING_REFERENCE", "KT4W2Q") in out[1], out
    assert not any(v == "787-900ER" for _, v in out[1]), out


def test_a_code_after_the_booking_code_was_given_is_no_booking_code(detector: Detector) -> None:
    turns = [
        ("agent", "Heb je de boekingscode bij de hand?"),
        ("customer", "even kijken.. QX7T4M"),
        ("customer", "op de doos staat KL-731-26"),
    ]
    out = talk_spans(detector, turns)
    assert ("BOOKING_REFERENCE", "QX7T4M") in out[1], out
    assert not any(t == "BOOKING_REFERENCE" for t, _ in out[2]), out
