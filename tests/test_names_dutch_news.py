"""Evidence for names as Dutch news writes them (docs/names.md, issue 15), on synthetic
sentences written here: a byline of initials, initials before a capitalised particle, two
first names joined by a hyphen, roles in apposition, the place of a clause's subject, and
a city alone that the names model must not take for a first name."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.recognizers.person import _TOKEN, RulesPersonRecognizer, _Tok

from .names_support import person_findings


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


@pytest.fixture(scope="module")
def person(detector: Detector) -> RulesPersonRecognizer:
    [rec] = [r for r in detector.recognizers if isinstance(r, RulesPersonRecognizer)]
    return rec


def names(detector: Detector, text: str, lang: str = "nl") -> list[tuple[str, str]]:
    return person_findings(detector, text, lang)


@pytest.mark.parametrize("text", ["(GSC)", "De trein reed niet.\n(KvdB)\n", "  (RW)  "])
def test_initials_in_brackets_on_a_line_of_their_own_are_a_byline(
    detector: Detector, text: str
) -> None:
    found = names(detector, text)
    assert [n for n, _ in found] == [text.strip().strip("()").strip().split("\n")[-1].strip("()")]
    assert "byline" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "De EU (EU) besliste gisteren.",  # an acronym in a sentence
        "(KLM)",  # a brand the lists know
        "(Bloomberg)",  # a news agency, no initials
        "(Foto AP)",
        "(A)",  # one letter
    ],
)
def test_brackets_that_are_no_byline(detector: Detector, text: str) -> None:
    assert names(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het stuk is van H. Van der Plancken uit Rumst.", "H. Van der Plancken"),
        ("Volgens J. De Smedt is dat onzin.", "J. De Smedt"),
        ("Het verslag is van K. Oosterbroek.", "K. Oosterbroek"),
    ],
)
def test_initials_before_a_capitalised_particle_start_a_surname(
    detector: Detector, text: str, name: str
) -> None:
    assert [n for n, _ in names(detector, text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In september vertrekt Marie-Chantal naar Gent.", "Marie-Chantal"),
        ("Gisteren belde Jan-Willem nog.", "Jan-Willem"),
    ],
)
def test_two_listed_first_names_joined_by_a_hyphen(
    detector: Detector, text: str, name: str
) -> None:
    assert [n for n, _ in names(detector, text)] == [name]


def test_a_hyphenated_place_is_no_double_first_name(person: RulesPersonRecognizer) -> None:
    assert person._double_first_name("marie-chantal")
    assert not person._double_first_name("noord-brabant")
    assert not person._double_first_name("sint-niklaas")
    assert not person._double_first_name("marie")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Samen met oudgediende De Wachter begon hij dertig jaar geleden.", "De Wachter"),
        ("De 72-jarige filmster Vandermaelen werd ontvoerd.", "Vandermaelen"),
        ("Het bedrijf is in handen van de familie Oosterbroek.", "Oosterbroek"),
    ],
)
def test_a_role_in_apposition_names_the_person(detector: Detector, text: str, name: str) -> None:
    found = names(detector, text)
    assert [n for n, _ in found] == [name]
    assert "role" in found[0][1]


def _toks(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("Het is onwaarschijnlijk dat Vermaelen ook maar iets toegeeft.", "Vermaelen", True),
        ("Na de mislukte top heeft Vermaelen wel degelijk iets bereikt.", "Vermaelen", True),
        ("Maar terwijl Vermaelen onder vuur ligt, zwijgt de partij.", "Vermaelen", True),
        # not where a subject stands: before a comma, a list, a capitalised word or a verb
        # that is no finite verb or conjunction
        ("Hij zei dat Vermaelen, de trainer, bleef.", "Vermaelen", False),
        ("Hij zag dat Vermaelen Holding groeit.", "Vermaelen", False),
        ("De vrouw van Vermaelen ook.", "Vermaelen", False),
        ("Dat Vermaelen ook komt.", "Dat", False),
        # at a sentence start, right before a finite verb (verb-second order)
        ("Vermaelen werd gisteren benoemd.", "Vermaelen", True),
        ("Het regent. Vermaelen kon zijn oren niet geloven.", "Vermaelen", True),
        ("Vermaelen, werd gezegd, blijft.", "Vermaelen", False),
        ("Vermaelen bouwt een huis.", "Vermaelen", False),  # no verb of the list
        ("Gisteren zag Vermaelen werd niets.", "Vermaelen", False),  # not a sentence start
    ],
)
def test_the_place_of_a_clause_subject(
    person: RulesPersonRecognizer, text: str, word: str, subject: bool
) -> None:
    toks = _toks(text)
    [i] = [k for k, t in enumerate(toks) if t.word == word]
    assert person._subject_slot(text, toks, i, person._words("nl")) is subject
    # Dutch only: Norwegian and English have no such list
    assert not person._subject_slot(text, toks, i, person._words("nb"))


@pytest.mark.parametrize(
    "text",
    [
        "Waarmee niet gezegd is dat de Spelen van Sydney de cleanste ooit zijn.",
        "Maar in de weken voor Sydney heeft het IOC nog andere zorgen.",
    ],
)
def test_a_city_that_is_also_a_first_name_alone_is_the_city_in_dutch(
    detector: Detector, text: str
) -> None:
    assert names(detector, text) == []


def test_a_city_that_is_also_a_first_name_with_a_surname_is_a_name(detector: Detector) -> None:
    assert [n for n, _ in names(detector, "Gisteren sprak Sydney Vermaelen de zaal toe.")] == [
        "Sydney Vermaelen"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Volgens Pukkelpop-organisator en politicus Vermaelen dienen de regels te veranderen.",
        "Hij werd bekend toen het BBC-programma Crimewatch UK een reportage bracht.",
    ],
)
def test_a_dutch_compound_of_a_word_is_no_name(detector: Detector, text: str) -> None:
    found = [n for n, _ in names(detector, text)]
    assert not any("-" in n for n in found), found


def test_a_double_surname_with_a_particle_stays_a_name(person: RulesPersonRecognizer) -> None:
    v = person._words("nl")
    assert person._dutch_word_compound(_Tok(0, 21, "Pukkelpop-organisator"), v)
    assert not person._dutch_word_compound(_Tok(0, 8, "Bont-van"), v)
    assert not person._dutch_word_compound(_Tok(0, 10, "Jan-Willem"), v)
    assert not person._dutch_word_compound(
        _Tok(0, 21, "Pukkelpop-organisator"), person._words("nb")
    )
