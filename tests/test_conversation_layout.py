"""Lists (a list item takes the type of its position), values split over two messages of
the same sender (one finding reported on each message with its own offsets; the redaction
covers both parts) and addresses without a cue, per language.

Every person and number here is synthetic; IBANs and phone numbers are valid (schwifty,
phonenumbers).
"""

from __future__ import annotations

import pytest

from privacyguard import redact
from privacyguard.detect.engine import Detector
from privacyguard.models import Message

from .conversation_support import spans, talk

LISTS = [
    ("en", "Can you give me the names, dates of birth and passport numbers of everyone travelling?",
     "Pieter Bakker, 4.11.1969, 533943053 and our son Daan Bakker, 2.6.2015, 281860399",
     [("PERSON", "Pieter Bakker"), ("DATE_OF_BIRTH", "4.11.1969"), ("PASSPORT", "533943053"),
      ("PERSON", "Daan Bakker"), ("DATE_OF_BIRTH", "2.6.2015"), ("PASSPORT", "281860399")]),
    ("nl", "Wilt u van alle reizigers de naam, geboortedatum en paspoortnummer doorgeven?",
     "1) Lieke van Leeuwen / 14-5-1947 / BBM6K46B6 2) pieter jansen / 25.6.1952 / BJH651ME5",
     [("PERSON", "Lieke van Leeuwen"), ("DATE_OF_BIRTH", "14-5-1947"), ("PASSPORT", "BBM6K46B6"),
      ("PERSON", "pieter jansen"), ("DATE_OF_BIRTH", "25.6.1952"), ("PASSPORT", "BJH651ME5")]),
    ("nb", "Jeg trenger navn, fødselsdato og pass for hver passasjer.",
     "FH5444991 tone aasen (11.11.50); FP8819101 magnus aasen (24. desember 1999)",
     [("PASSPORT", "FH5444991"), ("PERSON", "tone aasen"), ("DATE_OF_BIRTH", "11.11.50"),
      ("PASSPORT", "FP8819101"), ("PERSON", "magnus aasen"),
      ("DATE_OF_BIRTH", "24. desember 1999")]),
    ("ru", "Кто летит? Напишите имя, дату рождения и номер паспорта.",
     "татьяна орлова, 27.3.1951, 71 3540358 и жена иван новиков, 11.10.1963, 71 9435031",
     [("PERSON", "татьяна орлова"), ("DATE_OF_BIRTH", "27.3.1951"), ("PASSPORT", "71 3540358"),
      ("PERSON", "иван новиков"), ("DATE_OF_BIRTH", "11.10.1963"),
      ("PASSPORT", "71 9435031")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "answer", "expected"), LISTS)
def test_every_item_of_a_list_takes_the_type_of_its_position(
    detector: Detector, lang: str, question: str, answer: str, expected: list
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert spans(out[-1]) == expected


def test_the_second_item_inherits_from_the_first_without_a_question(detector: Detector) -> None:
    """The first item carries the cues; the second only its position."""
    text = (
        "Pieter Bakker, born 4.11.1969, passport NW81K2P03 and our son Daan, 2.6.2015, NX4473C19"
    )
    out = talk(detector, [("agent", "How can I help?"), ("customer", text)])
    found = spans(out[-1])
    assert ("DATE_OF_BIRTH", "2.6.2015") in found
    assert ("PASSPORT", "NX4473C19") in found
    assert ("PERSON", "Daan") in found


def test_a_list_of_one_type_of_value(detector: Detector) -> None:
    out = talk(detector, [("agent", "Wat is de boekingscode?"), ("customer", "Q2RM6Y and 5uxbu3")])
    assert spans(out[-1]) == [("BOOKING_REFERENCE", "Q2RM6Y"), ("BOOKING_REFERENCE", "5uxbu3")]


SPLITS = [
    ("en", "Please send the IBAN you want us to pay into.", "GB82 WEST 1234",
     "rest is 5698 7654 32 sorry hit enter", "GB82 WEST 1234", "5698 7654 32", "IBAN_CODE"),
    ("en", "Can you give me your e-mail?", "george.cartwright@", "icloud.com",
     "george.cartwright@", "icloud.com", "EMAIL_ADDRESS"),
    ("nl", "Naar welke rekening moet de terugbetaling?", "NL20 INGB", "0001 2345 67 oops",
     "NL20 INGB", "0001 2345 67", "IBAN_CODE"),
    ("nl", "Mag ik een telefoonnummer voor de sms?", "06", "rest is 12345678",
     "06", "12345678", "PHONE_NUMBER"),
    ("nb", "Hvilken konto skal vi betale tilbake til?", "NO93", "og så 8601 1117 947",
     "NO93", "8601 1117 947", "IBAN_CODE"),
    ("nb", "Hvilket nummer kan vi nå deg på?", "+47 912 34", "resten er 567",
     "+47 912 34", "567", "PHONE_NUMBER"),
    ("ru", "По какому номеру с вами связаться?", "8 (916) 123", "и ещё 45-67",
     "8 (916) 123", "45-67", "PHONE_NUMBER"),
    ("ru", "Какая почта привязана к аккаунту?", "ivanmorozov88@", "gmail.com",
     "ivanmorozov88@", "gmail.com", "EMAIL_ADDRESS"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "question", "first", "second", "part1", "part2", "etype"), SPLITS
)
def test_a_value_split_over_two_messages_is_one_finding_on_each(
    detector: Detector,
    lang: str,
    question: str,
    first: str,
    second: str,
    part1: str,
    part2: str,
    etype: str,
) -> None:
    out = talk(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert spans(out[1]) == [(etype, part1)]
    assert spans(out[2]) == [(etype, part2)]
    [f1], [f2] = out[1].findings, out[2].findings
    assert "two messages" in f1.explanation and f1.explanation == f2.explanation


@pytest.mark.parametrize("case", [SPLITS[0], SPLITS[2], SPLITS[4], SPLITS[6]])
def test_the_redaction_of_a_split_value_covers_both_messages(case: tuple) -> None:
    _, question, first, second, part1, part2, etype = case
    messages = [
        Message(id=f"m{k}", text=t, conversation_id="c", sender_role=r)
        for k, (r, t) in enumerate([("agent", question), ("customer", first), ("customer", second)])
    ]
    out = redact(messages).messages
    assert out is not None
    assert part1 not in out[1].text and f"<{etype}>" in out[1].text
    assert part2 not in out[2].text and f"<{etype}>" in out[2].text
    assert out[2].text == second.replace(part2, f"<{etype}>")  # the rest is left as typed


def test_an_agent_message_between_the_halves_is_no_obstacle(detector: Detector) -> None:
    out = talk(detector, [
        ("agent", "Your phone number please?"),
        ("customer", "+44"),
        ("agent", "Sure, no rush."),
        ("customer", "and then 7911 123456"),
    ])  # fmt: skip
    assert spans(out[1]) == [("PHONE_NUMBER", "+44")]
    assert spans(out[3]) == [("PHONE_NUMBER", "7911 123456")]


def test_two_senders_never_make_one_value(detector: Detector) -> None:
    out = talk(detector, [("customer", "my iban starts NL20 INGB"), ("agent", "0001 2345 67")])
    assert spans(out[0]) == []
    assert "IBAN_CODE" not in {t for t, _ in spans(out[1])}


def test_a_date_after_a_number_is_not_its_second_half(detector: Detector) -> None:
    out = talk(detector, [
        ("agent", "Wat is uw klantnummer?"),
        ("customer", "40917733"),
        ("customer", "16-10-2026 heb ik besteld"),
    ])  # fmt: skip
    assert spans(out[1]) == [("CUSTOMER_NUMBER", "40917733")]
    assert spans(out[2]) == []


ADDRESSES = [
    ("en", "Where should we send it?", "flat 4, 135 mill lane, cardiff"),
    ("en", "And the delivery address?", "4a kingsway, bristol bs8 1th"),
    ("nl", "Waar mogen we het naartoe sturen?", "lindelaan 7 2611ab delft"),
    ("nb", "Hvor skal vi sende det?", "granittveien 90b, 2317 hamar"),
    ("ru", "Куда отправить?", "614000, г. пермь, ул. чехова, 79, кв 9"),
]


@pytest.mark.parametrize(("lang", "question", "answer"), ADDRESSES)
def test_an_address_without_a_cue_answers_where_to_send_it(
    detector: Detector, lang: str, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert spans(out[-1]) == [("LOCATION", answer)]


def test_a_destination_is_no_address(detector: Detector) -> None:
    for question, answer in [("Where are you flying to?", "oslo"), ("Куда летите?", "в Казань")]:
        assert spans(talk(detector, [("agent", question), ("customer", answer)])[-1]) == []


def test_names_by_the_layout_alone_when_two_rows_share_it(detector: Detector) -> None:
    out = talk(detector, [
        ("agent", "Kan jeg få navn og fødselsdato på alle som skal reise?"),
        ("customer", "kari nordmann 01.02.1980\nola nordmann 03.04.2012"),
    ])  # fmt: skip
    assert spans(out[-1]) == [
        ("PERSON", "kari nordmann"), ("DATE_OF_BIRTH", "01.02.1980"),
        ("PERSON", "ola nordmann"), ("DATE_OF_BIRTH", "03.04.2012"),
    ]  # fmt: skip


def test_words_in_the_place_of_a_name_are_no_name(detector: Detector) -> None:
    """Two lines shaped alike, but what stands where a name could be is no first name."""
    [d] = detector.detect([Message(
        id="1", text="My BSN is 713 092 816\nyou asked for my fødselsnummer: 02055041167",
        conversation_id="c",
    )])  # fmt: skip
    assert "PERSON" not in {t for t, _ in spans(d)}


def test_a_value_and_its_correction_are_not_joined(detector: Detector) -> None:
    """"54549681" then "ik bedoel 54549651": two customer numbers, not a 16-digit card
    number that happens to pass the Luhn check."""
    out = talk(detector, [
        ("agent", "Wat is uw klantnummer?"),
        ("customer", "54549681"),
        ("customer", "ik bedoel 54549651"),
    ])  # fmt: skip
    assert spans(out[1]) == [("CUSTOMER_NUMBER", "54549681")]
    assert spans(out[2]) == [("CUSTOMER_NUMBER", "54549651")]


def test_a_full_stop_after_a_value_does_not_glue_it_to_an_email(detector: Detector) -> None:
    out = talk(detector, [
        ("agent", "Could you give me your booking reference?"),
        ("customer", "UB8LA8."),
        ("agent", "Where should I send the confirmation email?"),
        ("customer", "hargreaves.harry@btinternet.com"),
    ])  # fmt: skip
    assert spans(out[1]) == [("BOOKING_REFERENCE", "UB8LA8")]
    assert spans(out[3]) == [("EMAIL_ADDRESS", "hargreaves.harry@btinternet.com")]
