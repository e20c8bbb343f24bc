"""Phone numbers in national formats, names and addresses."""

from __future__ import annotations

import pytest

PHONES = [
    ("bel me op 06-12345678", "06-12345678"),
    ("+31 6 1234 5678", "+31 6 1234 5678"),
    ("vast nummer 020 123 4567", "020 123 4567"),
    ("ring meg på +47 912 34 567", "+47 912 34 567"),
    ("mobil 912 34 567", "912 34 567"),
    ("мой номер 8 (916) 123-45-67", "8 (916) 123-45-67"),
    ("+7 916 123 45 67", "+7 916 123 45 67"),
    ("call 07700 900123", "07700 900123"),
    ("office +44 20 7946 0958", "+44 20 7946 0958"),
    ("US line (212) 555-0147", "(212) 555-0147"),
    ("Berlin +49 30 12345678", "+49 30 12345678"),
    ("Tel. 030/1234567", "030/1234567"),
]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("mijn nummers zijn 06 12345678 / 010 1234567", ["06 12345678", "010 1234567"]),
        ("ring 22 33 44 55 / 912 34 567", ["22 33 44 55", "912 34 567"]),
        ("call 020 7123 4567 / +44 20 7946 0958", ["020 7123 4567", "+44 20 7946 0958"]),
    ],
)
def test_two_numbers_with_a_spaced_slash_between_are_two(found, text, numbers) -> None:
    assert [v for t, v in found(text) if t == "PHONE_NUMBER"] == numbers


@pytest.mark.parametrize(("text", "number"), PHONES)
def test_phone_numbers_in_national_formats(found, text, number) -> None:
    assert ("PHONE_NUMBER", number) in found(text)


NAMES = [
    ("Hi, my name is Anna de Vries", "Anna de Vries"),
    ("mijn naam is jan van den berg", "jan van den berg"),
    ("Jeg heter Øyvind Hansen", "Øyvind Hansen"),
    ("Меня зовут Иван Петров", "Иван Петров"),
    ("Я говорила с Анной Смирновой вчера", "Анной Смирновой"),
    ("This is Emma from customer service", "Emma"),
    ("Met vriendelijke groet,\nSanne Jansen", "Sanne Jansen"),
    ("Thanks, Mr Holmes", "Holmes"),
    ("Dag mevrouw De Vries", "De Vries"),
    ("Hilsen Kari Nordmann", "Kari Nordmann"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_person_names(found, text, name) -> None:
    assert ("PERSON", name) in found(text)


NOT_NAMES = [
    "Takk. Betalingen på 1 250 kr er mottatt.",
    "Thanks for waiting, the KLM desk will call you.",
    "Will you send the invoice? May I ask something?",
    "Bedankt voor uw geduld, Schiphol is druk vandaag.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_capitalised_words_that_are_no_names(found, text) -> None:
    assert [f for f in found(text) if f[0] == "PERSON"] == []


ADDRESSES = [
    ("Ik woon op Kerkstraat 12, 1017 GB Amsterdam", "Kerkstraat 12, 1017 GB Amsterdam"),
    ("adressen er Storgata 5, 0155 Oslo", "Storgata 5, 0155 Oslo"),
    ("send it to 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("адрес: ул. Ленина, д. 5, кв. 12, Москва", "ул. Ленина, д. 5, кв. 12, Москва"),
    ("I live in Utrecht now", "Utrecht"),
    ("jeg bor i Tromsø", "Tromsø"),
    ("я живу в Казани", "Казани"),
]


@pytest.mark.parametrize(("text", "place"), ADDRESSES)
def test_addresses_and_places_of_residence(found, text, place) -> None:
    assert ("LOCATION", place) in found(text)


def test_a_travel_destination_is_not_a_location_of_the_person(found) -> None:
    assert [f for f in found("I am flying to Oslo tomorrow") if f[0] == "LOCATION"] == []


ARTICLE_NAMES = [
    ("Burgemeester Hanneke van Leeuwen bezocht de straat. 'We helpen', aldus Van Leeuwen.",
     ["Hanneke van Leeuwen", "Van Leeuwen"]),
    ("Tingrettsdommer Aksel Myhre skriver i dommen at saken er alvorlig.", ["Aksel Myhre"]),
    ("Volgens mevrouw Hanneke van der S. werd ze gebeld.", ["Hanneke van der S."]),
    ("I'll pass this to Aukje in our specialist team.", ["Aukje"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), ARTICLE_NAMES)
def test_names_in_news_style_text(found, text, names) -> None:
    assert [v for t, v in found(text) if t == "PERSON"] == names


def test_a_name_from_an_earlier_message_is_found_again(detector) -> None:
    from privacyguard import Message

    msgs = [
        Message(id="1", conversation_id="a", text="Among them was Barnaby MacLeod, 76."),
        Message(id="2", conversation_id="a", text="Colleagues remember MacLeod as calm."),
    ]
    second = detector.detect(msgs)[1]
    assert [msgs[1].text[f.start : f.end] for f in second.findings] == ["MacLeod"]


PLACES = [
    ("vi har nettopp flyttet, bor i Haugesund nå", "Haugesund"),
    ("Hendrik Visser (43) uit Alkmaar zou vliegen", "Alkmaar"),
    ("Koen Dijkstra, die in Hoorn woont, betaalde", "Hoorn"),
    ("Житель Воронежа перевёл деньги", "Воронежа"),
    ("i live in birmingham", "birmingham"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_where_a_person_lives(found, text, place) -> None:
    assert ("LOCATION", place) in found(text)


def test_an_everyday_word_after_live_in_is_no_place(found) -> None:
    assert [f for f in found("i live in fear of the bill") if f[0] == "LOCATION"] == []


def test_a_sender_field_is_one_name_even_when_part_of_it_was_named_before(detector) -> None:
    """A name found in part of a sender field ("Ørjan", mentioned earlier) must not leave the
    rest of the field ("Bråten") unredacted: the field is one PERSON finding."""
    from privacyguard.models import Message

    chat = [
        Message(id="1", text="Hei Ørjan, takk for meldingen.", conversation_id="c", lang="nb",
                fields=(("sender", "Fjordreiser AS"),)),
        Message(id="2", text="Tlf 412 34 567", conversation_id="c", lang="nb",
                fields=(("sender", "Ørjan Bråten"),)),
    ]  # fmt: skip
    second = detector.detect(chat)[1]
    in_sender = [(f.entity_type, f.start, f.end) for f in second.findings if f.field == "sender"]
    assert in_sender == [("PERSON", 0, len("Ørjan Bråten"))]
