"""A customer's question back ("why do you need that?") answers nothing: the agent's
question stays open through the agent's reply, even when that reply names another kind of
value ("just to find the account"). Every person and number here is synthetic."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk, talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("question", "back", "reply", "answer", "etype"),
    [
        (
            "d.o.b. please",
            "why do you need that?",
            "Yours, please - just to find the account.",
            "26 june 2012",
            "DATE_OF_BIRTH",
        ),
        (
            "What's the sort code and account number for the refund?",
            "why do you need that?",
            "Yours, please - just to find the account.",
            "18-59-93, 82922751",
            "BANK_ACCOUNT",
        ),
        (
            "Wat is uw geboortedatum?",
            "waarom is dat nodig?",
            "Om uw account te vinden, graag.",
            "3 mei 1987",
            "DATE_OF_BIRTH",
        ),
    ],
)
def test_the_question_stays_open_through_a_question_back(
    detector: Detector, question: str, back: str, reply: str, answer: str, etype: str
) -> None:
    answered = talk(
        detector,
        [("agent", question), ("customer", back), ("agent", reply), ("customer", answer)],
    )[3]
    typed = [f for f in answered.findings if f.entity_type == etype]
    covered = {i for f in typed for i in range(f.start, f.end)}
    assert all(i in covered for i, c in enumerate(answer) if c not in " ,"), answered.findings


def test_a_question_back_is_no_answer_to_correct(detector: Detector) -> None:
    # the number given after the question back is the answer, found once, not a correction
    out = talk_spans(
        detector,
        [
            ("agent", "Wat is uw klantnummer?"),
            ("customer", "bedoelt u die van mijn vrouw?"),
            ("agent", "Nee, die van u."),
            ("customer", "40917733"),
        ],
    )
    assert ("CUSTOMER_NUMBER", "40917733") in out[3], out


def test_a_question_for_no_personal_data_closes_it(detector: Detector) -> None:
    # after the question back, the agent asks where the customer flew: a destination
    out = talk_spans(
        detector,
        [
            ("agent", "Добрый день, гостиница «Лайка». Как вас зовут?"),
            ("customer", "можно ещё кошку?"),
            ("agent", "А куда вы летели?"),
            ("customer", "анапу"),
        ],
    )
    assert out[3] == [], out
