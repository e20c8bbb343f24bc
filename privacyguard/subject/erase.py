"""`subject erase` (GDPR art. 17): remove what `subject find` found, per the policy, except
what a legal hold keeps (art. 17(3)(e)); one transaction, one audit event, and a receipt
that says what was done, when and how much, with the audit event's hash and no personal
data.

Per the policy's ``subject_requests.erase``: the subject's own conversations are deleted
(``delete``) or anonymised (``anonymise``: every finding and every match becomes a type tag,
the subject's sender name ``<ANONYMISED>``); in conversations that only mention the subject
the matched spans become type tags (``redact``) or those messages are deleted
(``delete_message``). Nothing else is touched.

Crypto-shredding: the subject keys of the customers of the erased own conversations are
destroyed in the same transaction (:mod:`privacyguard.store.subject_keys`), so values
encrypted under them, in exports already handed out too, can no longer be decrypted; a
customer with an own conversation under a legal hold keeps their key. The receipt and the
audit event name the destroyed key ids and when.

Reviewed rules (:mod:`privacyguard.act.reviewed`): the entries of the values the erasure
removes are dropped from the reviewed-rules file, written atomically inside the erasure's
transaction: a file that cannot be written fails the erasure, and nothing is erased. The
values are those of every finding and every match of the subject in what goes (an own
conversation's every message; in a conversation that only mentions the subject, the matched
spans and the findings inside them, or the whole messages when they are deleted), the
subject's identifiers under every type the file holds, and the exact texts of the messages
that go or are rewritten (their message entries). The receipt and the audit event count
the entries dropped (``reviewed_entries_dropped``), without listing them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from privacyguard.config.policy import Policy
from privacyguard.keys import Keyring, key_from_text
from privacyguard.store import audit, subject_keys
from privacyguard.store import erasure as store_erasure
from privacyguard.store import reviewed as reviewed_rules
from privacyguard.store.edits import redact_stored
from privacyguard.store.sql import Store, utc
from privacyguard.subject.export import KIND_TYPES
from privacyguard.subject.find import ConversationHit, SubjectMatches
from privacyguard.subject.holds import guarded_write, held_conversations, holds_on


@dataclass(frozen=True)
class _Span:
    """A span to redact that is not (only) a stored finding: a match of the subject."""

    start: int
    end: int
    entity_type: str
    id: int = -1
    field: str = "text"


@dataclass
class ErasurePlan:
    """What erasure will do: per conversation id, the action; what holds keep back."""

    own: str  # delete | anonymise
    mentions: str  # redact | delete_message
    todo: list[ConversationHit] = field(default_factory=list)
    held: list[ConversationHit] = field(default_factory=list)
    holds: dict[int, list[int]] = field(default_factory=dict)  # conversation -> hold ids

    def summary(self) -> dict[str, int]:
        own = [c for c in self.todo if c.relation == "own"]
        other = [c for c in self.todo if c.relation != "own"]
        verb = "deleted" if self.own == "delete" else "anonymised"
        out = {
            f"conversations_{verb}": len(own),
            f"messages_{verb}": sum(c.total_messages for c in own),
        }
        key = "messages_redacted" if self.mentions == "redact" else "messages_deleted"
        out[key] = out.get(key, 0) + sum(len(c.messages) for c in other)
        out["held_back_conversations"] = len(self.held)
        out["held_back_messages"] = sum(len(c.messages) for c in self.held)
        return out


def plan_erasure(matches: SubjectMatches, policy: Policy, store: Store) -> ErasurePlan:
    rules = policy.subject_requests
    plan = ErasurePlan(rules.own_conversations, rules.mentions)
    with store.engine.connect() as conn:
        held = held_conversations(conn, {c.id for c in matches.conversations})
        plan.holds = holds_on(conn, held)
    for c in matches.conversations:
        (plan.held if c.id in held else plan.todo).append(c)
    return plan


@dataclass
class ErasureReceipt:
    request: str
    at: str
    operator: str
    policy: str
    identifier_types: list[str]
    done: dict[str, Any]
    held_back: dict[str, Any]
    audit_event: dict[str, object]
    #: what removes the erased data from the database's files, done or not (Store.remove_residue)
    data_at_rest: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"receipt": "privacyguard subject erasure (GDPR art. 17)", **self.__dict__}


def erase_subject(
    store: Store,
    matches: SubjectMatches,
    policy: Policy,
    *,
    request: str,
    operator: str,
    now: datetime,
    keyring: Keyring | str | None = None,
    before_write: Callable[[], None] | None = None,
    vacuum_full: bool = False,
    reviewed: str | Path | None = None,
) -> ErasureReceipt:
    """Carry out :func:`plan_erasure` in one transaction (holds re-checked inside it, see
    :func:`privacyguard.subject.holds.guarded_write`), after verifying the audit chain, under the
    store's run lock (StoreBusy while a retention run works). What is gone since ``matches``
    was made is skipped. Every message deleted or rewritten leaves a tombstone (keyed with
    ``keyring``, default the store key), so a re-import does not bring it back.
    ``before_write`` is called after the plan, before the transaction. After the commit,
    ``vacuum_full`` rewrites the affected tables on PostgreSQL; the receipt's
    ``data_at_rest`` says what was done about residue in the database's files. ``reviewed``:
    the reviewed-rules file (default as ``privacyguard review`` finds it) whose entries of
    the erased values are dropped (see the module doc)."""
    with store.run_lock():  # not while a retention run deletes in the same store
        receipt = _erase(store, matches, policy, request=request, operator=operator, now=now,
                         keyring=keyring, before_write=before_write,
                         reviewed=reviewed)  # fmt: skip
    receipt.data_at_rest = store.remove_residue(vacuum_full=vacuum_full)
    return receipt


def _erase(
    store: Store, matches: SubjectMatches, policy: Policy, *, request: str, operator: str,
    now: datetime, keyring: Keyring | str | None = None,
    before_write: Callable[[], None] | None = None, reviewed: str | Path | None = None,
) -> ErasureReceipt:  # fmt: skip
    from privacyguard.store import tombstones

    at = utc(now).isoformat()  # type: ignore[union-attr]
    with store.engine.connect() as conn:
        audit.verify(conn)
    digests = tombstones.digests(keyring)
    digest_key = subject_keys.store_key(keyring)
    db_url = store.engine.url.render_as_string(hide_password=False)
    reviewed_file = reviewed_rules.reviewed_path(reviewed, db_url)
    reviewed_key = key_from_text(keyring) if isinstance(keyring, str) else keyring
    plan = plan_erasure(matches, policy, store)
    spans: Counter[str] = Counter()
    types: Counter[str] = Counter()  # what kinds of personal data went
    stones = 0
    if before_write:
        before_write()
    with guarded_write(store) as conn:
        tombstones.check_key(conn, digests)
        held_now = held_conversations(conn, {c.id for c in plan.todo})
        if held_now:  # holds added since the plan was made
            plan.holds |= holds_on(conn, held_now)
        own_ids = {c.id for c in plan.todo + plan.held if c.relation == "own"}
        customer_of = subject_keys.customers(conn, own_ids)  # read before they are anonymised
        # loaded inside the transaction: a review decided meanwhile is not written over
        rules = reviewed_rules.ReviewedRules.load(reviewed_file, reviewed_key)
        values: set[tuple[str, str]] = {(v, "") for i in matches.query.identifiers
                                        for v in (i.value, i.raw) if v}  # fmt: skip
        texts: set[str] = set()
        done: list[ConversationHit] = []
        for c in plan.todo:
            if c.id in held_now:
                plan.held.append(c)
                continue
            if rules.entries:
                _erased_values(conn, c, plan, values, texts)
            types.update(_types_erased(conn, c))
            stones += _tombstones(conn, digests, c, plan, request, utc(now))  # type: ignore[arg-type]
            if c.relation == "own":
                _own(conn, c, plan.own, spans)
            else:
                _mentions(conn, c, plan.mentions, spans)
            done.append(c)
        plan.todo = done
        shred, kept = _subjects(digest_key, customer_of, plan)
        destroyed = subject_keys.destroy(conn, shred, utc(now), request)  # type: ignore[arg-type]
        keys_done = [d.to_json() for d in destroyed]
        dropped = rules.drop(values, texts)
        if dropped:  # atomically; if it cannot be written the erasure is rolled back
            try:
                rules.save()
            except reviewed_rules.ReviewedRulesError as e:
                raise reviewed_rules.ReviewedRulesError(
                    f"{e}: the erasure would leave {dropped} reviewed-rules entries of erased "
                    "values behind; nothing was erased"
                ) from None
        summary = plan.summary()
        held = {
            "conversations": len(plan.held),
            "messages": sum(len(c.messages) for c in plan.held),
            "holds": sorted({h for c in plan.held for h in plan.holds.get(c.id, [])}),
        }
        event = {
            "event": "subject.erase", "at": at, "request": request, "operator": operator,
            "policy": policy.file, "rule": policy.subject_requests.cite,
            "identifier_types": matches.query.kinds(),
            "conversations": len(matches.conversations), "messages": matches.messages,
            **{k: v for k, v in summary.items() if not k.startswith("held_back")},
            "spans_redacted": sum(spans.values()),
            "held_back": held["messages"], "held_back_conversations": held["conversations"],
            "holds": held["holds"], "conversation_ids": sorted(c.id for c in done),
            "data_types": dict(sorted(types.items())), "tombstones": stones,
            "subject_keys_destroyed": keys_done, "subject_keys_kept_for_holds": kept,
            "reviewed_entries_dropped": dropped,
        }  # fmt: skip
        seq = audit.append(conn, event)
        digest = store_erasure.event_hash(conn, seq)
    done_counts: dict[str, object] = {
        **{k: v for k, v in summary.items() if not k.startswith("held_back")},
        "spans_redacted": sum(spans.values()), "data_types": dict(sorted(types.items())),
        "tombstones": stones, "subject_keys_destroyed": keys_done,
        "subject_keys_kept_for_holds": kept, "reviewed_entries_dropped": dropped,
    }  # fmt: skip
    return ErasureReceipt(
        request, at, operator, policy.file, matches.query.kinds(),
        done_counts,
        held, {"seq": seq, "hash": digest},
    )  # fmt: skip


def _subjects(digest_key: Keyring, customer_of: dict[int, str], plan: ErasurePlan
              ) -> tuple[set[str], int]:  # fmt: skip
    """The subject digests whose keys go (customers of the erased own conversations), and
    how many subjects keep theirs because an own conversation of theirs is held."""

    def digests_of(hits: list[ConversationHit]) -> set[str]:
        return {subject_keys.subject_digest(digest_key, customer_of[c.id])
                for c in hits if c.relation == "own" and c.id in customer_of}  # fmt: skip

    erased, held = digests_of(plan.todo), digests_of(plan.held)
    return erased - held, len(held)


def _erased_values(conn: Connection, c: ConversationHit, plan: ErasurePlan,
                   values: set[tuple[str, str]], texts: set[str]) -> None:  # fmt: skip
    """Add what erasing ``c`` removes, read before it is removed: (value, type) of the
    findings and matches that go, and the texts of the messages deleted or rewritten."""
    found = {m.id: m for m in c.messages}
    if c.relation == "own":
        rows = store_erasure.messages_of(conn, c.id)
    else:
        rows = [r for r in (store_erasure.message(conn, mid) for mid in found) if r is not None]
    for msg in rows:
        fields = {"text": msg.text or "", "sender": msg.sender or ""}
        texts.add(fields["text"])
        hit = found.get(msg.id)
        marks = [(x.field, x.start, x.end, KIND_TYPES[x.kind]) for x in hit.matches] if hit else []
        values.update((fields.get(f, "")[a:b], etype) for f, a, b, etype in marks)
        whole = c.relation == "own" or plan.mentions == "delete_message"
        for f in _findings(conn, msg.id):
            if f.expired or f.field not in fields:
                continue  # an expired finding's span holds a type tag, no value
            inside = any(f.field == mf and f.start < b and a < f.end for mf, a, b, _ in marks)
            if whole or inside:
                values.add((fields[f.field][f.start : f.end], f.entity_type))


def _tombstones(conn: Connection, d, c: ConversationHit, plan: ErasurePlan, request: str,
                now: datetime) -> int:  # fmt: skip
    """Tombstones for what erasing ``c`` deletes or rewrites: an own conversation's every
    message (deleted, or all rewritten when anonymised), else the messages found in it."""
    from privacyguard.store import tombstones as ts

    if c.relation == "own":
        how = ts.DELETED if plan.own == "delete" else ts.REDACTED
        return store_erasure.tombstone(conn, d, conversation_id=c.id, action=how, ref=request,
                                       now=now)  # fmt: skip
    how = ts.DELETED if plan.mentions == "delete_message" else ts.REDACTED
    return store_erasure.tombstone(conn, d, message_ids=[x.id for x in c.messages], action=how,
                                   ref=request, now=now)  # fmt: skip


def _own(conn: Connection, c: ConversationHit, how: str, spans: Counter[str]) -> None:
    if how == "delete":
        store_erasure.delete_conversation(conn, c.id)
        return
    # anonymise: every finding and every match becomes a tag; the subject's sender name too
    found = {m.id: m for m in c.messages}
    names = {m.sender for m in c.messages if m.by_subject and m.sender}
    store_erasure.anonymise_customer(conn, c.id, names)
    for msg in store_erasure.messages_of(conn, c.id):
        rows = _findings(conn, msg.id)
        extra = [_Span(x.start, x.end, KIND_TYPES[x.kind]) for x in _text_matches(found, msg.id)]
        todo = [f for f in rows if f.field == "text" and not f.expired] + extra
        if todo:
            rest = [f for f in rows if f.expired]  # tags already in the text: moved along
            spans["all"] += redact_stored(conn, msg, todo, rest, "subject_requests.erase")
        if msg.id in found and found[msg.id].by_subject:
            store_erasure.anonymise_sender(conn, msg.id, "subject_requests.erase")


def _mentions(conn: Connection, c: ConversationHit, how: str, spans: Counter[str]) -> None:
    found = {m.id: m for m in c.messages}
    for mid in found:
        if how == "delete_message":
            store_erasure.delete_message(conn, mid)
            continue
        msg = store_erasure.message(conn, mid)
        if msg is None:
            continue  # gone since the matches were made
        rows = _findings(conn, mid)
        marks = [_Span(x.start, x.end, KIND_TYPES[x.kind]) for x in _text_matches(found, mid)]
        # stored findings inside a match go with it; the others are moved along
        inside = [
            f for f in rows
            if f.field == "text" and not f.expired
            and any(f.start < s.end and s.start < f.end for s in marks)
        ]  # fmt: skip
        rest = [f for f in rows if f not in inside]
        if marks:
            redact_stored(conn, msg, inside + marks, rest, "subject_requests.erase")
            spans["mentions"] += len(marks)


def _types_erased(conn: Connection, c: ConversationHit) -> Counter[str]:
    """Entity types of what goes: the live findings of an own conversation, the matches of
    the subject in a conversation that mentions them."""
    if c.relation != "own":
        return Counter(KIND_TYPES[x.kind] for m in c.messages for x in m.matches)
    return store_erasure.live_types(conn, c.id)


def _findings(conn: Connection, mid: int) -> list[Any]:
    return store_erasure.findings_of(conn, mid)


def _text_matches(found: dict[int, Any], mid: int) -> list[Any]:
    hit = found.get(mid)
    return [x for x in hit.matches if x.field == "text"] if hit else []
