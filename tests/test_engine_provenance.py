"""Finding.provenance: how the conversation helped make a finding, and the word a name was
found after, as typed flags that the engine reads (issue 12), set where the explanation is
built and kept by every finding made from another one; the explanation's words for people
stay as they were.

Every person and number here is synthetic; a mistyped number is one digit off a valid one.
"""

from __future__ import annotations

import dataclasses

import pytest

from privacyguard.detect.engine import Detector
from privacyguard.detect.recognizers.base import NO_CONTEXT, ScanContext
from privacyguard.models import Finding, Message, Provenance

from .conversation_support import talk

#: what the explanations say in words (the flags must agree with them)
CARRIED_WORDS = "context in an earlier message of the conversation"
MISTYPED_WORDS = "/mistyped_"

DOB_ASKED = {
    "en": ("Could you give me your date of birth for verification?",
           "Hi, please refund 15.23 to me before 1985-03-14?"),
    "nb": ("Kan du oppgi fødselsdatoen din for verifisering?",
           "Hei, vennligst refunder 15,23 kr før 1985-03-14?"),
    "nl": ("Kunt u uw geboortedatum geven ter verificatie?",
           "Hoi, graag 15,23 euro terugstorten voor 1985-03-14?"),
    "ru": ("Назовите, пожалуйста, дату рождения для проверки.",
           "Здравствуйте, верните 15,23 руб до 1985-03-14?"),
}  # fmt: skip

MISTYPED = {
    "en": ("Which IBAN should the refund go to?", "NL21 INGB 0001 2345 67", "IBAN_CODE"),
    "nl": ("Wat is je BSN?", "111222334", "NATIONAL_ID"),  # 111222333 mistyped
    "nb": ("Hva er kontonummeret ditt?", "7406 95 08211", "BANK_ACCOUNT"),
    "ru": ("Какой у вас номер счёта?", "40817810423", "BANK_ACCOUNT"),
}


def _agrees(f: Finding) -> bool:
    return (CARRIED_WORDS in f.explanation) == (Provenance.CARRIED in f.provenance) and (
        MISTYPED_WORDS in f.explanation
    ) == (Provenance.MISTYPED in f.provenance)


@pytest.mark.parametrize("lang", sorted(DOB_ASKED))
def test_context_carried_from_an_earlier_message_is_flagged(detector: Detector, lang: str) -> None:
    asked, answer = DOB_ASKED[lang]
    out = detector.detect(
        [Message(id="1", text=asked, conversation_id="c"),
         Message(id="2", text=answer, conversation_id="c")]
    )  # fmt: skip
    dob = [f for f in out[1].findings if f.entity_type == "DATE_OF_BIRTH"]
    assert [answer[f.start : f.end] for f in dob] == ["1985-03-14"]
    assert dob[0].provenance == Provenance.CARRIED
    assert CARRIED_WORDS in dob[0].explanation  # the words for people are as they were
    # the same date without the question: no context, no flag (and not found)
    alone = detector.detect([Message(id="2", text=answer, conversation_id="c")])
    assert all(Provenance.CARRIED not in f.provenance for f in alone[0].findings)


@pytest.mark.parametrize("lang", sorted(MISTYPED))
def test_a_mistyped_answer_is_flagged(detector: Detector, lang: str) -> None:
    question, answer, etype = MISTYPED[lang]
    out = talk(detector, [("agent", question), ("customer", answer)])
    found = [f for f in out[1].findings if f.entity_type == etype]
    assert len(found) == 1, out[1].findings
    assert found[0].provenance == Provenance.MISTYPED
    assert found[0].explanation.startswith("conversation/mistyped_")


def test_a_valid_answer_is_not_flagged_mistyped(detector: Detector) -> None:
    out = talk(detector, [("agent", "Wat is je BSN?"), ("customer", "111222333")])
    # the recognizer's own find (its checksum passes: CHECKSUM), helped by the question's
    # context (CARRIED); not MISTYPED
    assert [f.provenance for f in out[1].findings] == [Provenance.CARRIED | Provenance.CHECKSUM]


@pytest.mark.parametrize(
    "turns",
    [
        [("agent", "Could you read me the card number?"), ("customer", "4539 5260 1815 9038"),
         ("customer", "sorry typo, 4539 5260 1815 9083")],
        [("agent", "Which IBAN should the deposit go back to?"), ("customer", "NL20INGB00012"),
         ("customer", "34567")],
        [("agent", "Hva er kontonummeret ditt?"), ("customer", "7406 95"),
         ("customer", "08212")],
        [("agent", "Какой у вас номер счёта?"), ("customer", "40817810423"),
         ("customer", "ой, 40817810423456789012")],
    ],
)  # fmt: skip
def test_the_flags_agree_with_the_explanation(
    detector: Detector, turns: list[tuple[str, str]]
) -> None:
    """Findings made from others ("...; one value typed over two messages") keep the flags
    of the finding they were made from, as their explanation keeps its words."""
    for d in talk(detector, turns):
        for f in d.findings:
            assert _agrees(f), f


def test_the_flag_is_no_part_of_the_findings_contract() -> None:
    f = Finding("m", "IBAN_CODE", 0, 4, 0.6, "conversation", "x", "en")
    flagged = dataclasses.replace(f, provenance=Provenance.MISTYPED)
    assert flagged.to_json() == f.to_json()
    assert "provenance" not in flagged.to_json()
    assert flagged == f and hash(flagged) == hash(f)  # compared as before
    assert dataclasses.replace(flagged, explanation="y").provenance == Provenance.MISTYPED


def test_scored_flags_a_carried_context_only(detector: Detector) -> None:
    rec = next(r for r in detector.recognizers if r.name == "date_of_birth")
    text = "refund before 1985-03-14 please"
    start = text.index("1985")
    end = start + len("1985-03-14")
    carried = ScanContext(carried=frozenset({"date_of_birth"}))
    got = rec.scored(text, start, end, 0.5, ["date_of_birth/iso"], carried)
    assert got is not None and got.provenance == Provenance.CARRIED
    assert CARRIED_WORDS in got.explanation
    plain = rec.scored(text, start, end, 0.9, ["date_of_birth/iso"], NO_CONTEXT)
    assert plain is None or plain.provenance == Provenance.NONE


#: a name after a title, after a greeting, after neither (synthetic people)
NAMED = {
    "en": ("Good morning, Mr Haverford, how can I help?",
           "Hi Marigold, thanks for waiting.",
           "My name is Tobias Wrenfield."),
    "nl": ("Goedemorgen mevrouw Verbruggen, waarmee kan ik helpen?",
           "Hoi Femke, dank voor het wachten.",
           "Mijn naam is Joost Kranenburg."),
    "nb": ("God morgen, fru Dalsrud, hva kan jeg hjelpe med?",
           "Hei Ingvild, takk for at du ventet.",
           "Jeg heter Sindre Hovland."),
    "ru": ("Доброе утро, господин Ковалёв, чем могу помочь?",
           "Здравствуйте, Милана, спасибо за ожидание.",
           "Меня зовут Тимофей Белов."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(NAMED))
def test_a_name_after_a_title_or_a_greeting_is_flagged(detector: Detector, lang: str) -> None:
    """The conversation code tells a name someone is addressed by from the business's own
    name by these flags (answers.py), never by the explanation's words."""
    titled, greeted, cued = NAMED[lang]
    flags = []
    for text in (titled, greeted, cued):
        (d,) = detector.detect([Message(id="1", text=text, lang=lang)])
        names = [f for f in d.findings if f.entity_type == "PERSON"]
        assert len(names) == 1, (lang, text)
        flags.append(names[0].provenance & (Provenance.TITLED | Provenance.GREETED))
        words = names[0].explanation
        assert ("after a title" in words) == (Provenance.TITLED in names[0].provenance)
        assert ("after a greeting" in words) == (Provenance.GREETED in names[0].provenance)
    assert flags == [Provenance.TITLED, Provenance.GREETED, Provenance.NONE]
