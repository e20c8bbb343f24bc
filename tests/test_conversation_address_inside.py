"""The detector, through the whole conversation: trust the question. While an address is
asked for, the address inside the answer is found whatever words stand around it ("no, to
work: 78 ropewalk, stirling", "nieuw: esdoornhof 77b tilburg, oud was ...", a note in
brackets after it), with or without a street word; the words around it are not reported."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "answer", "addresses"),
    [
        ("And where should the invoice go, same address?", "no, to work: 78 ropewalk, stirling",
         ["78 ropewalk, stirling"]),
        ("Where do you live now?", "130b granary mews, stirling fk8 2bp (the side door)",
         ["130b granary mews, stirling fk8 2bp"]),
        ("What's the new address?", "new one is 77a tanners row, shrewsbury, old was "
         "88 sandpiper lane ex4 3pz", ["77a tanners row, shrewsbury", "88 sandpiper lane ex4 3pz"]),
        ("En de factuur, zelfde adres?", "nee, naar mijn werk: zwanenvest 4 2801 jg gouda",
         ["zwanenvest 4 2801 jg gouda"]),
        ("Naar welk adres mogen we het sturen?", "naar wilhelminastraat 83-ii, assen",
         ["wilhelminastraat 83-ii, assen"]),
        ("Hvor skal vi sende det?", "nei, til jobben: granittveien 90b, 2317 hamar",
         ["granittveien 90b, 2317 hamar"]),
        ("Hvilken adresse skal vi bruke?", "ny: tyttebærlia 105, molde (ring på)",
         ["tyttebærlia 105, molde"]),
        ("Куда отправить документы?", "нет, на работу: ул. садовая 18, кв. 4, тверь",
         ["ул. садовая 18, кв. 4, тверь"]),
    ],
)  # fmt: skip
def test_the_address_inside_the_answer_is_found(
    detector: Detector, asked: str, answer: str, addresses: list[str]
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    found = [text for kind, text in out[1] if kind == "LOCATION"]
    for address in addresses:
        assert any(address in f and len(f) <= len(address) + 5 for f in found), out[1]
    assert not any(f.startswith(("no", "nee", "naar", "nei", "ny", "нет")) for f in found)


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Where should we send it?", "in about 20 minutes, I'm at work"),
        ("Waar moeten we het heen sturen?", "er is 207 euro afgeschreven, twee keer"),
        ("Hvor skal vi sende det?", "jeg har 2 barn på skolen"),
        ("Куда отправить?", "через 15 минут, я на работе"),
    ],
)
def test_no_address_without_an_address_s_parts(detector: Detector, asked: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert not [f for f in out[1] if f[0] == "LOCATION"], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "address"),
    [
        # round 26: a floor before the flat, a floor in brackets, a street's name before its
        # word and a comma, a town first
        ("Which address should we post it to?", "to ground floor flat, 14 mill lane, leeds",
         "ground floor flat, 14 mill lane, leeds"),
        ("Waar mogen we het heen sturen?", "naar kerkstraat 12 (3e verdieping), 3511 AB Utrecht",
         "kerkstraat 12 (3e verdieping), 3511 AB Utrecht"),
        ("Hvor skal vi sende det?", "til storgata 9 (2. etasje), 0155 oslo",
         "storgata 9 (2. etasje), 0155 oslo"),
        ("Куда отправить?", "ул. садовая, д. 7, кв. 12 (4 этаж), тверь",
         "ул. садовая, д. 7, кв. 12 (4 этаж), тверь"),
        ("Куда доставить?", "липовый б-р, д. 3, кв. 8", "липовый б-р, д. 3, кв. 8"),
        ("Куда отправить?", "домой: тверь, липовый б-р 3 кв 8", "тверь, липовый б-р 3 кв 8"),
    ],
)  # fmt: skip
def test_floors_and_a_street_s_name_belong_to_the_address(
    detector: Detector, asked: str, answer: str, address: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    found = [text for kind, text in out[1] if kind == "LOCATION"]
    assert address in found, out[1]


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Which address should we post it to?", "to my flat, 14 mill lane, leeds"),
        ("Куда отправить?", "домой: ул. садовая 7, кв. 12"),
    ],
)
def test_no_function_word_before_the_address(detector: Detector, asked: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    found = [text for kind, text in out[1] if kind == "LOCATION"]
    assert found and not any(f.startswith(("to", "my", "домой")) for f in found), out[1]


@pytest.mark.parametrize(
    ("asked", "first", "again", "address"),
    [
        # round 26: a new address after the one just given, after a remark and a colon
        ("Where should we send it?", "to work please: 5 quay street, bristol",
         "sorry, we just moved: 18 hazel grove, bath", "18 hazel grove, bath"),
        ("Waar mag het heen?", "graag naar huis: kerkstraat 4, 3511 ab utrecht",
         "sorry, we zijn net verhuisd: lindelaan 20, zwolle", "lindelaan 20, zwolle"),
        ("Hvor skal det sendes?", "til jobben: storgata 3, 0155 oslo",
         "unnskyld, vi har nettopp flyttet: bjørkeveien 12 i hamar", "bjørkeveien 12 i hamar"),
        ("Куда отправить?", "на работу: ул. садовая 18, кв. 4, тверь",
         "ой, мы переехали: ул. лесная 7, кв. 2, тверь", "ул. лесная 7, кв. 2, тверь"),
    ],
)  # fmt: skip
def test_a_new_address_after_the_one_given(
    detector: Detector, asked: str, first: str, again: str, address: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", again)])
    found = [text for kind, text in out[2] if kind == "LOCATION"]
    assert address in found, out[2]


@pytest.mark.parametrize(
    ("asked", "first", "after"),
    [
        ("Where should we send it?", "to work please: 5 quay street, bristol",
         "thanks! one more thing: 2 boxes please"),
        ("Waar mag het heen?", "graag naar huis: kerkstraat 4, 3511 ab utrecht",
         "nog iets: ik wil er 3 hebben"),
    ],
)  # fmt: skip
def test_no_address_after_the_one_given_without_one(
    detector: Detector, asked: str, first: str, after: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", after)])
    assert not [text for kind, text in out[2] if kind == "LOCATION"], out[2]


def test_no_new_address_after_the_agent_asked_for_something_else(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Waar mag het heen?"),
            ("customer", "kerkstraat 4, 3511 ab utrecht"),
            ("agent", "Ik heb van iedereen naam en geboortedatum nodig."),
            ("customer", "goed: Jan Smit, 15.9.81 en Annelies, 23 aug 1940"),
        ],
    )
    assert not [text for kind, text in out[3] if kind == "LOCATION"], out[3]


@pytest.mark.parametrize(
    ("asked", "first", "second", "rest"),
    [
        # round 26: the rest of an address sent on: the street's word, then its town; a
        # town after its preposition
        ("Where should we send it?", "12 brackenhurst", "lane durham", "lane durham"),
        ("Where should we send it?", "12 brackenhurst", "lane in durham", "lane in durham"),
        ("Hvor skal vi sende det?", "lyngveien 14", "i ålesund", "i ålesund"),
    ],
)  # fmt: skip
def test_the_rest_of_an_address_with_its_street_s_word_or_preposition(
    detector: Detector, asked: str, first: str, second: str, rest: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", first), ("customer", second)])
    assert [text for kind, text in out[2] if kind == "LOCATION"] == [rest], out[2]


@pytest.mark.parametrize("second", ["in a minute", "i morgen", "lane"])
def test_a_preposition_or_a_street_s_word_alone_is_no_rest(detector: Detector, second: str) -> None:
    out = talk_spans(
        detector,
        [("agent", "Where should we send it?"), ("customer", "12 primrose lane"),
         ("customer", second)],
    )  # fmt: skip
    assert not [text for kind, text in out[2] if kind == "LOCATION"], out[2]
