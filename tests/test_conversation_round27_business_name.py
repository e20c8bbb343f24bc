"""Round 27, hard negatives: the business's name in the agent's messages, three more shapes.

- After a particle that is also a name's ("u chat met Koen van DierVerzekerd"), a single
  word written with a capital inside after three small letters or more is a brand's, no
  agent's surname ("van Dam", "van DiCaprio" stay found).
- In an agent's message a name whose first word has a capital inside after three small
  letters or more ("RailNoord", "АэроСевер"), or right before a word for its desk ("God
  dag, Nordlys Air kundeservice her."), is a brand's, unless after a title.
- In Russian, a greeting's first word that pymorphy3 reads as a first name only in the
  plural ("Здравствуйте! Арбористы Крона, меня зовут Лилия") is no customer greeted by name:
  the words are the business's.
(Synthetic names.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _people(found: list[tuple[str, str]]) -> list[str]:
    return [s for t, s in found if t == "PERSON"]


@pytest.mark.parametrize(
    ("greeting", "agent", "business"),
    [
        ("Goedemiddag, u chat met Koen van DierVerzekerd. Waarmee kan ik helpen?", "Koen",
         "DierVerzekerd"),
        ("Goedemiddag, u chat met Ruben van StepStad.", "Ruben", "StepStad"),
        ("Здравствуйте! Арбористы Крона, меня зовут Лилия. Чем могу помочь?", "Лилия",
         "Крона"),
    ],
)  # fmt: skip
def test_the_business_in_the_greeting_is_no_person(
    detector: Detector, greeting: str, agent: str, business: str
) -> None:
    people = _people(talk_spans(detector, [("agent", greeting)])[0])
    assert not [p for p in people if business in p], people
    assert agent in people, people


@pytest.mark.parametrize(
    ("greeting", "surname"),
    [
        ("Goedemiddag, u chat met Femke van Dam.", "van Dam"),
        ("Goedemiddag, u chat met Femke van DiCaprio.", "DiCaprio"),
    ],
)
def test_the_agents_own_surname_after_a_particle_stays_found(
    detector: Detector, greeting: str, surname: str
) -> None:
    people = _people(talk_spans(detector, [("agent", greeting)])[0])
    assert any(surname in p for p in people), people


def test_a_customer_greeted_by_name_in_russian_stays_found(detector: Detector) -> None:
    people = _people(
        talk_spans(detector, [("agent", "Здравствуйте, Анна Крылова, меня зовут Лилия.")])[0]
    )
    assert any("Крылова" in p for p in people), people


@pytest.mark.parametrize(
    ("greeting", "brand"),
    [
        ("Hoi! Je chat met RailNoord.", "RailNoord"),
        ("Добрый день, АэроСевер, слушаю вас.", "АэроСевер"),
        ("Hi, you're through to BrightMere. How can I help?", "BrightMere"),
        ("God dag, Nordlys Air kundeservice her.", "Nordlys"),
        ("Goedemiddag, Zilvermeeuw Airlines klantenservice.", "Zilvermeeuw"),
        ("Good morning, Harbourlight Hotel reception here.", "Harbourlight"),
    ],
)
def test_a_camel_case_or_desk_named_name_in_the_agents_message_is_a_brand(
    detector: Detector, greeting: str, brand: str
) -> None:
    people = _people(talk_spans(detector, [("agent", greeting)])[0])
    assert not [p for p in people if brand in p], people


def test_a_camel_case_name_after_a_title_or_from_the_customer_stays(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [("agent", "Good morning, Mr VanderMeer, how can I help?"),
         ("customer", "Hi, my name is Pieter VanderMeer")],
    )  # fmt: skip
    assert any("VanderMeer" in p for p in _people(out[0])), out
    assert any("VanderMeer" in p for p in _people(out[1])), out
