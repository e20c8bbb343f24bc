"""The detector, through the whole conversation (round 12, issue 13): values typed over
turns.

- A short word alone for "wait" ("sec", "wacht", "sek", "сек", whole words only) between
  the pieces of a value is a note, not a piece and not an answer: the pieces around it are
  one value, and it uses up no turn of the question ("26 sorry sent too early" / "46868" /
  "sec" / "30").
- "oi" ("41 oi", Norwegian for "oops") says the piece was sent too early, like "oops",
  "oeps" and "ой".
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (["What's your mobile number?", "07700 9...", "sec", "00123"], "PHONE_NUMBER"),
        (["Wat is uw mobiele nummer?", "06 12", "sec", "34 56 78"], "PHONE_NUMBER"),
        (["Hva er mobilnummeret ditt?", "97", "sek", "48 06 88"], "PHONE_NUMBER"),
        (["Укажите номер телефона.", "+7 912", "сек", "345 67 89"], "PHONE_NUMBER"),
    ],
)  # fmt: skip
def test_a_short_wait_between_the_pieces_is_a_note(
    detector: Detector, turns: list[str], kind: str
) -> None:
    asked, first, wait, second = turns
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", first), ("customer", wait), ("customer", second)],
    )
    assert out[1] == [(kind, first.rstrip("."))]
    assert out[2] == []
    assert out[3] == [(kind, second)]


@pytest.mark.parametrize(
    ("asked", "pieces"),
    [
        ("Can I take the passport number?", ["51 sorry sent too early", "24873", "sec", "96"]),
        ("Mag ik uw paspoortnummer?", ["51 oeps", "24873", "wacht", "96"]),
        ("Hva er passnummeret?", ["51 oi", "24873", "sek", "96"]),
        ("Назовите номер паспорта.", ["45 ой", "12", "сек", "345678"]),
    ],
)  # fmt: skip
def test_a_wait_uses_up_no_turn_of_the_question(
    detector: Detector, asked: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked)] + [("customer", p) for p in pieces])
    kinds = {k for found in out for k, _ in found}
    assert kinds == {"PASSPORT"}, out
    assert out[3] == []  # the wait
    typed = [pieces[0], pieces[1], pieces[3]]
    for found, piece in zip([out[1], out[2], out[4]], typed, strict=True):
        assert found == [("PASSPORT", piece.split()[0])], out


def test_oi_says_the_piece_was_sent_too_early(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Hva er mobilnummeret ditt?"), ("customer", "41 oi"), ("agent", "mhm"),
         ("customer", "53 28 79")],
    )  # fmt: skip
    assert out[1] == [("PHONE_NUMBER", "41")]
    assert out[3] == [("PHONE_NUMBER", "53 28 79")]


def test_a_word_that_starts_like_a_wait_is_no_note(detector: Detector) -> None:
    # "second" is no "sec": the message is a remark, and "secretary" says nothing of waiting
    conv = detector.conversations
    assert conv.hold.mentions(["sec"])
    assert not conv.hold.mentions(["secretary"])
    assert not conv.hold.mentions(["verwacht"])


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (["Could you give me your booking code?", "7QK", "...", "4TZ"], "BOOKING_REFERENCE"),
        (["Wat is uw mobiele nummer?", "06 12", "…", "34 56 78"], "PHONE_NUMBER"),
        (["Hva er mobilnummeret ditt?", "97", "...", "48 06 88"], "PHONE_NUMBER"),
        (["Назовите контактный телефон.", "8 (9...", "...", "12) 345-67-89"], "PHONE_NUMBER"),
    ],
)  # fmt: skip
def test_a_message_of_marks_only_between_the_pieces_is_a_note(
    detector: Detector, turns: list[str], kind: str
) -> None:
    asked, first, marks, second = turns
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", first), ("customer", marks), ("customer", second)],
    )
    assert out[1] == [(kind, first.rstrip("."))]
    assert out[2] == []
    assert out[3] == [(kind, second)]


@pytest.mark.parametrize(
    ("asked", "pieces"),
    [
        ("What's your email address?", ["garethpenhali", "gon62@gmail.com"]),
        ("What's your email address?", ["winterbour sorry sent too early", "ne.rhys@sky.com"]),
        ("Wat is uw e-mailadres?", ["hofsted -", "e.tijme", "n@outlook.com"]),
        ("Kan jeg få e-postadressen din?", ["sverregr", "onl", "ie10@gmail.com"]),
        ("Подскажите адрес почты.", ["lyudmi", "...", "lazhukova78@yande", "x.ru"]),
        ("Продиктуйте адрес почты.", ["efimov.", "kirill@inbox.ru"]),
    ],
)  # fmt: skip
def test_an_email_asked_for_starts_with_a_piece_without_a_dot(
    detector: Detector, asked: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked)] + [("customer", p) for p in pieces])
    for found, piece in zip(out[1:], pieces, strict=True):
        if piece == "...":
            assert found == []
            continue
        value = piece.split(" sorry")[0].rstrip(" -")
        assert found == [("EMAIL_ADDRESS", value)], out


@pytest.mark.parametrize(
    ("asked", "pieces"),
    [
        ("What's your email address?", ["sure", "gon62@gmail.com"]),
        ("What's your email address?", ["oops", "ne.rhys@sky.com"]),
        ("Wat is uw e-mailadres?", ["moment", "tijmen@outlook.com"]),
        ("Kan jeg få e-postadressen din?", ["halv", "ie10@gmail.com"]),
        ("What's your order number?", ["garethpenhali", "gon62@gmail.com"]),
    ],
)  # fmt: skip
def test_a_word_or_an_unasked_piece_does_not_start_an_email(
    detector: Detector, asked: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked)] + [("customer", p) for p in pieces])
    assert out[1] == [], out
    assert out[2] == [("EMAIL_ADDRESS", pieces[1])], out


def test_a_value_of_its_own_or_a_remark_is_no_piece_of_an_email(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "What's the booking reference? What's your email address?"),
         ("customer", "57qtas"), ("customer", "tamsin82@proton.me ok ok")],
    )  # fmt: skip
    assert out[1] == [("BOOKING_REFERENCE", "57qtas")]
    assert out[2] == [("EMAIL_ADDRESS", "tamsin82@proton.me")]
    out = talk_spans(
        detector,
        [("agent", "Kunt u het e-mailadres bevestigen?"),
         ("customer", "zoeken hoor, ligt in de la"), ("customer", "stijn.dekker@hetnet.nl")],
    )  # fmt: skip
    assert out[1] == []
    assert out[2] == [("EMAIL_ADDRESS", "stijn.dekker@hetnet.nl")]


@pytest.mark.parametrize(
    ("asked", "first", "mismatch", "again", "kind"),
    [
        ("Can I take the account number?", "686625649198",
         "That doesn't match, could you check it?", "686625642198", "CUSTOMER_NUMBER"),
        ("Wat is uw klantnummer?", "KL-4092817", "Dat klopt niet helemaal, kunt u het controleren?",
         "KL-4092871", "CUSTOMER_NUMBER"),
        ("Og kundenummer?", "L-428488", "Det stemmer ikke helt, kan du sjekke?", "L-428408",
         "CUSTOMER_NUMBER"),
        ("Укажите номер клиента.", "402 409 840", "Не совпадает, проверьте, пожалуйста.",
         "402 490 840", "CUSTOMER_NUMBER"),
    ],
)  # fmt: skip
def test_a_value_the_agent_says_does_not_match_is_asked_for_again(
    detector: Detector, asked: str, first: str, mismatch: str, again: str, kind: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", first), ("agent", mismatch), ("customer", again)],
    )
    assert out[1] == [(kind, first)]
    assert out[3] == [(kind, again)]


def test_a_mismatch_without_a_value_before_asks_for_nothing(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "What's the order number?"), ("customer", "ORD-2497049"),
         ("agent", "That doesn't match, could you check it?"), ("customer", "ORD-2497094")],
    )  # fmt: skip
    assert out[1] == [] and out[3] == []


@pytest.mark.parametrize(
    "said",
    [
        "You can also call us on 0161 496 0218.",
        "Please post the form to 12 Harbour Road, Exeter EX2 7LQ.",
        "U kunt ons ook bellen op 088 787 3468.",
        "Stuur het formulier naar Industrieweg 12, 7400 AA Deventer.",
        "Du kan også ringe oss på 22 40 13 50.",
        "Send skjemaet til Industriveien 3, 1601 Fredrikstad.",
        "Если что, звоните нам: 8 (495) 045-70-89.",
        "Верните, пожалуйста, на наш склад: г. Калуга, ул. Ленина, 5.",
    ],
)
def test_the_business_own_phone_or_address_in_the_agent_message_is_no_finding(
    detector: Detector, said: str
) -> None:
    out = talk_spans(detector, [("customer", "Hi, I have a question"), ("agent", said)])
    assert out[1] == [], out


@pytest.mark.parametrize(
    ("said", "kind", "value"),
    [
        ("Can we ring you on 07700 900123 instead?", "PHONE_NUMBER", "07700 900123"),
        ("Zullen we u bellen op 06 12345678?", "PHONE_NUMBER", "06 12345678"),
        ("Skal vi ringe deg på 971 23 456?", "PHONE_NUMBER", "971 23 456"),
        ("Мы позвоним вам на +7 912 345-67-89.", "PHONE_NUMBER", "+7 912 345-67-89"),
    ],
)  # fmt: skip
def test_the_customer_phone_in_the_agent_message_stays_a_finding(
    detector: Detector, said: str, kind: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", "Hi, I have a question"), ("agent", said)])
    assert (kind, value) in out[1], out


@pytest.mark.parametrize(
    ("asked", "answer", "values"),
    [
        ("Please send the details of everyone on the booking.",
         "sure:\n1. 5051556\n2. 8686-2643-81\n3. HM 366175",
         ["5051556", "8686-2643-81", "HM 366175"]),
        ("Stuur de gegevens van alle personen maar.", "ok:\nK95953566\nCU-132776\n718601692596",
         ["K95953566", "CU-132776", "718601692596"]),
        ("Hvilke gjelder det?", "her:\n- KD-726008\n- 30791466", ["KD-726008", "30791466"]),
        ("О каких идёт речь?", "вот:\n• 31.458.306\n• VF 508894", ["31.458.306", "VF 508894"]),
    ],
)  # fmt: skip
def test_a_list_of_numbers_alone_is_a_list_of_customer_numbers(
    detector: Detector, asked: str, answer: str, values: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert sorted(out[1]) == sorted(("CUSTOMER_NUMBER", v) for v in values), out


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("What are the order numbers?", "sure:\n1. 5051556\n2. 8686-2643-81"),
        ("Which orders are they?", "my orders:\n- 5051556\n- 8686262"),
        ("Hvilke gjelder det?", "ORD-726008\nORD-778213"),
        ("О каких идёт речь?", "вот:\n12.03.1987\n14.05.1990"),
    ],
)  # fmt: skip
def test_a_list_of_order_numbers_or_dates_is_no_list_of_customer_numbers(
    detector: Detector, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert not [v for k, v in out[1] if k == "CUSTOMER_NUMBER"], out


@pytest.mark.parametrize(
    ("asked", "go_on", "pieces", "kind"),
    [
        ("What's the best number to reach you on?", ["go on", "ok, and the rest?"],
         ["+4 oops", "4 7700 90", "0123"], "PHONE_NUMBER"),
        ("Wat is je mobiele nummer?", ["ga door", "oké, en de rest?"],
         ["+3 oeps", "1 6 12", "345678"], "PHONE_NUMBER"),
        ("Hva er mobilnummeret ditt?", ["fortsett", "ok, og resten?"],
         ["+4 oi", "7 971", "23 456"], "PHONE_NUMBER"),
        ("Назовите номер телефона.", ["дальше", "хорошо, а остальное?"],
         ["+7 ой", "912 345 6", "7 89"], "PHONE_NUMBER"),
    ],
)  # fmt: skip
def test_three_pieces_with_two_go_on_prompts_between_are_one_value(
    detector: Detector, asked: str, go_on: list[str], pieces: list[str], kind: str
) -> None:
    turns = [("agent", asked), ("customer", pieces[0]), ("agent", go_on[0]),
             ("customer", pieces[1]), ("agent", go_on[1]), ("customer", pieces[2])]  # fmt: skip
    out = talk_spans(detector, turns)
    assert out[1] == [(kind, pieces[0].split()[0])], out
    assert out[3] == [(kind, pieces[1])], out
    assert out[5] == [(kind, pieces[2])], out


@pytest.mark.parametrize(
    ("asked", "pieces"),
    [
        ("What's the long number on the card?", ["5314-21 sorry pressed enter", "66-0482-1712"]),
        ("Wat is het kaartnummer?", ["4111-11 oeps", "11-1111-1111"]),
        ("Hva er kortnummeret?", ["2221-976 oi", "0-082", "9-6386"]),
        ("Назовите номер банковской карты.", ["5314-21 ой", "66-0482-1712"]),
    ],
)  # fmt: skip
def test_a_piece_of_digit_groups_joined_by_dashes_is_one_piece(
    detector: Detector, asked: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked)] + [("customer", p) for p in pieces])
    for found, piece in zip(out[1:], pieces, strict=True):
        assert found == [("CREDIT_CARD", piece.split()[0])], out


def test_a_date_with_dashes_is_no_piece(detector: Detector) -> None:
    conv = detector.conversations
    assert conv.fragment("66-0482-1712") == (0, 12)
    assert conv.fragment("15-05-1987") is None
    assert conv.fragment("2026-11-15") is None


@pytest.mark.parametrize(
    ("asked", "street", "between", "town"),
    [
        ("And where do you live now?", "87a larkspur drive", ("customer", "one moment"),
         "harrogate"),
        ("Where should we send it?", "124 Larkspur Drive", ("agent", "ok"), "Derby DE22 1GB"),
        ("Wat is uw nieuwe adres?", "kastanjelaan 98b", ("customer", "momentje"), "deventer"),
        ("Hva er den nye adressen?", "fagerlia 82", ("agent", "fortsett"), "bodø"),
        ("Куда отправить документы?", "ул. заречная, д. 17", ("customer", "сек"), "иваново"),
    ],
)  # fmt: skip
def test_the_town_after_a_hold_or_a_go_on_prompt_is_the_rest_of_the_address(
    detector: Detector, asked: str, street: str, between: tuple[str, str], town: str
) -> None:
    out = talk_spans(
        detector, [("agent", asked), ("customer", street), between, ("customer", town)]
    )
    assert out[1] == [("LOCATION", street)], out
    assert out[2] == []
    assert out[3] == [("LOCATION", town)], out


def test_a_number_after_a_hold_is_no_correction(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Welk rekeningnummer? wat is het deelnemersnummer van je account?"),
         ("customer", "10-39-50 13758838"), ("customer", "sec, bril kwijt"),
         ("customer", "977 633 5081")],
    )  # fmt: skip
    assert out[3] == [("CUSTOMER_NUMBER", "977 633 5081")], out


@pytest.mark.parametrize(
    ("said", "asked", "answer"),
    [
        ("I've been charged 394.43 pounds twice, on 17th January 2026",
         "To find you I need the customer number.", "9662-9611-14"),
        ("Er is twee keer €344 afgeschreven op 2 september 2027", "En je relatienummer?",
         "177 363 971"),
        ("Jeg er trukket to ganger, 4. mars 2027", "Og kundenummer?", "4452-3408-15"),
        ("С меня дважды списали 6000 руб., 7 октября 2026", "Укажите номер клиента.",
         "402 409 840"),
    ],
)  # fmt: skip
def test_a_question_between_two_messages_ends_a_value_typed_over_them(
    detector: Detector, said: str, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("customer", said), ("agent", asked), ("customer", answer)])
    assert out[0] == [], out
    assert out[2] == [("CUSTOMER_NUMBER", answer)], out


def test_a_request_for_the_rest_between_two_halves_keeps_them_one_value(
    detector: Detector,
) -> None:
    out = talk_spans(
        detector,
        [("agent", "What's your IBAN?"), ("customer", "GB82 WEST 1234"),
         ("agent", "Could you give me the rest?"), ("customer", "5698 7654 32")],
    )  # fmt: skip
    assert out[1] == [("IBAN_CODE", "GB82 WEST 1234")], out
    assert out[3] == [("IBAN_CODE", "5698 7654 32")], out


@pytest.mark.parametrize(
    ("asked", "value", "correction", "digit"),
    [
        ("Could I have the passport number?", "742875770", "last digit is 2, sorry", "2"),
        ("Wat is uw paspoortnummer?", "NW81K2P03", "laatste cijfer 4, sorry", "4"),
        ("Hva er passnummeret?", "FH8359083", "siste siffer 7, beklager", "7"),
        ("Укажите номер загранпаспорта.", "74 2875770", "последняя цифра 2, извините", "2"),
    ],
)  # fmt: skip
def test_a_corrected_digit_before_a_comma_is_the_value_corrected(
    detector: Detector, asked: str, value: str, correction: str, digit: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", value), ("customer", correction)])
    assert out[1] == [("PASSPORT", value)], out
    assert out[2] == [("PASSPORT", digit)], out


def test_a_decimal_is_no_corrected_digit(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Could I have the passport number?"), ("customer", "742875770"),
         ("customer", "sorry, it cost 12,50")],
    )  # fmt: skip
    assert out[2] == [], out


@pytest.mark.parametrize(
    ("asked", "answer", "names", "numbers"),
    [
        ("Which ones are they?",
         "here you go:\ndeclan abernethy - 692279226\ngareth ellsworth - 407183718",
         ["declan abernethy", "gareth ellsworth"], ["692279226", "407183718"]),
        ("Welke personen moeten erbij?",
         "ok:\nGijs ter Horst | 417735902\nroos wijnands | 386024117",
         ["Gijs ter Horst", "roos wijnands"], ["417735902", "386024117"]),
        ("Hvilke gjelder det?", "ok:\nanders lien | FH8359083\nBrynhild Eide | FP1279398",
         ["anders lien", "Brynhild Eide"], ["FH8359083", "FP1279398"]),
        ("О каких идёт речь?", "- Лаптев Григорий - 76 5955682\n• Тарасова Нина - 73 1866335",
         ["Лаптев Григорий", "Тарасова Нина"], ["76 5955682", "73 1866335"]),
    ],
)  # fmt: skip
def test_lines_of_a_name_and_a_number_are_people_and_their_numbers(
    detector: Detector, asked: str, answer: str, names: list[str], numbers: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    values = {v for _, v in out[1]}
    assert set(names) <= values, out
    assert set(numbers) <= values, out
    assert {k for k, v in out[1] if v in numbers} <= {"PASSPORT", "NATIONAL_ID", "CUSTOMER_NUMBER"}


def test_lines_of_a_word_and_a_number_are_no_people(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Which ones are they?"),
         ("customer", "here you go:\nOrder - 55629102\nDelivery - 87654321")],
    )  # fmt: skip
    assert out[1] == [], out


@pytest.mark.parametrize(
    ("asked", "pieces", "kind"),
    [
        ("Wat is je mailadres?", ["e.d sorry te vroeg op enter", "ewit@o", "utlook.com"],
         "EMAIL_ADDRESS"),
        ("Wat is het kaartnummer?", ["4111-11 te vroeg", "11-1111-1111"], "CREDIT_CARD"),
    ],
)  # fmt: skip
def test_te_vroeg_says_the_piece_was_sent_too_early(
    detector: Detector, asked: str, pieces: list[str], kind: str
) -> None:
    out = talk_spans(detector, [("agent", asked)] + [("customer", p) for p in pieces])
    for found, piece in zip(out[1:], pieces, strict=True):
        assert found == [(kind, piece.split()[0])], out


@pytest.mark.parametrize(
    ("intro", "asked", "pieces"),
    [
        ("Hi, Sian Penhaligon here", "What's the email, please?",
         ["sian.", "penhaligon@protonma...", "il.com"]),
        ("Hoi, met Pieter Smit", "Wat is uw e-mailadres?", ["pieter.", "smit@ziggo.nl"]),
        ("Hei, dette er Kari Nordmann", "Hva er e-posten din?", ["kari.", "nordmann@online.no"]),
        ("Здравствуйте, это Иван Петров", "Подскажите адрес почты.", ["ivan.", "petrov@yandex.ru"]),
    ],
)  # fmt: skip
def test_a_name_that_starts_the_email_asked_for_is_a_piece_of_it(
    detector: Detector, intro: str, asked: str, pieces: list[str]
) -> None:
    turns = [("customer", intro), ("agent", asked)] + [("customer", p) for p in pieces]
    out = talk_spans(detector, turns)
    for found, piece in zip(out[2:], pieces, strict=True):
        assert found == [
            ("EMAIL_ADDRESS", piece.rstrip(".") if piece.endswith("...") else piece)
        ], out


@pytest.mark.parametrize(
    "text", ["дата рождения 06.08.2002г", "Иванов Иван, д.р. 15.04.1976г, паспорт 4512 345678"]
)
def test_a_russian_year_mark_after_a_birth_date_leaves_the_date_found(
    detector: Detector, text: str
) -> None:
    out = talk_spans(detector, [("customer", text)])
    dates = [v for k, v in out[0] if k == "DATE_OF_BIRTH"]
    # the year's mark is part of the date (round 14: "13.04.1984г" is one value)
    assert len(dates) == 1 and dates[0][-5:-1].isdigit() and dates[0].endswith("г"), out


def test_a_date_run_into_other_letters_is_no_birth_date(detector: Detector) -> None:
    assert talk_spans(detector, [("customer", "born 06.08.2002gx")]) == [[]]
