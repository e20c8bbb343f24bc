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

The parts, each a class that builds on the one before it (a part calls the methods of the
parts before it through ``self``; :class:`Conversations` is the last and holds them all):

- ``base.py``: :class:`Base`, the rules compiled once (the one ``__init__``);
- ``questions.py``: roles, the agent's questions and the expectations they open;
- ``names.py``: introductions, name checks, initials, names in records;
- ``addresses.py``: whether an answer is an address, and its rest in the next message;
- ``answers.py``: bare answers by shape, their lead-in and body, corrections;
- ``lists.py``: list items by position, slot or template;
- ``values.py``: whole values, leftovers, values seen before;
- ``pieces.py``: values typed in pieces, and values split over two messages;
- ``state.py``: :class:`ConversationState`, :class:`Expectation`, :class:`Found`;
- ``patterns.py``: patterns and constants that several parts share.
"""

from __future__ import annotations

from privacyguard.detect.conversation.answers import birth_date
from privacyguard.detect.conversation.pieces import Pieces
from privacyguard.detect.conversation.state import ConversationState, Found, sender_key

__all__ = ["ConversationState", "Conversations", "Found", "birth_date", "sender_key"]


class Conversations(Pieces):
    """The conversation rules, built once per detector; every method is pure but for the
    state passed in."""
