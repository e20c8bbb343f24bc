"""Booking references beyond the airline's six characters: hotels, car hire and ferries give
codes of seven to ten letters and digits, sometimes with one hyphen ("T161AX44", "VLZ-3543").
As the whole answer to a booking question they are booking references; a code of the same
length without a digit, an order number given with its own cue, or a long code with no
booking question before it is not.

Every code here is made up for the test.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import spans, talk

LONG_CODES = [
    ("en", "Do you have the confirmation code to hand?", "T161AX44"),
    ("en", "What's your reservation number?", "vlz-3543"),
    ("nl", "Mag ik het reserveringsnummer?", "UM820600"),
    ("nb", "Kan jeg få bookingnummeret ditt?", "TQF-4583"),
    ("ru", "Назовите номер бронирования, пожалуйста.", "K502ES62"),
]


@pytest.mark.parametrize(("lang", "question", "code"), LONG_CODES)
def test_a_long_code_answers_a_booking_question(
    detector: Detector, lang: str, question: str, code: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", code)])
    assert spans(out[-1]) == [("BOOKING_REFERENCE", code)]


@pytest.mark.parametrize(
    "answer",
    ["WEEKENDS", "12345678", "T161AX44B2C", "my order is AB-123456"],
)
def test_no_booking_reference_without_the_shape_or_with_another_cue(
    detector: Detector, answer: str
) -> None:
    out = talk(detector, [("agent", "What's your reservation number?"), ("customer", answer)])
    assert "BOOKING_REFERENCE" not in {t for t, _ in spans(out[-1])}


def test_a_long_code_without_a_booking_question_is_not_a_booking_reference(
    detector: Detector,
) -> None:
    out = talk(detector, [("agent", "How can I help?"), ("customer", "T161AX44")])
    assert spans(out[-1]) == []


# a short lead-in before the value: hesitations, "got it -", a correction's words
LEAD_INS = [
    ("en", "and the reservation number?", "um ok EA596662", "EA596662"),
    ("en", "What's the code on your confirmation?", "ah got it - FL766341", "FL766341"),
    ("nl", "Welke code staat er op je bevestiging?", "ja hoor, rb545535", "rb545535"),
    ("ru", "Какой код указан в подтверждении?", "эм, v690nn93", "v690nn93"),
    ("nb", "Kan jeg få bookingnummeret ditt?", "øh MY721343", "MY721343"),
]


@pytest.mark.parametrize(("lang", "question", "answer", "code"), LEAD_INS)
def test_a_code_after_a_short_lead_in_answers_the_question(
    detector: Detector, lang: str, question: str, answer: str, code: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert spans(out[-1]) == [("BOOKING_REFERENCE", code)]


@pytest.mark.parametrize(
    ("first", "correction", "code"),
    [("VLZ-3543", "sorry typo: VLZ-3541", "VLZ-3541"), ("MY721343", "*MY721349", "MY721349"),
     ("KHV-9716", "не так, правильно KHV-9786", "KHV-9786")],
)  # fmt: skip
def test_a_corrected_long_code_is_found_again(
    detector: Detector, first: str, correction: str, code: str
) -> None:
    turns = [("agent", "Your reservation number, please?"), ("customer", first),
             ("customer", correction)]  # fmt: skip
    out = talk(detector, turns)
    assert spans(out[-1]) == [("BOOKING_REFERENCE", code)]


def test_three_words_before_a_code_must_name_it(detector: Detector) -> None:
    """Three words with no mark before the value: only when they name what is asked."""
    asked = ("agent", "какой у вас код брони?")
    out = talk(detector, [asked, ("customer", "на коробке написано PX6754C")])
    assert spans(out[-1]) == []
    out = talk(detector, [asked, ("customer", "код брони такой PX6754C")])
    assert spans(out[-1]) == [("BOOKING_REFERENCE", "PX6754C")]


def test_an_amount_after_an_address_is_no_second_address_line(detector: Detector) -> None:
    turns = [("agent", "Og den forrige adressen?"),
             ("customer", "øh bekkestien 58 1606 fredrikstad"),
             ("customer", "totalt ble det 1520 kr")]  # fmt: skip
    out = talk(detector, turns)
    assert spans(out[1]) == [("LOCATION", "bekkestien 58 1606 fredrikstad")]
    assert spans(out[2]) == []


# a question for an article is no question for personal data; its answer holds none
ITEMS = [
    ("en", "Which item is it?", "art. 432490"),
    ("en", "Which item is it?", "GE-570-24"),
    ("nl", "Welk artikel is het?", "DC-893-11"),
    ("nb", "Hvilken vare gjelder det?", "1898-364"),
    ("ru", "Какой товар?", "ED-452-86"),
]


@pytest.mark.parametrize(("lang", "question", "answer"), ITEMS)
def test_the_answer_to_a_question_for_an_item_is_no_personal_data(
    detector: Detector, lang: str, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", "Hi, how can I help?"), ("customer", "my membership"),
                          ("agent", question), ("customer", answer)])  # fmt: skip
    assert spans(out[-1]) == []


def test_after_the_answer_to_such_a_question_personal_data_counts_again(
    detector: Detector,
) -> None:
    """Only the answer itself is taken for no personal data: the next message may give
    an e-mail address found with the conversation's help."""
    turns = [("agent", "What is the order number?"), ("customer", "ORD-23793153"),
             ("customer", "email me at nia.mcallister@example.com")]  # fmt: skip
    out = talk(detector, turns)
    assert spans(out[-1]) == [("EMAIL_ADDRESS", "nia.mcallister@example.com")]


# a birth date whose century is an apostrophe ("27-7-'13", "16 mei '10"), in a list
@pytest.mark.parametrize(
    ("question", "answer", "dates"),
    [("Wat zijn de geboortedata van alle reizigers?",
      "Daan Kok 27-7-'13, Marloes Kok 16 mei '10", ["27-7-'13", "16 mei '10"]),
     ("Dates of birth of everyone travelling?", "Evie 9-12-’70 and Jack 3 March '42",
      ["9-12-’70", "3 March '42"])],
)  # fmt: skip
def test_a_birth_date_with_an_elided_century(
    detector: Detector, question: str, answer: str, dates: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    found = [v for t, v in spans(out[-1]) if t == "DATE_OF_BIRTH"]
    assert found == dates


def test_a_hold_word_before_a_value_does_not_make_it_a_hold_turn(detector: Detector) -> None:
    turns = [("agent", "Kan jeg få bookingnummeret ditt?"), ("customer", "X282MA83"),
             ("customer", "nei vent, X288MA83")]  # fmt: skip
    out = talk(detector, turns)
    assert spans(out[-1]) == [("BOOKING_REFERENCE", "X288MA83")]
    out = talk(detector, [turns[0], ("customer", "vent litt")])
    assert spans(out[-1]) == []


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [("7406 95 08211", "nei vent, 7406 95 08271"), ("3467.28.07174", "feil, det er 3467.28.02174")],
)
def test_a_mistyped_account_number_and_its_correction(
    detector: Detector, typed: str, corrected: str
) -> None:
    out = talk(detector, [("agent", "Hvilken konto skal vi trekke fra?"), ("customer", typed),
                          ("customer", corrected)])  # fmt: skip
    assert spans(out[1]) == [("BANK_ACCOUNT", typed)]
    assert [t for t, _ in spans(out[2])] == ["BANK_ACCOUNT"]


def test_an_account_shape_needs_the_question(detector: Detector) -> None:
    out = talk(detector, [("agent", "Hvordan kan jeg hjelpe?"), ("customer", "7406 95 08211")])
    assert ("BANK_ACCOUNT", "7406 95 08211") not in spans(out[-1])


@pytest.mark.parametrize(
    "address",
    ["tollbugt. 51 h0201, 2609 lillehammer", "kongsvn. 146 h0201 6413 molde",
     "fagerliveien 123, bodø"],
)  # fmt: skip
def test_a_norwegian_address_with_a_dwelling_number_or_abbreviated_street(
    detector: Detector, address: str
) -> None:
    out = talk(detector, [("agent", "Hvor skal vi sende det?"), ("customer", address)])
    assert spans(out[-1]) == [("LOCATION", address)]


def test_a_dwelling_number_alone_is_no_address(detector: Detector) -> None:
    out = talk(detector, [("agent", "Hvor skal vi sende det?"), ("customer", "h0201")])
    assert spans(out[-1]) == []


@pytest.mark.parametrize(
    ("question", "answer", "number"),
    [("Which mobile should we text the code to?",
      "plus four four seven five zero four seven eight five seven nine nine",
      "plus four four seven five zero four seven eight five seven nine nine"),
     ("Hvilket mobilnummer kan vi nå deg på?",
      "det er pluss fire syv ni en to tre fire fem seks åtte",
      "pluss fire syv ni en to tre fire fem seks åtte")],
)  # fmt: skip
def test_the_plus_of_a_phone_number_in_words_is_part_of_it(
    detector: Detector, question: str, answer: str, number: str
) -> None:
    """The redaction covers the spoken "plus" too: the offsets map back to it."""
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert spans(out[-1]) == [("PHONE_NUMBER", number)]


def test_plus_inside_a_sentence_is_no_sign(detector: Detector) -> None:
    out = talk(detector, [("agent", "Anything else?"),
                          ("customer", "two adults plus one child please")])  # fmt: skip
    assert spans(out[-1]) == []


@pytest.mark.parametrize(
    ("answer", "value"),
    [("Z Y 6 2 7 3 9 2", "Z Y 6 2 7 3 9 2"), ("sure, it's EQ1\u200c12810", "EQ1\u200c12810"),
     ("SRU\u200d-7113", "SRU\u200d-7113")],
)  # fmt: skip
def test_a_disguised_code_answers_the_question_on_the_typed_characters(
    detector: Detector, answer: str, value: str
) -> None:
    out = talk(detector, [("agent", "What's your confirmation code?"), ("customer", answer)])
    assert spans(out[-1]) == [("BOOKING_REFERENCE", value)]


@pytest.mark.parametrize(
    ("question", "answer", "dates"),
    [("trenger navn og fødselsdato på alle",
      "Guro Tveit, 11/6 1962, og Live Tveit, 3/10 1956", ["11/6 1962", "3/10 1956"]),
     ("Hvem skal være med? Navn og fødselsdato takk.",
      "Brit Rønning\t15.apr.1954\nAnders Rønning\t15.mar.1996", ["15.apr.1954", "15.mar.1996"]),
     ("Wie komen er allemaal mee (naam + geb.datum)?", "Jelle Kok, 23-11-1968", ["23-11-1968"])],
)  # fmt: skip
def test_birth_dates_in_more_forms_and_asked_for_in_short(
    detector: Detector, question: str, answer: str, dates: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert [v for t, v in spans(out[-1]) if t == "DATE_OF_BIRTH"] == dates


def test_a_travel_date_of_the_same_form_is_no_birth_date(detector: Detector) -> None:
    out = talk(detector, [("agent", "Når vil du reise?"), ("customer", "5/7 2026")])
    assert spans(out[-1]) == []
