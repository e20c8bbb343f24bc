"""Evidence for names as news writes them (docs/names.md), on synthetic sentences written
here: a surname alone before a verb of speech or a quotation, a surname that comes back
later, and the words that look like names but are not (adjectives of peoples, nouns with
their article glued on, titles in guillemets, provinces)."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.names import place_names, place_words
from privacyguard.models import Message

from .names_support import person_findings


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


names = person_findings


def in_conversation(detector: Detector, lang: str, *texts: str) -> list[list[tuple[str, str]]]:
    messages = [
        Message(id=str(n), text=t, lang=lang, conversation_id="c") for n, t in enumerate(texts)
    ]
    return [
        [
            (d.message.text[f.start : f.end], f.explanation)
            for f in d.findings
            if f.entity_type == "PERSON" and f.field == "text"
        ]
        for d in detector.detect(messages)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Vlierboomsma meent dat de zaak nog niet rond is.", "nl", "Vlierboomsma"),
        ("Kvitfjellsen mener at saken er avgjort.", "nb", "Kvitfjellsen"),
    ],
)
def test_a_surname_alone_at_a_sentence_start_before_a_verb_of_speech(
    detector: Detector, text: str, lang: str, name: str
) -> None:
    found = names(detector, text, lang)
    assert [n for n, _ in found] == [name]
    assert "verb of speech" in found[0][1]


def test_a_norwegian_noun_with_its_article_before_a_verb_is_no_name(detector: Detector) -> None:
    assert names(detector, "Bekreftelsen sier at betalingen er mottatt.", "nb") == []
    assert names(detector, "Utvalget mener at saken er avgjort.", "nb") == []


def test_a_surname_before_a_quotation(detector: Detector) -> None:
    found = names(detector, 'Vlierboomsma: "We gaan gewoon door met het plan."', "nl")
    assert [n for n, _ in found] == ["Vlierboomsma"]
    assert "quotation" in found[0][1]
    # a label before a colon is no name: it is an everyday word
    assert names(detector, 'Adres: "Dorpsstraat 12"', "nl") == []


def test_a_surname_found_alone_marks_it_later_in_the_conversation(detector: Detector) -> None:
    # English text is never given to the names model: only the earlier message tells
    first, later = in_conversation(
        detector,
        "en",
        "The plan is not ready yet, said Prendergrast.",
        "Later that day Prendergrast called again about the budget.",
    )
    assert [n for n, _ in first] == ["Prendergrast"]
    assert later == [("Prendergrast", "person_name: mentioned again, as in an earlier name")]
    # without the earlier message nothing marks it
    assert names(detector, "Later that day Prendergrast called again about the budget.", "en") == []


def test_a_known_first_name_in_lower_case_takes_its_surname_along(detector: Detector) -> None:
    _, later = in_conversation(
        detector,
        "ru",
        "Меня зовут Кирилл, чем могу помочь?",
        "договор оформлен на мужа, кирилл соболев.",
    )
    assert [n for n, _ in later] == ["кирилл соболев"]


def test_dutch_adjectives_of_peoples_start_no_name(detector: Detector) -> None:
    text = "Later moest een Britse Concorde in het Canadese Gander een noodlanding maken."
    found = [n for n, _ in names(detector, text, "nl")]
    assert not any("Britse" in n or "in het" in n or "Canadese" in n for n in found)
    # an adjective after an article, whatever its ending
    assert names(detector, "Ik heb ook een Noorse bankrekening.", "nl") == []


def test_words_that_fill_guillemets_are_a_title(detector: Detector) -> None:
    plain = names(detector, "Han har lest Morvald Trisken i hele sommer.", "nb")
    assert [n for n, _ in plain] == ["Morvald Trisken"]  # the same words, unquoted, are a name
    assert names(detector, "Han har lest «Morvald Trisken» i hele sommer.", "nb") == []


def test_provinces_and_counties_are_places() -> None:
    assert {"møre og romsdal", "noord-brabant", "antwerpen"} <= set(place_names())
    assert "romsdal" in place_words()


def test_a_name_before_an_age_in_brackets(detector: Detector) -> None:
    found = names(detector, "Senere kom Gulvrimsen (28) hjem fra turen.", "nb")
    assert [n for n, _ in found] == ["Gulvrimsen"]
    assert "age" in found[0][1]
    # an everyday word before a number in brackets is no name
    assert names(detector, "Senere kom Bilen (28) tilbake.", "nb") == []


def test_in_dutch_a_listed_first_name_that_is_a_city_is_no_name_alone(detector: Detector) -> None:
    assert names(detector, "Het wordt de cleanste editie van de Spelen van Sydney.", "nl") == []
    # with a surname it is a name
    found = names(detector, "Gisteren sprak Sydney Vlierboomsma de raad toe.", "nl")
    assert [n for n, _ in found] == ["Sydney Vlierboomsma"]
