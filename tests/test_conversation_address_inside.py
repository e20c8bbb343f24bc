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
