"""Each kind of evidence for a name without a cue, on synthetic sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.detect.names_model import NamesModel
from privacyguard.errors import PrivacyGuardError
from privacyguard.models import Message

from .names_support import person_findings


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


@pytest.fixture(scope="module")
def person(detector: Detector):  # type: ignore[no-untyped-def]
    return next(r for r in detector.recognizers if hasattr(r, "features"))


names = person_findings


def conversation(detector: Detector, *messages: Message) -> list[list[str]]:
    return [
        [d.message.text[f.start : f.end] for f in d.findings if f.entity_type == "PERSON"
         and f.field == "text"]
        for d in detector.detect(list(messages))
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("De zaak is nog niet rond, aldus Quendelaar.", "nl", "Quendelaar"),
        ("Det blir ikke bedre enn dette, forteller Kvitfjellsen.", "nb", "Kvitfjellsen"),
        ("Всё будет готово к пятнице, сказал Журавлёвский.", "ru", "Журавлёвский"),
        ("It will be ready by Friday, said Prendergrast.", "en", "Prendergrast"),
    ],
)
def test_a_surname_after_a_verb_of_speech(
    detector: Detector, text: str, lang: str, name: str
) -> None:
    found = names(detector, text, lang)
    assert [n for n, _ in found] == [name]
    assert "verb of speech" in found[0][1]


def test_a_surname_before_a_verb_of_speech(detector: Detector) -> None:
    found = names(detector, "Gisteren liet Quendelaar zei dat het klaar was.", "nl")
    assert found and found[0][0] == "Quendelaar"
    # a pronoun or everyday word before the verb is no name
    assert names(detector, "Hij zei dat het klaar was.", "nl") == []


def test_a_verb_of_speech_before_an_organisation_or_country_finds_nothing(
    detector: Detector,
) -> None:
    assert names(detector, "Dat is volgens Frankrijk niet genoeg.", "nl") == []
    assert names(detector, "Het klopt niet, zegt Radio Quendel.", "nl") == []


def test_a_surname_alone_after_the_full_name_in_the_same_text(detector: Detector) -> None:
    text = "Burgemeester Hanneke Quendelaar opende de brug. Later zei ze: Quendelaar blijft."
    assert [n for n, _ in names(detector, text, "nl")] == ["Hanneke Quendelaar", "Quendelaar"]


def test_a_surname_alone_later_in_the_conversation_also_with_a_genitive(
    detector: Detector,
) -> None:
    msgs = [
        Message("1", "Per Kvitfjellsen ble valgt i går.", "nb", "c1"),
        Message("2", "Kvitfjellsen takket velgerne.", "nb", "c1"),
        Message("3", "Kvitfjellsens tale var kort.", "nb", "c1"),
    ]
    assert conversation(detector, *msgs) == [["Per Kvitfjellsen"], ["Kvitfjellsen"],
                                             ["Kvitfjellsens"]]  # fmt: skip


def test_the_name_of_a_sender_marks_it_later_in_the_conversation(detector: Detector) -> None:
    msgs = [
        Message("1", "Hello, how can I help you today?", "en", "c1",
                sender="Siobhan Quennellow", sender_role="agent"),
        Message("2", "I will ask Quennellow tomorrow then.", "en", "c1",
                sender="Customer", sender_role="customer"),
    ]  # fmt: skip
    assert conversation(detector, *msgs) == [[], ["Quennellow"]]
    # without the sender field the word is unknown: nothing marks it
    alone = [Message("2", "I will ask Quennellow tomorrow then.", "en", "c2")]
    assert conversation(detector, *alone) == [[]]


def test_a_brand_that_sends_marks_nothing(detector: Detector) -> None:
    msgs = [
        Message("1", "Welkom bij de klantenservice.", "nl", "c1",
                sender="Quendelshop Klantenservice", sender_role="agent"),
        Message("2", "Ik heb Quendelshop al gebeld.", "nl", "c1", sender_role="customer"),
    ]  # fmt: skip
    assert conversation(detector, *msgs) == [[], []]


def test_a_participant_field_names_a_person_for_later_messages(detector: Detector) -> None:
    msgs = [
        Message("1", "Group created.", "en", "c1",
                fields=(("participants[0].name", "Siobhan Thistlewick"),)),
        Message("2", "Did Thistlewick send the form?", "en", "c1"),
    ]  # fmt: skip
    assert conversation(detector, *msgs)[1] == ["Thistlewick"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("all sorted now, thanks again, siobhan", "en", "siobhan"),
        ("hei, ingrid!", "nb", "ingrid"),
    ],
)
def test_a_first_name_addressed_in_lower_case(
    detector: Detector, text: str, lang: str, name: str
) -> None:
    found = names(detector, text, lang)
    assert [n for n, _ in found] == [name]


def test_a_lower_case_everyday_word_in_the_same_place_is_no_name(detector: Detector) -> None:
    assert names(detector, "all sorted now, thanks again, great", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Het nieuws kwam van Radio Donna gisteren.", "nl"),  # an organisation word next to it
        ("Ze gingen samen naar Jan Mayen.", "nl"),  # a first name and a country's word
        ("Samen met Frankrijk willen we verder.", "nl"),  # a country in Dutch
    ],
)
def test_organisations_and_places_are_negative_evidence(
    detector: Detector, text: str, lang: str
) -> None:
    assert names(detector, text, lang) == []


def test_a_cue_outweighs_the_place_list(detector: Detector) -> None:
    assert [n for n, _ in names(detector, "My name is Georgia.", "en")] == ["Georgia"]


def test_the_model_decides_only_undecided_words(detector: Detector, person) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    original = person._ask_model

    def spy(text, toks, i, v):  # type: ignore[no-untyped-def]
        asked.append(toks[i].text)
        return original(text, toks, i, v)

    person._ask_model = spy
    try:
        person.find("Op die vraag heeft Holbrooker nu zelf het antwoord, aldus De Morgen.", "nl")
        person.find("Mijn naam is Anna de Vries en ik woon in Utrecht.", "nl")
        person.find("Hello, my name is Anna and I fly to Bergen.", "en")
    finally:
        person._ask_model = original
    # the unknown capitalised word only: not the cue's name, a function word, a place
    # after a preposition, nor anything in English (no training data for it)
    assert asked == ["Holbrooker"]


class _Stub:
    """A names model that says what it is told."""

    def __init__(self, p: float, before: str = "heeft"):
        self.p, self.before = p, before

    def probability(self, features: list[str]) -> float:
        assert "w=holbrooker" in features and f"p1={self.before}" in features
        return self.p


def test_the_model_decides_at_its_threshold(person) -> None:  # type: ignore[no-untyped-def]
    text = "Op die vraag gaf Holbrooker nu zelf het antwoord."
    real = person.model
    try:
        person.model = _Stub(0.9, "gaf")
        [c] = person.find(text, "nl")
        assert text[c.start : c.end] == "Holbrooker" and "the names model (p=0.90)" in c.explanation
        person.model = _Stub(0.3, "gaf")
        assert person.find(text, "nl") == []
    finally:
        person.model = real


def test_where_a_subject_stands_the_model_only_vetoes(person) -> None:  # type: ignore[no-untyped-def]
    # after a finite verb that puts the subject after it ("heeft"), model_subject_threshold
    text = "Op die vraag heeft Holbrooker nu zelf het antwoord gegeven."
    real = person.model
    try:
        person.model = _Stub(0.3)
        [c] = person.find(text, "nl")
        assert text[c.start : c.end] == "Holbrooker" and "subject's place" in c.explanation
        person.model = _Stub(0.05)
        assert person.find(text, "nl") == []
    finally:
        person.model = real


def test_the_trained_model_finds_a_name_no_rule_knows(detector: Detector) -> None:
    # an invented surname in a sentence shaped like the synthetic Dutch training sentences
    found = dict(names(detector, "Brognoli scoorde twee keer voor de rust.", "nl"))
    assert "the names model" in found["Brognoli"]


def test_the_model_leaves_everyday_sentence_openers_alone(detector: Detector) -> None:
    assert names(detector, "Intussen wacht de gemeente nog altijd op een antwoord.", "nl") == []


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PrivacyGuardError, match="make train-names"):
        NamesModel(tmp_path / "missing.crfsuite")
