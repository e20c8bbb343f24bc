"""The detector, through the whole conversation (round 14, issue 13): split values and the
weak types.

- A UK National Insurance number (two letters, six digits, A-D) is a national ID where one
  is asked for, in any case and grouping, in a sentence, a list or disguised ("wk421765b",
  "WK 42 17 65 B", "my NI number is hp736201a"); "NINO" asks for one; "who else is on the
  policy?" asks for everyone's details, their national IDs among them; the shape outweighs
  a passport's code ("JR582043C" is no UK passport).
- A correction that names the wrong digits too ("the last digits are 2844 not 2244", "5492
  00, niet 5482 00", "47450, ikke 47350", "07-84, а не 07-34"): both numbers are the
  previous value's type, when the wrong one repeats digits of the value the sender gave
  just before and the right one has as many digits, one or two of them other.
- A bank account or a national ID the agent asked for, typed in pieces, joins as an asked
  booking code does, even where the question made a piece a value of its own ("40-1 oops
  sent too early" / "2-76 319265" / "54": a UK sort code and account; "wk421" / "765b": a
  National Insurance number); each message is redacted where its piece stood.
- A piece sent too early: a bare "sorry", "fat fingers", "сорри" after it says so ("07925
  sorry fat fingers", "03 sorry", "8 (843) сорри"); a trunk prefix in brackets is part of
  the piece ("+44 (0)7908 oops sent too early"); digits with a dash are digits alone
  ("0-5158884"), that joined make a phone number.
- A value that was all of the sender's previous message, corrected in this one ("5415 ...
  8919" / "исправляю: 5415 ... 8019"): the previous one, of the found value's very shape
  but for one or two digits, is of its type though its checksum fails.
- A short message's one number of five digits or more that is the end of the sender's
  previous value but for one digit ("07700 900461" / "the last digits are 900451 not what I
  put") corrects that end, with its type; no amount, nor the whole value again.
- "dott" (en, nb) is a dot in a spelled-out e-mail address ("hbraathen at hotmail dott com").

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

import privacyguard
from privacyguard.detect.engine import Detector
from privacyguard.models import Message

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "said", "nino"),
    [
        ("What's your National Insurance number?", "WK421765B", "WK421765B"),
        ("What's your National Insurance number?", "wk 42 17 65 b", "wk 42 17 65 b"),
        ("can you confirm your NINO please", "hp736201a", "hp736201a"),
        ("I'll need your NI number to verify you", "my NI number is HP736201A", "HP736201A"),
        ("Can I have the NI number and the name it's under?", "jr582043c ok", "jr582043c"),
        ("I'll need your NI number to verify you", "WK4217\u200b65B", "WK4217\u200b65B"),
    ],
)
def test_a_uk_national_insurance_number_asked_for(
    detector: Detector, asked: str, said: str, nino: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert ("NATIONAL_ID", nino) in out[1], out


@pytest.mark.parametrize(
    "said",
    [
        "QQ123456C",  # the letters HMRC never issues (Q), no suffix E, no D second
        "AB123456E",
        "AD123456A",
    ],
)
def test_no_national_insurance_number_of_letters_never_issued(
    detector: Detector, said: str
) -> None:
    out = talk_spans(
        detector, [("agent", "What's your National Insurance number?"), ("customer", said)]
    )
    assert not any(t == "NATIONAL_ID" for t, _ in out[1]), out


def test_no_national_insurance_number_where_none_is_asked_for(detector: Detector) -> None:
    out = talk_spans(
        detector, [("agent", "What's the booking reference?"), ("customer", "wk 42 17 65 b")]
    )
    assert not any(t == "NATIONAL_ID" for t, _ in out[1]), out


def test_national_insurance_numbers_in_a_list_of_everyone_on_the_policy(
    detector: Detector,
) -> None:
    listed = (
        "the kids are on it too:\n"
        "Harriet Colquhoun, March 3, 1961, WK 42 17 65 B\n"
        "Ewan Colquhoun, 14th may 93, hp736201a\n"
        "Isla Colquhoun, 2 June 1990, JR582043C"
    )
    out = talk_spans(
        detector,
        [
            ("agent", "Who else is on the policy? Names and dates of birth please"),
            ("customer", listed),
        ],
    )
    assert ("NATIONAL_ID", "WK 42 17 65 B") in out[1], out
    assert ("NATIONAL_ID", "hp736201a") in out[1], out
    assert ("NATIONAL_ID", "JR582043C") in out[1], out  # no passport's code


@pytest.mark.parametrize(
    ("asked", "value", "fixed", "right", "wrong", "etype"),
    [
        (
            "I can take the card number here, it's a secure chat",
            "4929 1730 5816 2244",
            "sorry the last digits are 2844 not 2244",
            "2844",
            "2244",
            "CREDIT_CARD",
        ),
        (
            "Op welk rekeningnummer wilt u het geld terug?",
            "NL42 SNSB 2444 5482 00",
            "sorry de laatste cijfers zijn 5492 00, niet 5482 00",
            "5492 00",
            "5482 00",
            "IBAN_CODE",
        ),
        (
            "Hva er fødselsnummeret ditt?",
            "15048747350",
            "sorry, de siste sifrene er 47450, ikke 47350",
            "47450",
            "47350",
            "NATIONAL_ID",
        ),
        (
            "оставьте номер телефона",
            "8 997 639-07-34",
            "последние цифры 07-84, а не 07-34",
            "07-84",
            "07-34",
            "PHONE_NUMBER",
        ),
        (
            "На какой счёт вернуть деньги?",
            "40817810231713755715",
            "последние цифры 3755815, а не 3755715",
            "3755815",
            "3755715",
            "BANK_ACCOUNT",
        ),
    ],
)
def test_a_correction_that_names_the_wrong_digits_too(
    detector: Detector, asked: str, value: str, fixed: str, right: str, wrong: str, etype: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", value), ("customer", fixed)])
    assert any(v == value for _, v in out[1]), out
    assert sorted(out[2]) == sorted([(etype, right), (etype, wrong)]), out


def test_the_wrong_digits_keep_the_previous_values_type(detector: Detector) -> None:
    """The question's words would make both numbers customer numbers; the previous value
    (a sort code and account) tells."""
    out = talk_spans(
        detector,
        [
            ("agent", "Can I take the sort code and account number?"),
            ("customer", "401276 31926554"),
            ("customer", "sorry the last digits are 926564 not 926554"),
        ],
    )
    assert sorted(out[2]) == [("BANK_ACCOUNT", "926554"), ("BANK_ACCOUNT", "926564")], out


@pytest.mark.parametrize(
    "fixed",
    [
        "sorry the last digits are 2844 not 1234",  # the "wrong" digits were never typed
        "sorry the last digits are 2899 not 2244 or so",  # three digits other: not a typo
    ],
)
def test_no_wrong_digits_that_are_no_part_of_the_value(detector: Detector, fixed: str) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "I can take the card number here, it's a secure chat"),
            ("customer", "4929 1730 5816 2244"),
            ("customer", fixed),
        ],
    )
    assert not any(v in ("1234", "2244") for _, v in out[2]), out


SORT_CODE_PIECES = [
    ("agent", "Can I take the sort code and account number?"),
    ("customer", "40-1 oops sent too early"),
    ("customer", "2-76 319265"),
    ("customer", "54"),
]


def test_a_sort_code_and_account_typed_in_pieces(detector: Detector) -> None:
    out = talk_spans(detector, SORT_CODE_PIECES)
    assert out[1] == [("BANK_ACCOUNT", "40-1")], out
    assert out[2] == [("BANK_ACCOUNT", "2-76 319265")], out
    assert out[3] == [("BANK_ACCOUNT", "54")], out


def test_a_national_insurance_number_typed_in_pieces(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "can you confirm your NINO please"),
            ("customer", "wk421"),
            ("agent", "👍"),
            ("customer", "765b"),
        ],
    )
    assert out[1] == [("NATIONAL_ID", "wk421")], out
    assert out[3] == [("NATIONAL_ID", "765b")], out


def test_a_value_typed_in_pieces_is_redacted_in_every_message() -> None:
    messages = [
        Message(id=f"m{k}", text=text, conversation_id="c1", sender_role=role)
        for k, (role, text) in enumerate(SORT_CODE_PIECES)
    ]
    out = privacyguard.redact(messages).messages
    assert out is not None
    assert [m.text for m in out][1:] == [
        "<BANK_ACCOUNT> oops sent too early",
        "<BANK_ACCOUNT>",
        "<BANK_ACCOUNT>",
    ]


def test_pieces_of_an_iban_still_need_its_checksum(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Which account should the refund go to? The full IBAN, please."),
            ("customer", "GB47 LOYD 3099 1264 0177"),
            ("customer", "35"),
        ],
    )
    assert ("IBAN_CODE", "35") not in out[2], out


@pytest.mark.parametrize(
    ("asked", "pieces"),
    [
        ("can I grab a contact number?", ["07700 sorry fat fingers", "900", "461"]),
        ("What mobile number is on the account?", ["+44 (0)7700 oops sent too early", "900461"]),
        ("wat is je 06?", ["03 sorry", "0-7946123"]),
        ("Hva er mobilnummeret ditt?", ["412 sorry", "34 567"]),
        ("оставьте номер телефона", ["8 (843) сорри", "428-71-09"]),
        ("оставьте номер телефона", ["8 (91 извините", "6) 555-01-23"]),
    ],
)
def test_a_phone_number_whose_first_piece_was_sent_too_early(
    detector: Detector, asked: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), *[("customer", p) for p in pieces]])
    for k, piece in enumerate(pieces, 1):
        digits = piece.split(" sorry")[0].split(" oops")[0].split(" сорри")[0]
        digits = digits.split(" извините")[0]
        assert out[k] == [("PHONE_NUMBER", digits)], out


@pytest.mark.parametrize(
    ("asked", "mistyped", "corrected", "value", "etype"),
    [
        (
            "I can take the card number here, it's a secure chat",
            "4929 1730 5816 2254",
            "sorry typo: 4929 1730 5816 2244",
            "4929 1730 5816 2244",
            "CREDIT_CARD",
        ),
        (
            "Op welk rekeningnummer wilt u het geld terug?",
            "nl42 snsb 2444 5483 00",
            "sorry typfout, het is nl42 snsb 2444 5482 00",
            "nl42 snsb 2444 5482 00",
            "IBAN_CODE",
        ),
        (
            "Hvilken konto skal pengene inn på?",
            "3191 13 40175",
            "nei vent, 3191 13 40170",
            "3191 13 40170",
            "BANK_ACCOUNT",
        ),
        (
            "Можете написать номер карты здесь, чат защищён",
            "4929 1730 5816 2254",
            "исправляю: 4929 1730 5816 2244",
            "4929 1730 5816 2244",
            "CREDIT_CARD",
        ),
    ],
)
def test_a_mistyped_value_then_its_correction(
    detector: Detector, asked: str, mistyped: str, corrected: str, value: str, etype: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", mistyped), ("agent", "Спасибо"), ("customer", corrected)],
    )
    assert out[1] == [(etype, mistyped)], out
    assert out[3] == [(etype, value)], out


def test_a_mistyped_value_after_a_few_words_then_its_correction(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("customer", "my IBAN is NL42 SNSB 2444 5483 00"),
            ("customer", "correction NL42 SNSB 2444 5482 00"),
        ],
    )
    assert out[0] == [("IBAN_CODE", "NL42 SNSB 2444 5483 00")], out
    assert out[1] == [("IBAN_CODE", "NL42 SNSB 2444 5482 00")], out


def test_a_number_that_is_no_mistyped_value_of_the_next(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Можете написать номер карты здесь, чат защищён"),
            ("customer", "заказ 4929 1730 9999 2254"),
            ("customer", "4929 1730 5816 2244"),
        ],
    )
    assert not any("9999" in v for _, v in out[1]), out


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("What's your email?", "jo.smith at gmail dott com"),
        ("Hva er e-postadressen din?", "kari dott nordmann krøllalfa online dott no"),
    ],
)
def test_dott_is_a_dot_in_a_spelled_out_address(detector: Detector, asked: str, said: str) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert out[1] == [("EMAIL_ADDRESS", said)], out


@pytest.mark.parametrize(
    ("asked", "value", "fixed", "end"),
    [
        ("Your phone number?", "07700 900461", "last digits are 900451 not that", "900451"),
        ("Wat is uw telefoonnummer?", "0612345678", "laatste stuk is 345679 eigenlijk", "345679"),
        ("Hva er mobilnummeret ditt?", "412 34 567", "slutten er 34 568", "34 568"),
        ("Ваш номер телефона?", "+7 916 555-01-23", "в конце 555-01-28", "555-01-28"),
    ],
)  # fmt: skip
def test_a_number_that_corrects_the_end_of_the_previous_value(
    detector: Detector, asked: str, value: str, fixed: str, end: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", value), ("customer", fixed)])
    assert out[1] == [("PHONE_NUMBER", value)], out
    assert out[2] == [("PHONE_NUMBER", end)], out


@pytest.mark.parametrize("said", ["and we paid £90451 for it", "my order is 900999"])
def test_no_end_of_the_previous_value_in_an_amount_or_another_number(
    detector: Detector, said: str
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Can I grab a contact number?"),
            ("customer", "07700 900461"),
            ("customer", said),
        ],
    )
    assert not any(t == "PHONE_NUMBER" for t, _ in out[2]), out
