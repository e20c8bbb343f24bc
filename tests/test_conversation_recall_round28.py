"""Round 28 (recall): a customer number whose letters and digits alternate in groups
("RT-5183-KB27", "MW4826QD61", "HN37-9051", "DC-74025-W"), asked for or after its cue
word, in any case; not a product's model ("WH-1000XM5"). A listed first name and a last name
that is also a word ("sigrid bråten") answer a name question. Every person and number here
is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import answer_spans, talk


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Could I have your client number?", "sure, it's RT-5183-KB27", "RT-5183-KB27"),
        ("What's your member number?", "mw4826qd61 i think", "mw4826qd61"),
        ("Wat is uw klantnummer?", "dat is HN37-9051", "HN37-9051"),
        ("Wat is uw contractnummer?", "dc-74025-w", "dc-74025-w"),
        ("Hva er kundenummeret ditt?", "det er LF-6620-TZ14", "LF-6620-TZ14"),
        ("Hva er medlemsnummeret?", "PB7702RM39 tror jeg", "PB7702RM39"),
        ("Ваш номер клиента?", "вот: KM-40718-Z", "KM-40718-Z"),
        ("Подскажите номер договора?", "gd-3307-pn52", "gd-3307-pn52"),
    ],
)
def test_a_customer_number_in_alternating_groups_answers_the_question(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    assert ("CUSTOMER_NUMBER", value) in answer_spans(detector, question, answer)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my customer number is RT-5183-KB27", "RT-5183-KB27"),
        ("mijn klantnummer is HN37-9051", "HN37-9051"),
        ("kundenummer LF-6620-TZ14", "LF-6620-TZ14"),
        ("номер клиента KM-40718-Z", "KM-40718-Z"),
    ],
)
def test_a_customer_number_in_alternating_groups_after_its_cue(
    detector: Detector, text: str, value: str
) -> None:
    out = talk(detector, [("customer", text)])
    found = [(f.entity_type, text[f.start : f.end]) for f in out[0].findings]
    assert ("CUSTOMER_NUMBER", value) in found


def test_a_product_model_is_no_customer_number(detector: Detector) -> None:
    text = "iemand heeft WH-1000XM5 besteld op mijn account"
    out = talk(detector, [("customer", text)])
    assert not [f for f in out[0].findings if f.entity_type == "CUSTOMER_NUMBER"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What name is the booking under?", "oliver pond"),
        ("Op welke naam staat de reservering?", "daan brug"),
        ("Og navnet ditt var?", "sigrid bråten"),
        ("Как вас зовут?", "анна берёза"),
    ],
)
def test_a_first_name_and_a_last_name_that_is_a_word_answer_the_name_question(
    detector: Detector, question: str, answer: str
) -> None:
    # a listed first name and a last name that is also an everyday word: a full name
    assert ("PERSON", answer) in answer_spans(detector, question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your name?", "sure thing"),
        ("Wat is uw naam?", "even kijken"),
        ("Hva heter du?", "vent litt"),
    ],
)
def test_everyday_words_are_no_name_answer(detector: Detector, question: str, answer: str) -> None:
    assert not [v for t, v in answer_spans(detector, question, answer) if t == "PERSON"]
