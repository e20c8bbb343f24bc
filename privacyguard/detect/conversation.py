"""A chat read as a conversation: what the agent asked for, and what has been found.

Per conversation, a :class:`ConversationState` (a plain value the engine passes around; the
detector keeps none) holds the open expectations ("What was the booking code again?" expects
a BOOKING_REFERENCE in one of the next customer messages), the values found so far and the
parts of the names found so far. :class:`Conversations` holds the rules
(rules/conversation/*.yaml) and answers four questions for the engine:

- which recognizers count the conversation as their context word for a message (an
  expectation names them; the recognizer still needs its pattern and validator);
- whether a bare answer of the right shape fulfils an expectation (``answers:``);
- which type a list item has from its position ("Pieter Bakker, 4.11.1969, NW81K2P03 and
  our son Daan, 2.6.2015, NX4473C19");
- whether a value was typed over two adjacent messages of the same sender.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from privacyguard import registry
from privacyguard.config.conversation import ConversationRules, Shape
from privacyguard.detect.context import ContextMatcher, make_terms
from privacyguard.models import Finding, Message

#: the findings in a text when the recognizers named count their context as given
FindFn = Callable[[str, frozenset[str]], list[Finding]]
#: messages a context word of a ``carry_context`` recognizer counts for (any sender)
CARRY_MESSAGES = 2
#: values remembered per conversation (a hostile conversation cannot grow it without end)
MAX_VALUES = 64
#: types a later mention of a value found before is recognised as (names are handled by
#: the person recognizer's known name parts)
REPEATABLE = frozenset({
    "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "PASSPORT", "TICKET_NUMBER", "NATIONAL_ID",
    "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS",
})  # fmt: skip
#: types a customer may correct in the next message ("sorry, 40917734")
CORRECTABLE = REPEATABLE | {"DATE_OF_BIRTH"}
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_SEEN = "conversation: the same value as found earlier in the conversation"


@dataclass
class Expectation:
    types: frozenset[str]
    #: messages it stays open for
    turns: int
    #: the recognizers it names (a carry_context one); empty: every recognizer of the types
    recognizers: frozenset[str] = frozenset()
    #: a carry_context expectation: every later message uses up a turn, whoever sends it
    any_sender: bool = False


@dataclass
class ConversationState:
    """What is known of one conversation at a message; owned by one detect() call."""

    expecting: list[Expectation] = field(default_factory=list)
    #: the agent's sender name, when roles are not given but a sender asked a question
    agent: str | None = None
    #: index (in the batch) of the conversation's previous message, and its sender key
    previous: int | None = None
    previous_sender: tuple[str | None, str | None] | None = None
    #: per sender key: the types found in that sender's last message (for corrections)
    last_types: dict[tuple[str | None, str | None], frozenset[str]] = field(default_factory=dict)
    #: values found so far (lower case) -> their type
    values: dict[str, str] = field(default_factory=dict)
    #: parts of the names found so far
    names: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Found:
    """A finding of the conversation layer, before it becomes a Finding."""

    start: int
    end: int
    entity_type: str
    score: float
    why: str


class Conversations:
    """The conversation rules, built once per detector; every method is pure but for the
    state passed in."""

    def __init__(
        self,
        rules: ConversationRules,
        recognizers: Sequence[object],
    ) -> None:
        self.rules = rules
        self.settings = rules.settings
        by_type: dict[str, set[str]] = {}
        self.negatives: dict[str, list[ContextMatcher]] = {}
        self.legacy: list[tuple[str, str, ContextMatcher]] = []
        for rec in recognizers:
            etype, name = getattr(rec, "entity_type", None), getattr(rec, "name", None)
            matcher = getattr(rec, "context_matcher", None)
            if etype is None or name is None:
                continue
            by_type.setdefault(etype, set()).add(name)
            if matcher is not None and any(t.negative for t in matcher.terms):
                self.negatives.setdefault(etype, []).append(matcher)
            if getattr(rec, "carries_context", False) and matcher is not None:
                self.legacy.append((etype, name, matcher))
        self.by_type = {t: frozenset(v) for t, v in by_type.items()}
        default = self.settings.expect_turns
        self.questions = [
            (
                frozenset(q.expect),
                q.turns or default,
                ContextMatcher(make_terms(q.phrases, []), 0, 0),
            )
            for q in rules.questions
        ]
        self.hold = ContextMatcher(make_terms(rules.hold, []), 0, 0)
        self._filler = _alternation(rules.filler)
        self._joiners = re.compile(
            rf"(?i)\s*;\s*|\s*\n\s*|,?\s+(?:{_alternation(rules.list_joiners) or '&'})\s+"
        )
        self.shapes = rules.shapes
        self.split_types = frozenset(self.settings.split_types)
        self.list_types = frozenset(self.settings.list_types)

    # --- roles and expectations -------------------------------------------------------

    def role(self, message: Message, state: ConversationState) -> str | None:
        """ "agent", "customer" or None (not known)."""
        r = message.sender_role
        if r in ("agent", "system", "bot"):
            return "agent"
        if r == "customer":
            return "customer"
        if message.sender and state.agent:
            return "agent" if message.sender == state.agent else "customer"
        return None

    def expected(self, state: ConversationState, role: str | None, sender: tuple) -> set[str]:
        """The types the message is expected to hold: none for an agent's message, or
        where the roles are not known (then only carry_context recognizers carry)."""
        if role != "customer":
            return set()
        types: set[str] = set()
        for e in state.expecting:
            if not e.any_sender:
                types |= e.types
        types |= state.last_types.get(sender, frozenset())
        return types

    def carried(self, state: ConversationState, role: str | None, sender: tuple) -> frozenset[str]:
        """The recognizers whose context the conversation gives this message."""
        names: set[str] = set()
        for e in state.expecting:
            if e.any_sender:
                names |= e.recognizers
        for t in self.expected(state, role, sender):
            names |= self.by_type.get(t, frozenset())
        return frozenset(names)

    def update(
        self,
        state: ConversationState,
        message: Message,
        role: str | None,
        sender: tuple,
        words: list[str],
        findings: Sequence[Finding],
    ) -> None:
        """The state after a message: turns used up, expectations fulfilled or opened,
        values and the types to expect a correction of remembered."""
        in_text = [f for f in findings if f.field == "text"]
        types = {f.entity_type for f in in_text}
        holding = role != "agent" and not in_text and len(words) <= 8 and self.hold.mentions(words)
        kept: list[Expectation] = []
        for e in state.expecting:
            if e.any_sender:
                e.turns -= 1
            elif role == "customer" and not holding:
                e.turns -= 1
                e.types = e.types - types  # fulfilled
            if e.turns > 0 and e.types:
                kept.append(e)
        state.expecting = kept
        if role == "agent" or (role is None and message.sender):
            # without roles, a sender who asks (and gives no value) is taken for the agent
            for expect, turns, matcher in self.questions:
                if matcher.mentions(words) and (role == "agent" or not (expect & types)):
                    state.expecting.append(Expectation(expect, turns))
                    if role is None:
                        state.agent = message.sender
        for etype, name, matcher in self.legacy:
            if matcher.mentions(words):
                state.expecting.append(
                    Expectation(frozenset({etype}), CARRY_MESSAGES, frozenset({name}), True)
                )
        if role != "customer":
            return
        state.last_types[sender] = frozenset(types & CORRECTABLE)
        for f in in_text:
            if f.entity_type in REPEATABLE and len(state.values) < MAX_VALUES:
                value = message.text[f.start : f.end].lower()
                if len(value) >= 5:
                    state.values.setdefault(value, f.entity_type)

    # --- bare answers -----------------------------------------------------------------

    def answers(self, text: str, lang: str, types: Iterable[str]) -> list[Found]:
        """Answers of an expected type's shape (``answers:``), not next to a word that
        says they are something else ("my order number is ...")."""
        out: list[Found] = []
        body: tuple[int, int] | None = None
        for etype in types:
            for shape in self.shapes.get(etype, ()):
                if "answer" not in shape.use or (shape.languages and lang not in shape.languages):
                    continue
                if shape.whole:
                    if body is None:
                        body = self._body(text)
                    m = shape.regex.fullmatch(text, *body)
                    matches = [m] if m else []
                else:
                    matches = list(shape.regex.finditer(text))
                for m in matches:
                    found = self._judge(text, m, shape, "answer to the agent's question")
                    if found is not None:
                        out.append(found)
        return out

    def _body(self, text: str) -> tuple[int, int]:
        """The answer without the filler words before it and the punctuation after it."""
        start, end = 0, len(text.rstrip(" \t\n.!?,;:)"))
        if self._filler:
            m = re.match(rf"(?i)(?:\s*(?:{self._filler})(?![^\W_])[\s,.:;!\-]*)*\s*", text)
            if m:
                start = m.end()
        while start < end and text[start] in " \t\n'\"(":
            start += 1
        return start, max(start, end)

    def _judge(self, text: str, m: re.Match[str], shape: Shape, why: str) -> Found | None:
        group = "value" if "value" in m.re.groupindex else 0
        start, end = m.span(group)
        if start == end:
            return None
        value = text[start:end]
        if shape.validator and not _validate(shape.validator, value):
            return None
        for matcher in self.negatives.get(shape.entity_type, ()):
            hit = matcher.nearest(text, start, end)
            if hit is not None and hit.term.negative:
                return None
        return Found(
            start, end, shape.entity_type, shape.score, f"conversation/{shape.name}: {why}"
        )

    # --- values found before --------------------------------------------------------

    def seen_before(self, text: str, state: ConversationState) -> list[Found]:
        """Later mentions of a value found earlier in the conversation, in any case."""
        if not state.values:
            return []
        low = text.lower()
        out = []
        for value, etype in state.values.items():
            at = low.find(value)
            while at >= 0:
                end = at + len(value)
                if (at == 0 or not low[at - 1].isalnum()) and (
                    end == len(low) or not low[end].isalnum()
                ):
                    out.append(Found(at, end, etype, 0.7, _SEEN))
                at = low.find(value, end)
        return out

    # --- lists ------------------------------------------------------------------------

    def list_items(
        self, text: str, lang: str, findings: Sequence[Finding], find: FindFn
    ) -> list[Found]:
        """Fields of a list item that take the type of the same field in another item."""
        if text.count(",") < 2:
            return []
        items = _spans_between(self._joiners, text, 0, len(text))
        if len(items) < 2:
            return []
        fields = [_spans_between(_COMMA, text, s, e) for s, e in items]
        typed: list[dict[int, str]] = [{} for _ in fields]
        for i, item in enumerate(fields):
            for k, (s, e) in enumerate(item):
                for f in findings:
                    if f.field == "text" and s <= f.start and f.end <= e:
                        typed[i].setdefault(k, f.entity_type)
        # the template: an item with two or more fields of list types
        template: dict[int, str] = {}
        width = 0
        for i, kinds in enumerate(typed):
            listed = {k: t for k, t in kinds.items() if t in self.list_types}
            if len(listed) >= 2:
                template, width = listed, len(fields[i])
                break
        if not template:
            return []
        out: list[Found] = []
        for i, item in enumerate(fields):
            # an item of the same list: as many fields (give or take one), one of them typed
            # alike or the same width
            if abs(len(item) - width) > 1 or len(item) < 2:
                continue
            if not any(template.get(k) == t for k, t in typed[i].items()) and len(item) != width:
                continue
            for k, (s, e) in enumerate(item):
                etype = template.get(k)
                if etype is None or k in typed[i]:
                    continue
                out.extend(self._field_value(text, s, e, etype, lang, find))
        return out

    def _field_value(
        self, text: str, s: int, e: int, etype: str, lang: str, find: FindFn
    ) -> list[Found]:
        why = "the same position in a list as an item of this type"
        for shape in self.shapes.get(etype, ()):
            if "list" not in shape.use or (shape.languages and lang not in shape.languages):
                continue
            piece = text[s:e]
            m = shape.regex.search(piece)
            if m is None:
                continue
            found = self._judge(piece, m, shape, why)
            if found is not None:
                return [Found(found.start + s, found.end + s, etype, found.score, found.why)]
        names = self.by_type.get(etype, frozenset())
        if not names:
            return []
        return [
            Found(f.start + s, f.end + s, etype, f.score, f"{f.explanation}; {why}")
            for f in find(text[s:e], names)
            if f.entity_type == etype
        ]

    # --- values split over two messages ---------------------------------------------

    def split(self, before: str, after: str, find: FindFn) -> list[tuple[Found, Found]]:
        """A value that starts at the end of one message and ends at the start of the next:
        its part in each message."""
        tail_end = len(before.rstrip())
        head_start = len(after) - len(after.lstrip())
        if not tail_end or head_start >= len(after):
            return []
        if not before[tail_end - 1].isalnum() or not after[head_start].isalnum():
            return []
        w = self.settings.split_window
        tail_start = max(0, tail_end - w)
        joined = before[tail_start:tail_end] + " " + after[head_start : head_start + w]
        cut = tail_end - tail_start
        out = []
        for f in find(joined, frozenset()):
            if f.entity_type in self.split_types and f.start < cut and f.end > cut + 1:
                why = f"{f.explanation}; one value typed over two messages"
                first = Found(tail_start + f.start, tail_end, f.entity_type, f.score, why)
                second = Found(
                    head_start, head_start + f.end - cut - 1, f.entity_type, f.score, why
                )
                out.append((first, second))
        return out


_COMMA = re.compile(r"\s*,\s*(?!\d)")


def _spans_between(sep: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty stretches of text[start:end] between matches of ``sep``."""
    out = []
    at = start
    for m in sep.finditer(text, start, end):
        if m.start() > at:
            out.append((at, m.start()))
        at = max(at, m.end())
    if end > at:
        out.append((at, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _alternation(words: Iterable[str]) -> str:
    unique = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in unique)


def _validate(name: str, value: str) -> bool:
    if name == "name_answer":
        return name_answer(value)
    return bool(registry.lookup(registry.validators, "validator", name)(value))


def name_answer(value: str) -> bool:
    """A bare answer that can be a name: not made of everyday words only ("yes sure",
    "thank you", "спасибо")."""
    from privacyguard.detect.names import everyday_word

    words = _WORDS.findall(value)
    return bool(words) and not all(everyday_word(w) for w in words)


def sender_key(message: Message) -> tuple[str | None, str | None]:
    return (message.sender_role, message.sender)
