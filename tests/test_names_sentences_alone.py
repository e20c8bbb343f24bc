"""Evidence for names that a sentence alone still has (issue 15, sentences without their
document): prepositions of place per language, the subject's place in Norwegian, and
negative evidence for a city or a hyphenated compound with no personal cue. Synthetic
sentences and names written for these tests."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.recognizers.person import _TOKEN, RulesPersonRecognizer, _Tok

from .names_support import person_names


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


@pytest.fixture(scope="module")
def person(detector: Detector) -> RulesPersonRecognizer:
    [rec] = [r for r in detector.recognizers if isinstance(r, RulesPersonRecognizer)]
    return rec


names = person_names


def _toks(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _at(toks: list[_Tok], word: str) -> int:
    [i] = [k for k, t in enumerate(toks) if t.word == word]
    return i


@pytest.mark.parametrize(
    ("text", "lang", "undecided"),
    [
        # Norwegian "at" is "that": the word after it is where a subject stands, no place
        ("Hun mener at Hovdenak har rett.", "nb", True),
        # a preposition of place of the language itself still makes it a place
        ("Hun bor i Hovdenak nå.", "nb", False),
        ("Vi reiser til Hovdenak snart.", "nb", False),
        # Dutch has no "at"; its "naar" is a preposition of place
        ("Zij vertrekt naar Hovdenak morgen.", "nl", False),
    ],
)
def test_prepositions_of_place_are_per_language(
    person: RulesPersonRecognizer, text: str, lang: str, undecided: bool
) -> None:
    toks = _toks(text)
    v = person._words(lang)
    assert person._undecided(text, toks, _at(toks, "Hovdenak"), v) is undecided


def test_a_language_without_a_list_of_its_own_uses_every_list(
    person: RulesPersonRecognizer,
) -> None:
    v = person._words("de")
    assert "at" in v.locatives and "naar" in v.locatives
    assert "at" not in person._words("nb").locatives


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Det er klart at Hovdenak ikke kommer.", True),
        ("I dag har Hovdenak vært borte.", True),
        ("Hovdenak skulle reise mandag.", True),
        ("Det regner. Hovdenak ble sittende.", True),
        # not where a subject stands: before a comma or a capitalised word, or no finite
        # verb or conjunction of the list
        ("Hovdenak, skulle det vise seg, kom.", False),
        ("Det er klart at Hovdenak Eiendom vokser.", False),
        ("Boken om Hovdenak selger.", False),
        ("Hovdenak drar hjem.", False),
    ],
)
def test_the_place_of_a_clause_subject_in_norwegian(
    person: RulesPersonRecognizer, text: str, subject: bool
) -> None:
    toks = _toks(text)
    i = _at(toks, "Hovdenak")
    assert person._subject_slot(text, toks, i, person._words("nb")) is subject


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("E-billett", True),
        ("EF-kampen", True),
        ("Mayen-loven", True),
        ("SMS-kode", True),
        # names: capitalised parts, a particle, a short syllable
        ("Gerd-Liv", False),
        ("Grabar-Kitarović", False),
        ("Bont-van", False),
        ("Jong-il", False),
        ("Hovdenak", False),
    ],
)
def test_a_hyphenated_compound_with_a_lower_case_part(
    person: RulesPersonRecognizer, word: str, compound: bool
) -> None:
    tok = _Tok(0, len(word), word)
    assert person._lower_case_compound(tok, person._words("nb")) is compound


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Takk! E-billett 328-2101234567 er oppdatert.", "nb"),
        ("Thanks! E-ticket 4711 has been updated.", "en"),
        ("Bedankt! E-ticket 4711 is bijgewerkt.", "nl"),
    ],
)
def test_a_compound_after_a_sign_off_is_no_name(detector: Detector, text: str, lang: str) -> None:
    assert names(detector, text, lang) == []


def test_a_sign_off_still_names_a_person(detector: Detector) -> None:
    assert names(detector, "Takk! Hovdenak-Olsen svarer i morgen.", "nb") == ["Hovdenak-Olsen"]


@pytest.mark.parametrize(
    "text",
    [
        "Hei! Jeg skal fly DY1302 Bergen–Alicante 31. mars. Kan jeg få med sykkel?",
        "Toget Bergen–Oslo går klokken åtte.",
    ],
)
def test_a_city_that_is_also_a_first_name_in_a_route_is_the_city(
    detector: Detector, text: str
) -> None:
    assert names(detector, text, "nb") == []


@pytest.mark.parametrize(
    "text", ["Kan Anna ringe meg i morgen?", "Billetten er for Anna og meg.", "Hilsen Anna"]
)
def test_a_first_name_that_is_also_a_town_is_still_a_name_alone(
    detector: Detector, text: str
) -> None:
    assert names(detector, text, "nb") == ["Anna"]


def test_that_city_with_a_surname_is_a_name(detector: Detector) -> None:
    assert names(detector, "Etterpå ringte Bergen Hovdenak meg.", "nb") == ["Bergen Hovdenak"]


@pytest.mark.parametrize(
    ("text", "word", "genitive"),
    [
        ("Det viktigste var Hovdenaks nye plan for byen.", "Hovdenaks", True),
        ("Han har lest Hovdenaks «Ny tid» to ganger.", "Hovdenaks", True),
        # a listed first name as the stem: also at a sentence start
        ("Ingrids mor kom hjem i går.", "Ingrids", True),
        # an unlisted stem at a sentence start, where a capital proves nothing
        ("Hovdenaks plan er god.", "Hovdenaks", False),
        # a place's genitive, a word that ends in "ss", a capitalised word after it
        ("Det gjelder Norges økonomi.", "Norges", False),
        ("Han bestilte et glass Guinness til.", "Guinness", False),
        ("Det var Hovdenaks Eiendom som solgte.", "Hovdenaks", False),
    ],
)
def test_a_names_genitive_before_a_noun_in_norwegian(
    person: RulesPersonRecognizer, text: str, word: str, genitive: bool
) -> None:
    toks = _toks(text)
    i = _at(toks, word)
    assert person._genitive_of_name(text, toks, i, person._words("nb")) is genitive
    # Norwegian only: a Dutch or English "s" is as often a plural
    assert not person._genitive_of_name(text, toks, i, person._words("nl"))


def test_a_names_genitive_is_found(detector: Detector) -> None:
    assert "Hovdenaks" in names(detector, "Det viktigste var Hovdenaks nye plan for byen.", "nb")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the conjunction opens the sentence: capitalised, still a conjunction
        ("Omdat Vermaelen en zijn partij net geen meerderheid halen, wachten ze.", True),
        ("Dat Vermaelen niet meer komt, is duidelijk.", True),
        # mid-sentence a capitalised word before it is no conjunction of the list
        ("Hij zag Dat Vermaelen niet kwam.", False),
        ("Omdat Vermaelen Holding groeit, wachten ze.", False),
    ],
)
def test_a_conjunction_that_opens_the_sentence(
    person: RulesPersonRecognizer, text: str, subject: bool
) -> None:
    toks = _toks(text)
    i = _at(toks, "Vermaelen")
    assert person._subject_slot(text, toks, i, person._words("nl")) is subject


@pytest.mark.parametrize(
    ("word", "foreign"),
    [
        ("Vukadinović", True),
        ("Jovanovic", True),
        ("Kowalski", True),
        ("Ionescu", True),
        ("Rodríguez", True),
        # no such ending, too short, lower case, a place
        ("Hovdenak", False),
        ("Ruiz", False),
        ("vukadinović", False),
        ("Moskovski", True),
    ],
)
def test_a_surname_ending_of_another_language(
    person: RulesPersonRecognizer, word: str, foreign: bool
) -> None:
    tok = _Tok(0, len(word), word)
    assert person._foreign_surname(tok, person._words("nl")) is foreign


def test_a_foreign_surname_alone_is_found(detector: Detector) -> None:
    text = "De rechtbank gaf Vukadinović gisteren gelijk in de zaak."
    assert names(detector, text, "nl") == ["Vukadinović"]


def test_a_person_after_the_name_of_a_ministry(detector: Detector) -> None:
    text = "Gisteren riep minister van Binnenlandse Zaken Otto Hovdenak iedereen op."
    assert names(detector, text, "nl") == ["Otto Hovdenak"]


@pytest.mark.parametrize(
    "text", ["Gisteren draaide Radio Donna de hele dag muziek.", "Ze werkt bij Bank Otto."]
)
def test_an_organisation_word_before_a_single_name_still_makes_it_none(
    detector: Detector, text: str
) -> None:
    assert names(detector, text, "nl") == []
