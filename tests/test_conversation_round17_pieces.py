"""The detector, through the whole conversation (round 17): pieces and disguised values.

- Pieces of an IBAN in groups of four joined by dots or dashes, the first piece ending
  with its separator ("NL91.ABNA." / "0417.1643.00", "BE71-0961-" / "2345-6769").
- A card number in two pieces asked for, where the first piece alone looked like a
  customer number ("5555-5555-" / "5555-4444").
- A Belgian rijksregisternummer as printed on the card ("85.07.30-033.28"), check digits
  and all.
- Look-alikes: Cyrillic letters in an IBAN whose check digit is a Cyrillic "О"; a Cyrillic
  "З" for 3 in a short code of Latin letters and digits ("4Зkx7p").
- Spelled letters before a number in words ("K seven one zero two nine four").

Every person and number here is synthetic (valid checksums: python-stdnum, schwifty).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk, talk_spans


@pytest.mark.parametrize(
    ("question", "first", "rest"),
    [
        ("Wat is je rekeningnummer?", "NL91.ABNA.", "0417.1643.00 sorry, te vroeg verstuurd"),
        ("Wat is je IBAN?", "hier: BE71-0961-", "2345-6769"),
        ("What's your IBAN?", "sure NL91-ABNA-", "0417-1643-00"),
    ],
)
def test_iban_pieces_ending_with_their_separator(
    detector: Detector, question: str, first: str, rest: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", first), ("customer", rest)])
    piece = first.split()[-1]
    assert ("IBAN_CODE", piece) in out[1], out
    assert any(t == "IBAN_CODE" for t, _ in out[2]), out


def test_card_pieces_asked_for(detector: Detector) -> None:
    turns = [
        ("agent", "Could I please take your long number on the card?"),
        ("customer", "here: 5555-5555-"),
        ("customer", "5555-4444"),
    ]
    out = talk_spans(detector, turns)
    assert ("CREDIT_CARD", "5555-5555-") in out[1], out
    assert ("CREDIT_CARD", "5555-4444") in out[2], out


def test_belgian_national_number_with_its_check_digits(detector: Detector) -> None:
    question = "Stuur de naam, geboortedatum en rijksregisternummer van iedereen op de boeking."
    answer = "Lotte Peeters 30-07-1985 85.07.30-033.28"
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("NATIONAL_ID", "85.07.30-033.28") in out[1], out


def test_belgian_national_number_needs_its_checksum(detector: Detector) -> None:
    # the recognizer needs the checksum; the whole answer to the question for it (round 20:
    # "rijksregisternummer" asks for the national ID) is a mistyped value, the customer's
    # all the same, found by the conversation's answer shape only
    question = "Wat is je rijksregisternummer?"
    out = talk(detector, [("agent", question), ("customer", "85.07.30-033.29")])
    assert not [f for f in out[1].findings if f.recognizer == "be_rijksregisternummer"]
    assert [(f.entity_type, f.recognizer) for f in out[1].findings] == [
        ("NATIONAL_ID", "conversation")
    ]


def test_iban_with_cyrillic_look_alikes_in_its_check_digits(detector: Detector) -> None:
    text = "my bank details (IBAN) is GB7\u041e NW\u0412K 6016 1310 0000 07"
    out = talk_spans(detector, [("customer", text)])
    assert ("IBAN_CODE", "GB7\u041e NW\u0412K 6016 1310 0000 07") in out[0], out


def test_a_cyrillic_three_in_a_short_code(detector: Detector) -> None:
    code = "4\u0417kx7p"
    out = talk_spans(detector, [("customer", f"her er reservasjonskode: {code}")])
    assert ("BOOKING_REFERENCE", code) in out[0], out


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        (
            "What's your member number?",
            "K seven one zero two nine four.",
            "K seven one zero two nine four",
        ),
        (
            "Wat is uw huurdersnummer?",
            "Huurdersnummer: R vier vijf nul twee acht zes een",
            "R vier vijf nul twee acht zes een",
        ),
        (
            "What's your member number?",
            "D R V double four eight double zero four x",
            "D R V double four eight double zero four",
        ),
    ],
)
def test_spelled_letters_before_a_number_in_words(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert ("CUSTOMER_NUMBER", value) in out[1], out


def test_the_end_of_a_word_is_no_spelled_letter(detector: Detector) -> None:
    text = "it's zero 7 nine four 8 two 3 seven zero seven 6"
    out = talk_spans(detector, [("agent", "What's your phone number?"), ("customer", text)])
    assert ("PHONE_NUMBER", text.removeprefix("it's ")) in out[1], out
