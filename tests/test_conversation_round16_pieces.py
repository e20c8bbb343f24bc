"""The detector, through the whole conversation (round 16, issue 13): split and disguised
values, customer numbers, phones.

- A card typed in pieces whose first piece has its groups joined by a dot ("5392.7146" /
  "0381" / "2265"); a Russian passport's series and number joined by "№" ("46№12 ..." /
  "90317").
- A value found in joined pieces that stops inside the newest piece's number is no value:
  an invoice number and the customer number typed after it ("2031-582046" / "7734 29185")
  are no card.
- An IBAN with look-alike letters for digits ("GBB3MIDL404152B3739065": "B" for 8 in the
  check digits and the account, "NLS4ABNA4318852905": "S" for 5), when the IBAN then
  passes its checksum.
- A country code in brackets with its "+" ("(+47) 41568203"); "pluss," before a number in
  words separated by commas.
- "№ клиента" asks for a customer number; "doesn't seem to validate, could you check it?"
  asks for the value again.

Every number here is synthetic (checksums from python-stdnum, schwifty, phonenumbers).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_card_in_pieces_with_dotted_groups(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Met welke creditcard wilt u betalen? Het lange nummer graag."),
            ("customer", "5392.7146"),
            ("customer", "0381"),
            ("customer", "2265"),
        ],
    )
    assert out[1:] == [
        [("CREDIT_CARD", "5392.7146")],
        [("CREDIT_CARD", "0381")],
        [("CREDIT_CARD", "2265")],
    ], out


def test_russian_passport_split_at_its_number_sign(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Назовите номер загранпаспорта"),
            ("customer", "46№12 ..."),
            ("customer", "90317"),
        ],
    )
    assert out[1:] == [[("PASSPORT", "46№12")], [("PASSPORT", "90317")]], out


def test_no_card_that_stops_inside_the_next_number(detector: Detector) -> None:
    # "2031582046" + "7734" passes Luhn: the join is no card, the rest of "7734 29185" says
    out = talk_spans(
        detector,
        [
            ("agent", "Could I take your account number with us please?"),
            ("customer", "I can only find the invoice, number 2031-582046"),
            ("agent", "That's the invoice number - the customer number is on the letter."),
            ("customer", "7734 29185"),
        ],
    )
    assert not any(t == "CREDIT_CARD" for turn in out for t, _ in turn), out
    assert ("CUSTOMER_NUMBER", "7734 29185") in out[3], out


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("GBB3MIDL404152B3739065", True),  # GB83MIDL40415283739065
        ("NLS4ABNA4318852905", True),  # NL54ABNA4318852905
        ("GBB3MIDL404152B3739066", False),  # no digits make it an IBAN
    ],
)
def test_iban_with_look_alike_letters_for_digits(
    detector: Detector, typed: str, kept: bool
) -> None:
    out = talk_spans(detector, [("agent", "What's your IBAN?"), ("customer", typed)])
    assert (("IBAN_CODE", typed) in out[1]) is kept, out


@pytest.mark.parametrize(
    "said",
    [
        "mobilen min er (+47) 41568203",
        "pluss, fire, sju, fire, en, fem, seks, 8, to, null, tre",
    ],
)
def test_phone_with_its_country_code_in_brackets_or_in_words(detector: Detector, said: str) -> None:
    value = said.removeprefix("mobilen min er ")
    out = talk_spans(detector, [("agent", "Hva er mobilnummeret ditt?"), ("customer", said)])
    assert ("PHONE_NUMBER", value) in out[1], out


def test_number_sign_asks_for_a_customer_number(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "№ клиента пжл"), ("customer", "31.407.552")])
    assert out[1] == [("CUSTOMER_NUMBER", "31.407.552")], out


def test_value_that_does_not_seem_to_validate_is_typed_again(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "And the membership number on your card?"),
            ("customer", "6318/2094"),
            ("agent", "That doesn't seem to validate, could you check it?"),
            ("customer", "wait no: 6318/2054"),
        ],
    )
    assert out[3] == [("CUSTOMER_NUMBER", "6318/2054")], out


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("ООО «Кедр», ОГРН 1253308841279", "TICKET_NUMBER"),
        ("В назначении платежа укажите REF-9183746250.", "PHONE_NUMBER"),
    ],
)
def test_company_registration_and_code_are_no_ticket_nor_phone(
    detector: Detector, said: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", said)])
    assert not any(t == kind for t, _ in out[0]), out


@pytest.mark.parametrize(
    ("asked", "said", "kind"),
    [
        ("mob no?", "07700 900123", "PHONE_NUMBER"),
        ("new addy?", "14 larch close leeds", "LOCATION"),
        ("What is your customer number?", "mob 06-12345678", "PHONE_NUMBER"),
    ],
)
def test_short_words_for_a_mobile_and_an_address(
    detector: Detector, asked: str, said: str, kind: str
) -> None:
    value = said.removeprefix("mob ")
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert out[1] == [(kind, value)], out


def test_passport_letters_and_digits_with_a_space(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Hvilket nummer står på passet?"), ("customer", "passnummer FK 4417302")],
    )
    assert out[1] == [("PASSPORT", "FK 4417302")], out


def test_a_case_number_named_after_pieces_is_no_card(detector: Detector) -> None:
    # "20470839" and "35120003" pass Luhn together: the case's name says it is none
    out = talk_spans(
        detector,
        [
            ("agent", "06-nummer?"),
            ("customer", "+31 6"),
            ("customer", "2047"),
            ("customer", "0839"),
            ("agent", "Dank u, ik heb het gevonden."),
            ("customer", "ik heb al een melding lopen, 35120003"),
        ],
    )
    assert out[5] == [], out


def test_phone_in_three_pieces_one_with_a_slash(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "mob no?"), ("customer", "077"), ("customer", "46/75"), ("customer", "0682")],
    )
    assert out[1:] == [
        [("PHONE_NUMBER", "077")],
        [("PHONE_NUMBER", "46/75")],
        [("PHONE_NUMBER", "0682")],
    ], out


def test_groups_joined_by_a_slash_are_one_piece_unless_a_date(detector: Detector) -> None:
    conv = detector.conversations
    assert conv.fragment("46/75") == (0, 5)
    assert conv.fragment("8/12") is None  # a day and a month: two runs, no piece
