"""The business's own phone number or address is dropped only where the export says the
sender is the business: never on a role guessed from the conversation."""

from __future__ import annotations

import pytest

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.models import Message

ADDRESS = "Kastanjelaan 17 in Leusden"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_rules())


def _locations(detector: Detector, messages: list[Message]) -> list[str]:
    out = detector.detect(messages)
    last = out[-1]
    return [
        last.message.text[f.start : f.end]
        for f in last.findings
        if f.entity_type == "LOCATION" and f.field == "text"
    ]


def _chat(role_of_customer: str | None, role_of_agent: str | None) -> list[Message]:
    lines = [
        ("Reisbureau Zonnepad", role_of_agent, "Goedemorgen Sanne, waarmee kan ik helpen?"),
        # a request word ("stuur") and an id word ("rekening") from the customer: a
        # conversation without roles may take her for the agent
        ("Sanne de Wit", role_of_customer, "Liever op mijn nieuwe rekening, die stuur ik straks"),
        ("Reisbureau Zonnepad", role_of_agent, "Geen probleem."),
        ("Sanne de Wit", role_of_customer, f"Dat is ons adres, {ADDRESS}"),
    ]
    return [
        Message(id=str(i), text=text, conversation_id="c1", sender=sender, sender_role=role)
        for i, (sender, role, text) in enumerate(lines)
    ]


def test_a_customers_our_address_is_found_when_the_export_gives_no_roles(
    detector: Detector,
) -> None:
    [found] = _locations(detector, _chat(None, None))
    assert found.startswith("Kastanjelaan 17")


def test_a_customers_our_address_is_found_with_roles(detector: Detector) -> None:
    [found] = _locations(detector, _chat("customer", "agent"))
    assert found.startswith("Kastanjelaan 17")


def test_the_agents_own_address_is_dropped_when_the_export_says_it_is_the_agent(
    detector: Detector,
) -> None:
    messages = _chat("customer", "agent")
    messages[-1] = Message(
        id="9", text=f"Stuur het formulier naar ons adres, {ADDRESS}", conversation_id="c1",
        sender="Reisbureau Zonnepad", sender_role="agent",
    )  # fmt: skip
    assert _locations(detector, messages) == []


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("nl", "Bel me op +31 6 11282931 als er iets is.", "+31 6 11282931"),
        # round 27: a number offered as the business's ("Call us on ...") is the business's
        # whatever its line; the agent's own ("Call me on ...") stays a person's
        ("en", "Call me on 07700 900461 if anything changes.", "07700 900461"),
    ],
)
def test_a_mobile_the_agent_gives_is_a_persons_even_after_business_words(
    detector: Detector, lang: str, text: str, number: str
) -> None:
    """The agent's own mobile is personal data: after words for the business in general
    only a line a business answers on (fixed, freephone, shared cost) is the business's."""
    messages = [
        Message(id="1", text="Hoi", conversation_id="c2", sender="Klant", sender_role="customer"),
        Message(id="2", text=text, conversation_id="c2", sender="Agent", sender_role="agent",
                lang=lang),
    ]  # fmt: skip
    [_, last] = detector.detect(messages)
    assert [last.message.text[f.start : f.end] for f in last.findings
            if f.entity_type == "PHONE_NUMBER"] == [number]  # fmt: skip
