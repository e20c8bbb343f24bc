"""`subject find`: every conversation and message in the store where one person is the
sender or is mentioned, with why each matched.

Who the person is, conversation by conversation:

* a **party** is one sender in one conversation: a display name is no account, so every
  conversation is linked to the subject on its own evidence;
* a party is the subject when its sender field is one of the subject's strong identifiers
  (e-mail, phone, IBAN, customer number), or when it wrote one of them itself ("Tlf 412 34
  567") as the customer, its name not contradicting the subject's; where the export does not
  mark roles (WhatsApp, Messenger, Telegram) only a sender with the subject's name counts;
* a party whose sender *name* is the subject's name is the subject when its conversation
  holds one of the strong identifiers, when it is the only party found at all, or when the
  caller says ``same_person``. Otherwise, with strong identifiers given, it is listed as a
  possible match and left out; with a name alone, several such parties are an
  :class:`AmbiguousSubject` error.

The subject's own conversations are those where a subject party wrote. In them every
message the subject sent is found, and every message naming them, even by surname or given
name alone ("Hei Ørjan!"). In other conversations a message is found when it holds a
strong identifier or the full name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from sqlalchemy import Connection

from privacyguard.errors import PrivacyGuardError
from privacyguard.store.sql import Store
from privacyguard.store.subjects import StoredConversation, conversations_with_messages
from privacyguard.subject.identifiers import SubjectQuery, name_parts
from privacyguard.subject.match import Match, Matcher, is_person_name


class AmbiguousSubject(PrivacyGuardError):
    """A name alone matches senders that nothing links to one person."""

    def __init__(self, message: str, parties: list[Party]):
        super().__init__(message)
        self.parties = parties


@dataclass(frozen=True)
class Party:
    channel: str
    sender: str  # as in the store
    conversations: tuple[int, ...] = ()
    messages: int = 0


def party_key(conversation: int, sender: str) -> tuple[int, str]:
    """One sender in one conversation. A display name is no account: two chats from an
    "Ivan Ivanov" may be two people, so each conversation is linked on its own evidence."""
    return conversation, _folded(sender)


@lru_cache(maxsize=100_000)
def _folded(sender: str) -> str:
    return " ".join(name_parts(sender)) or sender.casefold()


@dataclass
class MessageHit:
    id: int  # the store's row id
    external_id: str
    sender: str | None
    sender_role: str | None
    sent_at: datetime | None
    text: str
    by_subject: bool = False
    matches: list[Match] = field(default_factory=list)  # in the text and the sender field

    def reasons(self) -> list[str]:
        out = ["sent by the subject"] if self.by_subject else []
        for m in self.matches:
            source = self.sender or "" if m.field == "sender" else self.text
            where = "sender" if m.field == "sender" else "mentions"
            out.append(f"{where} {m.reason(source)}")
        return out


@dataclass
class ConversationHit:
    id: int
    external_id: str
    channel: str
    source: str
    relation: str  # "own": the subject wrote in it | "mentioned": others mention the subject
    held: bool
    messages: list[MessageHit]  # the messages found, in order
    total_messages: int  # all messages of the conversation
    first: datetime | None = None
    last: datetime | None = None


@dataclass
class SubjectMatches:
    query: SubjectQuery
    conversations: list[ConversationHit]
    possible: list[Party]  # senders with the subject's name that nothing links to them
    scanned: int  # messages looked at
    #: the request's reference, once :func:`privacyguard.subject.find_subject` recorded it
    request: str | None = None

    @property
    def messages(self) -> int:
        return sum(len(c.messages) for c in self.conversations)

    def to_json(self, *, with_text: bool = True) -> dict[str, object]:
        def msg(m: MessageHit) -> dict[str, object]:
            out: dict[str, object] = {
                "id": m.id, "external_id": m.external_id, "sender_role": m.sender_role,
                "sent_at": m.sent_at.isoformat() if m.sent_at else None,
                "by_subject": m.by_subject, "reasons": m.reasons(),
                "matches": [{"field": x.field, "start": x.start, "end": x.end, "kind": x.kind,
                             "level": x.level, "how": x.how} for x in m.matches],
            }  # fmt: skip
            if with_text:
                out |= {"sender": m.sender, "text": m.text}
            return out

        return {
            "identifiers": [{"kind": i.kind, "value": i.value} for i in self.query.identifiers],
            "scanned_messages": self.scanned,
            "conversations": [
                {"id": c.id, "external_id": c.external_id, "channel": c.channel,
                 "relation": c.relation, "legal_hold": c.held, "messages_total": c.total_messages,
                 "first": c.first.isoformat() if c.first else None,
                 "last": c.last.isoformat() if c.last else None,
                 "messages": [msg(m) for m in c.messages]}
                for c in self.conversations
            ],
            "possible_matches_left_out": [
                {"channel": p.channel, "sender": p.sender, "conversations": list(p.conversations),
                 "messages": p.messages} for p in self.possible
            ],
        }  # fmt: skip


# --- reading the store ------------------------------------------------------------------------


_Conv = StoredConversation  # one conversation's messages, as MessageHit rows


def _conversations(
    conn: Connection, among: set[int] | None = None
) -> Iterator[_Conv[MessageHit]]:
    """Conversations with their messages in order, one at a time; only ``among`` if given."""
    return conversations_with_messages(conn, MessageHit, among)


@dataclass
class _Seen:
    """One conversation's candidate matches before deciding who the subject is."""

    conv: _Conv[MessageHit]
    text: dict[int, list[Match]]  # message row id -> matches in its text
    sender: dict[int, list[Match]]  # message row id -> matches of its sender field
    linked: set[tuple[int, str]]  # parties linked by a strong identifier
    named: set[tuple[int, str]]  # parties whose sender name is the subject's name


def _look(conv: _Conv[MessageHit], matcher: Matcher, query: SubjectQuery) -> _Seen | None:
    text: dict[int, list[Match]] = {}
    sender: dict[int, list[Match]] = {}
    linked: set[tuple[int, str]] = set()
    named: set[tuple[int, str]] = set()
    has_name = bool(query.of("name"))
    for msg in conv.rows:
        if found := matcher.text(msg.text):
            text[msg.id] = found
        if not msg.sender:
            continue
        s = matcher.sender(msg.sender)
        if s:
            sender[msg.id] = s
        key = party_key(conv.id, msg.sender)
        if any(x.kind != "name" for x in s):
            linked.add(key)
        elif s:
            named.add(key)
        # self-identification: the sender writes the subject's e-mail or phone itself. Where
        # the export does not mark roles, only a sender with the subject's name counts (an
        # agent quoting the customer's number must not become the subject)
        if any(x.kind != "name" for x in found):
            if msg.sender_role == "customer":
                if not (has_name and is_person_name(msg.sender) and not s):
                    linked.add(key)
            elif msg.sender_role is None and s:
                linked.add(key)
    if not (text or sender or linked):
        return None
    return _Seen(conv, text, sender, linked, named)


def search_subject(store: Store, query: SubjectQuery) -> SubjectMatches:
    """Look through every message of the store (one conversation in memory at a time).
    Nothing is recorded: :func:`privacyguard.subject.find_subject` is the request (art. 15)
    and appends its audit event; export and erasure search first and record their own."""
    from privacyguard.subject.holds import held_conversations

    matcher = Matcher(query)
    seen: list[_Seen] = []
    scanned = 0
    with store.engine.connect() as conn:
        held = held_conversations(conn)
        for conv in _conversations(conn):
            scanned += len(conv.rows)
            if (s := _look(conv, matcher, query)) is not None:
                seen.append(s)
    subject, possible = _who(seen, query)
    hits = [h for s in seen if (h := _hits(s, subject, held)) is not None]
    return SubjectMatches(query, hits, possible, scanned)


def _who(seen: list[_Seen], query: SubjectQuery) -> tuple[set[tuple[int, str]], list[Party]]:
    """The parties that are the subject, and the name-only parties left out."""
    linked = set().union(*(s.linked for s in seen)) if seen else set()
    named = set().union(*(s.named for s in seen)) - linked if seen else set()
    # a named party whose conversation also holds one of the strong identifiers is corroborated
    linked |= {
        k for s in seen if any(x.kind != "name" for ms in s.text.values() for x in ms)
        for k in s.named
    }  # fmt: skip
    named -= linked
    if not named:
        return linked, []
    parties = _parties(seen, named)
    if query.same_person or (len(named) == 1 and not linked):
        return linked | named, []  # the name is unique in the store
    if query.strong:
        return linked, parties
    shown = parties[:_SHOWN_PARTIES]
    lines = "; ".join(
        f"{p.channel} conversation {_few(p.conversations)}: {p.messages} message(s)"
        for p in shown
    ) + (f"; {len(parties) - len(shown)} more" if len(parties) > len(shown) else "")
    raise AmbiguousSubject(
        f"the name matches {len(parties)} different senders that nothing else links; "
        "add --email, --phone, --iban or --customer to say which one is the subject, or "
        f"--same-person if they are all this one person ({lines})",
        parties,
    )


_SHOWN_PARTIES = 3  # an error line names a few; `subject find --json` lists them all


def _few(ids: tuple[int, ...] | list[int], n: int = 3) -> str:
    head = ", ".join(map(str, list(ids)[:n]))
    return head + (f" and {len(ids) - n} more" if len(ids) > n else "")


def _parties(seen: list[_Seen], keys: set[tuple[int, str]]) -> list[Party]:
    acc: dict[tuple[int, str], tuple[str, int]] = {}
    for s in seen:
        for msg in s.conv.rows:
            if msg.sender and (k := party_key(s.conv.id, msg.sender)) in keys:
                sender, n = acc.get(k, (msg.sender, 0))
                acc[k] = (sender, n + 1)
    channel = {s.conv.id: s.conv.channel for s in seen}
    return [Party(channel[k[0]], sender, (k[0],), n) for k, (sender, n) in sorted(acc.items())]


def _hits(s: _Seen, subject: set[tuple[int, str]], held: set[int]) -> ConversationHit | None:
    conv = s.conv
    by_subject = {m.id for m in conv.rows if m.sender and party_key(conv.id, m.sender) in subject}
    own = bool(by_subject)
    found: list[MessageHit] = []
    for msg in conv.rows:
        matches = [
            x for x in s.text.get(msg.id, [])
            if own or x.kind != "name" or x.level == "full"
        ]  # fmt: skip
        if msg.id in by_subject:
            matches = s.sender.get(msg.id, []) + matches
        if msg.id in by_subject or matches:
            msg.by_subject = msg.id in by_subject
            msg.matches = matches
            found.append(msg)
    if not found:
        return None
    times = [m.sent_at for m in conv.rows if m.sent_at]
    return ConversationHit(
        conv.id, conv.external_id, conv.channel, conv.source, "own" if own else "mentioned",
        conv.id in held, found, len(conv.rows), min(times, default=None), max(times, default=None),
    )  # fmt: skip
