"""The general mechanisms of issue 13's second round: questions read from a type's
vocabulary (stems next to a word for "number"), answers that doubt themselves, addresses
made of their parts, corrections of part of a value, checksummed values typed in pieces,
separators and look-alikes of disguised values, lists read as records, and the two known
mix-ups (a flight number after a booking question, a map coordinate after a customer-number
question).

Every person and number here is synthetic; checksummed numbers are valid (python-stdnum,
schwifty, phonenumbers).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.context import context_words
from privacyguard.detect.engine import Detector

from .conversation_support import sorted_spans, talk

# --- questions from the type's vocabulary -----------------------------------------------

STEM_QUESTIONS = [
    ("What's the policy holder number?", "CUSTOMER_NUMBER"),
    ("What's the number of your rental contract?", "CUSTOMER_NUMBER"),
    ("Wat is uw polisnummer?", "CUSTOMER_NUMBER"),
    ("Wat is het nummer van uw leveringscontract?", "CUSTOMER_NUMBER"),
    ("Hva er polisenummeret?", "CUSTOMER_NUMBER"),
    ("Kan jeg få kundenr.?", "CUSTOMER_NUMBER"),
    ("Какой номер полиса?", "CUSTOMER_NUMBER"),
    ("Hva står det på ID-kortnummeret ditt?", "PASSPORT"),
    ("Ik heb het nummer van een identiteitsbewijs nodig.", "PASSPORT"),
    ("Have you got the claim reference?", "NOTHING"),
    ("Har du skadenummeret?", "NOTHING"),
    ("Какой номер счёта-фактуры?", "NOTHING"),  # not the bank account of "номер счёта"
    ("Which invoice number is it?", "NOTHING"),
]


@pytest.mark.parametrize(("question", "expect"), STEM_QUESTIONS)
def test_a_question_is_read_from_the_stem_next_to_a_word_for_number(
    detector: Detector, question: str, expect: str
) -> None:
    conv = detector.conversations
    asked = [conv.questions[k][0] for k in conv._questions_in(context_words(question))]
    assert asked == [frozenset({expect})]


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        ("Wat is uw polisnummer?", "K270617", ("CUSTOMER_NUMBER", "K270617")),
        ("Какой номер полиса?", "k244613", ("CUSTOMER_NUMBER", "k244613")),
        ("Hva er polisenummeret?", "P-95996666331", ("CUSTOMER_NUMBER", "P-95996666331")),
        ("What's the policy holder number?", "68810436271", ("CUSTOMER_NUMBER", "68810436271")),
        ("Wie is de hoofdgast?", "NIELS VAN DEN BERG", ("PERSON", "NIELS VAN DEN BERG")),
    ],
)
def test_the_bare_answer_to_a_question_read_from_its_stem(
    detector: Detector, question: str, answer: str, expected: tuple[str, str]
) -> None:
    out = talk(
        detector, [("agent", question), ("customer", "ehh even kijken"), ("customer", answer)]
    )
    assert sorted_spans(out[1]) == []  # a turn that asks for time is no name
    assert sorted_spans(out[2]) == [expected]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Har du skadenummeret?", "S-90069089"),  # a phone number recognizer finds 90069089
        ("Har du ordrenummeret?", "ORD-23793153"),
        ("Какой номер счёта-фактуры?", "118205948"),
        ("Could you read me your account number from the top of the bill?",
         "there's 25265779 on the letter, is that it?"),
        ("Hva er abonnementsnummeret øverst på regningen?",
         "det står 33548397 på brevet, er det det?"),
        ("Какой номер полиса?", "в письме 391224, это оно?"),
    ],
)  # fmt: skip
def test_an_answer_for_something_else_or_in_doubt_is_not_reported(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert sorted_spans(out[1]) == []


def test_a_correction_is_expected_only_until_the_agent_asks_something_else(
    detector: Detector,
) -> None:
    out = talk(
        detector,
        [("agent", "Kan jeg få kundenr.?"), ("customer", "775184"), ("agent", "Flott."),
         ("agent", "Har du skadenummeret?"), ("customer", "972027076")],
    )  # fmt: skip
    assert sorted_spans(out[1]) == [("CUSTOMER_NUMBER", "775184")]
    assert sorted_spans(out[4]) == []


# --- addresses made of their parts ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where is the new SIM going?", "cedar court 64, lancaster"),
        ("Which address is it going to?", "98, la1 1yw"),
        ("Which address is it going to?", "85 abbey walk\nipswich\nip1 2ax"),
        ("Naar welk adres gaat het?", "3811hr 22"),
        ("Naar welk adres gaat het?", "oude gracht 29-2 alkmaar"),
        ("Waar mogen we de fiets afleveren?", "dorpsstraat 75a - breda"),
        ("Hvilken adresse skal det til?", "6002 ålesund, eikelia 75"),
        ("Hvilken adresse skal det til?", "bekkeveien 21 b, 8006"),
        ("Куда привезти велосипед?", "150000 ярославль цветной бульвар 82"),
        ("Куда привезти велосипед?", "казань, ул. пушкина 16к1"),
    ],
)
def test_an_address_answer_made_of_its_parts(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert sorted_spans(out[1]) == [("LOCATION", answer)]


@pytest.mark.parametrize(
    "answer", ["about 20 minutes", "room 12 please", "£12.40 extra", "18.10.1982", "faro"]
)
def test_a_number_with_everyday_words_is_no_address(detector: Detector, answer: str) -> None:
    assert not detector.conversations.address_answer(answer)


# --- corrections and values typed in pieces ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "number", "fix", "digits"),
    [
        ("What number should the courier ring?", "07929 157763", "sorry that last bit is 36", "36"),
        ("Welk nummer kan de bezorger bellen?", "06 33571854", "sorry laatste stuk is 45", "45"),
        ("Hvilket nummer skal budet ringe?", "98 38 71 86", "sorry, siste del er 68", "68"),
        ("На какой номер звонить курьеру?", "+7 986 717-21-30", "ой, последние цифры 31", "31"),
    ],
)
def test_a_correction_of_part_of_a_value_is_that_value(
    detector: Detector, question: str, number: str, fix: str, digits: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", number), ("customer", fix)])
    assert sorted_spans(out[1]) == [("PHONE_NUMBER", number)]
    (f,) = out[2].findings
    assert (f.entity_type, fix[f.start : f.end]) == ("PHONE_NUMBER", digits)


def test_an_iban_typed_in_three_pieces_is_found_in_each_message(detector: Detector) -> None:
    pieces = ["NL91ABNA04", "then 1716", "...4300"]
    out = talk(
        detector,
        [("agent", "Where would you like the refund paid?"), *(("customer", p) for p in pieces)],
    )
    assert [sorted_spans(d) for d in out[1:]] == [
        [("IBAN_CODE", "NL91ABNA04")],
        [("IBAN_CODE", "1716")],
        [("IBAN_CODE", "4300")],
    ]


def test_a_bank_account_in_pieces_with_a_single_capital(detector: Detector) -> None:
    out = talk(
        detector,
        [("agent", "Welk rekeningnummer?"), ("customer", "NL91AB"), ("customer", "en dan N"),
         ("customer", "A0417164300")],
    )  # fmt: skip
    assert [sorted_spans(d) for d in out[1:]] == [
        [("IBAN_CODE", "NL91AB")],
        [("IBAN_CODE", "N")],
        [("IBAN_CODE", "A0417164300")],
    ]


def test_pieces_are_not_joined_over_a_new_question_or_a_value_of_their_own(
    detector: Detector,
) -> None:
    out = talk(
        detector,
        [("agent", "Hva er fødselsnummeret ditt?"), ("customer", "28035318277"),
         ("agent", "Har du ordrenummeret?"), ("customer", "74591910")],
    )  # fmt: skip
    assert sorted_spans(out[3]) == []


# --- disguised values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "canonical"),
    [
        ("en", "iredale full stop niamh @ sign gmail full stop com", "iredale.niamh@gmail.com"),
        ("nl", "HENK(PUNT)WIJNBERG(APENSTAART)XS4ALL(PUNT)NL", "HENK.WIJNBERG@XS4ALL.NL"),
        ("nl", "postma puntje gerrit @-teken kpnmail puntje nl", "postma.gerrit@kpnmail.nl"),
        ("nb", "fossum punktum espen krøll online punktum no", "fossum.espen@online.no"),
        ("ru", "komarov тчк stepan собака gmail тчк com", "komarov.stepan@gmail.com"),
        ("nb", "7.7.5.1.8.4", "775184"),
        ("ru", "P - 2 0 1 0 5 4 4 0 9 0 7", "P20105440907"),
        ("nl", "N-V-L-W-A-H-3-V-7", "NVLWAH3V7"),
        ("nb", "4O 6l Ol 39", "40 61 01 39"),
        ("en", "O7524 8O3O86", "07524 803086"),
    ],
)
def test_a_disguised_value_reads_canonically(
    detector: Detector, lang: str, text: str, canonical: str
) -> None:
    norm = detector.normaliser.normalise(text, lang, context_words(text))
    assert norm is not None and norm.text == canonical
    assert norm.original(0, len(norm.text)) == (0, len(text))  # offsets back to the typed text


@pytest.mark.parametrize(
    "text", ["it's 55120987", "meet at 5 pm in the lobby", "10.0.0.1 and 1.2.3"]
)
def test_ordinary_text_is_not_normalised(detector: Detector, text: str) -> None:
    assert detector.normaliser.normalise(text, "en", context_words(text)) is None


def test_a_spelled_out_email_in_brackets_is_redacted_exactly(detector: Detector) -> None:
    text = "ok: HENK(PUNT)WIJNBERG(APENSTAART)XS4ALL(PUNT)NL thanks"
    out = talk(detector, [("agent", "Naar welk mailadres?"), ("customer", text)])
    email = "HENK(PUNT)WIJNBERG(APENSTAART)XS4ALL(PUNT)NL"
    assert sorted_spans(out[1]) == [("EMAIL_ADDRESS", email)]


# --- lists read as records -------------------------------------------------------------


def test_records_separated_by_spaces_only(detector: Detector) -> None:
    text = (
        "Rhys Garside 18/04/2007 866261879, Sophie Haworth 16.9.1950 529770221\n"
        "plus Owen Pritchard – December 12, 2014 754477461"
    )
    out = talk(
        detector,
        [("agent", "Who's staying? First and last names plus dates of birth, please."),
         ("customer", text)],
    )  # fmt: skip
    found = sorted_spans(out[1])
    for passport in ("866261879", "529770221", "754477461"):
        assert ("PASSPORT", passport) in found
    for name in ("Rhys Garside", "Sophie Haworth", "Owen Pritchard"):
        assert ("PERSON", name) in found


def test_numbered_records_with_bullets_and_a_label(detector: Detector) -> None:
    text = (
        "1. Åse Johansen, 16.01.1971, FH6485450\n- Silje Aasen, 14.11.1952, FP0306438\n"
        "barna: - solveig nygård, 10.10.1962, FP4184541"
    )
    out = talk(
        detector,
        [("agent", "Hvem sykler? Navn, fødselsdato og ID-nummer for hver person."),
         ("customer", text)],
    )  # fmt: skip
    found = sorted_spans(out[1])
    for passport in ("FH6485450", "FP0306438", "FP4184541"):
        assert ("PASSPORT", passport) in found
    assert ("PERSON", "solveig nygård") in found
    assert all(value not in ("1", "barna") for _, value in found)


# --- the two known mix-ups -----------------------------------------------------------------


def test_a_flight_number_after_a_booking_question_is_a_flight_number(detector: Detector) -> None:
    out = talk(detector, [("agent", "What is your booking reference?"), ("customer", "KL1234")])
    assert sorted_spans(out[1]) == [("FLIGHT_NUMBER", "KL1234")]
    out = talk(detector, [("agent", "What is your booking reference?"), ("customer", "QK7T2M")])
    assert sorted_spans(out[1]) == [("BOOKING_REFERENCE", "QK7T2M")]


@pytest.mark.parametrize("answer", ["52.3676, 4.9041", "52.3676,4.9041", "52.3676° N, 4.9041° E"])
def test_map_coordinates_after_a_customer_number_question_are_no_customer_number(
    detector: Detector, answer: str
) -> None:
    out = talk(detector, [("agent", "Wat is uw klantnummer?"), ("customer", answer)])
    assert not any(t == "CUSTOMER_NUMBER" for t, _ in sorted_spans(out[1]))


# --- what the mechanisms must leave alone (customers' messages of an ordinary chat) -------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("My address is 43 Hawthorn Crescent, Newcastle", "43 Hawthorn Crescent, Newcastle"),
        ("Strandgata 67, 3678 Kristiansand er riktig adresse.", "Strandgata 67, 3678 Kristiansand"),
        ("Graag bezorgen op Molenweg 5, 7011 PM Haarlem", "Molenweg 5, 7011 PM Haarlem"),
    ],
)
def test_an_address_in_a_sentence_is_not_grown_to_the_sentence(
    detector: Detector, text: str, address: str
) -> None:
    out = talk(detector, [("customer", text)])
    assert all(value in address for t, value in sorted_spans(out[0]) if t == "LOCATION")
    assert not detector.conversations.address_answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Паспортные данные: 4517 982995. номер обращения 804878458.",
        "dag, mijn klantnummer is 1785707286. volgens track & trace 8793543012111 is het bezorgd",
        "Gudrun Lund her, jeg har et spørsmål om regningen.",
    ],
)
def test_one_value_with_its_cue_is_no_list_of_records(detector: Detector, text: str) -> None:
    out = talk(detector, [("customer", text)])
    for reason in (f.explanation for f in out[0].findings):
        assert "list of records" not in reason and "a name's place" not in reason


def test_a_sorry_after_an_email_address_corrects_no_digits(detector: Detector) -> None:
    refund = "Vennligst refunder 221 kr til NO8716452975223 - Beklager, jeg forstår ikke."
    out = talk(
        detector,
        [("customer", "Du kan nå meg på kari.lund@example.no. Takk!"), ("customer", refund)],
    )
    assert ("EMAIL_ADDRESS", "221") not in sorted_spans(out[1])


def test_a_stem_far_from_its_number_word_does_not_hide_another_question(
    detector: Detector,
) -> None:
    conv = detector.conversations
    question = (
        "For verifisering: forsikringstakers fødselsdato? "
        "Jeg trenger nummeret på et ID-dokument, helst pass."
    )
    asked = set().union(
        *(conv.questions[k][0] for k in conv._questions_in(context_words(question)))
    )
    assert {"DATE_OF_BIRTH", "PASSPORT"} <= asked
