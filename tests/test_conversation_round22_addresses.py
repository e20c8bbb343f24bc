"""Round 22, addresses without a cue: the whole address is found, not a part of it - a
district's name with its number before the house ("Алматы, мкр. Самал-2, д. 58, кв. 12"), a
Latvian postcode and the country after a Russian address ("рига, ул. матиса 17-4, lv-1001,
латвия"), a village's address after its region ("вологодская обл., тотемский р-н, д.
никольское, д. 4"), a street's name abroad with its articles or opener ("rue de la station
9", "am markt 5"), a farm's name before the postcode and town ("nordre haugen gård, 2647
sør-fron"). (Synthetic addresses.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _covered(found: list[tuple[str, str]], text: str, value: str) -> bool:
    """Is every non-space character of value (inside text) covered by a LOCATION found?"""
    start = text.index(value)
    covered: set[int] = set()
    for etype, span in found:
        at = text.find(span)
        if etype == "LOCATION" and at != -1:
            covered |= set(range(at, at + len(span)))
    return all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        (
            "Куда доставить комплект?",
            "Алматы, мкр. Самал-2, д. 58, кв. 12 (потом дальше до Лужники)",
            "Алматы, мкр. Самал-2, д. 58, кв. 12",
        ),
        (
            "по какому адресу подъехать?",
            "рига, ул. матиса 17-4, lv-1001, латвия",
            "рига, ул. матиса 17-4, lv-1001, латвия",
        ),
        (
            "Waar moet het bezorgd worden?",
            "rue de la station 9, 6700 arlon, belgië (daarna door naar de Kuip)",
            "rue de la station 9, 6700 arlon, belgië",
        ),
        (
            "En het factuuradres, als dat anders is?",
            "am markt 5, 47533 kleve, duitsland",
            "am markt 5, 47533 kleve, duitsland",
        ),
        (
            "Hvilken adresse skal bilen kjøre til?",
            "nordre haugen gård, 2647 sør-fron",
            "nordre haugen gård, 2647 sør-fron",
        ),
        (
            "Hvor skal vi hente deg?",
            "til nordre haugen gård, 2647 sør-fron takk",
            "nordre haugen gård, 2647 sør-fron",
        ),
    ],
)
def test_the_whole_address_in_an_answer_is_found(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert _covered(out[1], answer, value), out[1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "я живу по адресу Рига, ул. Матиса 17-4, LV-1001, Латвия",
            "Рига, ул. Матиса 17-4, LV-1001, Латвия",
        ),
        (
            "я живу по адрсеу вологодская обл., тотемский р-н, д. никольское, д. 4",
            "вологодская обл., тотемский р-н, д. никольское, д. 4",
        ),
        (
            "меня зовут Арсений, я живу по адресу алматы, мкр. самал-2, д. 58, кв. 12",
            "алматы, мкр. самал-2, д. 58, кв. 12",
        ),
    ],
)
def test_a_russian_address_is_found_whole(detector: Detector, text: str, value: str) -> None:
    out = talk_spans(detector, [("customer", text)])
    assert ("LOCATION", value) in out[0], out[0]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where should we send it?", "I am 5 minutes away"),
        ("Hvilken adresse skal bilen kjøre til?", "det er gården, 2647 er postnummeret"),
    ],
)
def test_no_address_in_a_sentence(detector: Detector, question: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert not [f for f in out[1] if f[0] == "LOCATION"], out[1]
