"""Crypto-shredding: a key per data subject, kept wrapped by the master key in the store's
``subject_keys`` table; erasing the subject destroys the key, and with it every value
encrypted under it, wherever copies went.

- The subject is the customer of a conversation (``conversations.customer``), stored only
  as a keyed digest (HMAC-SHA256 under the store key, the tombstones' key kept outside the
  database), never as the identifier itself. The digest does not depend on the master key,
  so a master key rotation leaves it unchanged.
- A subject key is 32 random bytes, wrapped with AES-256-GCM under the master key's
  ``subject-keys/wrap.v1`` sub-key, the key id as authenticated data (a wrapped key moved to
  another row does not open).
- Destroying sets ``wrapped`` to NULL and records when and for which request; the row (key
  id, dates) stays as the proof. Every function runs in the caller's transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select, update

from privacyguard.errors import PrivacyGuardError
from privacyguard.keys import KeyProblem, Keyring
from privacyguard.store import tables as t
from privacyguard.store.sql import utc

WRAP_PURPOSE = "subject-keys/wrap.v1"
DIGEST_PURPOSE = "subject-keys/subject.v1"
_NONCE = 12


class KeyDestroyed(PrivacyGuardError):
    """The subject key was destroyed by an erasure: what it encrypted cannot be recovered."""

    def __init__(self, key_id: str, destroyed_at: datetime | None, ref: str | None):
        when = destroyed_at.isoformat() if destroyed_at else "an unknown time"
        super().__init__(
            f"subject key {key_id} was destroyed at {when} (erasure {ref or 'without reference'})"
            ": what it encrypted cannot be recovered"
        )
        self.key_id = key_id


class UnknownSubjectKey(PrivacyGuardError):
    """No subject key with this id in the store (another store, or the token was altered)."""


@dataclass(frozen=True)
class DestroyedKey:
    key_id: str
    destroyed_at: str

    def to_json(self) -> dict[str, str]:
        return {"key_id": self.key_id, "destroyed_at": self.destroyed_at}


def subject_digest(store_key: Keyring, identity: str) -> str:
    """The keyed digest that stands for a subject (case and outer spaces do not count)."""
    mac = hmac.new(store_key.derive(DIGEST_PURPOSE), identity.strip().casefold().encode(),
                   hashlib.sha256)  # fmt: skip
    return mac.hexdigest()


def _wrap(master: Keyring, key_id: str, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(master.derive(WRAP_PURPOSE)).encrypt(nonce, key, key_id.encode())


def _unwrap(master: Keyring, key_id: str, wrapped: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        aead = AESGCM(master.derive(WRAP_PURPOSE))
        return aead.decrypt(wrapped[:_NONCE], wrapped[_NONCE:], key_id.encode())
    except (InvalidTag, ValueError):
        raise KeyProblem(
            f"subject key {key_id} does not open with the master key from {master.source} "
            "(a different or older master key?)"
        ) from None


def key_for_subject(conn: Connection, master: Keyring, subject: str, now: datetime
                    ) -> tuple[str, bytes]:  # fmt: skip
    """(key id, key) of the subject's live key, made and stored wrapped when it has none."""
    k = t.subject_keys.c
    row = conn.execute(
        select(k.key_id, k.wrapped)
        .where(k.subject == subject, k.destroyed_at.is_(None))
        .order_by(k.created_at, k.key_id)
        .limit(1)
    ).first()
    if row is not None:
        return row.key_id, _unwrap(master, row.key_id, row.wrapped)
    key_id, key = uuid.uuid4().hex, os.urandom(32)
    conn.execute(t.subject_keys.insert().values(
        key_id=key_id, subject=subject, wrapped=_wrap(master, key_id, key), created_at=now,
    ))  # fmt: skip
    return key_id, key


def open_key(conn: Connection, master: Keyring, key_id: str) -> bytes:
    """The subject key with this id; :class:`KeyDestroyed` once an erasure destroyed it."""
    k = t.subject_keys.c
    row = conn.execute(select(t.subject_keys).where(k.key_id == key_id)).first()
    if row is None:
        raise UnknownSubjectKey(f"no subject key {key_id} in this store")
    if row.destroyed_at is not None or row.wrapped is None:
        raise KeyDestroyed(key_id, utc(row.destroyed_at), row.destroyed_by)
    return _unwrap(master, key_id, row.wrapped)


def destroy(conn: Connection, subjects: Iterable[str], now: datetime, ref: str
            ) -> list[DestroyedKey]:  # fmt: skip
    """Destroy every live key of these subjects (digests): the wrapped key is overwritten
    with NULL, the row keeps key id and dates. Returns what was destroyed."""
    k = t.subject_keys.c
    wanted = sorted(set(subjects))
    if not wanted:
        return []
    ids = list(conn.execute(
        select(k.key_id).where(k.subject.in_(wanted), k.destroyed_at.is_(None)).order_by(k.key_id)
    ).scalars())  # fmt: skip
    if ids:
        conn.execute(
            update(t.subject_keys).where(k.key_id.in_(ids))
            .values(wrapped=None, destroyed_at=now, destroyed_by=ref[:200])
        )  # fmt: skip
    return [DestroyedKey(i, now.isoformat()) for i in ids]


def rotate(conn: Connection, old: Keyring, new: Keyring) -> int:
    """Re-wrap every live subject key under ``new``; all or none (KeyProblem when one does
    not open with ``old``, before anything is written). Returns how many were re-wrapped."""
    k = t.subject_keys.c
    rows = conn.execute(
        select(k.key_id, k.wrapped).where(k.destroyed_at.is_(None)).order_by(k.key_id)
    ).all()
    rewrapped = [(r.key_id, _wrap(new, r.key_id, _unwrap(old, r.key_id, r.wrapped)))
                 for r in rows]  # fmt: skip
    for key_id, wrapped in rewrapped:
        conn.execute(update(t.subject_keys).where(k.key_id == key_id).values(wrapped=wrapped))
    return len(rewrapped)


def summary(conn: Connection) -> dict[str, Any]:
    """For the audit report: live and destroyed keys, and when the first and last were
    destroyed (no key material, no subject)."""
    k = t.subject_keys.c
    rows = conn.execute(select(k.destroyed_at)).scalars().all()
    dates = sorted(x for x in (utc(d) for d in rows) if x is not None)  # aware UTC
    stamp = [d.isoformat() for d in dates[:1] + dates[-1:]]
    return {
        "live": sum(1 for d in rows if d is None),
        "destroyed": len(dates),
        "first_destroyed": stamp[0] if stamp else None,
        "last_destroyed": stamp[-1] if stamp else None,
    }


def customers(conn: Connection, conversation_ids: Iterable[int]) -> dict[int, str]:
    """The customer recorded for each of these stored conversations that has one."""
    c = t.conversations.c
    ids = list(conversation_ids)
    if not ids:
        return {}
    q = select(c.id, c.customer).where(c.id.in_(ids), c.customer.is_not(None))
    return {i: x for i, x in conn.execute(q).all() if x}


def store_key(keyring: Keyring | str | None = None) -> Keyring:
    """The key of the subject digests: ``keyring`` (or its text), default the store key."""
    from privacyguard.keys import key_from_text
    from privacyguard.store.tombstones import store_keyring

    if isinstance(keyring, str):
        return key_from_text(keyring)
    return keyring or store_keyring()


class SubjectKeys:
    """The subject keys of one store, for a redaction or reidentify run: the key of a
    message's subject (the customer of its conversation, as the store recorded it), and a
    key by id. Keys are cached for the run; a key made is committed at once."""

    def __init__(self, store: Any, master: Keyring, digest_key: Keyring | None = None):
        self.store = store
        self.master = master
        self._digest_key = digest_key  # resolved when first needed: reading needs none
        self._by_conversation: dict[str, tuple[str, bytes] | None] = {}
        self._by_id: dict[str, bytes] = {}

    def key_for(self, conversation_id: str | None, now: datetime | None = None
                ) -> tuple[str, bytes] | None:  # fmt: skip
        """(key id, key) for the subject of this conversation; None when the store knows no
        customer for it (the value is then encrypted with the master key, not shreddable)."""
        if conversation_id is None:
            return None
        if conversation_id not in self._by_conversation:
            c = t.conversations.c
            with self.store.engine.begin() as conn:
                customer = conn.execute(
                    select(c.customer)
                    .where(c.external_id == conversation_id, c.customer.is_not(None))
                    .order_by(c.id).limit(1)
                ).scalar()  # fmt: skip
                found = None
                if customer:
                    self._digest_key = store_key(self._digest_key)
                    subject = subject_digest(self._digest_key, customer)
                    when = now or datetime.now(timezone.utc)
                    found = key_for_subject(conn, self.master, subject, when)
            self._by_conversation[conversation_id] = found
        return self._by_conversation[conversation_id]

    def unwrap(self, key_id: str) -> bytes:
        if key_id not in self._by_id:
            with self.store.engine.connect() as conn:
                self._by_id[key_id] = open_key(conn, self.master, key_id)
        return self._by_id[key_id]


def rotate_master(store: Any, old: Keyring, new: Keyring, *, operator: str, now: datetime
                  ) -> dict[str, Any]:  # fmt: skip
    """Master key rotation: every live subject key re-wrapped under ``new`` in one
    transaction, with a ``subject_keys.rotate`` audit event (counts only, no key material).
    Destroyed keys stay destroyed. The audit chain is verified first."""
    from privacyguard.store import audit

    with store.engine.connect() as conn:
        audit.verify(conn)
    with store.engine.begin() as conn:
        n = rotate(conn, old, new)
        destroyed = summary(conn)["destroyed"]
        event = {"event": "subject_keys.rotate", "at": now.isoformat(), "operator": operator,
                 "rewrapped": n, "destroyed_untouched": destroyed}  # fmt: skip
        seq = audit.append(conn, event)
    return {**event, "audit_seq": seq}
