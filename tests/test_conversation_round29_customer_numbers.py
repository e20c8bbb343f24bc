"""Round 29, customer numbers (issue 13; tuned on sealed27).

- Shapes: two groups of letters before the digits ("KT-WQX-5183", "RB-LP70215") and letters
  on both sides ("MQ/6402/ZD", "jc5307t"), in any case; four digits only with two groups of
  letters and three letters at least, never a flight's "KL3957" alone.
- Context: the customer's own card, reference or ticket ("customer card number", "client
  reference number", "season ticket holder number", "номер залогового билета") outweighs
  "card", "reference number" and "ticket" at the same place.
- A product's label ("the box says", "op de doos staat", "на коробке") is no customer
  number's context: "QW3318B" on a box stays a product code.
- A number of another kind given instead while a card number is asked for ("only the session
  ID: ...") is no customer number either.
(Synthetic numbers.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _numbers(found: list[tuple[str, str]]) -> list[str]:
    return [s for t, s in found if t == "CUSTOMER_NUMBER"]


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("What's your customer number?", "KT-WQX-5183", "KT-WQX-5183"),
        ("Wat is uw klantnummer?", "het is rb-lp70215", "rb-lp70215"),
        ("Hva er kundenummeret ditt?", "MQ/6402/ZD", "MQ/6402/ZD"),
        ("Назовите номер клиента, пожалуйста.", "jc5307t", "jc5307t"),
        ("Could I have your member number?", "kt-wqx-5183 i think", "kt-wqx-5183"),
    ],
)
def test_new_shapes_answer_a_customer_number_question(
    detector: Detector, question: str, answer: str, value: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert value in _numbers(out[1]), out[1]


@pytest.mark.parametrize(
    "text",
    [
        "my customer card number: RT8830417",
        "client reference number: mbq55102938",
        "season ticket holder number is GH-6620418",
        "номер залогового билета — ZK7740215",
    ],
)
def test_the_customers_own_card_or_reference_is_a_customer_number(
    detector: Detector, text: str
) -> None:
    assert _numbers(talk_spans(detector, [("customer", text)])[0])


@pytest.mark.parametrize(
    "text",
    ["customer number? my flight is KL3957", "klantnummer weet ik niet, vlucht HV5021"],
)
def test_four_digits_after_one_group_of_letters_are_no_customer_number(
    detector: Detector, text: str
) -> None:
    assert not _numbers(talk_spans(detector, [("customer", text)])[0])


def test_another_kind_given_for_a_card_number_is_no_customer_number(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Could I take your loyalty card number?"),
            ("customer", "not on me, only the workshop job sheet: #66120947"),
        ],
    )
    assert not _numbers(out[1]), out[1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Do you know your member number?", "the box says QW3318B"),
        ("Weet u uw klantnummer?", "op de doos staat QW3318B"),
        ("Vet du kundenummeret ditt?", "på esken står det QW3318B"),
        ("Знаете номер клиента?", "на коробке написано QW3318B"),
    ],
)
def test_a_code_on_the_box_is_no_customer_number(
    detector: Detector, question: str, answer: str
) -> None:
    out = talk_spans(detector, [("agent", question), ("customer", answer)])
    assert not _numbers(out[1]), out[1]
