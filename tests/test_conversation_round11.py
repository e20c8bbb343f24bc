"""The detector, through the whole conversation (round 11, issue 13): a value's finding
covers the whole value typed.

- A number found without the group typed right before it is one value with it: a letter
  prefix ("SK 21009361", "a-628219", "account no. CU 3175383") or an airline's three digits
  ("739-6044326809", "324 5102 793028"); thirteen digits with the airline's three are an
  e-ticket. A lower-case prefix, or digits before a space, count only where a field starts;
  a function word ("is", "en") is never a prefix.
- A value typed in pieces whose first message was sent too early says so after the piece
  ("07985 oops", "T2 oeps", "RGC ups", "QK7 ой": a hedge), and the agent's prompt between
  the pieces may be "ok, and the rest?" ("oké, en de rest?", "ok, og resten?", "хорошо, а
  остальное?"): the pieces are still one value. The hedge may follow an apology ("90 91
  sorry, trykket enter", "451 извините, рано отправил"); an apology alone is a correction.
- A flight number's shape with a group of four to six digits after it and nothing more in
  its field ("SK9067 178769") is one customer's number; a time or a year after a flight
  ("KL1234 0930") leaves the flight alone.
- A prefix of letters and digits before the group found ("NB1551 034936", "nb9787 587080")
  is part of the value too: in capitals anywhere, in lower case where a field starts; not
  a group after a "." or "-" of a longer code ("GPA.2623-2572-6788-51631").
- A 13-digit e-ticket of an airline the prefix list does not hold, right after a ticket
  word ("e-ticket 739 3951 246176", rules/travel.yaml ticket_number_by_context).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "answer", "kind", "value"),
    [
        ("What's your membership number?", "SK 21009361", "CUSTOMER_NUMBER", "SK 21009361"),
        ("Could you give me the account number?", "account no. CU 3175383",
         "CUSTOMER_NUMBER", "CU 3175383"),
        ("Wat is uw klantnummer?", "ZM 3356928820", "CUSTOMER_NUMBER", "ZM 3356928820"),
        ("Hva er kundenummeret?", "nb 36133488", "CUSTOMER_NUMBER", "nb 36133488"),
        ("Hva er kundenummeret?", "a-628219", "CUSTOMER_NUMBER", "a-628219"),
        ("Какой у вас номер клиента?", "КЛ-46273781", "CUSTOMER_NUMBER", "КЛ-46273781"),
        ("Could I have the e-ticket number?", "e-ticket 739-2062003140",
         "TICKET_NUMBER", "739-2062003140"),
        ("Kunt u het ticketnummer geven?", "ticket 157-9934493899",
         "TICKET_NUMBER", "157-9934493899"),
        ("Hva er billettnummeret?", "billett 324 5102 793028", "TICKET_NUMBER",
         "324 5102 793028"),
        ("Назовите номер билета.", "билет 739-6044326809", "TICKET_NUMBER", "739-6044326809"),
    ],
)  # fmt: skip
def test_the_group_before_the_digits_found_is_part_of_the_value(
    detector: Detector, asked: str, answer: str, kind: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert (kind, value) in out[1], out[1]


def test_a_ticket_in_a_list_of_travellers_is_covered_whole(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Names, dates of birth and passport numbers please."),
            ("customer", "Martha Lowther, 1990-09-03, 124268512, 739-6044326809\n"
             "Owen Lowther, 3 May 1988, 553162076, 324 5102 793028"),
        ],
    )  # fmt: skip
    assert ("TICKET_NUMBER", "739-6044326809") in out[1], out[1]
    assert ("TICKET_NUMBER", "324 5102 793028") in out[1], out[1]
    assert ("PASSPORT", "124268512") in out[1], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "value"),
    [
        ("What's your customer number?", "it is 21009361", "21009361"),
        ("Wat is uw klantnummer?", "het is 40917733 en verder niks", "40917733"),
        ("Hva er kundenummeret?", "nr 36133488", "36133488"),
        ("Какой у вас номер клиента?", "это 46273781", "46273781"),
    ],
)  # fmt: skip
def test_a_word_before_the_number_stays_out(
    detector: Detector, asked: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert ("CUSTOMER_NUMBER", value) in out[1], out[1]


@pytest.mark.parametrize(
    "turns",
    [
        [("agent", "What's the document number on the passport?"),
         ("customer", "138624 sorry pressed enter"), ("agent", "ok, and the rest?"),
         ("customer", "358")],
        [("agent", "Can I take a contact number?"), ("customer", "07985 oops"),
         ("customer", "108"), ("customer", "041")],
        [("agent", "Mag ik het reserveringsnummer?"), ("customer", "T2 oeps"),
         ("agent", "oké, en de rest?"), ("customer", "Q5L5")],
        [("agent", "Hva er bestillingsreferansen?"), ("customer", "RGC ups"),
         ("agent", "ok, og resten?"), ("customer", "8BT")],
        [("agent", "Назовите код бронирования, пожалуйста."), ("customer", "QK7 ой"),
         ("agent", "хорошо, а остальное?"), ("customer", "T2M")],
    ],
)  # fmt: skip
def test_pieces_after_a_message_sent_too_early_are_one_value(
    detector: Detector, turns: list[tuple[str, str]]
) -> None:
    out = talk_spans(detector, turns)
    for (role, text), found in zip(turns, out, strict=True):
        if role == "customer":
            assert len(found) == 1, (text, found)
            kind, value = found[0]
            assert value == text.split()[0], (text, found)


def test_a_new_question_between_the_pieces_still_ends_them(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Mag ik het reserveringsnummer?"), ("customer", "T2 oeps"),
         ("agent", "en uw geboortedatum?"), ("customer", "Q5L5")],
    )  # fmt: skip
    assert out[1] == [] and out[3] == [], out


@pytest.mark.parametrize(
    ("asked", "first", "second", "kind"),
    [
        ("What's your customer number?", "4091 sorry, hit enter", "7733", "CUSTOMER_NUMBER"),
        ("Wat is uw klantnummer?", "4091 sorry, te vroeg verstuurd", "7733", "CUSTOMER_NUMBER"),
        ("Hvilket nummer kan vi nå deg på?", "90 91 sorry, trykket enter", "74 18",
         "PHONE_NUMBER"),
        ("Какой у вас номер клиента?", "451 извините, рано отправил", "445 480",
         "CUSTOMER_NUMBER"),
    ],
)  # fmt: skip
def test_an_apology_then_sent_too_early_leaves_the_pieces_one_value(
    detector: Detector, asked: str, first: str, second: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    piece = first.split(" sorry")[0].split(" извините")[0]
    assert out[1] == [(kind, piece)], out
    assert out[2] == [(kind, second)], out


def test_an_apology_alone_after_a_whole_value_is_a_correction(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Wat is uw klantnummer?"), ("customer", "40917733 sorry"),
         ("customer", "40917734")],
    )  # fmt: skip
    assert out[1] == [("CUSTOMER_NUMBER", "40917733")], out
    assert out[2] == [("CUSTOMER_NUMBER", "40917734")], out


@pytest.mark.parametrize(
    ("asked", "answer", "values"),
    [
        ("Names and frequent flyer numbers, please.",
         "Owen Quigley, SK9067 178769; Fergus Haddon, SK1599 904121",
         ["SK9067 178769", "SK1599 904121"]),
        ("Namen en klantnummers graag.", "Daan Bakker, KL4821 339017\nFenna Bakker, KL4821 339025",
         ["KL4821 339017", "KL4821 339025"]),
        ("Navn og medlemsnummer, takk.", "Solveig Nes | DY7312 55120\nEinar Nes | DY7312 55138",
         ["DY7312 55120", "DY7312 55138"]),
        ("Имена и номера участников программы, пожалуйста.",
         "Олеся Гурова, SU1234 567890; Пётр Гуров, SU1234 567891",
         ["SU1234 567890", "SU1234 567891"]),
    ],
)  # fmt: skip
def test_a_flight_shape_with_more_digits_is_one_customer_number(
    detector: Detector, asked: str, answer: str, values: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    for value in values:
        assert ("CUSTOMER_NUMBER", value) in out[1], out[1]


@pytest.mark.parametrize("answer", ["KL1234 0930", "KL1234 2026"])
def test_a_time_or_year_after_a_flight_leaves_the_flight(detector: Detector, answer: str) -> None:
    out = talk_spans(detector, [("agent", "Which flight are you on?"), ("customer", answer)])
    assert out[1] == [("FLIGHT_NUMBER", "KL1234")], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "value"),
    [
        ("What's your loyalty number?", "my loyalty number is SK1551 034936", "SK1551 034936"),
        ("Wat is uw klantnummer?", "zm9787 587080", "zm9787 587080"),
        ("Hva er bonusnummeret ditt?", "bonusnummeret mitt er NB1551 034936", "NB1551 034936"),
        ("Какой у вас номер клиента?", "ЛК4417 220981", "ЛК4417 220981"),
    ],
)  # fmt: skip
def test_letters_and_digits_before_the_group_found_are_part_of_the_value(
    detector: Detector, asked: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert ("CUSTOMER_NUMBER", value) in out[1], out[1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("e-ticket 739 3951 246176. we're off on 22nd March 2026", "739 3951 246176"),
        ("ticketnummer 324-6046946983", "324-6046946983"),
        ("billettnummer: 3241641339856", "3241641339856"),
        ("номер билета 739 2062003140", "739 2062003140"),
    ],
)
def test_a_ticket_of_any_airline_after_a_ticket_word(
    detector: Detector, text: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("TICKET_NUMBER", value) in out[0], out[0]


@pytest.mark.parametrize(
    "text",
    ["order 3241641339856 shipped", "tickets GPA.5055-9251-1162-83223"],
)
def test_no_ticket_without_its_word_or_inside_a_longer_code(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert not any(kind == "TICKET_NUMBER" for kind, _ in out[0]), out[0]
