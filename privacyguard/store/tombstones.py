"""Tombstones: what erasure and retention removed or redacted, so that importing the same
export again does not bring it back.

A tombstone is one row per conversation and action (a deleted conversation is one row, not
one per message) holding keyed digests (keyed BLAKE2b, RFC 7693, under an HKDF sub-key of
the store key, which is kept outside the database), never the text:

* ``conversation_key``: the conversation's identity as the importer sees it (source name,
  conversation id); ``conversation_ref``: the conversation id alone, so the same export
  imported under another source name (another path) is recognised too;
* ``message_keys``: 8 bytes per message: its id in the conversation (the importer's
  identity, within ``conversation_key``);
* ``content_keys``: 8 bytes per message: its id and the text as it was imported (within
  ``conversation_ref``).

Without the key nobody can test a guessed phone number or name against them. ``key_id``
names the key, so a store whose tombstones were made with another key refuses imports
rather than letting erased messages back in.

The key is the store's key outside the database, the one that also keys the audit chain:
the file named by ``PRIVACYGUARD_AUDIT_KEY_FILE``, or the text in ``PRIVACYGUARD_AUDIT_KEY``
(each use derives its own HKDF sub-key). Erasure and retention cannot run without it; an
import needs it only when the store has tombstones.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, delete, insert, select, update

from privacyguard.keys import KeyProblem, Keyring, key_from_text, load_key
from privacyguard.store import StoreError
from privacyguard.store import tables as t

KEY_FILE_ENV = "PRIVACYGUARD_AUDIT_KEY_FILE"  # as privacyguard.store.audit reads them
KEY_ENV = "PRIVACYGUARD_AUDIT_KEY"
PURPOSE = "tombstone.v1"
MESSAGE_DIGEST = 8  # bytes per message: 64 bits, within one conversation
ERASURE, RETENTION = "erasure", "retention"
DELETED, REDACTED = "deleted", "redacted"


def store_keyring() -> Keyring:
    """The store key (see the module doc); :class:`KeyProblem` when none is configured."""
    path = os.environ.get(KEY_FILE_ENV)
    if path:
        return load_key(Path(path), needed_for="tombstones of erased and expired messages")
    if not os.environ.get(KEY_ENV):
        raise KeyProblem(
            f"no store key: set {KEY_FILE_ENV} to a key file (`privacyguard policy keygen "
            f"FILE` makes one; keep it outside the database) or {KEY_ENV} to the key; "
            "tombstones of erased and expired messages are keyed with it"
        )
    return load_key(None, KEY_ENV, needed_for="tombstones of erased and expired messages")


class Digests:
    """The keyed digests of one key."""

    def __init__(self, keyring: Keyring):
        key = keyring.derive(PURPOSE)  # BLAKE2b keys: up to 64 bytes
        # keyed states made once, copied per digest (keying costs a compression each time)
        self._keyed = {n: hashlib.blake2b(key=key, digest_size=n) for n in (MESSAGE_DIGEST, 16)}
        self.key_id = self._mac(16, "key-id").hex()

    def keyed(self, size: int):  # type: ignore[no-untyped-def]
        """The keyed BLAKE2b state for digests of ``size`` bytes (copy it before use)."""
        return self._keyed[size]

    def _mac(self, size: int, *parts: str) -> bytes:
        h = self._keyed[size].copy()
        h.update("\x1f".join(parts).encode("utf-8", "surrogatepass"))
        return h.digest()

    def conversation(self, source: str, conversation: str) -> str:
        return self._mac(16, "conversation", source, conversation).hex()

    def conversation_ref(self, conversation: str) -> str:
        return self._mac(16, "conversation-ref", conversation).hex()

    def message(self, conversation: str, message: str) -> bytes:
        return self._mac(MESSAGE_DIGEST, "message", conversation, message)

    def content(self, conversation: str, message: str, text: str) -> bytes:
        """The message's digest input continued by its text (so one hash state serves both,
        see :func:`record_rows`)."""
        return self._mac(MESSAGE_DIGEST, "message", conversation, message, text)


def digests(keyring: Keyring | str | None = None) -> Digests:
    """The digests of ``keyring`` (a Keyring or the key's text), default the store key."""
    if isinstance(keyring, str):
        keyring = key_from_text(keyring)
    return Digests(keyring or store_keyring())


def check_key(conn: Connection, d: Digests) -> None:
    """Refuse a key other than the one that made the store's tombstones."""
    other = conn.execute(
        select(t.tombstones.c.key_id).where(t.tombstones.c.key_id != d.key_id).limit(1)
    ).scalar()
    if other is not None:
        raise StoreError(
            f"this store's tombstones were made with another key (key id {other}, this key "
            f"{d.key_id}); give the key that made them ({KEY_FILE_ENV} or {KEY_ENV}), "
            "or erased and expired messages cannot be recognised on import"
        )


def any_tombstones(conn: Connection) -> bool:
    return conn.execute(select(t.tombstones.c.id).limit(1)).first() is not None


def record(
    conn: Connection, d: Digests, where: ColumnElement[bool], *, cause: str, action: str,
    ref: str, now: datetime,
) -> int:  # fmt: skip
    """Tombstones for the stored messages that ``where`` selects (a condition on messages and
    conversations), as they are now, one row per conversation; call it before they are
    deleted or rewritten, in the same transaction, and check the key once first
    (:func:`check_key`). Returns how many messages they cover."""
    m, c = t.messages.c, t.conversations.c
    q = (
        select(m.conversation_id, c.source, c.external_id.label("conv"),
               m.external_id.label("msg"), m.text)  # fmt: skip
        .join(t.conversations, c.id == m.conversation_id)
        .where(where)
        .order_by(m.conversation_id)
    )
    return record_rows(conn, d, plain_rows(conn, q), cause=cause, action=action, ref=ref,
                       now=now)  # fmt: skip


def record_rows(
    conn: Connection, d: Digests, messages: list[tuple], *, cause: str, action: str,  # type: ignore[type-arg]
    ref: str, now: datetime,
) -> int:  # fmt: skip
    """Tombstones for ``messages``: (conversation row id, source, conversation id, message
    id, text) tuples, grouped by conversation (as they were stored; e.g. what a ``DELETE ...
    RETURNING`` gave back, in the same transaction). Returns how many messages they cover."""
    rows: list[dict[str, object]] = []
    current = -1
    mks: list[bytes] = []
    cks: list[bytes] = []
    keyed = d.keyed(MESSAGE_DIGEST)
    for cid, source, conv, msg, text in messages:
        if cid != current:
            current, mks, cks = cid, [], []
            rows.append({
                "conversation_key": d.conversation(source, conv),
                "conversation_ref": d.conversation_ref(conv),
                "message_keys": mks, "content_keys": cks,
                "cause": cause, "action": action, "ref": ref, "key_id": d.key_id,
                "created_at": now,
            })  # fmt: skip
        # Digests.message, then Digests.content by continuing the same state (digest() does
        # not end it): this loop runs once per message
        h = keyed.copy()
        h.update(f"message\x1f{conv}\x1f{msg}".encode("utf-8", "surrogatepass"))
        mks.append(h.digest())
        h.update(f"\x1f{text}".encode("utf-8", "surrogatepass"))
        cks.append(h.digest())
    total = 0
    for row in rows:
        total += len(row["message_keys"])  # type: ignore[arg-type]
        row["messages"] = len(row["message_keys"])  # type: ignore[arg-type]
        row["message_keys"] = b"".join(row["message_keys"])  # type: ignore[arg-type]
        row["content_keys"] = b"".join(row["content_keys"])  # type: ignore[arg-type]
    if rows:
        _insert(conn, rows)
    return total


def _insert(conn: Connection, rows: list[dict[str, object]]) -> None:
    """One executemany; on SQLite at the driver level, the timestamp (the same in every row)
    converted once rather than per row."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(t.tombstones), rows)
        return
    cols = list(rows[0])
    stamp = t.tombstones.c.created_at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    at = stamp(rows[0]["created_at"]) if stamp else rows[0]["created_at"]
    sql = f"INSERT INTO tombstones ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.exec_driver_sql(sql, [tuple(at if c == "created_at" else r[c] for c in cols)
                               for r in rows])  # fmt: skip


def plain_rows(conn: Connection, q) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    """The rows of ``q`` (a select, or a statement with RETURNING; plain columns only) as the
    driver gives them, in the connection's transaction: tuples without SQLAlchemy's row
    objects, which cost as much as the digests here."""
    compiled = q.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    if compiled.positiontup is not None:  # qmark (SQLite)
        params = [params[name] for name in compiled.positiontup]
    cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.execute(str(compiled), params)
        rows: list[tuple[object, ...]] = cur.fetchall()
        return rows
    finally:
        cur.close()


def _split(blob: bytes) -> set[bytes]:
    return {blob[i : i + MESSAGE_DIGEST] for i in range(0, len(blob), MESSAGE_DIGEST)}


@dataclass
class Stone:
    """One tombstone row, its digests unpacked."""

    id: int
    conversation_key: str
    conversation_ref: str
    message_keys: set[bytes]
    content_keys: set[bytes]
    action: str  # deleted | redacted
    cause: str


class Lookup:
    """Which incoming messages tombstones match: by identity (source, conversation, message
    id) or by content (conversation, message id, text). Rows are read once per conversation."""

    def __init__(self, d: Digests):
        self.d = d
        self._by_key: dict[str, list[Stone]] = {}
        self._by_ref: dict[str, list[Stone]] = {}

    def load(self, conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
        """Read the rows of these (conversation_key, conversation_ref) pairs not read yet."""
        new = {k for k in keys if k[0] not in self._by_key or k[1] not in self._by_ref}
        if not new:
            return
        ck = sorted({k for k, _ in new})
        cr = sorted({r for _, r in new})
        for k in ck:
            self._by_key.setdefault(k, [])
        for r in cr:
            self._by_ref.setdefault(r, [])
        ts = t.tombstones.c
        for col, vals in ((ts.conversation_key, ck), (ts.conversation_ref, cr)):
            for i in range(0, len(vals), 500):
                for row in conn.execute(select(t.tombstones).where(col.in_(vals[i : i + 500]))):
                    stone = Stone(row.id, row.conversation_key, row.conversation_ref,
                                  _split(row.message_keys), _split(row.content_keys), row.action,
                                  row.cause)  # fmt: skip
                    self._add(stone)

    def _add(self, stone: Stone) -> None:
        for index, key in ((self._by_key, stone.conversation_key),
                           (self._by_ref, stone.conversation_ref)):  # fmt: skip
            if key in index and all(s.id != stone.id for s in index[key]):
                index[key].append(stone)

    def matches(self, key: str, ref: str, conv: str, msg: str, text: str) -> list[Stone]:
        mk, ck = self.d.message(conv, msg), self.d.content(conv, msg, text)
        out = {s.id: s for s in self._by_key.get(key, []) if mk in s.message_keys}
        out |= {s.id: s for s in self._by_ref.get(ref, []) if ck in s.content_keys}
        return list(out.values())


def lift(conn: Connection, d: Digests, restored: list[tuple[Stone, str, str, str]]) -> None:
    """Take restored messages (stone, conversation id, message id, text) out of their
    tombstones; a tombstone left with no message is deleted."""
    ts = t.tombstones.c
    by_stone: dict[int, tuple[Stone, set[bytes], set[bytes]]] = {}
    for stone, conv, msg, text in restored:
        _, mks, cks = by_stone.setdefault(stone.id, (stone, set(), set()))
        mks.add(d.message(conv, msg))
        cks.add(d.content(conv, msg, text))
    for sid, (_stone, mks, cks) in by_stone.items():
        row = conn.execute(select(t.tombstones).where(ts.id == sid)).first()
        if row is None:
            continue
        keep = [(a, b) for a, b in zip(_chunks(row.message_keys), _chunks(row.content_keys),
                                       strict=True) if a not in mks and b not in cks]  # fmt: skip
        if not keep:
            conn.execute(delete(t.tombstones).where(ts.id == sid))
        else:
            conn.execute(update(t.tombstones).where(ts.id == sid).values(
                message_keys=b"".join(a for a, _ in keep),
                content_keys=b"".join(b for _, b in keep), messages=len(keep)))  # fmt: skip


def _chunks(blob: bytes) -> list[bytes]:
    return [blob[i : i + MESSAGE_DIGEST] for i in range(0, len(blob), MESSAGE_DIGEST)]
