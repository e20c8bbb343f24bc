"""Round 27, hard negatives (issue 13): a place named alone after "where are you off to?",
a shop's item named by its word alone, a job's or a quote's number.

- After the agent's question where the customer is going (``place_questions``; not "Куда
  отправить?" nor "Which town?", an address's part), a name of one or two capitalised
  words in a short answer ("Lofoten tror jeg", "это Мурманск") or right after a word for
  "to" is the place's, no person's. A person named in a longer answer stays found.
- "item", "artikel", "vare", "товар" right before a number name a shop's item
  (``not_personal``): the number is no customer's ("it's about item 412297.39").
- "What's the job number on your quote?" asks for the business's number: the bare answer
  is not reported.
(Synthetic names and numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _types(found: list[tuple[str, str]]) -> list[str]:
    return [t for t, _ in found]


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Where are you off to, if you don't mind me asking?", "Bergen for a week"),
        ("Going anywhere nice?", "Hirtshals I think"),
        ("Waar gaat de reis heen?", "Texel denk ik"),
        ("Welke bestemming?", "Zwolle"),
        ("Hvor skal dere?", "Lofoten tror jeg"),
        ("Hvilket reisemål?", "det er Svolvær"),
        ("Куда едете?", "это Мурманск"),
        ("Какое направление?", "Выборг"),
    ],
)
def test_a_place_named_alone_after_a_place_question_is_no_person(
    detector: Detector, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert "PERSON" not in _types(out[1]), out


@pytest.mark.parametrize(
    ("asked", "answer", "person"),
    [
        ("Where are you off to?", "We're visiting my aunt Maria Jansen in Leiden next week",
         "Maria Jansen"),
        ("Hvor skal dere?", "Vi skal besøke tante Kari Nordmann i Bodø neste uke",
         "Kari Nordmann"),
    ],
)  # fmt: skip
def test_a_person_in_a_longer_answer_to_a_place_question_stays(
    detector: Detector, asked: str, answer: str, person: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert ("PERSON", person) in out[1], out


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("What's your name?", "Bergen"),
        ("Hva heter du?", "Lofthus"),
    ],
)
def test_a_name_asked_for_stays_a_name(detector: Detector, asked: str, answer: str) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    assert "PERSON" in _types(out[1]), out


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("Can I take your customer number?", "it's about item 412297.39"),
        ("Wat is uw klantnummer?", "het gaat om artikel 127414.47"),
        ("Hva er kundenummeret ditt?", "det gjelder vare 325819.98"),
        ("Ваш номер клиента?", "речь про товар 217878.50"),
    ],
)
def test_a_number_after_a_word_for_an_item_is_no_customers(
    detector: Detector, asked: str, said: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", said)])
    assert out[1] == [], out


@pytest.mark.parametrize(
    "said",
    [
        "Applied! Item FR-1486 is now reduced.",
        "Verwerkt! Artikel FR-1200 is nu afgeprijsd.",
        "Lagt inn! Vare FR-9990 er nå rabattert.",
    ],
)
def test_an_item_code_in_the_agents_message_is_no_flight(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", "I have a discount code"), ("agent", said)])
    assert out[1] == [], out


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("What's the job number on your quote?", "#49431786"),
        ("Wat is het opdrachtnummer op de offerte?", "OPD-162047"),
        ("Hva er oppdragsnummeret på tilbudet?", "7324650"),
    ],
)
def test_the_job_number_of_a_quote_is_no_customer_number(
    detector: Detector, asked: str, answer: str
) -> None:
    turns = [
        ("agent", "Can I take your customer number first?"),
        ("customer", "it's 5572019"),
        ("agent", asked),
        ("customer", answer),
    ]
    out = talk_spans(detector, turns)
    assert out[3] == [], out


@pytest.mark.parametrize(
    ("greeting", "booking"),
    [
        ("How can I help?", "I'd like to book a birthday party on 12 May 2026 for ten kids"),
        ("Waarmee kan ik helpen?", "Ik wil een kinderfeestje boeken op 12 mei 2026"),
        ("Hva kan jeg hjelpe med?", "Vil booke bursdag 26. september 2026, to baner"),
        ("Слушаю вас", "хочу забронировать день рождения на 6.8.2026, две дорожки"),
    ],
)
def test_a_birthday_booked_is_no_birth_date(
    detector: Detector, greeting: str, booking: str
) -> None:
    out = talk_spans(detector, [("agent", greeting), ("customer", booking)])
    assert "DATE_OF_BIRTH" not in _types(out[1]), out


@pytest.mark.parametrize(
    ("greeting", "said"),
    [
        ("How can I help?", "my birthday is 12 May 1990"),
        ("Waarmee kan ik helpen?", "mijn verjaardag is 12 mei 1990"),
        ("Hva kan jeg hjelpe med?", "hun har bursdag 26. september 1990"),
        ("Слушаю вас", "дата рождения 06.08.1990"),
    ],
)
def test_a_birthday_said_is_a_birth_date(detector: Detector, greeting: str, said: str) -> None:
    out = talk_spans(detector, [("agent", greeting), ("customer", said)])
    assert "DATE_OF_BIRTH" in _types(out[1]), out


def test_a_town_after_where_to_send_it_stays_found(detector: Detector) -> None:
    """"Куда отправить?" asks for an address: its town alone is the customer's."""
    out = talk_spans(detector, [("agent", "Куда отправить?"), ("customer", "Владимир")])
    assert out[1], out
