"""What the conversation layer keeps and returns: the state of one conversation, its
expectations, the findings it makes, and the key of a message's sender."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from privacyguard.models import Finding, Message, Provenance

#: the senders an export marks as the business (its own phone and address are no personal
#: data; the agent's role in the conversation)
AGENT_ROLES = frozenset({"agent", "system", "bot"})

#: the findings in a text when the recognizers named count their context as given
FindFn = Callable[[str, frozenset[str]], list[Finding]]


@dataclass
class Expectation:
    types: frozenset[str]
    #: messages it stays open for
    turns: int
    #: the recognizers it names (a carry_context one); empty: every recognizer of the types
    recognizers: frozenset[str] = frozenset()
    #: a carry_context expectation: every later message uses up a turn, whoever sends it
    any_sender: bool = False
    #: a customer's message (not "one moment") has come since it was opened
    answered: bool = False
    #: the customer went looking for it ("hang on, looking for it") before any answer: it
    #: stays open through the agent's next question ("I'll come back to that.")
    deferred: bool = False
    #: kept through a new question: it counts from the customer's next answer on, which
    #: answers the new question
    after_next: bool = False
    #: the customer asked back ("why do you need that?") before any answer: the agent's
    #: reply, even one that asks for something, leaves it open for the next answer
    asked_back: bool = False
    #: opened by an agent's statement, no question ("Bank details for the invoice: ..."),
    #: or asking the last answer's type again ("Same for the invoice?"): a question after
    #: it closes it (round 33)
    stated: bool = False


@dataclass
class ConversationState:
    """What is known of one conversation at a message; owned by one detect() call."""

    expecting: list[Expectation] = field(default_factory=list)
    #: the agent's sender name, when roles are not given but a sender asked a question
    agent: str | None = None
    #: per sender key: the index (in the batch) of that sender's last message
    last_of: dict[tuple[str | None, str | None], int] = field(default_factory=dict)
    #: per sender key: the types found in that sender's last message (for corrections)
    last_types: dict[tuple[str | None, str | None], frozenset[str]] = field(default_factory=dict)
    #: values found so far (lower case) -> their type
    values: dict[str, str] = field(default_factory=dict)
    #: the places found so far in a customer's message (lower case): an agent's read-back
    #: of one is no business's address
    places: set[str] = field(default_factory=set)
    #: parts of the names found so far
    names: set[str] = field(default_factory=set)
    #: per sender key: the address that was all of that sender's last message (its rest,
    #: a town or a postcode, may follow in the next one)
    address_of: dict[tuple[str | None, str | None], str] = field(default_factory=dict)
    #: per sender key: did that sender's last message hold an address (a new one may
    #: replace it in the next: "sorry, we just moved: …")
    placed: dict[tuple[str | None, str | None], bool] = field(default_factory=dict)
    #: the types the agent's last statement took back from the customer's answer
    rejected: frozenset[str] = frozenset()
    #: an agent's name was found in a greeting (a later handover names nobody new)
    agent_named: bool = False
    #: the agent's last message asked where the customer is going (``place_questions``),
    #: and no customer's answer has come since
    place_asked: bool = False
    #: the agent's last message that asked for personal data, lower case: the kind of number
    #: it named, which a customer's "only the quote number: ..." is not (round 29)
    asked_text: str = ""


@dataclass(frozen=True)
class Found:
    """A finding of the conversation layer, before it becomes a Finding."""

    start: int
    end: int
    entity_type: str
    score: float
    why: str
    #: how the conversation helped make it (Finding.provenance), kept by what is made of it
    provenance: Provenance = field(default=Provenance.NONE, compare=False)


def sender_key(message: Message) -> tuple[str | None, str | None]:
    return (message.sender_role, message.sender)
