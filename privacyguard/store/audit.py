"""The audit log: every retention apply, hold, erasure and subject request appends one event.

An event is a JSON object (when, policy file and rule, action, count, ids, operator) that
holds no raw personal data: ids are the store's own row ids. Events are chained with a key
kept outside the database: each row stores

    hash = "k1:" + base64url(HMAC-SHA256(audit key, f"{seq}\\n{prev_hash}\\n{canonical JSON}"))

(canonical JSON: sorted keys, no spaces, UTF-8). Without the key nobody can write an event,
or renumber, edit or drop one, in a way that verifies. The ``audit_head`` row keeps the
count and last hash; :mod:`privacyguard.store.anchor` keeps the head outside the store, so
a truncated or emptied log is caught too. :func:`append` runs inside the caller's
transaction, so an event exists exactly when the change it records does.

The key: ``PRIVACYGUARD_AUDIT_KEY_FILE`` (a file, e.g. a mounted secret) or
``PRIVACYGUARD_AUDIT_KEY`` (the text), at least 32 characters (``privacyguard policy keygen
FILE`` makes one). The chain uses an HKDF sub-key of it (:class:`privacyguard.keys.Keyring`).

Stores written before the chain was keyed hold events with a plain ``sha256(prev + JSON)``
(64 hex digits). Those events are never reported as proven: ``privacyguard audit-log rekey``
appends an ``audit.chain_keyed`` event whose HMAC seals them as they are at that moment,
and appending refuses until that is done.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update

from privacyguard.errors import PrivacyGuardError
from privacyguard.store import tables as t

if TYPE_CHECKING:
    from privacyguard.keys import Keyring

GENESIS = "0" * 64
KEYED = "k1:"  # HMAC-SHA256 with the audit key's sub-key, base64url without padding
KEY_ENV = "PRIVACYGUARD_AUDIT_KEY"
KEY_FILE_ENV = "PRIVACYGUARD_AUDIT_KEY_FILE"
CHAIN_KEYED = "audit.chain_keyed"
_PURPOSE = "audit-chain/hmac-sha256/v1"


class AuditBroken(PrivacyGuardError):
    """The chain does not verify: an event was edited, removed or inserted."""


class AuditNotKeyed(AuditBroken):
    """The newest events were written before the chain was keyed: they prove nothing."""


@dataclass(frozen=True)
class ChainKey:
    """The sub-key the chain is written with; ``key_id`` names it without revealing it."""

    secret: bytes
    key_id: str
    source: str

    def __repr__(self) -> str:
        return f"ChainKey({self.key_id} from {self.source})"


def chain_key(keyring: Keyring) -> ChainKey:
    secret = keyring.derive(_PURPOSE)
    key_id = hmac.new(secret, b"privacyguard audit key id", "sha256").hexdigest()[:16]
    return ChainKey(secret, key_id, keyring.source)


def load_chain_key() -> ChainKey:
    """The audit key from ``$PRIVACYGUARD_AUDIT_KEY_FILE`` or ``$PRIVACYGUARD_AUDIT_KEY``."""
    from privacyguard.keys import KeyProblem, load_key

    path = os.environ.get(KEY_FILE_ENV)
    if path:
        return chain_key(load_key(Path(path), needed_for="the audit chain"))
    if not os.environ.get(KEY_ENV):
        raise KeyProblem(
            f"no audit key: set {KEY_FILE_ENV} to a key file (`privacyguard policy keygen "
            f"FILE` makes one; keep it outside the database) or {KEY_ENV} to the key itself; "
            "the audit chain is keyed so that whoever can write the database cannot rewrite "
            "it (docs/security.md)"
        )
    return chain_key(load_key(None, KEY_ENV, needed_for="the audit chain"))


def canonical(event: dict[str, Any]) -> str:
    return json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, event_json: str) -> str:
    """The unkeyed hash of events written before the chain was keyed."""
    return hashlib.sha256((prev_hash + event_json).encode("utf-8")).hexdigest()


def chain_mac(key: ChainKey, seq: int, prev_hash: str, event_json: str) -> str:
    msg = f"{seq}\n{prev_hash}\n{event_json}".encode()
    digest = hmac.new(key.secret, msg, "sha256").digest()
    return KEYED + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def is_keyed(digest: str) -> bool:
    return digest.startswith(KEYED)


def _locked_head(conn: Connection) -> tuple[int, str]:
    """(count, last hash), with the head row locked for this transaction (a row lock on
    PostgreSQL, the write lock on SQLite), so two writers serialise on it."""
    head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).first()
    if head is None:
        conn.execute(insert(t.audit_head).values(id=1, count=0, hash=GENESIS))
        return 0, GENESIS
    conn.execute(
        update(t.audit_head).where(t.audit_head.c.id == 1).values(count=t.audit_head.c.count)
    )
    head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).one()
    return int(head._mapping["count"]), str(head.hash)  # (Row.count is also tuple's method)


def append(conn: Connection, event: dict[str, Any], *, key: ChainKey | None = None) -> int:
    """Append one event in the caller's transaction; returns its sequence number.

    Refuses (and so rolls the caller's change back) without the audit key, when the newest
    event does not verify with this key, or when the chain is not keyed yet."""
    return _append(conn, event, key, sealing=False)


def _append(conn: Connection, event: dict[str, Any], key: ChainKey | None, sealing: bool) -> int:
    key = key or load_chain_key()
    count, prev = _locked_head(conn)
    if count and not is_keyed(prev) and not sealing:
        raise AuditNotKeyed(
            f"audit log: its {count} events were written before the chain was keyed; run "
            "`privacyguard audit-log rekey --db URL` once to seal them with the audit key "
            "(docs/security.md), then run this again"
        )
    if count and is_keyed(prev):
        last = conn.execute(select(t.audit_log).where(t.audit_log.c.seq == count)).first()
        if last is None or last.hash != prev or chain_mac(key, count, last.prev_hash,
                                                          last.event) != prev:  # fmt: skip
            raise AuditBroken(
                f"audit log: the newest event ({count}) does not verify with the audit key "
                f"from {key.source} (key id {key.key_id}): the key is not the one the chain "
                "was written with, or the log was changed; run `privacyguard audit-log verify`"
            )
    body = canonical(event)
    seq = count + 1
    digest = chain_mac(key, seq, prev, body)
    conn.execute(insert(t.audit_log).values(seq=seq, event=body, prev_hash=prev, hash=digest))
    conn.execute(update(t.audit_head).where(t.audit_head.c.id == 1).values(count=seq, hash=digest))
    from privacyguard.store import anchor

    anchor.mark_pending(conn.engine)
    return seq


def rekey(
    conn: Connection, *, operator: str, now: datetime, reason: str | None = None,
    key: ChainKey | None = None,
) -> int:  # fmt: skip
    """Seal a chain written before keying: verify its unkeyed hashes, then append an
    ``audit.chain_keyed`` event (keyed) that records how many events and which head it
    seals. Returns the event's sequence number."""
    key = key or load_chain_key()
    v = verify(conn, key=key, allow_unkeyed=True, anchor_path=None)
    if v.count == 0:
        raise AuditBroken("audit log: empty; nothing to seal (new events are keyed)")
    if v.unkeyed_tail == 0:
        raise AuditBroken(
            "audit log: already keyed; changing the key is not supported (the old key is "
            "needed to verify the events it wrote)"
        )
    return _append(conn, {
        "event": CHAIN_KEYED, "at": now.isoformat(), "operator": operator, "reason": reason,
        "sealed_events": v.count, "sealed_head": v.head, "key_id": key.key_id,
        "algorithm": "hmac-sha256",
    }, key, sealing=True)  # fmt: skip


def events(conn: Connection) -> Iterator[tuple[int, dict[str, Any]]]:
    for row in conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)):
        yield row.seq, json.loads(row.event)


@dataclass(frozen=True)
class Verified:
    count: int
    head: str
    #: events written before the chain was keyed; sealed by the ``audit.chain_keyed``
    #: event ``sealed_by`` (their content is proven only as of that event)
    unkeyed: int = 0
    sealed_by: int | None = None
    #: unkeyed events after the last keyed one (only with ``allow_unkeyed``): unproven
    unkeyed_tail: int = 0
    key_id: str | None = None
    anchored: int | None = None  # the newest head compared with the anchor, if any
    anchor_path: str | None = None
    expected: int | None = None  # the --expect-head sequence number, when given

    @property
    def token(self) -> str:
        """``SEQ:HASH``, the form `audit-log verify --expect-head` takes."""
        return f"{self.count}:{self.head}"


_DEFAULT = object()


def verify(
    conn: Connection,
    *,
    key: ChainKey | None = None,
    anchor_path: Any = _DEFAULT,
    expect_head: tuple[int, str] | None = None,
    allow_unkeyed: bool = False,
) -> Verified:
    """Walk the chain and raise AuditBroken naming the first bad event; then compare the
    head with the anchor file (default: :func:`anchor.default_path`; None: no anchor)
    and with ``expect_head`` (SEQ, HASH) if given. Keyed events need the audit key
    (KeyProblem without it). Unkeyed events after the last keyed one raise AuditNotKeyed
    unless ``allow_unkeyed``."""
    from privacyguard.store import anchor

    prev, expected, unkeyed, sealed_by = GENESIS, 1, 0, None
    keyed_seen = False
    path = anchor.default_path(conn.engine.url) if anchor_path is _DEFAULT else anchor_path
    anchored_heads = anchor.read(Path(path)) if path is not None else []
    wanted = {seq for _, (seq, _) in anchored_heads} | ({expect_head[0]} if expect_head else set())
    hashes: dict[int, str] = {}  # of the events an anchor or --expect-head names
    for row in conn.execute(select(t.audit_log).order_by(t.audit_log.c.seq)):
        if row.seq != expected:
            raise AuditBroken(
                f"audit log: event {expected} is missing (next is {row.seq}); events were deleted"
            )
        if row.prev_hash != prev:
            raise AuditBroken(f"audit log: event {row.seq} does not follow event {row.seq - 1}")
        if is_keyed(row.hash):
            key = key or load_chain_key()
            if chain_mac(key, row.seq, prev, row.event) != row.hash:
                raise AuditBroken(
                    f"audit log: event {row.seq} was changed after it was written, or written "
                    f"without the audit key (its HMAC does not verify with the key from "
                    f"{key.source}, key id {key.key_id})"
                )
            if not keyed_seen and unkeyed:
                if json.loads(row.event).get("event") != CHAIN_KEYED:
                    raise AuditBroken(
                        f"audit log: event {row.seq} follows {unkeyed} unkeyed events but is "
                        f"not the {CHAIN_KEYED} event that seals them"
                    )
                sealed_by = row.seq
            keyed_seen = True
        else:
            if keyed_seen:
                raise AuditBroken(
                    f"audit log: event {row.seq} is not keyed but follows keyed events: it was "
                    "written without the audit key"
                )
            if chain_hash(prev, row.event) != row.hash:
                raise AuditBroken(f"audit log: event {row.seq} was changed after it was written")
            unkeyed += 1
        if row.seq in wanted:
            hashes[row.seq] = row.hash
        prev, expected = row.hash, expected + 1
    count = expected - 1
    head = conn.execute(select(t.audit_head).where(t.audit_head.c.id == 1)).first()
    head_count, head_hash = (head.count, head.hash) if head else (0, GENESIS)
    if head_count != count or head_hash != prev:
        raise AuditBroken(
            f"audit log: the head records {head_count} events but {count} are present; "
            "the last events were deleted or the head was changed"
        )
    tail = unkeyed if not keyed_seen else 0
    if tail and not allow_unkeyed:
        raise AuditNotKeyed(
            f"audit log: events 1-{count} were written before the chain was keyed and prove "
            "nothing against a database writer; run `privacyguard audit-log rekey --db URL` "
            "once to seal them (docs/security.md)"
        )
    anchored = None
    if path is not None:
        anchored = anchor.check(Path(path), hashes, count, anchored_heads)
    if expect_head is not None:
        anchor.compare(expect_head, hashes, count, "the expected head")
    return Verified(
        count, prev, unkeyed - tail, sealed_by, tail, key.key_id if key else None, anchored,
        str(path) if path is not None else None, expect_head[0] if expect_head else None,
    )  # fmt: skip
