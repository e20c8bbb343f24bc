"""Round 30 (addresses without a cue): a Russian house's and flat's mark glued to its number
("д157 кв131", "д84к2"), and an address typed over two messages and cut inside a word: the
street's word ("sjøg" / "ata 87, lillehammer", "ул. некрасов" / "а 113-72, вологда"), the
town's name ("… rookery way, ips" / "wich") or the flat's mark ("… д. 12к2, к" / "в. 151").
Every address here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _places(detector: Detector, turns: list[tuple[str, str]]) -> list[list[str]]:
    out = talk(detector, turns)
    return [
        [d.message.text[f.start : f.end] for f in d.findings if f.entity_type == "LOCATION"]
        for d in out
    ]


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        (
            "Адрес доставки?",
            "г. тверь, пер. садовый д157 кв131",
            "г. тверь, пер. садовый д157 кв131",
        ),
        (
            "Куда отправить?",
            "Хорошо, я живу по адресу г. Псков, ул. Луговая д44к2 кв30",
            "г. Псков, ул. Луговая д44к2 кв30",
        ),
        (
            "Где вы живёте?",
            "ярославль, ул. полевая, дом12, корп2",
            "ярославль, ул. полевая, дом12, корп2",
        ),
    ],
)
def test_a_mark_glued_to_its_number(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    assert value in _places(detector, [("agent", question), ("customer", answer)])[1]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("Hvilken adresse skal fakturaen til?", "sjøg", "ata 87, lillehammer"),
        ("Hvor skal vi komme?", "lyng", "veien 30, molde"),
        ("Waar woont u?", "bote", "rdiep 15a te deventer"),
        ("Waar mogen we het naartoe sturen?", "kastanjel", "aan 14, 5211 ab utrecht"),
        ("Где вы живёте?", "ул. некрасов", "а 113-72, вологда"),
        ("На какой адрес выставить счёт?", "пер. Луговой", "продолжаю: й 29к2-126"),
        ("Where should we send it?", "flat 9, 4 rookery way, ips", "wich"),
        ("Hvilken adresse skal papirene til?", "myrveien 16a, kongs", "berg"),
        ("Afleveradres?", "Ooievaarslaan 134 2801JE Gou", "rest: da"),
        ("А куда ехать мастеру?", "кострома, пр. строителей, д. 12к2, к", "в. 151"),
    ],
)
def test_an_address_cut_inside_a_word(
    detector: Detector, question: str, first: str, second: str
) -> None:
    places = _places(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert places[1] and places[2]
    assert places[1][0] in first and places[2][0] in second
    assert places[2][0].startswith(second.split(": ")[-1][:2])


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("Where should we send it?", "ok", "thanks"),  # no address
        ("Where should we send it?", "flat 9, 4 rookery way, ipswich", "thanks"),
        ("Hvor skal vi komme?", "hei", "takk for hjelpen"),
        ("Где вы живёте?", "секунду", "сейчас посмотрю"),
    ],
)
def test_no_address_is_made_of_remarks(
    detector: Detector, question: str, first: str, second: str
) -> None:
    places = _places(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert places[2] == []
    assert places[1] in ([], [first])


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("Hvor skal vi komme?", "ok", "bakken 4, 8006 bodø"),
        ("Where should we send it?", "sorry", "lane 4, leeds"),
        ("Waar woont u?", "ja", "laan 4, 2611 ab delft"),
    ],
)
def test_a_remark_before_the_address_is_no_part_of_it(
    detector: Detector, question: str, first: str, second: str
) -> None:
    places = _places(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert places[1] == []


@pytest.mark.parametrize(
    ("question", "first", "second", "street"),
    [
        (
            "Where should we send it?",
            "flat 12, 127b",
            "bellfield avenue, lancaster",
            "bellfield avenue, lancaster",
        ),
        (
            "Where should we send it?",
            "flat 9, 33 Foxglov",
            "e Road, Lancaster",
            "e Road, Lancaster",
        ),
        ("Адрес доставки?", "кв. 12, д. 5", "ул. садовая, тверь", "ул. садовая, тверь"),
    ],
)
def test_the_street_after_the_numbers_of_an_address(
    detector: Detector, question: str, first: str, second: str, street: str
) -> None:
    places = _places(detector, [("agent", question), ("customer", first), ("customer", second)])
    assert places[2] == [street]


@pytest.mark.parametrize(
    ("first", "second"),
    [("12 kings road, leeds", "park lane entrance"), ("flat 12, 127b", "thanks so much")],
)
def test_no_street_after_an_address_with_its_street(
    detector: Detector, first: str, second: str
) -> None:
    turns = [("agent", "Where should we send it?"), ("customer", first), ("customer", second)]
    assert _places(detector, turns)[2] == []


def test_a_postcode_s_letters_are_no_cut_word(detector: Detector) -> None:
    turns = [
        ("agent", "Wat is je nieuwe adres?"),
        ("customer", "oké, esdoornhof 64 a 7411je"),
        ("customer", "graag na 7:35"),
    ]
    assert _places(detector, turns)[2] == []
