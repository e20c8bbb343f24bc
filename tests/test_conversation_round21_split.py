"""The detector, through the whole conversation (round 21): values typed in pieces.

- The remark that a piece was sent too early may open the message with the rest ("sorry
  pressed enter too early 66006", "sorry, trykket enter for tidlig 05388", "sorry, te vroeg
  op enter 8676", "ой, рано нажала 9391"): the rest starts after it, and the pieces join
  as the value asked for (numbers, e-mail addresses, an address's town and street).
- A continuation's words keep the dot of the piece after them ("de rest: .vermeulen").

Every person and number here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("question", "first", "second", "etype", "rest"),
    [
        (
            "What's your membership number?",
            "7604",
            "sorry pressed enter too early 8676",
            "CUSTOMER_NUMBER",
            "8676",
        ),
        (
            "Mag ik uw abonnementsnummer?",
            "7604",
            "sorry, te vroeg op enter 8676 🙈",
            "CUSTOMER_NUMBER",
            "8676",
        ),
        (
            "Kan jeg få kundenummeret ditt?",
            "7604",
            "sorry, trykket enter for tidlig 8676",
            "CUSTOMER_NUMBER",
            "8676",
        ),
        ("Введите номер полиса.", "8702", "ой, рано нажала 9391", "CUSTOMER_NUMBER", "9391"),
        (
            "Hvilket mobilnummer skal vi sende sms til?",
            "+47 45",
            "sorry, trykket enter for tidlig 83 74 15",
            "PHONE_NUMBER",
            "83 74 15",
        ),
    ],
)
def test_rest_after_a_sent_too_early_remark(
    detector: Detector, question: str, first: str, second: str, etype: str, rest: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert out[1] == [(etype, first)]
    assert out[2] == [(etype, rest)]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Which email is the account under?",
            "cheadle.b",
            "sorry pressed enter too early @gmail.com",
        ),
        (
            "Welk e-mailadres zullen we gebruiken?",
            "cheadle.b",
            "sorry, te vroeg op enter @gmail.com",
        ),
        (
            "Hvilken e-postadresse skal vi bruke?",
            "cheadle.b",
            "sorry, trykket enter for tidlig @gmail.com",
        ),
        ("Куда прислать подтверждение по почте?", "roman.mironov", "ой, рано нажала @mail.ru"),
    ],
)
def test_email_rest_after_a_sent_too_early_remark(
    detector: Detector, question: str, first: str, second: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert out[1] == [("EMAIL_ADDRESS", first)]
    assert [t for t, _ in out[2]] == ["EMAIL_ADDRESS"]
    assert out[2][0][1].endswith(second.rsplit(" ", 1)[1])


def test_town_then_street_after_a_sent_too_early_remark(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Куда направить письмо?"),
            ("customer", "Калуга"),
            ("customer", "ой, рано нажала ул. Строителей 73-50"),
        ],
    )
    assert out[1] == [("LOCATION", "Калуга")]
    assert out[2] == [("LOCATION", "ул. Строителей 73-50")]


def test_a_remark_alone_is_no_piece(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What's your membership number?"),
            ("customer", "sorry pressed enter too early"),
            ("customer", "the item was 2 days late"),
        ],
    )
    assert out[1] == [] and out[2] == []


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        ("Which email is the account under?", ["stale", ".engebretsen", "@sky.com"]),
        ("Welk e-mailadres zullen we gebruiken?", ["margriet", "de rest: .vermeulen", "@live.nl"]),
        (
            "Hvilken e-postadresse skal vi bruke?",
            ["stale", "sorry, trykket enter for tidlig .engebretsen", "@broadpark.no"],
        ),
        ("На какую почту отправить?", ["roza", "_ivanova", "@mail.ru"]),
    ],
)
def test_a_word_then_a_dotted_piece_starts_the_address(
    detector: Detector, question: str, pieces: list[str]
) -> None:
    out = talk_spans(detector, [("agent", question), *(("customer", p) for p in pieces)])
    assert out[1] == [("EMAIL_ADDRESS", pieces[0])]
    assert [t for t, _ in out[2] + out[3]] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]


def test_a_word_without_a_dotted_piece_after_it_is_no_piece(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Welk e-mailadres zullen we gebruiken?"),
            ("customer", "margriet"),
            ("customer", "vermeulen"),
            ("customer", "@live.nl"),
        ],
    )
    assert out[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "my mail is anna.berg84@@gmail.com",
        "mijn mail is anna.berg84@@telenet.be",
        "e-posten min er anna.berg84@@online.no",
        "почта anna.berg84@@list.ru",
    ],
)
def test_an_at_sign_typed_twice_is_still_the_address(found, text: str) -> None:
    assert found(text) == [("EMAIL_ADDRESS", "anna.berg84@@" + text.rsplit("@", 1)[1])]


@pytest.mark.parametrize(
    ("question", "pieces", "middle"),
    [
        (
            "Which email is the account under?",
            ["barnaby", ".lockhart", "@sky.com sorry"],
            ".lockhart",
        ),
        (
            "Welk e-mailadres zullen we gebruiken?",
            ["margriet", "de rest: .vermeulen", "@live.nl"],
            ".vermeulen",
        ),
        ("Hvilken e-postadresse skal vi bruke?", ["even", "_myhre", "@gmail.com"], "_myhre"),
        ("На какую почту отправить?", ["roza", ".ivanova", "@mail.ru"], ".ivanova"),
    ],
)
def test_the_middle_piece_keeps_its_dot(
    detector: Detector, question: str, pieces: list[str], middle: str
) -> None:
    out = talk_spans(detector, [("agent", question), *(("customer", p) for p in pieces)])
    assert out[2] == [("EMAIL_ADDRESS", middle)]


@pytest.mark.parametrize(
    ("question", "region", "rest"),
    [
        (
            "What address shall we post it to?",
            "Co. Durham",
            "12 Mill Lane, Barnard Castle DL12 8AB",
        ),
        ("Wat is uw adres?", "provincie Utrecht", "Dorpsstraat 12, 3731 AB De Bilt"),
        ("Hva er adressen din?", "Innlandet fylke", "Kløverveien 12, 2815 Gjøvik"),
        ("Куда направить письмо?", "Вологодская обл.", "д. Ивановка, ул. Полевая, д. 48"),
    ],
)
def test_a_region_then_the_address(
    detector: Detector, question: str, region: str, rest: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", region), ("customer", rest)])
    assert out[1] == [("LOCATION", region)]
    assert out[2] == [("LOCATION", rest)]


def test_a_region_word_without_an_address_after_it(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "What address shall we post it to?"),
            ("customer", "county council"),
            ("customer", "thanks"),
        ],
    )
    assert out[1] == [] and out[2] == []
