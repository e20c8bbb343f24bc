"""Norwegian sentences alone (issue 15): the Norwegian lexicon (spacy-lookups-data's
exception table, 600,000 forms) as everyday words, a farm name's genitive as no compound,
and the names model's lower probability for a word that may be a surname alone.
Synthetic sentences and names."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.names import lemma_index_words
from privacyguard.detect.recognizers.person import RulesPersonRecognizer


@pytest.fixture(scope="module")
def person() -> RulesPersonRecognizer:
    [rec] = [r for r in Detector(load_rules()).recognizers if isinstance(r, RulesPersonRecognizer)]
    return rec


def found(person: RulesPersonRecognizer, text: str, lang: str = "nb") -> list[str]:
    return [text[c.start : c.end] for c in person.find(text, lang)]


def test_the_norwegian_lexicon_holds_everyday_words_and_no_names(
    person: RulesPersonRecognizer,
) -> None:
    v = person._words("nb")
    # uninflected words and inflected forms the lookup table lacks
    for word in ("kanskje", "plutselig", "musikken", "stasjonssjefen", "tradisjonelt"):
        assert word in v.all_words, word
    # proper nouns of the table and listed names stay out
    index = lemma_index_words("nb", person._locales)
    assert "breivik" not in index
    assert "hansen" not in index


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("knausgårds", False),  # a farm name's genitive: "gårds" is "gård" and an s
        ("knausgård", False),
        ("vaktsjefen", True),  # a word of 5+ letters after a word
    ],
)
def test_a_farm_names_genitive_is_no_compound(
    person: RulesPersonRecognizer, word: str, compound: bool
) -> None:
    assert person._compound(word, person._words("nb")) is compound


def test_an_unseen_surname_alone_mid_sentence(person: RulesPersonRecognizer) -> None:
    assert person.surname_threshold == {"nb": 0.1}
    assert found(person, "Det er vanskelig for Kvålsrud å forklare hvorfor.") == ["Kvålsrud"]
    assert found(person, "Nå avviser Kvålsrud å svare på spørsmålet.") == ["Kvålsrud"]


@pytest.mark.parametrize(
    "text",
    [
        "Kanskje kommer hun i morgen.",  # everyday words, capitalised at a sentence start
        "Musikken var høy hele natten.",
        "Heisann, kortet mitt er sperret.",  # a greeting
        "Widerøe ber aldri om PIN-koden din.",  # a company
        "Tlf: 47 83 52 01, ring meg.",  # a label written short
    ],
)
def test_no_surname_in_norwegian_words_greetings_and_companies(
    person: RulesPersonRecognizer, text: str
) -> None:
    assert found(person, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a short Dutch message identified as Norwegian: a Dutch word at its start is no
        # surname alone, whatever the model's weak probability (model_surname_not_words_of)
        "Klopt. Tusen takk",
        "Gezellig. Tusen takk",
        "Hartelijk. Takk for hjelpen",
    ],
)
def test_no_surname_in_a_word_of_the_language_the_message_may_be_in(
    person: RulesPersonRecognizer, text: str
) -> None:
    assert person.surname_not_words_of == {"nb": ("nl",)}
    assert found(person, text) == []
