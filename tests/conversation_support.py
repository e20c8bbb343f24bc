"""Helpers shared by the conversation tests: a conversation given as (role, text) turns,
detected as one batch, and the findings of one message as (type, text) pairs."""

from __future__ import annotations

from collections.abc import Sequence

from privacyguard.detect.engine import Detected, Detector
from privacyguard.models import Message


def talk(
    detector: Detector,
    turns: Sequence[tuple[str | None, str]],
    conversation: str = "c1",
) -> list[Detected]:
    """Detect a conversation given as (role, text) turns, in order, as one batch."""
    messages = [
        Message(id=f"m{k}", text=text, conversation_id=conversation, sender_role=role)
        for k, (role, text) in enumerate(turns)
    ]
    return detector.detect(messages)


def spans(d: Detected) -> list[tuple[str, str]]:
    """The message's findings as (type, text), in the order the detector reports them."""
    return [(f.entity_type, d.message.text[f.start : f.end]) for f in d.findings]


def sorted_spans(d: Detected) -> list[tuple[str, str]]:
    """The message's findings as (type, text), sorted, for comparing as a set."""
    return sorted(spans(d))


def answer_spans(detector: Detector, question: str, answer: str) -> list[tuple[str, str]]:
    """The findings in the customer's answer to the agent's one question, as (type, text)."""
    return spans(talk(detector, [("agent", question), ("customer", answer)])[1])


def talk_spans(
    detector: Detector, turns: Sequence[tuple[str | None, str]], conversation: str = "c1"
) -> list[list[tuple[str, str]]]:
    """Each turn's findings as (type, text), in the detector's order."""
    return [spans(d) for d in talk(detector, turns, conversation)]


#: the agent's plain first message in each language, before the turns a test is about
GREETING = {
    "en": "Hi, how can I help?",
    "nl": "Hallo, waarmee kan ik helpen?",
    "nb": "Hei, hva kan jeg hjelpe med?",
    "ru": "Здравствуйте, чем могу помочь?",
}


def values_of(out: list[list[tuple[str, str]]], k: int, kind: str) -> list[str]:
    """The texts of one type found in turn k of ``talk_spans``' output."""
    return [v for t, v in out[k] if t == kind]
