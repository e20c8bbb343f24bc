"""Round 24, hard negatives: the business's own name in the agent's greeting is no person's -
right after the agent's name in a greeting that ends in "here" ("Hi, Kirsty from Footfall
Podiatry Clinic here", "Goedemiddag, Bas van Stomerij De Strijkplank hier", "God dag! Odd fra
Brøyteservice Snøfritt her"), before the agent's name with no greeting ("Padleriet
Kajakkutleie, Brage her", "Handboogschutterij Sint Joris, u spreekt met Yara"), with two small
words inside it ("Vrienden van het Scheepvaartmuseum") or quoted ("На связи Лада, Каршеринг
«Вместе» 🙂"); the business's own address to collect from ("Ophalen kan ook bij ons op ...",
"Du kan også hente hos oss i ...", "Можно забрать самим: ...") is no customer's. Fail closed:
the agent's own surname after a particle ("Goedemiddag, Mila van Dijk hier"), a customer the
agent greets by title or by a first name, and an address the customer gives stay found.
(Synthetic names and addresses.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


def _of(found: list[tuple[str, str]], kind: str) -> list[str]:
    return [s for t, s in found if t == kind]


@pytest.mark.parametrize(
    ("greeting", "business"),
    [
        ("Hi, Kirsty from Footfall Podiatry Clinic here, how can I help?", "Podiatry"),
        ("Hi, Dev from Thistle & Fern Florists here, how can I help?", "Fern"),
        ("Goedemiddag, Bas van Stomerij De Strijkplank hier 🙂", "Strijkplank"),
        (
            "Hoi, je chat met Ids van Kinderdagverblijf De Knikkerbaan. Waarmee kan ik helpen?",
            "Knikkerbaan",
        ),
        (
            "Hoi, je chat met Yara van Vrienden van het Scheepvaartmuseum. Waarmee kan ik helpen?",
            "Vrienden",
        ),
        ("God dag! Odd fra Brøyteservice Snøfritt her 🙂", "Snøfritt"),
        (
            "Hei, du chatter med Brage i Padleriet Kajakkutleie. Hva kan jeg hjelpe med?",
            "Kajakkutleie",
        ),
        ("Padleriet Kajakkutleie, Brage her. Hva gjelder det?", "Kajakkutleie"),
        ("Fysioterapeutene i Bakgården, Odd her. Hva gjelder det?", "Fysioterapeutene"),
        ("Handboogschutterij Sint Joris, u spreekt met Yara. Wat kan ik voor u doen?", "Joris"),
        ("Plough Ahead Snow Clearing, Priya speaking. What can I do for you?", "Snow"),
        ("Добрый день! На связи Лада, Каршеринг «Вместе» 🙂", "Каршеринг"),
        # the greeting is no business name of its own: the name after the agent's is
        ("Здравствуйте, это Ирина, Скалодром «Братья Ветровы». Чем могу помочь?", "Ветровы"),
    ],
)
def test_the_business_in_the_agents_greeting_is_no_person(
    detector: Detector, greeting: str, business: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    assert not [p for p in _of(out[0], "PERSON") if business in p], out[0]


@pytest.mark.parametrize(
    ("greeting", "person"),
    [
        # the agent's own surname after a particle: one word after "van" is no business
        ("Goedemiddag, Mila van Dijk hier 🙂", "Dijk"),
        # a customer greeted by title or by a first name, with no greeting before
        ("Mevrouw Jansen, u spreekt met Yara. Wat kan ik voor u doen?", "Jansen"),
        ("Mrs Harding, Kirsty speaking. What can I do for you?", "Harding"),
        ("Kari Nordmann, Brage her. Hva gjelder det?", "Nordmann"),
    ],
)
def test_a_persons_name_in_the_greeting_stays_found(
    detector: Detector, greeting: str, person: str
) -> None:
    out = talk_spans(detector, [("agent", greeting)])
    assert [p for p in _of(out[0], "PERSON") if person in p], out[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ophalen kan ook bij ons op Kerkstraat 12, 3511 AB Utrecht.",
        "Du kan også hente hos oss i Storgata 5, 0155 Oslo.",
        "Можно забрать самим: ул. Ленина, д. 5, Москва.",
        "You can also collect it from us at 14 Mill Lane, Hexham NE46 3NH.",
    ],
)
def test_the_business_address_to_collect_from_is_no_customers(
    detector: Detector, text: str
) -> None:
    out = talk_spans(detector, [("customer", "can I pick it up?"), ("agent", text)])
    assert not _of(out[1], "LOCATION"), out[1]


@pytest.mark.parametrize(
    ("customer", "agent", "address"),
    [
        (
            "Mijn adres is Kerkstraat 12, 3511 AB Utrecht",
            "Dan sturen we het naar Kerkstraat 12, 3511 AB Utrecht.",
            "Kerkstraat 12",
        ),
        ("Adressen min er Storgata 5, 0155 Oslo", "", "Storgata 5"),
    ],
)
def test_an_address_the_customer_gives_stays_found(
    detector: Detector, customer: str, agent: str, address: str
) -> None:
    turns = [
        ("agent", "Ophalen kan ook bij ons op Dorpsstraat 3, 1234 AB Ede."),
        ("customer", customer),
    ]
    if agent:
        turns.append(("agent", agent))
    out = talk_spans(detector, turns)
    for found in out[1:]:
        assert [s for s in _of(found, "LOCATION") if address in s], out


@pytest.mark.parametrize(
    ("greeting", "agent"),
    [
        ("Padleriet Kajakkutleie, Brage her. Hva gjelder det?", "Brage"),
        ("Hollis Upholstery Works, Mo speaking. What can I do for you?", "Mo"),
        ("Knight's Gambit Chess Club, Mo speaking. What can I do for you?", "Mo"),
    ],
)
def test_the_agents_name_beside_the_business_is_found(
    detector: Detector, greeting: str, agent: str
) -> None:
    # a word a dictionary knows too ("Mo", "Brage") where the greeting names the business
    # beside it is the agent's name
    out = talk_spans(detector, [("agent", greeting)])
    assert agent in _of(out[0], "PERSON"), out[0]


def test_a_role_word_beside_the_business_is_no_name(detector: Detector) -> None:
    out = talk_spans(detector, [("agent", "Good morning, Support Team, Operator speaking.")])
    assert not _of(out[0], "PERSON"), out[0]


def test_a_possessive_inside_the_business_name_is_no_person(detector: Detector) -> None:
    text = "Hi, Priya from Knight's Gambit Chess Club here, how can I help?"
    out = talk_spans(detector, [("agent", text)])
    assert _of(out[0], "PERSON") == ["Priya"], out[0]


@pytest.mark.parametrize(
    "greeting",
    [
        "Hi, you're through to Skylark Air. How can I help?",
        "Hi, you're through to Thistle & Oak Bank. How can I help?",
    ],
)
def test_the_greeting_word_is_no_business_beside_an_agent(
    detector: Detector, greeting: str
) -> None:
    # "Hi" before "you're through to ..." is no business name, so what follows is not
    # taken for the agent's name beside one
    out = talk_spans(detector, [("agent", greeting)])
    assert not _of(out[0], "PERSON"), out[0]
