"""Round 23, the detector through the whole conversation: values typed in pieces after
"…and", "…og", "…en", "…и" or a remark that the message went too early ("ой, рано
отправилось"); prompts that name what the agent has ("Это есть, а дальше?", "Dat stuk heb
ik, en de rest?"); an e-mail address with its "@" alone in a message; a card whose middle
group reads as a phone number; a Russian account whose first piece has a Norwegian
account's length; an area code in brackets; a season ticket's number; addresses inside an
answer with a country first or a block's entrance. Synthetic values, checksum-valid."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _typed(out: list[list[tuple[str, str]]], kind: str) -> list[str]:
    return [text for msg in out for t, text in msg if t == kind]


@pytest.mark.parametrize(
    ("asked", "first", "second", "pieces"),
    [
        ("What's your phone number?", "07700", "…and 900123", ("07700", "900123")),
        ("What's your phone number?", "07700 …", "…and 900123 🙈", ("07700", "900123")),
        ("Op welk nummer kunnen we u bereiken?", "06 12", "…en 34 56 78", ("06 12", "34 56 78")),
        ("Hvilket nummer kan vi nå deg på?", "412 34", "…og 567", ("412 34", "567")),
        ("По какому номеру с вами связаться?", "8 (912)", "ой, рано отправилось 345-67-89",
         ("8 (912)", "345-67-89")),
        ("Оставите контактный телефон?", "8912", "…и 3456789 🙈", ("8912", "3456789")),
    ],
)  # fmt: skip
def test_a_piece_after_dots_and_a_joining_word_or_a_remark_goes_on(
    detector: Detector, asked: str, first: str, second: str, pieces: tuple[str, str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert ("PHONE_NUMBER", pieces[0]) in out[1], out[1]
    assert ("PHONE_NUMBER", pieces[1]) in out[2], out[2]


@pytest.mark.parametrize(
    ("asked", "prompt"),
    [
        ("Какой у вас номер клиента?", "Это есть, а дальше?"),
        ("Какой у вас номер клиента?", "Эту часть записала, продолжайте."),
        ("Wat is uw klantnummer?", "Dat stuk heb ik, en de rest?"),
        ("Hva er kundenummeret ditt?", "Har fått det, og resten?"),
        ("What's your customer number?", "Got that bit, and the rest?"),
    ],
)
def test_a_prompt_naming_what_the_agent_has_asks_for_the_rest(
    detector: Detector, asked: str, prompt: str
) -> None:
    # the pieces around the prompt are one number (4471-88203), not a new answer
    out = talk_spans(
        detector,
        [("agent", asked), ("customer", "4471"), ("agent", prompt), ("customer", "-88203")],
    )
    assert ("CUSTOMER_NUMBER", "4471") in out[1], out[1]
    assert ("CUSTOMER_NUMBER", "-88203") in out[3], out[3]


def test_a_go_on_word_alone_is_still_no_value(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Какой у вас номер клиента?"), ("customer", "Это есть")])
    assert out[1] == [], out[1]


@pytest.mark.parametrize(
    ("asked", "turns", "pieces"),
    [
        ("and your email address?", ["tmoreland84", "…and @", "gmail.com"],
         ("tmoreland84", "@", "gmail.com")),
        ("Naar welk e-mailadres mag de bevestiging?", ["lvisser77", "@ sorry", "…en outlook.com"],
         ("lvisser77", "@", "outlook.com")),
        ("Hvilken e-post står på kontoen?", ["kbrekke", "…og @", "getmail.no 🙈"],
         ("kbrekke", "@", "getmail.no")),
        ("На какую почту прислать подтверждение?", ["orlov_petr …", "@ sorry", "yandex.ru 🙈"],
         ("orlov_petr", "@", "yandex.ru")),
    ],
)  # fmt: skip
def test_an_email_address_with_its_at_sign_alone_is_one_address(
    detector: Detector, asked: str, turns: list[str], pieces: tuple[str, str, str]
) -> None:
    out = talk_spans(detector, [("agent", asked), *(("customer", t) for t in turns)])
    for k, piece in enumerate(pieces, 1):
        assert ("EMAIL_ADDRESS", piece) in out[k], out[k]


def test_an_at_sign_alone_without_the_halves_is_nothing(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "What's your email?"), ("customer", "@")])
    assert out[1] == [], out[1]


@pytest.mark.parametrize(
    ("asked", "prompt"),
    [
        ("Hva er kortnummeret til depositumet?", "Har fått det, og resten?"),
        ("Wat is het kaartnummer voor de aanbetaling?", "Dat stuk heb ik, en de rest?"),
    ],
)
def test_a_cards_middle_group_read_as_a_phone_number_is_the_cards(
    detector: Detector, asked: str, prompt: str
) -> None:
    # 5100 4123 4567 1007 passes Luhn; "4123 4567" alone is a Norwegian mobile's shape
    out = talk_spans(
        detector,
        [
            ("agent", asked),
            ("customer", "5100"),
            ("agent", prompt),
            ("customer", "4123 4567"),
            ("customer", "1007"),
        ],
    )
    assert ("CREDIT_CARD", "5100") in out[1], out[1]
    assert ("CREDIT_CARD", "4123 4567") in out[3], out[3]
    assert ("CREDIT_CARD", "1007") in out[4], out[4]


def test_a_phone_number_alone_where_no_card_was_asked_stays_a_phone(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hvilket nummer kan vi nå deg på?"),
            ("customer", "412 34 567"),
            ("customer", "1007"),
        ],
    )
    assert ("PHONE_NUMBER", "412 34 567") in out[1], out[1]
    assert not _typed(out, "CREDIT_CARD")


@pytest.mark.parametrize(
    "turns",
    [
        ["40817810600", "…и 49403 sorry", "5990 sorry"],
        ["40817810600", "49403", "5990"],
    ],
)
def test_a_russian_account_whose_first_piece_has_a_norwegian_accounts_length(
    detector: Detector, turns: list[str]
) -> None:
    # 40817810600494035990: a Russian account (408 17 810 …) typed in three pieces
    out = talk_spans(
        detector, [("agent", "На какой счёт вернуть деньги?"), *(("customer", t) for t in turns)]
    )
    assert _typed(out, "BANK_ACCOUNT") == ["40817810600", "49403", "5990"], out


def test_pieces_that_join_to_no_account_add_nothing(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "На какой счёт вернуть деньги?"),
            ("customer", "408178106"),
            ("customer", "4940"),
            ("customer", "35990"),
        ],
    )
    assert not _typed(out[2:], "BANK_ACCOUNT"), out


def test_a_snils_whose_check_digits_follow_after_a_prompt(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Пришлите, пожалуйста, СНИЛС"),
            ("customer", "359-736-898 …"),
            ("agent", "Продолжайте 🙂"),
            ("customer", "59"),
        ],
    )
    assert ("NATIONAL_ID", "359-736-898") in out[1], out[1]
    assert ("NATIONAL_ID", "59") in out[3], out[3]


@pytest.mark.parametrize(
    ("turns", "pieces"),
    [
        (["8 (912) …", "ой, рано отправилось 345-67-89"], ["8 (912)", "345-67-89"]),
        (["8 …", "(912)", "345-67-89 🙈"], ["8", "(912)", "345-67-89"]),
    ],
)
def test_an_area_code_in_brackets_is_its_pieces_whole(
    detector: Detector, turns: list[str], pieces: list[str]
) -> None:
    out = talk_spans(
        detector, [("agent", "Оставите контактный телефон?"), *(("customer", t) for t in turns)]
    )
    assert _typed(out, "PHONE_NUMBER") == pieces, out


@pytest.mark.parametrize(
    "asked",
    [
        "На какой номер абонемента оформлено?",
        "Подскажите, пожалуйста, ваш номер жертвователя.",
        "What's your donor number?",
        "Wat is uw donateursnummer?",
        "Hva er givernummeret ditt?",
        # the Norwegian plural of a customer's or member's number
        "Hvilke medlemsnumre skal inn i familiekontoen?",
        "Hvilke kundenumre gjelder det?",
    ],
)
def test_a_season_tickets_or_donors_number_is_a_customer_number(
    detector: Detector, asked: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", "25543233")])
    assert ("CUSTOMER_NUMBER", "25543233") in out[1], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "address"),
    [
        ("Счёт отправлять на тот же адрес?",
         "счёт на казахстан, г. алматы, пр. абая, 48, кв. 17, пожалуйста",
         "казахстан, г. алматы, пр. абая, 48, кв. 17"),
        ("Счёт отправлять на тот же адрес?",
         "нет, на дочь: калуга, полевая ул. 143, подъезд 2, кв. 155",
         "калуга, полевая ул. 143, подъезд 2, кв. 155"),
        ("Is the invoice going to the same address?",
         "no, to my daughter's: apt 3, 22 seaview terrace, bray, co. wicklow a98 k2f3",
         "apt 3, 22 seaview terrace, bray, co. wicklow a98 k2f3"),
    ],
)  # fmt: skip
def test_a_whole_address_inside_an_answer(
    detector: Detector, asked: str, answer: str, address: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    places = [text for t, text in out[1] if t == "LOCATION"]
    assert any(address in p for p in places), out[1]


def test_numbers_asked_for_without_their_kind_stay_phone_numbers(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Hvilke numre kan vi bruke?"), ("customer", "904 78 254 | 98 24 53 39")],
    )
    assert out[1] == [("PHONE_NUMBER", "904 78 254"), ("PHONE_NUMBER", "98 24 53 39")], out[1]
