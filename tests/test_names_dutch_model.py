"""The Dutch names model of its own and the rules around it, on synthetic sentences."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.names_model import LanguageModels, NamesModel

from .names_support import person_findings


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


@pytest.fixture(scope="module")
def person(detector: Detector):  # type: ignore[no-untyped-def]
    return next(r for r in detector.recognizers if hasattr(r, "features"))


names = person_findings


class _Stub:
    """A names model that always says p and records the languages it was asked about."""

    def __init__(self, p: float):
        self.p = p
        self.asked: list[str] = []

    def probability(self, features: list[str]) -> float:
        self.asked.append(next(f for f in features if f.startswith("lang=")))
        return self.p


def test_dutch_words_go_to_the_dutch_model(person) -> None:  # type: ignore[no-untyped-def]
    shared, dutch = _Stub(0.0), _Stub(0.99)
    real = person.model
    try:
        person.model = LanguageModels(shared, {"nl": dutch})  # type: ignore[arg-type]
        found = person.find("Op die vraag gaf Holbrooker nu zelf het antwoord.", "nl")
        assert [c.explanation for c in found] == ["person_name: the names model (p=0.99)"]
        assert person.find("Etter møtet gikk Holbrookersen rett hjem.", "nb") == []
        assert dutch.asked == ["lang=nl"] and shared.asked == ["lang=nb"]
    finally:
        person.model = real


def test_the_shipped_rules_load_a_dutch_model(person) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(person.model, LanguageModels)
    assert set(person.model.by_language) == {"nl"}
    assert isinstance(person.model.shared, NamesModel)


def test_the_dutch_threshold_is_higher(person) -> None:  # type: ignore[no-untyped-def]
    text = "Op die vraag gaf Holbrooker nu zelf het antwoord."
    real = person.model
    try:
        person.model = _Stub(0.6)  # above model_threshold, below the Dutch one
        assert person.find(text, "nl") == []
        person.model = _Stub(0.7)
        assert [text[c.start : c.end] for c in person.find(text, "nl")] == ["Holbrooker"]
    finally:
        person.model = real


def test_a_surname_with_its_particle_after_an_unlisted_first_name(detector: Detector) -> None:
    text = "Dat meldde de politie op 11 november. Brogelina van der S. kreeg een telefoontje."
    found = names(detector, text, "nl")
    assert [n for n, _ in found] == ["Brogelina van der S."]
    assert "a surname with its particle after it" in found[0][1]
    # no particle after it: the model alone decides, and no rule says "name"
    assert "particle" not in " ".join(e for _, e in names(detector, "Brogelina kwam.", "nl"))


def test_a_word_ending_like_a_shop_is_not_asked(person) -> None:  # type: ignore[no-untyped-def]
    real = person.model
    try:
        person.model = _Stub(0.99)
        assert person.find("Gisteren heeft Zalvomart de prijzen verhoogd.", "nl") == []
        assert person.find("Ik heb Quendelshop al gebeld.", "nl") == []
        found = person.find("Gisteren heeft Zalvomarten de prijzen verhoogd.", "nl")
        assert [c.explanation for c in found] == ["person_name: the names model (p=0.99)"]
    finally:
        person.model = real


def test_a_dutch_month_is_no_name_but_the_same_first_name_elsewhere(detector: Detector) -> None:
    assert names(detector, "Mei of juni maakt niet uit, als het maar gebeurt.", "nl") == []
    assert names(detector, "Per e-mail stuur ik u de factuur.", "nl") == []
    assert [n for n, _ in names(detector, "Dag Per, hoe gaat het?", "nl")] == ["Per"]
    assert [n for n, _ in names(detector, "Hallo, ik ben Mei de Groot.", "nl")] == ["Mei de Groot"]
    found = names(detector, "I have passed this on to my colleague Mei.", "en")
    assert [n for n, _ in found] == ["Mei"]


@pytest.mark.parametrize(
    "text",
    [
        "Allemaal functies waarmee hij niet in aanraking komt.",
        "Zolang het ministerie niets zegt, gebeurt er niets.",
        "Nee, de onthulling van het beeld gaat niet door.",
    ],
)
def test_dutch_sentence_openers_are_no_names(detector: Detector, text: str) -> None:
    assert names(detector, text, "nl") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister Hedy d'Ancona opende de tentoonstelling.", "Hedy d'Ancona"),
        ("Gisteren sprak Hedy d’Ancona met de pers.", "Hedy d’Ancona"),
        ("Mijn naam is Anna d'Hondt.", "Anna d'Hondt"),
    ],
)
def test_a_surname_with_a_glued_particle_after_a_first_name(
    detector: Detector, text: str, name: str
) -> None:
    assert [n for n, _ in names(detector, text, "nl")] == [name]


def test_a_glued_particle_alone_starts_no_name(detector: Detector) -> None:
    assert names(detector, "Wij drinken d'Arenberg bier bij de lunch.", "nl") == []


def test_a_full_verb_after_a_sentence_start_makes_a_subject(person) -> None:  # type: ignore[no-untyped-def]
    text = "Holbrooker bood de regering een nieuw plan aan."
    real = person.model
    try:
        person.model = _Stub(0.3)  # below the Dutch threshold, above the subject's
        [c] = person.find(text, "nl")
        assert text[c.start : c.end] == "Holbrooker" and "subject's place" in c.explanation
        person.model = _Stub(0.05)
        assert person.find(text, "nl") == []
    finally:
        person.model = real


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Van den Quendelbeke wordt verwacht dat hij een voorstel doet.", ["Van den Quendelbeke"]),
        ("Van Quendelrompuy zei dat het goed gaat.", ["Van Quendelrompuy"]),
        ("Van daar gaat het verder naar het zuiden.", []),
        ("Van Amsterdam werd niets meer vernomen.", []),
    ],
)
def test_a_surname_with_its_particle_first_in_a_sentence(
    detector: Detector, text: str, found: list[str]
) -> None:
    assert [n for n, _ in names(detector, text, "nl")] == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens d'Ancona is dat onzin.", "d'Ancona"),
        ("Dat is niet waar, aldus d'Hondt.", "d'Hondt"),
        ("Ik sprak met mevrouw d'Ancona over de zaak.", "d'Ancona"),
    ],
)
def test_a_glued_particle_after_a_verb_of_speech_or_title(
    detector: Detector, text: str, name: str
) -> None:
    assert [n for n, _ in names(detector, text, "nl")] == [name]
