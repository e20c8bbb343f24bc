"""Evidence about capitalised words in news-like text (docs/names.md): capitals inside a
word mark a brand, an article before a Dutch word marks a thing, a role or title before it
marks a person, inflected Dutch words are everyday words, and the names of every Faker
locale tell the names model that a foreign word in Dutch news may be a surname. Synthetic
sentences, written here."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.names import faker_names, lemma_index_words, world_names
from privacyguard.detect.recognizers.person import _inner_capitals
from privacyguard.models import Message


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


def persons(detector: Detector, text: str, lang: str) -> list[str]:
    [d] = detector.detect([Message(id="1", text=text, lang=lang)])
    return [text[f.start : f.end] for f in d.findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize("word", ["KlarVox", "NetBoxx", "ZorgNU", "BelNet", "TelVira", "ABx"])
def test_capitals_inside_a_word_mark_a_brand(word: str) -> None:
    assert _inner_capitals(word)


@pytest.mark.parametrize(
    "word", ["McAllister", "MacLeod", "DeVito", "LaToya", "O'Brien", "Schmidt-Ruthenbeck",
             "NATO", "Anna", "Wal-Mart"],
)  # fmt: skip
def test_names_and_acronyms_keep_no_inner_capital(word: str) -> None:
    assert not _inner_capitals(word)


def test_a_brand_with_inner_capitals_is_no_name_for_the_model(detector: Detector) -> None:
    text = "Vorig jaar haalde BelNet een omzet van 40 miljoen."  # the model alone said p=0.88
    assert persons(detector, text, "nl") == []


def test_a_name_with_a_capital_inside_is_still_found_after_a_cue(detector: Detector) -> None:
    assert persons(detector, "Hallo, mijn naam is Fenna McAllister.", "nl") == ["Fenna McAllister"]


def test_world_names_hold_foreign_surnames_the_configured_locales_lack(
    detector: Detector,
) -> None:
    rec = next(r for r in detector.recognizers if hasattr(r, "features"))
    configured = faker_names(rec._locales)[1]
    foreign = "szabó"  # Hungarian (hu_HU), not a configured locale
    assert foreign in world_names() and foreign not in configured
    text = "Gisteren sprak Szabó met de burgemeester."
    toks_nl = [t for t in rec.features(text, _toks(rec, text), 2, rec._words("nl"))]
    toks_nb = [t for t in rec.features(text, _toks(rec, text), 2, rec._words("nb"))]
    assert "world_name" in toks_nl
    assert "world_name" not in toks_nb  # in Norwegian it cost precision on the folds


def _toks(rec: object, text: str) -> list:  # type: ignore[type-arg]
    """The words as the recognizer reads them (a word glued to a digit is none)."""
    from privacyguard.detect.recognizers.person import _TOKEN, _glued_to_digit, _Tok

    return [
        _Tok(m.start(), m.end(), m.group(0))
        for m in _TOKEN.finditer(text)
        if not _glued_to_digit(text, m.start(), m.end())
    ]


def test_inflected_dutch_words_are_everyday_words_but_diminutives_may_be_names() -> None:
    words = lemma_index_words("nl", ("nl_NL",))
    for word in ("volgende", "gaat", "boze", "wapens"):
        assert word in words
    assert "geertje" not in words  # a diminutive, and a first name


def test_a_dutch_word_after_a_bare_article_is_no_name_for_the_model(detector: Detector) -> None:
    rec = next(r for r in detector.recognizers if hasattr(r, "features"))
    v = rec._words("nl")
    text = "Gisteren vergaderde de Kelvrosa opnieuw over de begroting."
    toks = _toks(rec, text)
    assert not rec._undecided(text, toks, 3, v)  # "de Kelvrosa"
    text = "Gisteren sprak Jan de Kelvrosa opnieuw over de begroting."
    assert not rec._after_article(_toks(rec, text), 4, v)  # "Jan de Kelvrosa": a particle


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dat zegt VN-ambassadeur Holmqvarde in een verklaring.", "Holmqvarde"),
        ("Het was de keuze van KNVB-woordvoerder De Vrieling.", "De Vrieling"),
        ("Volgens dr. Kraai is het risico klein.", "Kraai"),
        ("Van der Voortman vindt het een goed plan.", "Van der Voortman"),
        ('Van der Voortman: "Dat kan beter."', "Van der Voortman"),
    ],
)
def test_roles_titles_and_particles_before_a_surname(
    detector: Detector, text: str, name: str
) -> None:
    assert name in persons(detector, text, "nl")


def test_newspapers_with_an_article_are_no_speaker(detector: Detector) -> None:
    assert persons(detector, "De Standaard schreef gisteren dat de brug dicht blijft.", "nl") == []


def test_an_organisation_word_after_a_role_is_no_name(detector: Detector) -> None:
    text = "Dat is een beslissing van promotor Delta Group, zegt de zaal."
    assert persons(detector, text, "nl") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Het geweld legt de deelstaat Korvantha Desh al dagen lam.", "nl"),
        ("Het Gentse bedrijf Tobaxo Velden verhoogt de prijzen.", "nl"),
        ("Hij schreef jaren voor de krant Davar Hayom.", "nl"),
        ("Nå har selskapet Fjordvik Lunde fått ny eier.", "nb"),
    ],
)
def test_a_noun_of_a_kind_of_place_or_organisation_makes_the_word_no_name(
    detector: Detector, text: str, lang: str
) -> None:
    assert persons(detector, text, lang) == []


def test_a_listed_first_name_after_a_kind_noun_is_still_a_name(detector: Detector) -> None:
    assert persons(detector, "Dat vindt de band Pieter Jansen en zijn vrienden.", "nl") == [
        "Pieter Jansen"
    ]


def test_met_is_a_weak_cue_only_where_it_opens_the_clause(detector: Detector) -> None:
    assert persons(detector, "Goedemiddag, met Kjeldrun van de klantenservice.", "nl") == [
        "Kjeldrun"
    ]
    assert persons(detector, "Het bedrijf sloot een akkoord met Tobraxa.", "nl") == []
    assert persons(detector, "Hallo, met KlarVox spreekt u.", "nl") == []


def test_a_name_seen_before_is_no_name_next_to_an_organisation_word(detector: Detector) -> None:
    text = "Volgens Tobraxa is de zaak rond. Maar Radio Tobraxa stelt de ambities bij."
    assert persons(detector, text, "nl") == ["Tobraxa"]


def test_in_dutch_two_unknown_words_after_a_preposition_of_place_are_a_place(
    detector: Detector,
) -> None:
    assert persons(detector, "De auto had een nummerplaat uit Korvantha Desh.", "nl") == []
    assert persons(detector, "Een brev fra Xiomara Quetzal ble solgt.", "nb") == ["Xiomara Quetzal"]


def test_the_town_of_an_address_is_no_question_for_the_model(detector: Detector) -> None:
    rec = next(r for r in detector.recognizers if hasattr(r, "features"))
    text = "Adressen er Storgata 19B, Sortvik."
    toks = _toks(rec, text)
    assert [t.word for t in toks][-1] == "Sortvik"
    assert not rec._undecided(text, toks, len(toks) - 1, rec._words("nb"))
