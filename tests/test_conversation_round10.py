"""The detector, through the whole conversation (round 10, issue 13): what generalises over
how people write rather than over one set's phrasings.

- A list's values keep their type when another line of the message speaks of something
  else ("and pls keep seat 15F", "вылет 28 июня"): a `not_answers` word counts on its own
  line only, in a message with digits on several lines.
- A record's name place holds a first name alone ("harriet | 8/6/1989 | ..."), and where
  no record has a name found, any name at the untyped place of records that are all alike
  ("rory lambourne | 07755 943041; imogen fairbrother | ..."); a line after the last record
  ("allemaal naar Praag") is no name.
- "номера участников" (plural) asks for the members' numbers as "номер участника" does.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "answer", "kind", "values"),
    [
        ("Who's travelling? Name, DOB and passport for each please.",
         "Alma Pryce, 3 feb 1961, 534417720\nTobias Pryce, 9 oct 1963, 534417738\n"
         "and pls keep seat 12C", "PASSPORT", ["534417720", "534417738"]),
        ("Wie reizen er mee? Naam en telefoonnummer graag.",
         "Fenna Bos\t06-31842957\nGijs Bos\t06-47120385\nen stoel 8A graag", "PHONE_NUMBER",
         ["06-31842957", "06-47120385"]),
        ("Hvem kan vi ringe på dagen? Navn og mobilnummer.",
         "Solveig Nes\t917 42 638\nEinar Nes\t482 15 907\nog sete 2E", "PHONE_NUMBER",
         ["917 42 638", "482 15 907"]),
        ("Пришлите ФИО, даты рождения и номера паспортов всех пассажиров.",
         "Олеся Гурова | 14.03.1966 | 45 1182736\nПётр Гуров | 2.9.1962 | 45 1190427\n"
         "вылет 28 июня",
         "DATE_OF_BIRTH", ["14.03.1966", "2.9.1962"]),
    ],
)  # fmt: skip
def test_a_line_about_a_seat_or_flight_leaves_the_list_alone(
    detector: Detector, asked: str, answer: str, kind: str, values: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    for value in values:
        assert (kind, value) in out[1], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "kind"),
    [
        ("Could you confirm your date of birth?", "we're flying on 18.11.1999 actually",
         "DATE_OF_BIRTH"),
        ("Wat is uw klantnummer?", "ik heb alleen 40917733\nverder niks", "CUSTOMER_NUMBER"),
        ("Hva er kundenummeret?", "har bare ordre 52210493", "CUSTOMER_NUMBER"),
        ("Номер клиента?", "есть только 8810293, это заказ", "CUSTOMER_NUMBER"),
    ],
)  # fmt: skip
def test_an_answer_that_says_it_is_something_else_still_is_not_reported(
    detector: Detector, asked: str, answer: str, kind: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert not [v for k, v in out[1] if k == kind], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "names", "not_names"),
    [
        ("Who should we call on the day? Names and mobiles please.",
         "wilf ashdown | 07700 900461; my wife: elspeth ashdown | 07700 900583",
         ["wilf ashdown", "elspeth ashdown"], []),
        ("Please send the names, dates of birth and passport numbers of everyone travelling.",
         "ok: gideon hartwell | 24071947 | 277990184; harriet | 8/6/1989 | 381630374\n"
         "all going to Faro", ["gideon hartwell", "harriet"], ["Faro"]),
        ("Wie mogen we op de dag bellen? Namen en mobiele nummers graag.",
         "Hidde Brouwer\t06 23550952\nSanne Brouwer\t+31 6 51840500\nRoos\t+31 6 33120228\n"
         "allemaal naar Praag", ["Hidde Brouwer", "Roos"], ["Praag"]),
        ("Hvem står på bestillingen? Navn, fødselsdato og pass.",
         "| navn | f.dato | pass |\n|---|---|---|\n| solveig nes | 1980-04-17 | fh4416705 |\n"
         "| fredrik | 15011944 | FP3288203 |", ["solveig nes", "fredrik"], []),
        ("Кому звонить в день поездки? Имена и телефоны.",
         "вот: тимофей орлов 89892450106, Дарья 8 (939) 849-03-34, ирина +7 996 566-04-05",
         ["тимофей орлов", "ирина"], []),
    ],
)  # fmt: skip
def test_a_name_at_a_record_s_name_place(
    detector: Detector, asked: str, answer: str, names: list[str], not_names: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    persons = [v for k, v in out[1] if k == "PERSON"]
    for name in names:
        assert name in persons, out[1]
    assert not any(bad in p for p in persons for bad in not_names), out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "numbers"),
    [
        ("Нужны имена и номера участников для каждого.",
         "вот:\nегор орлов - 8290461\nТимофей Орлов - 3785300704", ["8290461", "3785300704"]),
        ("Пришлите номера абонентов и имена.", "анна лаптева / 466000776 и Борис Лаптев / 23930798",
         ["466000776", "23930798"]),
    ],
)  # fmt: skip
def test_russian_plural_number_words_ask_for_the_kind(
    detector: Detector, asked: str, answer: str, numbers: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    for number in numbers:
        assert ("CUSTOMER_NUMBER", number) in out[1], out[1]


def test_which_numbers_alone_still_asks_for_phones(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Какие номера можно использовать?"),
                                ("customer", "8 (993) 107-50-91 / +7 999 911-86-11")])  # fmt: skip
    assert ("PHONE_NUMBER", "8 (993) 107-50-91") in out[1], out[1]
    assert not [v for k, v in out[1] if k == "CUSTOMER_NUMBER"], out[1]


@pytest.mark.parametrize(
    ("turns", "tickets"),
    [
        ([("agent", "Can you read me the e-ticket number?"),
          ("customer", "077-4185209637 i think")], {1: ["077-4185209637"]}),
        ([("customer", "ticketnummer 1264410587213")], {0: ["1264410587213"]}),
        ([("agent", "Hva er billettnummeret (13 siffer)?"), ("customer", "det er 126-441"),
          ("customer", "0587213")], {1: ["126-441"], 2: ["0587213"]}),
        ([("agent", "Номер электронного билета (13 цифр)?"), ("customer", "077 41852"),
          ("agent", "Да?"), ("customer", "09637")], {1: ["077 41852"], 3: ["09637"]}),
        ([("agent", "Wat is het ticketnummer (13 cijfers)?"), ("customer", "het is 12"),
          ("agent", "Ja?"), ("customer", "6 4410587213")], {1: ["12"], 3: ["6 4410587213"]}),
    ],
)  # fmt: skip
def test_a_ticket_number_of_any_airline_asked_for(
    detector: Detector, turns: list[tuple[str, str]], tickets: dict[int, list[str]]
) -> None:
    """The question tells a ticket number, not a list of airline prefixes; typed in pieces
    it is one, also with the agent's "Ja?" between the pieces."""
    out = talk_spans(detector, turns)
    for k, values in tickets.items():
        for value in values:
            assert ("TICKET_NUMBER", value) in out[k], out[k]


def test_a_new_question_between_pieces_still_ends_them(detector: Detector) -> None:
    out = talk_spans(detector, [
        ("agent", "Wat is het ticketnummer (13 cijfers)?"), ("customer", "het is 12"),
        ("agent", "Wat is uw postcode?"), ("customer", "6 4410587213"),
    ])  # fmt: skip
    assert not [v for k, v in out[1] if k == "TICKET_NUMBER"], out[1]


@pytest.mark.parametrize(
    ("turns", "cards"),
    [
        ([("agent", "What's the card number you paid with?"), ("customer", "4539"),
          ("customer", "-5260-1815-9083... sent too soon")], {1: ["4539"], 2: ["-5260-1815-9083"]}),
        ([("agent", "Wat is het kaartnummer?"), ("customer", "het is 5312-5181-9093-7"),
          ("customer", "865... te snel")], {1: ["5312-5181-9093-7"], 2: ["865"]}),
        ([("agent", "Hva er kortnummeret du betalte med?"), ("customer", "det er 40245"),
          ("agent", "Ja?"), ("customer", "61748338014 oi")], {1: ["40245"], 3: ["61748338014"]}),
        ([("agent", "Назовите номер банковской карты."), ("customer", "5168 1221"),
          ("customer", "3878 3757")], {1: ["5168 1221"], 2: ["3878 3757"]}),
    ],
)  # fmt: skip
def test_a_card_number_asked_for_and_typed_in_pieces(
    detector: Detector, turns: list[tuple[str, str]], cards: dict[int, list[str]]
) -> None:
    """A question for the card paid with expects a card: its pieces are joined by the
    checksum, also cut inside a group ("5312-5181-9093-7" / "865")."""
    out = talk_spans(detector, turns)
    for k, values in cards.items():
        for value in values:
            assert ("CREDIT_CARD", value) in out[k], out[k]


def test_a_mistyped_card_is_the_customer_s_and_no_half(detector: Detector) -> None:
    out = talk_spans(detector, [
        ("agent", "Could you read me the card number?"), ("customer", "4539 5260 1815 9038"),
        ("customer", "sorry typo, 4539 5260 1815 9083"),
    ])  # fmt: skip
    assert out[1] == [("CREDIT_CARD", "4539 5260 1815 9038")], out[1]
    assert out[2] == [("CREDIT_CARD", "4539 5260 1815 9083")], out[2]


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("What's the membership card number?", "44821275 i think"),
        ("Номер карты лояльности?", "7702615"),
    ],
)
def test_a_club_or_loyalty_card_is_a_customer_number(
    detector: Detector, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert [k for k, _ in out[1]] == ["CUSTOMER_NUMBER"], out[1]


def test_a_date_with_dashes_is_no_piece(detector: Detector) -> None:
    out = talk_spans(detector, [
        ("agent", "Vanaf welke datum?"), ("customer", "2026-11-15"), ("customer", "na 15.00 uur"),
    ])  # fmt: skip
    assert out[1] == [] and out[2] == [], out


@pytest.mark.parametrize(
    ("turns", "k", "value"),
    [
        ([("agent", "Could you give me your member reference?"),
          ("customer", "hang on, looking for it"), ("agent", "Ok, I'll come back to that."),
          ("agent", "What's the date of birth on the account?"), ("customer", "March 3 1971"),
          ("customer", "found it: D-70215583")], 5, "D-70215583"),
        ([("agent", "Wat is uw klantnummer?"), ("customer", "momentje, even zoeken"),
          ("agent", "Geen probleem. Wat is uw geboortedatum?"), ("customer", "3-3-1971"),
          ("customer", "gevonden: 70215583")], 4, "70215583"),
        ([("agent", "Hva er kundenummeret ditt?"), ("customer", "vent litt, må bare finne det"),
          ("agent", "Hva er fødselsdatoen din?"), ("customer", "03.03.1971"),
          ("customer", "fant det: 70215583")], 4, "70215583"),
        ([("agent", "Ваш номер клиента?"), ("customer", "минутку, сейчас найду"),
          ("agent", "Хорошо. Ваша дата рождения?"), ("customer", "03.03.1971"),
          ("customer", "нашла: 70215583")], 4, "70215583"),
    ],
)  # fmt: skip
def test_a_question_the_customer_went_looking_for_stays_open(
    detector: Detector, turns: list[tuple[str, str]], k: int, value: str
) -> None:
    out = talk_spans(detector, turns)
    assert ("CUSTOMER_NUMBER", value) in out[k], out[k]


def test_a_question_answered_before_the_hold_does_not_stay_open(detector: Detector) -> None:
    out = talk_spans(detector, [
        ("agent", "What's your customer number?"), ("customer", "70215583"),
        ("customer", "hang on"), ("agent", "What's the order number?"),
        ("customer", "40518862"),
    ])  # fmt: skip
    assert out[4] == [], out[4]


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Hmm, that looks like an order number. I need your Seapass number.", "801366980"),
        ("That's an order number I think, do you have the applicant ID?", "A-8960827"),
        ("Dat is een bestelnummer, heeft u uw gastnummer?", "5566021"),
        ("Det er et ordrenummer. Har du søkernummeret?", "5566021"),
        ("Это номер заказа, а какой у вас номер спортсмена?", "5566021"),
    ],
)
def test_a_number_of_its_own_kind_asked_for_beside_an_order_number(
    detector: Detector, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert out[1] == [("CUSTOMER_NUMBER", answer)], out[1]


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Could you read me your tenancy reference?", "TR4471902"),
        ("Wat is het nummer van uw huurcontract?", "4471902"),
        ("Hva er leieforholdsnummeret?", "4471902"),
        ("Назовите номер договора аренды.", "4471902"),
        ("Уточните номер обращения клиента, пожалуйста.", "4471902331"),
    ],
)
def test_a_tenancy_or_the_customer_s_request_number_is_a_customer_number(
    detector: Detector, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert out[1] == [("CUSTOMER_NUMBER", answer)], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "statement"),
    [
        ("Could you give me your tenancy reference?", "#6344348",
         "That's an order number I think, do you have the tenancy reference?"),
        ("Wat is uw klantnummer?", "40517729",
         "Dat is een bestelnummer denk ik, heeft u het klantnummer?"),
        ("Hva er kundenummeret ditt?", "40517729",
         "Det er vel et ordrenummer, har du kundenummeret?"),
        ("Ваш номер клиента?", "40517729", "Это, кажется, номер заказа, а номер клиента есть?"),
    ],
)  # fmt: skip
def test_a_statement_before_the_question_s_comma_takes_the_answer_back(
    detector: Detector, asked: str, answer: str, statement: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer), ("agent", statement)])
    assert out[1] == [], out[1]


@pytest.mark.parametrize(
    ("turns", "pieces"),
    [
        ([("agent", "What's your email address?"), ("customer", "hwarrender@vi..."),
          ("customer", "rgin"), ("customer", "media.com oops")],
         {1: "hwarrender@vi", 2: "rgin", 3: "media.com"}),
        ([("agent", "Wat is uw e-mailadres?"), ("customer", "f@outlo"), ("customer", "ok.c"),
          ("customer", "...om")], {1: "f@outlo", 2: "ok.c", 3: "om"}),
        ([("agent", "Hva er e-postadressen din?"), ("customer", "sveinung.aa@proton...."),
          ("customer", "...me")], {1: "sveinung.aa@proton.", 2: "me"}),
        ([("agent", "Какая у вас почта?"), ("customer", "olga.smirnova@ya"),
          ("customer", "ndex."), ("customer", "ru, извините")],
         {1: "olga.smirnova@ya", 2: "ndex.", 3: "ru"}),
    ],
)  # fmt: skip
def test_an_email_address_typed_over_three_messages(
    detector: Detector, turns: list[tuple[str, str]], pieces: dict[int, str]
) -> None:
    out = talk_spans(detector, turns)
    for k, piece in pieces.items():
        assert ("EMAIL_ADDRESS", piece) in out[k], out[k]


def test_words_before_an_email_address_are_no_piece_of_it(detector: Detector) -> None:
    out = talk_spans(detector, [
        ("agent", "What's your email address?"), ("customer", "Kiel"),
        ("customer", "it's j.hartley@proton.me"),
    ])  # fmt: skip
    assert out[1] == [] and out[2] == [("EMAIL_ADDRESS", "j.hartley@proton.me")], out


@pytest.mark.parametrize(
    ("turns", "pieces"),
    [
        ([("agent", "Could you give me your tenant number?"), ("customer", "HR-8047"),
          ("customer", "...4834")], {1: "HR-8047", 2: "4834"}),
        ([("agent", "Mag ik uw huurdernummer?"), ("customer", "HR-6105"),
          ("customer", "...2297")], {1: "HR-6105", 2: "2297"}),
        ([("agent", "Hva er medlemsnummeret ditt?"), ("customer", "MK-6105"),
          ("customer", "2297 sendte for tidlig")], {1: "MK-6105", 2: "2297"}),
        ([("agent", "Ваш номер клиента?"), ("customer", "LSC-6105"),
          ("customer", "...2297")], {1: "LSC-6105", 2: "2297"}),
    ],
)  # fmt: skip
def test_a_lettered_number_typed_in_two_pieces(
    detector: Detector, turns: list[tuple[str, str]], pieces: dict[int, str]
) -> None:
    out = talk_spans(detector, turns)
    for k, piece in pieces.items():
        assert ("CUSTOMER_NUMBER", piece) in out[k], out[k]


def test_an_order_s_letters_make_no_piece(detector: Detector) -> None:
    out = talk_spans(detector, [
        ("agent", "Hvilken vare gjelder det?"), ("customer", "SKU-47824"),
        ("customer", "fikk 17594431420627 fra budet"),
    ])  # fmt: skip
    assert not [k for k, _ in out[1] + out[2] if k == "CREDIT_CARD"], out


def test_i_will_need_asks(detector: Detector) -> None:
    out = talk_spans(detector, [
        ("agent", "I'll need the applicant ID to pull up the file."), ("customer", "7724019"),
    ])  # fmt: skip
    assert out[1] == [("CUSTOMER_NUMBER", "7724019")], out[1]


def test_the_acknowledgements_come_from_the_rules(detector: Detector) -> None:
    """The words of a thank-you are rules (``acknowledgements`` in conversation.yaml), not
    code: a message made of them asks for nothing, though "takk" is a request word."""
    conv = detector.conversations
    assert {"takk", "bedankt", "спасибо", "thanks"} <= conv._thanks
    assert not conv.asks("Supert, takk.") and conv.asks("Kundenummeret, takk.")


@pytest.mark.parametrize(
    ("asked", "answer", "address"),
    [
        ("Where should we send it?", "same as last time: 14 mill lane in kendal",
         "14 mill lane in kendal"),
        ("Waar mogen we het naartoe sturen?", "zelfde als vorige keer: zuiderdiep 61 in alkmaar",
         "zuiderdiep 61 in alkmaar"),
        ("Hvor skal vi sende det?", "samme som sist: eikeveien 12b i bodø", "eikeveien 12b i bodø"),
    ],
)  # fmt: skip
def test_the_town_after_a_preposition_belongs_to_the_address(
    detector: Detector, asked: str, answer: str, address: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert ("LOCATION", address) in out[1], out[1]


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("my berth holder nubmer is 58602636", "58602636"),
        ("the applicant numebr: 58602636", "58602636"),
    ],
)
def test_a_word_for_number_with_two_letters_swapped(
    detector: Detector, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", "How can I help?"), ("customer", answer)])
    assert ("CUSTOMER_NUMBER", value) in out[1], out[1]


def test_a_swapped_word_is_no_word_for_number_by_chance(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "How can I help?"),
                                ("customer", "last summer we paid 58602636 too much")])  # fmt: skip
    assert not [k for k, _ in out[1] if k == "CUSTOMER_NUMBER"], out[1]
