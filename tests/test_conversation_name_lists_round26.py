"""Round 26: a list of names asked for, after a lead-in's colon ("here: …", "пишу: …"), with
its last name after the list's joiner ("… and …", "… en …", "… og …", "… и …"), numbered
("1. …"), or with the words that say who each one is before the name ("my cousin …"); the
agent asks whom to add ("Кого ещё вписать?"). Every person here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _names(detector: Detector, question: str, answer: str) -> list[str]:
    out = talk(detector, [("agent", question), ("customer", answer)])
    return [answer[f.start : f.end] for f in out[1].findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("question", "answer", "names"),
    [
        ("Which names should go on the booking?", "sure: oliver grant, hannah price and james cole",
         ["oliver grant", "hannah price", "james cole"]),
        ("Welke namen mogen erop?", "hier: sanne visser, daan bakker en lotte smit",
         ["sanne visser", "daan bakker", "lotte smit"]),
        ("Hvilke navn skal stå på?", "her: ingrid berg, lars dahl og kari lund",
         ["ingrid berg", "lars dahl", "kari lund"]),
        ("На кого оформить?", "пишу: ольга смирнова, иван петров и анна волкова",
         ["ольга смирнова", "иван петров", "анна волкова"]),
        ("Кого ещё вписать? Достаточно имён.", "1. ольга смирнова\n2. иван петров",
         ["ольга смирнова", "иван петров"]),
        ("Which names should go on the booking?", "here: my sister hannah price, james cole",
         ["hannah price", "james cole"]),
    ],
)  # fmt: skip
def test_each_name_of_the_list_is_found(
    detector: Detector, question: str, answer: str, names: list[str]
) -> None:
    found = _names(detector, question, answer)
    for name in names:
        assert name in found, found
    assert not any(f.startswith(("sure", "hier", "her", "пишу", "my")) for f in found), found


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which names should go on the booking?", "ok: just me and nobody else"),
        ("Кого ещё вписать?", "никого, спасибо и всё"),
        ("Welke namen mogen erop?", "even kijken: alleen ik en verder niemand"),
    ],
)
def test_no_name_in_a_list_of_words(detector: Detector, question: str, answer: str) -> None:
    assert _names(detector, question, answer) == []


def test_a_word_that_starts_like_names_asks_for_none(detector: Detector) -> None:
    # "именно" starts as "имен" (of names) does: "Какой именно?" asks for no name
    assert _names(detector, "Какой именно?", "QLTX") == []
