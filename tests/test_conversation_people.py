"""Issue 13, sixth round (after the fourth sealed set's blind run), by kind: a question for
everyone on a booking, a policy or a claim asks for each person's record (a name, a date of
birth, a document number) even when it names none of the fields; a travel date after it
is still no birth date.

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detected, Detector

from .conftest import REPO
from .conversation_support import talk


def typed(d: Detected, etype: str) -> list[str]:
    return sorted(d.message.text[f.start : f.end] for f in d.findings if f.entity_type == etype)


PEOPLE = [
    (
        "Who else is on the booking?",
        "Ellie Marsh / 3 Feb 1979 / 512348806 and my brother Callum Marsh / 11/9/83 / 644019273",
        ["11/9/83", "3 Feb 1979"],
        ["512348806", "644019273"],
    ),
    (
        "Wie reizen er mee?",
        "Sanne Visser (14-05-1986) NXR4K81P2, Bram Visser (2 april 2011) NXT0L55J7",
        ["14-05-1986", "2 april 2011"],
        ["NXR4K81P2", "NXT0L55J7"],
    ),
    (
        "Hvem blir med på turen?",
        "Kristin Haugen 04.03.1971 FM2291034, Emil Haugen 19. mai 2009 FM4410983",
        ["04.03.1971", "19. mai 2009"],
        ["FM2291034", "FM4410983"],
    ),
    (
        "Кто ещё едет с вами?",
        "Ольга Белова, 07.08.1974, 4512 338761; Артём Белов, 21.01.2008, 4519 220375",
        ["07.08.1974", "21.01.2008"],
        ["4512 338761", "4519 220375"],
    ),
]


@pytest.mark.parametrize(("question", "answer", "dates", "passports"), PEOPLE)
def test_a_question_for_everyone_on_a_booking_reads_each_persons_record(
    detector: Detector, question: str, answer: str, dates: list[str], passports: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "DATE_OF_BIRTH") == dates
    assert typed(out[1], "PASSPORT") == passports


def test_a_travel_date_after_a_question_for_everyone_is_no_birth_date(detector: Detector) -> None:
    out = talk(
        detector,
        [
            ("agent", "Who is going?"),
            ("customer", "just me, we fly out on 14/08/2027"),
        ],
    )
    assert typed(out[1], "DATE_OF_BIRTH") == []


# --- addresses: a house's name in place of its number, and an address in two lines ------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where should we post the documents?", "bramble cottage, mill lane, keswick"),
        ("What's the delivery address?", "Keeper's Lodge, Forest Road, Thetford"),
        ("Hvor skal vi sende kortet?", "Nordre gård, Kirkeveien, Voss"),
    ],
)
def test_a_house_name_with_a_street_is_an_address(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "LOCATION") == [answer]


def test_a_house_name_alone_is_no_address(detector: Detector) -> None:
    out = talk(
        detector,
        [("agent", "Where should we send it?"), ("customer", "the summer house, we stay there")],
    )
    assert typed(out[1], "LOCATION") == []


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("Where should we send the new card?", "Rose Farm", "orchard road, ludlow"),
        ("Waar mogen we het pakket heen sturen?", "parkstraat", "12 te zwolle"),
        ("Hvor skal vi levere pakken?", "Solbakken", "14 b, 6800 Førde"),
        ("Куда отправить документы?", "ул. Садовая 18", "кв. 4, г. Тверь"),
    ],
)
def test_an_address_typed_in_two_lines_is_found_in_both(
    detector: Detector, question: str, first: str, second: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert typed(out[1], "LOCATION") == [first]
    assert typed(out[2], "LOCATION") == [second]


@pytest.mark.parametrize(
    "turns",
    [
        [  # a seat, then a town the customer travels to: no address in two lines
            ("agent", "Where do you live, and which seat do you have?"),
            ("customer", "14C"),
            ("agent", "Thanks. And where are you travelling to?"),
            ("customer", "Dundee"),
        ],
        [  # an IBAN typed in pieces after "where should the refund go?" stays an IBAN
            ("agent", "Where should the refund go?"),
            ("customer", "GB82 WEST"),
            ("customer", "1234 5698 7654 32"),
        ],
    ],
)
def test_lines_that_are_no_address_are_not_joined(
    detector: Detector, turns: list[tuple[str, str]]
) -> None:
    out = talk(detector, turns)
    assert all(typed(d, "LOCATION") == [] for d in out[1:])


# --- everyone on a policy, and a Norwegian birth date in six digits -----------------------


@pytest.mark.parametrize(
    ("question", "answer", "dates", "passports"),
    [
        (
            "Could you list everyone on the policy with their date of birth?",
            "1. Harriet Cole - 30/06/1964 - 105382249\n2. Isaac Cole - 9 Jan 2003 - 287760123",
            ["30/06/1964", "9 Jan 2003"],
            ["105382249", "287760123"],
        ),
        (
            "Wilt u alle meeverzekerden noemen met geboortedatum?",
            "Lotte Jansen - 14051986 - NXR4K81P2; Bram Jansen - 2 april 2011 - NXT0L55J7",
            ["14051986", "2 april 2011"],
            ["NXR4K81P2", "NXT0L55J7"],
        ),
        (
            "Kan du gi meg alle forsikrede med fødselsdato?",
            "Marte Lien / 030482 / FN4418273, Jonas Lien / 170911 / FN5527310",
            ["030482", "170911"],
            ["FN4418273", "FN5527310"],
        ),
    ],
)
def test_a_question_for_everyone_on_a_policy_reads_each_persons_record(
    detector: Detector, question: str, answer: str, dates: list[str], passports: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "DATE_OF_BIRTH") == dates
    assert typed(out[1], "PASSPORT") == passports


@pytest.mark.parametrize(
    ("question", "answer", "dates"),
    [
        ("Hva er fødselsdatoen din?", "241288", ["241288"]),
        ("Hva er fødselsdatoen din?", "den er 070302", ["070302"]),
        ("Når reiser du?", "140527", []),  # a date to come: no birth date
        ("Fødselsnummer og fødselsdato?", "120385 10183", []),  # a fødselsnummer's start
    ],
)
def test_a_norwegian_birth_date_in_six_digits(
    detector: Detector, question: str, answer: str, dates: list[str]
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "DATE_OF_BIRTH") == dates


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Greenway Energy chat - you're talking to Amara 😊", "Amara"),
        ("Welkom bij Fietsplan, je praat met Jorien", "Jorien"),
        ("Kundeservice - du prater med Sigrid 😊", "Sigrid"),
        ("Служба поддержки, с вами говорит Алина", "Алина"),
    ],
)
def test_the_agents_name_after_youre_talking_to(
    detector: Detector, greeting: str, name: str
) -> None:
    out = talk(detector, [("agent", greeting), ("customer", "hi")])
    assert typed(out[0], "PERSON") == [name]


# --- a time of day is no half of a number ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "number"),
    [
        ("the heating broke on 2 March at 21:15", "5520931"),
        ("de storing begon gisteren om 07.50", "88213406"),
        ("strømmen gikk i går kl 16:05", "40917733"),
    ],
)
def test_a_time_at_the_end_of_a_message_is_no_first_half_of_the_next_number(
    detector: Detector, first: str, number: str
) -> None:
    out = talk(
        detector,
        [
            ("agent", "Hello, how can I help?"),
            ("customer", first),
            ("agent", "What's your customer number?"),
            ("customer", number),
        ],
    )
    assert [f.entity_type for f in out[1].findings if f.entity_type != "DATE_OF_BIRTH"] == []
    assert typed(out[3], "CUSTOMER_NUMBER") == [number]


# --- disguised: invisible characters inside a spelled-out word, Cyrillic "дот"/"эт", a
# Cyrillic letter that only looks like a digit inside a code ------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Wat is uw e-mailadres?", "karin punt bos a\u200dpenstaart ziggo punt nl"),
        ("What's your email?", "tom dot hale a\u00adt outlook dot com"),
        ("Hva er e-postadressen?", "siri punktum dahl alfakr\u2060øll online punktum no"),
        ("Ваш e-mail?", "ivan дот petrov эт mail дот ru"),
    ],
)
def test_a_spelled_out_email_with_an_invisible_character_or_in_cyrillic(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "EMAIL_ADDRESS") == [answer]


@pytest.mark.parametrize(
    ("question", "answer", "etype"),
    [
        ("IBAN please?", "NL5\u0417ABNA0417164305", "IBAN_CODE"),  # a Cyrillic Ze for 3
        ("Номер клиента?", "KL\u04175857369", "CUSTOMER_NUMBER"),
    ],
)
def test_a_cyrillic_letter_that_looks_like_a_digit_inside_a_code(
    detector: Detector, question: str, answer: str, etype: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], etype) == [answer]


def test_a_cyrillic_house_letter_stays_a_letter(detector: Detector) -> None:
    out = talk(
        detector, [("agent", "Куда доставить?"), ("customer", "ул. Ленина, д. 12Б, кв. 4, Тверь")]
    )
    assert typed(out[1], "LOCATION") == ["ул. Ленина, д. 12Б, кв. 4, Тверь"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("г. тверь", "ул. садовая 18, кв. 4"), ("Садовая ул.", "18, кв. 4, Тверь")],
)
def test_a_russian_address_in_two_lines(detector: Detector, first: str, second: str) -> None:
    out = talk(detector, [("agent", "Куда отправить?"), ("customer", first), ("customer", second)])
    assert typed(out[1], "LOCATION") == [first]
    assert typed(out[2], "LOCATION") == [second]


# --- a number whose letters name another kind of number ------------------------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your customer number?", "ORD-5120448"),
        ("Wat is uw klantnummer?", "hmm SO-66120937? staat op de bon"),
        ("Hva er kundenummeret ditt?", "INV2291833"),
        ("Ваш номер клиента?", "ORD77410265"),
    ],
)
def test_an_order_number_given_for_a_customer_number_is_none(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert typed(out[1], "CUSTOMER_NUMBER") == []


def test_a_customer_number_with_other_letters_stands(detector: Detector) -> None:
    out = talk(detector, [("agent", "What's your customer number?"), ("customer", "KL5368754943")])
    assert typed(out[1], "CUSTOMER_NUMBER") == ["KL5368754943"]


def test_places_and_abbreviations_in_a_real_export_are_no_list_names(detector: Detector) -> None:
    """A first name "by a value in a list" must look like a name: in the bundled WhatsApp
    export, "Bergen–Alicante" (a route) and "Tlf 412 34 567" are none. (The person recognizer
    on its own still takes "Bergen" from the name lists and "E-billett" after "Takk!", as it
    did before the conversation layer's list names.)"""
    from privacyguard.ingest import read
    from privacyguard.models import Message as Msg

    messages = [m for m in read(REPO / "examples" / "exports" / "whatsapp" / "ios_nb_NO")
                if isinstance(m, Msg)]
    assert len(messages) > 10
    names = [
        d.message.text[f.start : f.end]
        for d in detector.detect(messages)
        for f in d.findings
        if f.entity_type == "PERSON" and f.field == "text" and f.recognizer == "conversation"
    ]
    texts = "\n".join(m.text for m in messages)
    assert "Bergen–Alicante" in texts and "Tlf 412 34 567" in texts
    assert not {"Bergen", "Alicante", "Tlf", "E-billett"} & set(names), names
