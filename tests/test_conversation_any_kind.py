"""The detector, through the whole conversation: trust the question, not the shape. A
question for a number, an ID or a reference of a kind no rule names ("your Seapass number",
"the applicant ID", "gastnummer", "søkernummeret", "номер спортсмена") makes the bare
answer the customer's number, whatever its shape; the agent's statement that the answer was
an order number takes it back."""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Could you give me your guest number?", "185614"),
        ("Do you have your Seapass number handy?", "801360980"),
        ("Could you give me the applicant ID?", "A-8965827"),
        ("Mag ik uw gastnummer?", "HR-784996876"),
        ("Wat is uw donateursnummer?", "2415854744"),
        ("Har du søkernummeret for hånden?", "53815784"),
        ("Hva er gjestenummeret ditt?", "b7368543"),
        ("номер спортсмена у вас под рукой?", "5021330"),
        ("Назовите номер гостя, пожалуйста.", "cc-2415854"),
    ],
)
def test_the_answer_to_a_question_for_a_number_of_any_kind_is_found(
    detector: Detector, asked: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer)])
    found = [text for kind, text in out[1] if kind == "CUSTOMER_NUMBER"]
    assert found and found[0] in answer and len(found[0]) >= 6, out[1]


@pytest.mark.parametrize(
    "asked",
    [
        "Hiya! Wellside Pharmacy support, how can we help today?",
        "Оставьте номер для курьера",
        "Which promo code did you use?",
    ],
)
def test_no_kind_of_number_named_asks_for_none(detector: Detector, asked: str) -> None:
    """Words that only end like a word for "number" ("Wellside"), a number without its
    kind ("номер для курьера": a phone, as a rule), a code: no customer number."""
    out = talk_spans(detector, [("agent", asked), ("customer", "5150163")])
    assert not [f for f in out[1] if f[0] == "CUSTOMER_NUMBER"], out[1]


@pytest.mark.parametrize(
    ("asked", "answer", "statement"),
    [
        (
            "Could you give me your guest number?",
            "#7580411",
            "Hmm, that looks like an order number. I need your guest number.",
        ),
        (
            "Mag ik uw gastnummer?",
            "#9961820",
            "Dat is volgens mij een bestelnummer. Ik heb uw gastnummer nodig.",
        ),
        (
            "Har du søkernummeret for hånden?",
            "53815784",
            "Det ser ut som et ordrenummer. Jeg trenger søkernummeret ditt.",
        ),
        (
            "номер спортсмена у вас под рукой?",
            "#50213300",
            "Это номер заказа, кажется. А номер спортсмена у вас есть?",
        ),
    ],
)
def test_an_answer_the_agent_calls_an_order_number_is_taken_back(
    detector: Detector, asked: str, answer: str, statement: str
) -> None:
    out = talk_spans(detector, [("agent", asked), ("customer", answer), ("agent", statement)])
    assert not [f for f in out[1] if f[0] == "CUSTOMER_NUMBER"], out[1]


def test_the_next_request_takes_nothing_back(detector: Detector) -> None:
    """Asking for a tracking number next is no statement that the answer was one."""
    out = talk_spans(
        detector,
        [
            ("agent", "какой у вас номер клиента?"),
            ("customer", "да, 304-263-568"),
            ("agent", "Подскажите трек-номер"),
        ],
    )
    assert ("CUSTOMER_NUMBER", "304-263-568") in out[1], out[1]
