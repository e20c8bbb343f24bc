"""The detector, through the whole conversation (round 22): values split over turns.

- The agent's prompt to go on made of whole phrasings ("ok, and then?", "ok, en dan?", "ok,
  og så?", "Ga verder, het eerste deel heb ik.", "Продолжайте, первую часть записала.") asks
  for nothing new: the pieces around it are one value, and the question stays open.
- A question for the card's long number ("het lange nummer op de pas", "the long number on
  the card", "полный номер карты") asks for the card, not for a customer number.
- A postcode's four digits alone after a street line, then its letters and town
  ("Kastanjelaan 95" / "1621" / "CK Hoorn"), or cut between them as the answer.

Every person and number here is synthetic (the IBANs and cards pass their checksums).
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "prompt", "pieces", "etype"),
    [
        ("Which IBAN should the refund go to?", "ok, and then?",
         ["GB85", "MIDL 5333 1478", "9328 80"], "IBAN_CODE"),
        ("Naar welk rekeningnummer mag het geld terug?", "Ga verder, het eerste deel heb ik.",
         ["NL40 RABO", "1855 3457 86"], "IBAN_CODE"),
        ("Hvilket kontonummer skal pengene tilbake til?", "ok, og så?",
         ["NO06 21", "64 7786 364"], "IBAN_CODE"),
        ("Voer uw relatienummer in.", "ok, en dan?", ["481", "-7726"], "CUSTOMER_NUMBER"),
        ("Which mobile number can the driver call?", "Got the first part, go on.",
         ["07700 90", "0123"], "PHONE_NUMBER"),
        ("Какой номер телефона для связи?", "Продолжайте, первую часть записала.",
         ["+7 916", "254-37-81"], "PHONE_NUMBER"),
    ],
)  # fmt: skip
def test_pieces_around_the_agents_prompt_to_go_on_are_one_value(
    detector: Detector, question: str, prompt: str, pieces: list[str], etype: str
) -> None:
    turns = [("agent", question), ("customer", pieces[0]), ("agent", prompt)]
    turns += [("customer", p) for p in pieces[1:]]
    out = talk_spans(detector, turns)
    assert out[2] == [], out[2]
    for k, piece in enumerate(pieces):
        at = 1 if k == 0 else 2 + k
        assert out[at] == [(etype, piece)], (piece, out[at])


@pytest.mark.parametrize(
    ("question", "prompt", "first", "rest"),
    [
        ("Where do you want the kit delivered?", "ok, and then?", "66 Ropewalk", "Truro TR1 2XN"),
        ("Hvor skal vi sende det?", "ok, og så?", "Myrstien 78", "2609 Lillehammer"),
        ("Waar moet het bezorgd worden?", "ok, en dan?", "Kastanjelaan 95", "1621 CK Hoorn"),
        ("по какому адресу подъехать?", "Продолжайте, первую часть записала.",
         "ул. Рабочая, д. 18, кв. 80", "600000"),
    ],
)  # fmt: skip
def test_the_rest_of_an_address_after_the_agents_prompt_to_go_on(
    detector: Detector, question: str, prompt: str, first: str, rest: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", question), ("customer", first), ("agent", prompt), ("customer", rest)],
    )
    assert out[1] == [("LOCATION", first)], out[1]
    assert out[3] == [("LOCATION", rest)], out[3]


@pytest.mark.parametrize(
    "prompt",
    [
        "ok, and then?",
        "Ga verder, het eerste deel heb ik.",
        "ok, og så?",
        "Продолжайте, первую часть записала.",
    ],
)
def test_the_prompt_to_go_on_asks_for_nothing_new(detector: Detector, prompt: str) -> None:
    # a number after the prompt that joins to nothing is no value of the question's type
    # by the prompt alone; the prompt is not read as a question for a number of any kind
    out = talk_spans(
        detector,
        [
            ("agent", "Which flight are you on?"),
            ("customer", "the one to Oslo"),
            ("agent", prompt),
            ("customer", "it leaves at 14"),
        ],
    )
    assert out[3] == [], out[3]


def test_a_new_question_after_a_piece_still_ends_the_pieces(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Which IBAN should the refund go to?"),
            ("customer", "GB85"),
            ("agent", "And what is your order number?"),
            ("customer", "5333 1478"),
        ],
    )
    assert not [f for f in out[3] if f[0] == "IBAN_CODE"], out[3]


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Kunt u het lange nummer op de pas typen?", ["5423 1877 0461 2053"]),
        ("Kunt u het lange nummer op de pas typen?", ["4552", "0931 6870", "7247"]),
        ("Could you type the long number on the card?", ["5319 4602 7815 5834"]),
        ("Kan du skrive det lange nummeret på kortet?", ["5423 1877", "0461 2053"]),
        ("Напишите полный номер карты, по которой операция.", ["4552 0931 6870 7247"]),
    ],
)
def test_a_question_for_the_cards_long_number_asks_for_the_card(
    detector: Detector, question: str, answers: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question)] + [("customer", a) for a in answers])
    for k, a in enumerate(answers, start=1):
        assert out[k] == [("CREDIT_CARD", a)], (a, out[k])


def test_a_mistyped_card_and_its_correction_after_the_long_number_question(
    detector: Detector,
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Kunt u het lange nummer op de pas typen?"),
            ("customer", "5423 1877 0461 2058"),
            ("customer", "sorry typfout, het is 5423 1877 0461 2053"),
        ],
    )
    assert out[1] == [("CREDIT_CARD", "5423 1877 0461 2058")], out[1]
    assert out[2] == [("CREDIT_CARD", "5423 1877 0461 2053")], out[2]


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("Waar moet het bezorgd worden?", ["Kastanjelaan 95", "1621", "CK Hoorn"]),
        ("Hvor skal vi sende det?", ["elvegata 39", "4836", "arendal"]),
        ("Waar mogen we het naartoe sturen?", ["3514", "AB Utrecht"]),
    ],
)
def test_a_postcodes_digits_alone_then_the_rest(
    detector: Detector, question: str, lines: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question)] + [("customer", x) for x in lines])
    for k, line in enumerate(lines, start=1):
        assert out[k] == [("LOCATION", line)], (line, out[k])


def test_four_digits_after_an_address_with_its_postcode_are_no_postcode(
    detector: Detector,
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Waar moet het bezorgd worden?"),
            ("customer", "Kastanjelaan 95, 1621 CK Hoorn"),
            ("customer", "1234"),
        ],
    )
    assert out[2] == [], out[2]


@pytest.mark.parametrize(
    ("question", "first", "rest"),
    [
        ("Which email shall I send the confirmation to?", "ma", "rlow.kit@outlook.com"),
        ("Naar welk mailadres mag de bevestiging?", "te", "ssa.vonk@ziggo.nl"),
        ("Hvilken e-post skal bekreftelsen til?", "tr", "ude.aas@online.no"),
        ("какой у вас имейл?", "gt", "arasova@yandex.ru"),
    ],
)
def test_an_email_address_started_with_two_letters(
    detector: Detector, question: str, first: str, rest: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", first), ("customer", rest)])
    assert out[1] == [("EMAIL_ADDRESS", first)], out[1]
    assert out[2] == [("EMAIL_ADDRESS", rest)], out[2]


@pytest.mark.parametrize("word", ["ok", "hi", "ja", "ну", "ty", "да", "nei"])
def test_a_two_letter_remark_before_an_email_address_is_no_piece_of_it(
    detector: Detector, word: str
) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What's your email address?"),
            ("customer", word),
            ("customer", "marlow.kit@outlook.com"),
        ],
    )
    assert out[1] == [], out[1]
    assert out[2] == [("EMAIL_ADDRESS", "marlow.kit@outlook.com")], out[2]


# phrasings that no conversation set holds: the prompt's family, not one sentence
@pytest.mark.parametrize(
    ("question", "prompt", "pieces", "etype"),
    [
        ("Can I take the IBAN for the refund?", "Got the first bit, carry on.",
         ["GB85 MIDL", "5333 1478 9328 80"], "IBAN_CODE"),
        ("What's your membership number?", "ok, what's next?", ["5521", "-8830"],
         "CUSTOMER_NUMBER"),
        ("Wat is uw klantnummer?", "Eerste stuk genoteerd, ga maar door.", ["481", "-7726"],
         "CUSTOMER_NUMBER"),
        ("Hva er kundenummeret ditt?", "Første del har jeg, fortsett.", ["481", "-7726"],
         "CUSTOMER_NUMBER"),
        ("Назовите номер клиента.", "Первую часть записал, что дальше?", ["481", "-7726"],
         "CUSTOMER_NUMBER"),
    ],
)  # fmt: skip
def test_other_prompts_to_go_on(
    detector: Detector, question: str, prompt: str, pieces: list[str], etype: str
) -> None:
    out = talk_spans(
        detector,
        [("agent", question), ("customer", pieces[0]), ("agent", prompt), ("customer", pieces[1])],
    )
    assert out[1] == [(etype, pieces[0])], out[1]
    assert out[3] == [(etype, pieces[1])], out[3]


@pytest.mark.parametrize(
    "question",
    [
        "Could you type the 16 digits on the card?",
        "Wat is het nummer op uw bankpas?",
        "Hva er nummeret på bankkortet ditt?",
        "Какой длинный номер на карте?",
    ],
)
def test_other_questions_for_the_cards_number(detector: Detector, question: str) -> None:
    out = talk_spans(
        detector, [("agent", question), ("customer", "4552 0931"), ("customer", "6870 7247")]
    )
    assert out[1] == [("CREDIT_CARD", "4552 0931")], out[1]
    assert out[2] == [("CREDIT_CARD", "6870 7247")], out[2]


@pytest.mark.parametrize("question", ["Wat is het nummer op uw pas?", "Какой номер на карте?"])
def test_a_pass_or_card_of_unknown_kind_leaves_a_customer_number_found(
    detector: Detector, question: str
) -> None:
    # a loyalty, library or member pass ("de pas", "карта") has a number too: either
    out = talk_spans(detector, [("agent", question), ("customer", "40917733")])
    assert out[1] == [("CUSTOMER_NUMBER", "40917733")], out[1]
