"""Round 23, hard negatives: the business's own name in the agent's greeting is no person's -
after the agent's own name ("Kirsty here from Dorrington Boat Hire", "u chat met Femke van
Schildersbedrijf Kamphuis", "du chatter med Sigrid hos Rørlegger Haugen", "На связи Лена из
Пекарня «Дом Морозовых»") or, in the agent's first message, between a greeting and the
agent's name ("Good morning, Dorrington Boat Hire, Priya speaking"); the business's own
premises ("Drop-off is at our studio, ...") are no customer's address. Fail closed: the
agent's own surname after a particle ("u chat met Femke van Dam"), a customer the agent greets
by name ("Good morning, Anna Berg, ..."), a customer who shares the business's family name and
an address the customer gives stay found. (Synthetic names and addresses.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _people(found: list[tuple[str, str]]) -> list[str]:
    return [s for t, s in found if t == "PERSON"]


@pytest.mark.parametrize(
    ("greeting", "agent", "business"),
    [
        ("Hi, you're chatting with Shauna at Dorrington Boat Hire.", "Shauna", "Dorrington"),
        ("Hello! Kirsty here from Pelham & Sons Joinery 🙂", "Kirsty", "Pelham"),
        ("Goedemiddag, u chat met Femke van Schildersbedrijf Kamphuis.", "Femke", "Kamphuis"),
        ("Hoi! Je spreekt met Joost van Fietsenmaker Van Leeuwen 🙂", "Joost", "Leeuwen"),
        ("Hei! Sigrid her fra Rørlegger Haugen 🙂 hva kan jeg gjøre?", "Sigrid", "Haugen"),
        ("Hei, du chatter med Sigrid hos Frisørsalong Bakke.", "Sigrid", "Bakke"),
        ("Добрый день! На связи Олег из Пекарня «Дом Морозовых» 🙂", "Олег", "Морозовых"),
    ],
)
def test_the_business_after_the_agents_name_is_no_person(
    detector: Detector, greeting: str, agent: str, business: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    people = _people(out[0])
    assert not [p for p in people if business in p], out[0]
    assert all(agent in p for p in people), out[0]


@pytest.mark.parametrize(
    ("greeting", "business"),
    [
        ("Good morning, Dorrington Boat Hire, Priya speaking. How can I help?", "Dorrington"),
        ("Goedemorgen, Schildersbedrijf Kamphuis, met Femke. Hoe kan ik u helpen?", "Kamphuis"),
        ("God morgen, Rørlegger Haugen, det er Sigrid. Hvordan kan jeg hjelpe?", "Haugen"),
        ("Доброе утро, Пекарня «Дом Морозовых», меня зовут Ирина. Слушаю вас", "Морозовых"),
    ],
)
def test_the_business_between_greeting_and_agent_is_no_person(
    detector: Detector, greeting: str, business: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    assert not [p for p in _people(out[0]) if business in p], out[0]


def test_the_agents_surname_after_a_particle_stays_found(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Goedemiddag, u chat met Femke van Dam.")])
    assert any("van Dam" in p for p in _people(out[0])), out[0]


def test_a_customer_greeted_by_full_name_stays_found(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Good morning, Anna Berg, Priya speaking.")])
    assert any("Anna Berg" in p for p in _people(out[0])), out[0]


def test_a_customer_greeted_by_title_stays_found(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Good morning, Mrs Haugen, Sigrid speaking.")])
    assert any("Haugen" in p for p in _people(out[0])), out[0]


def test_a_customer_sharing_the_business_family_name_stays_found(detector: Detector) -> None:
    turns = [
        ("agent", "Goedemiddag, u chat met Femke van Schildersbedrijf Kamphuis."),
        ("customer", "Mijn naam is Daan Kamphuis, toevallig dezelfde naam"),
        ("agent", "Dag meneer Kamphuis, waarmee kan ik helpen?"),
    ]
    out = talk_spans(detector, turns)
    assert any("Kamphuis" in p for p in _people(out[1])), out[1]
    assert any("Kamphuis" in p for p in _people(out[2])), out[2]


@pytest.mark.parametrize(
    "text",
    [
        "Drop-off is at our studio, Unit 4, Marsh Lane, Kendal LA9 6BT.",
        "Afgeven kan bij onze werkplaats, Industrieweg 12, 3542 AD Utrecht.",
        "Innlevering skjer på verkstedet vårt, Industriveien 8, 1483 Hagan.",
        "Сдать можно в нашу мастерскую: г. Тверь, ул. Заводская, д. 12.",
    ],
)
def test_the_business_premises_are_no_customer_address(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "where can I bring it?"), ("agent", text)])
    assert not [f for f in out[1] if f[0] == "LOCATION"], out[1]


def test_the_customers_own_workshop_address_stays_found(detector: Detector) -> None:
    turns = [
        ("agent", "Where should we collect it?"),
        ("customer", "at my workshop, Unit 4, Marsh Lane, Kendal LA9 6BT"),
    ]
    out = talk_spans(detector, turns)
    assert [f for f in out[1] if f[0] == "LOCATION"], out[1]


def test_a_colleague_after_no_agent_name_stays_found(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Message here from Tamsin Blake in our accounts team.")])
    assert any("Tamsin" in p for p in _people(out[0])), out[0]
