"""Retention expiry on the store: :func:`plan` says what would happen as of a moment,
:func:`expire` carries it out in batches, each batch one transaction.

Periods come from the policy. ``conversations.keep_for`` removes whole conversations
(counted from the conversation's last activity, ``counted_from: conversation_close``) or
single messages (``counted_from: message_time``). An entity type's ``keep_for`` removes its
spans from the message text in place (``<ENTITY_TYPE>`` tags; offsets of the findings that
remain are moved along), or, for a finding in the sender name, anonymises the sender.
Counted from the message's time, or from the conversation's last activity.

Legal holds on a conversation, a customer identifier or a channel stop all of it; the plan
lists what was held back. A run resumes by planning again: each action only looks at what is
still there, so a run killed between (or inside) batches leaves either the old or the new
state of each batch and the next run finishes the rest. Time is a parameter (``now``).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from privacyguard.config.policy import Duration, Policy
from privacyguard.errors import PrivacyGuardError
from privacyguard.keys import Keyring
from privacyguard.store import Store, audit
from privacyguard.store import expiry as ex
from privacyguard.store.edits import ANONYMOUS
from privacyguard.store.sql import utc
from privacyguard.store.subjects import delete_hold, find_hold, holds_listed, insert_hold
from privacyguard.subject.holds import (
    HOLD_KINDS,
    coverage,
    customer_query,
    customer_value,
    guarded_write,
    held_conversations,
    holds_on,
)

if TYPE_CHECKING:
    from privacyguard.subject.identifiers import SubjectQuery

__all__ = ["ANONYMOUS", "held_conversations", "holds_on"]  # re-exported: where they used to be

log = logging.getLogger(__name__)

DELETE_CONVERSATION = "delete_conversation"
DELETE_MESSAGE = "delete_message"
REDACT_SPANS = "redact_spans"
ANONYMISE_SENDER = "anonymise_sender"
ACTIONS = (DELETE_CONVERSATION, DELETE_MESSAGE, REDACT_SPANS, ANONYMISE_SENDER)


@dataclass(frozen=True)
class Action:
    """One thing to do to one conversation or message; ``count`` units of ``action``
    (conversations, messages or spans)."""

    action: str
    rule: str  # "conversations", "entities.IBAN_CODE", "categories.financial", "default"
    cite: str  # policy file:line
    channel: str
    conversation_id: int
    message_id: int | None = None
    finding_ids: tuple[int, ...] = ()
    count: int = 1


@dataclass
class Plan:
    as_of: datetime
    policy: str
    actions: list[Action] = field(default_factory=list)
    held: list[Action] = field(default_factory=list)

    @staticmethod
    def _summary(actions: Iterable[Action]) -> list[dict[str, object]]:
        counts: Counter[tuple[str, str, str, str]] = Counter()
        for a in actions:
            counts[(a.rule, a.cite, a.action, a.channel)] += a.count
        return [
            {"rule": r, "cite": c, "action": a, "channel": ch, "count": n}
            for (r, c, a, ch), n in sorted(counts.items())
        ]

    def to_json(self) -> dict[str, object]:
        return {
            "as_of": self.as_of.isoformat(),
            "policy": self.policy,
            "actions": self._summary(self.actions),
            "held_back": self._summary(self.held),
            "total": sum(a.count for a in self.actions),
            "total_held_back": sum(a.count for a in self.held),
        }


def plan(store: Store, policy: Policy, now: datetime) -> Plan:
    """What expiry would do as of ``now`` (nothing is changed)."""
    with store.engine.connect() as conn:
        return _plan(conn, policy, utc(now))  # type: ignore[arg-type]


def latest_start(period: Duration, now: datetime) -> datetime:
    """A moment no start whose ``period`` has ended by ``now`` is after: months count as 28
    days, years as 365, 3 days spare. The SQL selects starts up to it; :meth:`Duration.after`
    then decides exactly."""
    days = period.years * 365 + period.months * 28 + period.days - 3
    return now - timedelta(days=max(days, 0), hours=period.hours)


def _plan(conn: Connection, policy: Policy, now: datetime) -> Plan:
    """The plan, from the rows SQL selects as possibly due (never reading the whole store)."""
    out = Plan(now, policy.file)
    candidates: list[Action] = []
    put = candidates.append
    gone_convs: set[int] = set()
    gone_msgs: set[int] = set()
    cr = policy.conversations
    if cr is not None:
        cite = f"{cr.location.file}:{cr.location.line}"
        bound = latest_start(cr.keep_for, now)
        if cr.counted_from == "conversation_close":
            for r in ex.conversations_inactive_since(conn, bound):
                if cr.keep_for.after(utc(r.last_activity)) <= now:  # type: ignore[arg-type]
                    put(Action(DELETE_CONVERSATION, "conversations", cite, r.channel, r.id))
                    gone_convs.add(r.id)
        else:
            for msg in ex.messages_sent_since(conn, bound):
                if cr.keep_for.after(utc(msg.sent_at)) <= now:  # type: ignore[arg-type]
                    put(Action(DELETE_MESSAGE, "conversations", cite, msg.channel,
                               msg.conversation_id, msg.id))  # fmt: skip
                    gone_msgs.add(msg.id)
    types = ex.live_entity_types(conn)
    periods = [p for et in types if (p := policy.rule_for(et).keep_for) is not None]
    if not periods:
        return _hold_back(conn, out, candidates)
    bound = max(latest_start(p, now) for p in periods)
    groups: dict[tuple[int, str, str], list[int]] = {}
    where: dict[int, tuple[int, str]] = {}  # message -> (conversation, channel)
    rules = {}
    for row in ex.live_findings_since(conn, bound):
        if row.conversation_id in gone_convs or row.mid in gone_msgs:
            continue
        rule = policy.rule_for(row.entity_type)
        if rule.keep_for is None:
            continue
        start = utc(row.sent_at if rule.counted_from == "message_time" else row.last_activity)
        if start is None or rule.keep_for.after(start) > now:
            continue
        action = ANONYMISE_SENDER if row.field == "sender" else REDACT_SPANS
        rules[rule.rule] = rule.cite
        where[row.mid] = (row.conversation_id, row.channel)
        groups.setdefault((row.mid, rule.rule, action), []).append(row.id)
    for (mid, rule_name, action), fids in groups.items():
        cid, channel = where[mid]
        count = len(fids) if action == REDACT_SPANS else 1
        put(Action(action, rule_name, rules[rule_name], channel, cid, mid, tuple(fids), count))
    return _hold_back(conn, out, candidates)


def _hold_back(conn: Connection, out: Plan, candidates: list[Action]) -> Plan:
    held = held_conversations(conn, {a.conversation_id for a in candidates})
    for a in candidates:
        (out.held if a.conversation_id in held else out.actions).append(a)
    return out


@dataclass
class ApplyResult:
    run_id: int
    plan: Plan
    done: Counter[str] = field(default_factory=Counter)
    batches: int = 0
    tombstones: int = 0
    held_since_plan: int = 0  # units a hold added after the plan kept


def expire(
    store: Store,
    policy: Policy,
    now: datetime,
    *,
    operator: str,
    recorded_at: datetime | None = None,
    batch_size: int = 1000,
    on_batch: Callable[[int], None] | None = None,
    before_write: Callable[[int], None] | None = None,
    keyring: Keyring | str | None = None,
    progress: Callable[[str, int, int | None], object] | None = None,
) -> ApplyResult:
    """Carry out :func:`plan` as of ``now``: verify the audit chain, take the run lock
    (StoreBusy if another run has it), mark runs that were killed as ``interrupted``, then
    batches of ``batch_size`` actions, each one transaction with its tombstones and audit
    events, in which the legal holds are checked again (:func:`guarded_write`: a hold
    committed before the batch's write wins). ``recorded_at`` is when the events say it
    happened (default ``now``). ``before_write(n)`` is called before batch n's transaction;
    ``keyring`` is the store key for tombstones (default: :func:`tombstones.store_keyring`);
    ``progress("expiring", actions done, actions planned)`` is called after each batch."""
    from privacyguard.store import tombstones

    now = utc(now)  # type: ignore[assignment]
    at = utc(recorded_at) or now
    with store.run_lock():
        with store.engine.connect() as conn:
            audit.verify(conn)
        digests = tombstones.digests(keyring)
        with store.engine.begin() as conn:
            tombstones.check_key(conn, digests)
            _mark_interrupted(conn, at, operator)
            run_id = ex.start_run(conn, as_of=now, policy=policy.file, at=at)
        p = plan(store, policy, now)
        result = ApplyResult(run_id, p)
        if progress is not None:
            progress("expiring", 0, len(p.actions))
        for i in range(0, len(p.actions), batch_size):
            batch = p.actions[i : i + batch_size]
            if before_write:
                before_write(result.batches + 1)
            with guarded_write(store) as conn:
                held = held_conversations(conn, {a.conversation_id for a in batch})
                todo = []
                for a in batch:
                    if a.conversation_id in held:
                        result.held_since_plan += a.count  # a hold added since the plan
                    else:
                        todo.append(a)
                groups, counts, stones = _apply_batch(conn, digests, todo, f"run {run_id}", at)
                for (_rule, _cite, action), n in counts.items():
                    result.done[action] += n
                result.tombstones += sum(stones.values())
                for (rule, cite, action), ids in sorted(groups.items()):
                    audit.append(conn, {
                        "event": "retention.apply", "at": at.isoformat(), "as_of": now.isoformat(),
                        "run": run_id, "policy": policy.file, "rule": rule, "cite": cite,
                        "action": action, "count": counts[(rule, cite, action)],
                        "tombstones": stones[(rule, cite, action)],
                        "ids": ids, "id_kind": "conversation" if action == DELETE_CONVERSATION
                        else "message", "operator": operator,
                    })  # fmt: skip
                ex.count_batch(conn, run_id)
            result.batches += 1
            if on_batch:
                on_batch(result.batches)
            if progress is not None:
                progress("expiring", i + len(batch), len(p.actions))
        with store.engine.begin() as conn:
            ex.finish_run(conn, run_id, at)
            audit.append(conn, {
                "event": "retention.run", "at": at.isoformat(), "as_of": now.isoformat(),
                "run": run_id, "policy": policy.file, "operator": operator,
                "done": dict(sorted(result.done.items())), "batches": result.batches,
                "held_back": sum(a.count for a in p.held) + result.held_since_plan,
                "tombstones": result.tombstones,
            })  # fmt: skip
    return result


def _mark_interrupted(conn: Connection, at: datetime, operator: str) -> list[int]:
    """Runs still ``running`` while this one holds the run lock were killed: say so."""
    ids = ex.mark_interrupted_runs(conn)
    if ids:
        audit.append(conn, {"event": "retention.interrupted", "at": at.isoformat(),
                            "runs": ids, "operator": operator})  # fmt: skip
    return ids


_Key = tuple[str, str, str]  # rule, cite, action


def _apply_batch(
    conn: Connection, d, todo: list[Action], ref: str, now: datetime
) -> tuple[dict[_Key, list[int]], Counter[_Key], Counter[_Key]]:
    """Do a batch's actions on what is still there, deletions set-wise (a few statements per
    rule, whatever the batch size), each message's tombstone first. Returns per (rule, cite,
    action) the ids done, the units done and the tombstones written."""
    from privacyguard.store import tombstones as ts

    groups: dict[_Key, list[int]] = {}
    counts: Counter[_Key] = Counter()
    stones: Counter[_Key] = Counter()
    by_key: dict[_Key, list[Action]] = {}
    for a in todo:
        by_key.setdefault((a.rule, a.cite, a.action), []).append(a)
    for key, actions in by_key.items():
        action = key[2]
        for i in range(0, len(actions), 1000):  # bound the statements' parameter count
            part = actions[i : i + 1000]
            if action in (DELETE_CONVERSATION, DELETE_MESSAGE):
                if action == DELETE_CONVERSATION:
                    ids, n_stones = ex.delete_conversations(
                        conn, d, [a.conversation_id for a in part], cause=ts.RETENTION,
                        ref=ref, now=now,
                    )  # fmt: skip
                else:
                    ids, n_stones = ex.delete_messages(
                        conn, d, [a.message_id for a in part if a.message_id is not None],
                        cause=ts.RETENTION, ref=ref, now=now,
                    )  # fmt: skip
                stones[key] += n_stones
                if not ids:
                    continue
                groups.setdefault(key, []).extend(ids)
                counts[key] += len(ids)
                continue
            ids = []  # rewrites: one message at a time (few, and each text differs)
            for a in part:
                n, n_stones = ex.rewrite_message(
                    conn, d, a.message_id, a.finding_ids,  # type: ignore[arg-type]
                    anonymise_sender=a.action == ANONYMISE_SENDER, rule=a.rule,
                    cause=ts.RETENTION, ref=ref, now=now,
                )  # fmt: skip
                stones[key] += n_stones
                if n and a.message_id is not None:
                    ids.append(a.message_id)
                    counts[key] += n
            groups.setdefault(key, []).extend(ids)
    return {k: v for k, v in groups.items() if v}, counts, stones


# --- legal holds ----------------------------------------------------------------------------

def _hold_event(kind: str, value: str, hold_id: int) -> dict[str, object]:
    # a customer identifier is personal data: the event names the hold by id only
    return {"kind": kind, "hold": hold_id, **({"value": value} if kind != "customer" else {})}


def hold_value(kind: str, value: str | SubjectQuery) -> str:
    """What a hold stores: a customer's identifiers normalised (a bare value is read as an
    e-mail address, a phone number with its country code, a name, or a customer number),
    a conversation id or a channel as given."""
    from privacyguard.store import StoreError

    if kind not in HOLD_KINDS:
        raise StoreError(f"unknown hold kind '{kind}'; use one of {', '.join(HOLD_KINDS)}")
    if kind == "customer":
        from privacyguard.subject.identifiers import SubjectQuery

        query = value if isinstance(value, SubjectQuery) else customer_query(value)
        return customer_value(query)
    if not isinstance(value, str) or not value.strip():
        raise StoreError(f"a {kind} hold needs a value")
    return value


def hold_coverage(store: Store, kind: str, value: str | SubjectQuery) -> Counter[str]:
    """How many stored conversations per channel the hold covers now."""
    with store.engine.connect() as conn:
        return coverage(conn, kind, hold_value(kind, value))


def add_hold(
    store: Store, kind: str, value: str | SubjectQuery, *, reason: str | None, operator: str,
    now: datetime,
) -> int:  # fmt: skip
    """Put a conversation (its id in the export), a customer (identifiers, see
    :func:`hold_value`) or a channel on hold; returns the hold's id. Adding the same hold
    twice keeps the first."""
    stored = hold_value(kind, value)
    with store.engine.begin() as conn:
        found = find_hold(conn, kind, [stored])
        if found is not None:
            return found.id
        hid = insert_hold(conn, kind, stored, reason=reason, operator=operator, at=utc(now))  # type: ignore[arg-type]
        audit.append(conn, {"event": "hold.add", "at": utc(now).isoformat(),  # type: ignore[union-attr]
                            "operator": operator, **_hold_event(kind, stored, hid)})  # fmt: skip
        return int(hid)


class HoldCoversNothing(PrivacyGuardError):
    """A hold that covers no stored conversation, added without ``future=True``: exit 2."""


def place_hold(
    store: Store, kind: str, value: str | SubjectQuery, *, future: bool, reason: str | None,
    operator: str, now: datetime,
) -> tuple[int, Counter[str]]:  # fmt: skip
    """:func:`add_hold` after checking what it covers: the hold's id and the stored
    conversations it covers per channel. A hold that covers nothing is refused
    (:class:`HoldCoversNothing`, nothing added) unless ``future`` (it is for data not
    imported yet)."""
    counts = hold_coverage(store, kind, value)
    if not counts and not future:
        raise HoldCoversNothing(f"this {kind} hold covers no stored conversation; check the "
                                "value, or add --future if it is for data not imported yet")
    return add_hold(store, kind, value, reason=reason, operator=operator, now=now), counts


def remove_hold(
    store: Store, kind: str, value: str | SubjectQuery, *, operator: str, now: datetime
) -> bool:
    """Lift the hold with this value (a customer's identifiers as given to add_hold)."""
    with store.engine.begin() as conn:
        raw = [value] if isinstance(value, str) else []  # holds stored before normalising
        row = find_hold(conn, kind, [hold_value(kind, value), *raw])
        if row is None:
            return False
        delete_hold(conn, row.id)
        event = _hold_event(kind, row.value, row.id)
        audit.append(conn, {"event": "hold.remove", "at": utc(now).isoformat(),  # type: ignore[union-attr]
                            "operator": operator, **event})  # fmt: skip
        return True


def list_holds(store: Store) -> list[dict[str, object]]:
    """Every hold with its reason, time and operator, oldest first."""
    with store.engine.connect() as conn:
        return holds_listed(conn)
