"""The detector, through the whole conversation (round 31): values typed in pieces whose
cuts carry a dash or dots ("BJRY-" / "2M..." / "LK4", "WB-" / "-9200-" / "49."), pieces
after the remark that the message went too early ("wait it sent too early 79 7", "ой,
отправилось M2"), a national insurance number's last "A" ("8 10 A"), e-mail
addresses cut with a dash and ended with a full stop ("hamish_mer..." / "and riman@fastmai-"
/ "l.com."), and disguised values: a code read out with one number word among its letters
("D H T zes X X", "Z G восемь 3 2 Z"), a code spelled in groups between commas or dashes
("J K, six eight, seven zero, two five, B"), a number said in groups ("oh nine, five four,
..."), and invisible characters that join letters to a bank's code ("RA\u200cBO").

Every person and number here is synthetic; the IBANs and national insurance numbers pass
their checks.
"""

from __future__ import annotations

import pytest

from privacyguard.config.conversation import load_conversation_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.normalise import Normaliser

from .conversation_support import talk, talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


# --- values typed in pieces, with marks at the cuts ------------------------------------


@pytest.mark.parametrize(
    ("question", "pieces", "kind", "expected"),
    [
        ("What's the number on your passport?", ["48213-", "...7765"], "PASSPORT",
         ["48213-", "7765"]),
        ("Dank je. Wat is uw paspoortnummer?", ["KJRY-", "2M...", "LT4"], "PASSPORT",
         ["KJRY-", "2M", "LT4"]),
        ("Dank je. Kunt u mij het klantnummer doorgeven?", ["KT-", "-4417-", "83."],
         "CUSTOMER_NUMBER", ["KT", "-4417-", "83."]),
        ("Можно ваш номер участника, чтобы найти вас в системе?", ["ок 4062-", "-7391."],
         "CUSTOMER_NUMBER", ["4062-", "-7391."]),
        # the remark that the message went too early before the next piece, and a national
        # insurance number's last letter "A" after its digits
        ("Next, and the NI number of the applicant?",
         ["JK", "wait it sent too early 48 2", "9 13 A sorry"], "NATIONAL_ID",
         ["JK", "48 2", "9 13 A"]),
        ("Понял. Какой код вам дали при бронировании?", ["8W7K", "ой, отправилось M4 😅"],
         "BOOKING_REFERENCE", ["8W7K", "M4"]),
        ("Takk. Hva er bestillingsreferansen?", ["RYTE", "den gikk for tidlig N8"],
         "BOOKING_REFERENCE", ["RYTE", "N8"]),
    ],
)  # fmt: skip
def test_a_value_in_pieces_with_marks_at_its_cuts_is_reported_in_each_message(
    detector: Detector, question: str, pieces: list[str], kind: str, expected: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question), *[("customer", p) for p in pieces]])
    for k, piece in enumerate(expected, start=1):
        assert (kind, piece) in out[k], (k, out[k])


@pytest.mark.parametrize(
    ("question", "pieces", "expected"),
    [
        ("Where should I e-mail the receipt?", ["olwen_tre...", "and vor@fastmai-", "l.com."],
         ["olwen_tre", "vor@fastmai", "l.com"]),
        ("Hvilken e-post skal bekreftelsen sendes til?", ["ing-", "rid.berg@online.no"],
         ["ing", "rid.berg@online.no"]),
        ("На какую почту отправить подтверждение?", ["gle-", "b-sorokin41@ya.ru."],
         ["gle", "b-sorokin41@ya.ru"]),
    ],
)  # fmt: skip
def test_an_email_address_cut_with_a_dash_and_ended_with_a_full_stop(
    detector: Detector, question: str, pieces: list[str], expected: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question), *[("customer", p) for p in pieces]])
    for k, piece in enumerate(expected, start=1):
        assert out[k] == [("EMAIL_ADDRESS", piece)], (k, out[k])


def test_each_piece_is_redacted_in_its_own_message(detector: Detector) -> None:
    turns = [
        ("agent", "Dank je. Kunt u mij het klantnummer doorgeven?"),
        ("customer", "KT-"),
        ("customer", "-4417-"),
        ("customer", "83."),
    ]
    detected = talk(detector, turns)
    for d, typed in zip(detected[1:], ("KT", "-4417-", "83."), strict=True):
        [f] = [f for f in d.findings if f.entity_type == "CUSTOMER_NUMBER"]
        assert d.message.text[f.start : f.end] == typed


@pytest.mark.parametrize(
    "pieces",
    [
        ["we are 4-", "-5 people."],  # a quantity
        ["room 12-", "-14 please"],  # room numbers
        ["1.", "2.", "3."],  # a numbered list
    ],
)
def test_quantities_rooms_and_lists_with_marks_are_not_glued(
    detector: Detector, pieces: list[str]
) -> None:
    turns = [("agent", "How many people are coming, and which rooms?")]
    out = talk_spans(detector, [*turns, *[("customer", p) for p in pieces]])
    assert not any(out[1:]), out


# --- disguised values ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "kind", "value"),
    [
        ("Dank je. Wat was de boekingsreferentie ook alweer?", "R K T zeven X X thx",
         "BOOKING_REFERENCE", "R K T zeven X X"),
        ("Dank je. Wat was de boekingsreferentie ook alweer?", "M vier M K S J",
         "BOOKING_REFERENCE", "M vier M K S J"),
        ("Это промокод. А код бронирования есть?", "Q W восемь 5 1 Z 👍",
         "BOOKING_REFERENCE", "Q W восемь 5 1 Z"),
        ("What's your national insurance number?",
         "my NI number is J K, four eight, two nine, one three, B", "NATIONAL_ID",
         "J K, four eight, two nine, one three, B"),
        ("What's your national insurance number?", "J K - four eight - two nine - one three - B",
         "NATIONAL_ID", "J K - four eight - two nine - one three - B"),
        ("Which bank account should the deposit go back to?",
         "two zero, four one, seven seven, three one nine two six double five eight thx",
         "BANK_ACCOUNT",
         "two zero, four one, seven seven, three one nine two six double five eight"),
    ],
)  # fmt: skip
def test_a_code_or_number_read_out_in_letters_and_words(
    detector: Detector, question: str, answer: str, kind: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert (kind, value) in out[1], out[1]


def test_an_iban_with_invisible_characters_inside_its_bank_code(detector: Detector) -> None:
    typed = "NL3\ufeff9 RA\u200cBO 0300 0\u200d652 64"  # NL39RABO0300065264
    text = f"oké: {typed} 😊"
    [d] = talk(detector, [("customer", text)], "iban")[-1:]
    found = [f for f in d.findings if f.entity_type == "IBAN_CODE"]
    assert [(f.start, f.end) for f in found] == [(5, 5 + len(typed))], d.findings


def test_a_disguised_value_maps_back_to_the_exact_characters_typed() -> None:
    norm = Normaliser(load_conversation_rules())
    text = "ok: NL3\ufeff9 RA\u200cBO 0300 0\u200d652 64!"
    out = norm.normalise(text, "nl")
    assert out is not None
    assert "NL39 RABO 0300 0652 64" in out.text  # "BO" stays letters: the end of "RABO"
    start = out.text.index("NL39")
    end = start + len("NL39 RABO 0300 0652 64")
    assert out.original(start, end) == (4, text.index("!"))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("oh nine, five four, seven three, six one zero nine six double six eight",
         "09 54 73 61096668"),
        ("vijf, vijf, negen, twee, een, zeven", "559217"),  # the digits one by one
        ("L vijf L K S J", "L5LKSJ"),
        ("J K, six eight, seven zero, two five, B", "JK687025B"),
    ],
)  # fmt: skip
def test_the_canonical_form_of_groups_and_codes(text: str, canonical: str) -> None:
    norm = Normaliser(load_conversation_rules())
    lang = "nl" if "vijf" in text else "en"
    out = norm.normalise(text, lang, text.lower().replace(",", "").split())
    assert out is not None and out.text == canonical, out
