"""Bare answers to the agent's questions (rules/conversation/), per language, and the hard
negatives that must stay unreported: an order number given instead of a customer number,
a travel date given after a date-of-birth question, a destination.

Every person and number here is synthetic; checksummed numbers are valid (python-stdnum,
schwifty, phonenumbers).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import spans, talk

# (language, agent's question, customer's turns, expected in the last turn)
BARE_ANSWERS = [
    ("en", "What was the booking code again?", ["one moment", "qk7t2m"],
     ("BOOKING_REFERENCE", "qk7t2m")),
    ("en", "What was the booking code again?", ["QK7T2M"], ("BOOKING_REFERENCE", "QK7T2M")),
    ("en", "Who am I speaking with?", ["harry holloway?"], ("PERSON", "harry holloway")),
    ("nl", "Wat is uw klantnummer?", ["40917733"], ("CUSTOMER_NUMBER", "40917733")),
    ("nl", "Mag ik het documentnummer van uw paspoort?", ["even zoeken", "nw81k2p03"],
     ("PASSPORT", "nw81k2p03")),
    ("nl", "Wat is de boekingscode?", ["het is 436hme"], ("BOOKING_REFERENCE", "436hme")),
    ("nb", "Hva er passnummeret?", ["et øyeblikk", "FH5444991"], ("PASSPORT", "FH5444991")),
    ("nb", "Kan jeg få kundenummeret?", ["902265378"], ("CUSTOMER_NUMBER", "902265378")),
    ("nb", "Hva er fødselsdatoen din?", ["14.02.1971"], ("DATE_OF_BIRTH", "14.02.1971")),
    ("ru", "Ваша дата рождения?", ["минутку", "12.03.1985"], ("DATE_OF_BIRTH", "12.03.1985")),
    ("ru", "Какой у вас код бронирования?", ["7hdel4"], ("BOOKING_REFERENCE", "7hdel4")),
    ("ru", "Какой у вас номер лицевого счёта?", ["438755236"], ("CUSTOMER_NUMBER", "438755236")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "answers", "expected"), BARE_ANSWERS)
def test_a_bare_answer_fulfils_the_question(
    detector: Detector, lang: str, question: str, answers: list[str], expected: tuple[str, str]
) -> None:
    out = talk(detector, [("agent", question)] + [("customer", a) for a in answers])
    assert spans(out[-1]) == [expected]
    assert all(spans(d) == [] for d in out[1:-1])  # the "one moment" turns hold nothing
    assert out[-1].findings[0].explanation  # it says why


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What was the booking code again?", "qk7t2m"),
        ("Wat is uw klantnummer?", "40917733"),
        ("Ваша дата рождения?", "12.03.1985"),
    ],
)
def test_the_same_answer_without_the_question_is_not_reported(
    detector: Detector, question: str, answer: str
) -> None:
    """The finding comes from the conversation: alone, or after another question, the bare
    value is not reported (the single-message findings are unchanged)."""
    assert spans(talk(detector, [("customer", answer)])[0]) == []
    after_other = talk(detector, [("agent", "How can I help you today?"), ("customer", answer)])
    assert spans(after_other[-1]) == []


def test_the_question_stays_open_over_a_few_turns_only(detector: Detector) -> None:
    turns = [("agent", "Wat is uw klantnummer?")]
    turns += [("customer", t) for t in ["waar vind ik dat?", "op de factuur?", "ik zoek"]]
    turns += [("customer", "40917733")]
    assert spans(talk(detector, turns)[-1]) == []  # three customer turns used it up
    held = [("agent", "Wat is uw klantnummer?"), ("customer", "momentje"),
            ("customer", "even kijken"), ("customer", "ik kijk even"),
            ("customer", "40917733")]  # fmt: skip
    assert spans(talk(detector, held)[-1]) == [("CUSTOMER_NUMBER", "40917733")]


def test_a_new_question_closes_the_open_one(detector: Detector) -> None:
    out = talk(detector, [
        ("agent", "Wat is uw klantnummer?"),
        ("agent", "Heeft u het ordernummer?"),
        ("customer", "40917733"),
    ])  # fmt: skip
    assert spans(out[-1]) == []


def _soon(days: int) -> date:
    return date.today() + timedelta(days=days)


# (language, agent's question, customer's answer): nothing in the answer is personal data
HARD_NEGATIVES = [
    ("en", "What is your customer number?", "no idea, the order was 39088452 if that helps"),
    ("en", "Do you have the order number?", "WO54654433"),
    ("en", "Can you confirm your date of birth?",
     f"why do you need that? we're flying on {_soon(40):%d.%m.%Y}"),
    ("en", "Where are you flying to?", "Dublin"),
    ("nl", "Wat is uw klantnummer?", "klantnummer weet ik niet, wel het bestelnummer 9430948"),
    ("nl", "Wat is het bestelnummer?", "305072602"),
    ("nl", "Kunt u ter controle uw geboortedatum geven?",
     f"waarom is dat nodig? we vliegen op {_soon(-20):%d-%m-%Y}"),
    ("nl", "Waar vliegt u naartoe?", "Barcelona"),
    ("nb", "Hva er kundenummeret ditt?", "har bare ordre 60870984"),
    ("nb", "Har du ordrenummeret?", "74591910"),
    ("nb", "Kan du bekrefte fødselsdatoen?",
     f"hvorfor trenger dere det? vi reiser {_soon(60):%d.%m.%Y}"),
    ("nb", "Hvor skal du fly?", "København"),
    ("ru", "Назовите номер клиента, пожалуйста.", "понятия не имею, заказ был 564050675"),
    ("ru", "Какой номер заказа?", "1919841"),
    ("ru", "Ваша дата рождения?", f"это для рейса {_soon(10):%d.%m.%Y}?"),
    ("ru", "Куда летите?", "Казань"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "question", "answer"), HARD_NEGATIVES)
def test_hard_negatives_stay_unreported(
    detector: Detector, lang: str, question: str, answer: str
) -> None:
    out = talk(detector, [("agent", question), ("customer", answer)])
    assert spans(out[-1]) == []


def test_a_correction_in_the_next_message_is_found_too(detector: Detector) -> None:
    out = talk(detector, [
        ("agent", "Heeft u uw relatienummer bij de hand?"),
        ("customer", "29718538"),
        ("customer", "ik bedoel 29718738"),
    ])  # fmt: skip
    assert spans(out[1]) == [("CUSTOMER_NUMBER", "29718538")]
    assert spans(out[2]) == [("CUSTOMER_NUMBER", "29718738")]


def test_a_value_seen_before_is_found_again_without_its_cue(detector: Detector) -> None:
    out = talk(detector, [
        ("customer", "my booking code is X7K9QZ"),
        ("agent", "Thanks."),
        ("customer", "so x7k9qz can be changed?"),
    ])  # fmt: skip
    assert spans(out[0]) == [("BOOKING_REFERENCE", "X7K9QZ")]
    assert spans(out[2]) == [("BOOKING_REFERENCE", "x7k9qz")]


def test_the_detector_keeps_no_conversation_state_between_calls(detector: Detector) -> None:
    """State lives in one detect() call: the next call (another thread, another batch)
    does not see the question of the previous one."""
    talk(detector, [("agent", "Wat is uw klantnummer?")])
    assert spans(talk(detector, [("customer", "40917733")])[0]) == []


def test_a_question_without_a_listed_phrasing_uses_the_recognizers_context_words(
    detector: Detector,
) -> None:
    """No phrasing in rules/conversation/ says "reward-nummer", but the customer-number
    recognizer has it as a context word: the agent's question still opens an expectation."""
    out = talk(detector, [("agent", "Hva er reward-nummeret ditt?"), ("customer", "40917733")])
    assert spans(out[-1]) == [("CUSTOMER_NUMBER", "40917733")]


def test_double_and_triple_in_a_number_in_words(detector: Detector) -> None:
    out = talk(detector, [
        ("agent", "What's the best number to call you back?"),
        ("customer", "oh seven nine double one one two three four five six"),
    ])  # fmt: skip
    assert spans(out[-1]) == [
        ("PHONE_NUMBER", "oh seven nine double one one two three four five six")
    ]


def test_a_surname_with_particles_is_a_name(detector: Detector) -> None:
    out = talk(detector, [("agent", "Could I take the lead passenger's surname?"),
                          ("customer", "van der berg")])  # fmt: skip
    assert spans(out[-1]) == [("PERSON", "van der berg")]


def test_a_letter_apart_from_the_digits_is_not_read_as_one(detector: Detector) -> None:
    """"it's 55120987": the "s" is no 5 ("4S96" would be)."""
    out = talk(detector, [("agent", "Which card number is linked to your loyalty account?"),
                          ("customer", "it's 55120987")])  # fmt: skip
    assert spans(out[-1]) == [("CUSTOMER_NUMBER", "55120987")]
