"""Disguised values (detect/normalise.py): spelled-out e-mail addresses in every language,
numbers in words, zero-width characters and look-alike letters inside numbers. Detection
runs on the canonical form; the offsets come back to what the customer typed, exactly.

Every person and number here is synthetic; numbers are checksum-valid where it matters.
"""

from __future__ import annotations

import time

import pytest

from privacyguard import redact
from privacyguard.config.conversation import load_conversation_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.normalise import Normaliser
from privacyguard.models import Message

from .conversation_support import spans, talk


@pytest.fixture(scope="module")
def normaliser() -> Normaliser:
    return Normaliser(load_conversation_rules())


EMAILS = [
    ("en", "mail me at jan dot smit at gmail dot com thanks", "jan dot smit at gmail dot com"),
    ("en", "it's p period blackwood (at) outlook period com",
     "p period blackwood (at) outlook period com"),
    ("nl", "jan punt smit apestaart ziggo punt nl", "jan punt smit apestaart ziggo punt nl"),
    ("nb", "send til ola.nordmann alfakrøll online prikk no takk",
     "ola.nordmann alfakrøll online prikk no"),
    ("ru", "пишите на ivan точка petrov собака mail точка ru",
     "ivan точка petrov собака mail точка ru"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "typed"), EMAILS)
def test_a_spelled_out_email_is_found_at_its_exact_original_offsets(
    detector: Detector, lang: str, text: str, typed: str
) -> None:
    [d] = detector.detect([Message(id="1", text=text)])
    [f] = d.findings
    start = text.index(typed)
    assert (f.entity_type, f.start, f.end) == ("EMAIL_ADDRESS", start, start + len(typed))
    assert "spelled-out or disguised" in f.explanation
    assert typed not in f.explanation and "jan" not in f.explanation  # no personal data


def test_the_redaction_covers_exactly_what_was_typed() -> None:
    out = redact([Message(id="1", text="mail me at jan dot smit at gmail dot com thanks")])
    assert out.messages is not None
    assert out.messages[0].text == "mail me at <EMAIL_ADDRESS> thanks"


def test_the_offset_map_of_a_canonical_email(normaliser: Normaliser) -> None:
    text = "mail: jan dot smit at gmail dot com!"
    norm = normaliser.normalise(text, "en")
    assert norm is not None and norm.text == "mail: jan.smit@gmail.com!"
    s = norm.text.index("jan")
    e = norm.text.index("!")
    assert norm.original(s, e) == (6, 35)
    assert text[6:35] == "jan dot smit at gmail dot com"
    assert norm.original(s, s + 3) == (6, 9)  # "jan" maps to itself
    assert norm.touches_change(s, e) and not norm.touches_change(0, 5)


@pytest.mark.parametrize(
    "text",
    [
        "jan.smit@gmail.com",  # an ordinary address: nothing to normalise
        "I'll be there at five",
        "look at the time",
        "Ik ben er om vijf uur",
        "en to tre",  # Norwegian number words, too few digits to be a number
    ],
)
def test_ordinary_text_is_left_alone(normaliser: Normaliser, text: str) -> None:
    assert normaliser.normalise(text, "nb" if text.startswith("en ") else "en") is None


CALL_BACK = "What's the best number to call you back?"
NUMBERS = [
    ("en", CALL_BACK, "4 four seven 7 9 seven five 1 3 6 four 1", "PHONE_NUMBER"),
    ("en", CALL_BACK, "zero seven nine one one one two three four five six", "PHONE_NUMBER"),
    ("nl", "Wat is je mobiele nummer?", "nul zes een twee drie vier vijf zes zeven acht",
     "PHONE_NUMBER"),
    ("nb", "Hva er mobilnummeret ditt?", "ni en to tre fire fem seks sju", "PHONE_NUMBER"),
    ("ru", "Какой у вас мобильный?",
     "восемь девять один шесть один два три четыре пять шесть семь", "PHONE_NUMBER"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "answer", "etype"), NUMBERS)
def test_a_number_in_words_is_read_as_digits(
    detector: Detector, lang: str, question: str, answer: str, etype: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert spans(out[-1]) == [(etype, answer)]


LOOKALIKES = [
    ("en", "Which phone number can we reach you on?", "07911\u200b123\u200b456",
     "PHONE_NUMBER"),
    ("nl", "Wat is je mobiele nummer?", "gekopieerd uit de app: \u041e6-12345678",
     "PHONE_NUMBER"),
    ("nl", "Wat is uw klantnummer?", "hier: 3l87793O", "CUSTOMER_NUMBER"),
    ("nb", "Hvilket kontonummer skal refusjonen til?", "her: NO93 86O1 1117 947", "IBAN_CODE"),
    ("ru", "Какой у вас код бронирования?", "\u041dUYYS7", "BOOKING_REFERENCE"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "answer", "etype"), LOOKALIKES)
def test_zero_width_and_look_alike_characters_inside_values(
    detector: Detector, lang: str, question: str, answer: str, etype: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    [(found_type, value)] = spans(out[-1])
    assert found_type == etype
    assert answer.endswith(value) and len(value) >= 6  # the whole value, as typed


def test_zero_width_characters_inside_a_phone_number_of_a_single_message(
    detector: Detector,
) -> None:
    text = "bel me op 06\u200b1234\u200b5678 graag"
    [d] = detector.detect([Message(id="1", text=text)])
    assert spans(d) == [("PHONE_NUMBER", "06\u200b1234\u200b5678")]


def test_normalisation_stays_fast_on_hostile_input(normaliser: Normaliser) -> None:
    hostile = [
        "at dot " * 20_000,
        "a." * 50_000 + "@",
        "one two " * 20_000,
        "1O" * 50_000,
        "\u200b1" * 50_000,
        "jan dot " * 10_000 + "at gmail dot com",
    ]
    for text in hostile:
        t0 = time.perf_counter()
        normaliser.normalise(text, "en")
        assert time.perf_counter() - t0 < 5.0, text[:20]


def test_the_conversation_layer_stays_fast_on_hostile_conversations(detector: Detector) -> None:
    """A long answer full of list separators, spelled-out separators and digits, and a long
    conversation of values: the time stays bounded (values remembered are capped)."""
    long_answer = ("pieter bakker, 4.11.1969, NW81K2P03 and at dot 06 one two, " * 3000)[:150_000]
    turns: list[tuple[str | None, str]] = [("agent", "Names and passport numbers please?")]
    turns.append(("customer", long_answer))
    turns += [("customer", f"my booking code is K{k:05d}X") for k in range(400)]
    t0 = time.perf_counter()
    out = talk(detector, turns)
    assert time.perf_counter() - t0 < 60.0
    assert all(d.error is None for d in out)
