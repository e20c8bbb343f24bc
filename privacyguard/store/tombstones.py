"""Tombstones: what erasure and retention removed or redacted, so that importing the same
export again does not bring it back.

A tombstone holds keyed digests (HMAC-SHA256 under a sub-key of the store key, which is kept
outside the database) and never the text:

* ``message_key``: the message's identity as the importer sees it (source name,
  conversation id, the reader's message id);
* ``content_key``: the conversation id, message id and the text as it was imported, so the
  same export imported under another source name (another path) is recognised too;
* ``conversation_key``: the conversation's identity (source name, conversation id).

Without the key nobody can test a guessed phone number or name against them. ``key_id``
names the key, so a store whose tombstones were made with another key refuses imports
rather than letting erased messages back in.

The key is the store's key outside the database, the one that also keys the audit chain:
the file named by ``PRIVACYGUARD_AUDIT_KEY_FILE``, or the text in ``PRIVACYGUARD_AUDIT_KEY``
(each use derives its own HKDF sub-key). Erasure and retention cannot run without it; an
import needs it only when the store has tombstones.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, insert, select

from privacyguard.act.keys import KeyProblem, Keyring, key_from_text, load_key
from privacyguard.store import StoreError
from privacyguard.store import tables as t

KEY_FILE_ENV = "PRIVACYGUARD_AUDIT_KEY_FILE"  # as privacyguard.record.audit reads them
KEY_ENV = "PRIVACYGUARD_AUDIT_KEY"
PURPOSE = "tombstone.v1"
DIGEST_HEX = 32  # 128 bits
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
        self._key = keyring.derive(PURPOSE)
        self.key_id = self._mac("key-id")[:16]

    def _mac(self, *parts: str) -> str:
        msg = "\x1f".join(parts).encode("utf-8", "surrogatepass")
        return hmac.digest(self._key, msg, "sha256").hex()[:DIGEST_HEX]

    def message(self, source: str, conversation: str, message: str) -> str:
        return self._mac("message", source, conversation, message)

    def content(self, conversation: str, message: str, text: str) -> str:
        return self._mac("content", conversation, message, text)

    def conversation(self, source: str, conversation: str) -> str:
        return self._mac("conversation", source, conversation)


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
    conversations), as they are now; call it before they are deleted or rewritten, in the
    same transaction; check the key once first (:func:`check_key`). Returns how many were
    written."""
    m, c = t.messages.c, t.conversations.c
    q = (
        select(c.source, c.external_id.label("conv"), m.external_id.label("msg"), m.text)
        .join(t.conversations, c.id == m.conversation_id)
        .where(where)
    )
    conv_keys: dict[tuple[str, str], str] = {}
    rows = []
    for r in conn.execute(q):
        ck = conv_keys.get((r.source, r.conv))
        if ck is None:
            ck = conv_keys[(r.source, r.conv)] = d.conversation(r.source, r.conv)
        rows.append((d.message(r.source, r.conv, r.msg), d.content(r.conv, r.msg, r.text), ck))
    if rows:
        _insert(conn, rows, (cause, action, ref, d.key_id), now)
    return len(rows)


@dataclass(frozen=True)
class Stone:
    id: int
    message_key: str
    content_key: str
    action: str  # deleted | redacted
    cause: str


def lookup(conn: Connection, message_keys: Iterable[str], content_keys: Iterable[str]
           ) -> list[Stone]:  # fmt: skip
    """The tombstones matching any of these keys."""
    mk, ck = list(set(message_keys)), list(set(content_keys))
    ts = t.tombstones.c
    out: dict[int, Stone] = {}
    for col, keys in ((ts.message_key, mk), (ts.content_key, ck)):
        for i in range(0, len(keys), 500):
            q = select(ts.id, ts.message_key, ts.content_key, ts.action, ts.cause).where(
                col.in_(keys[i : i + 500])
            )
            for r in conn.execute(q):
                out[r.id] = Stone(r.id, r.message_key, r.content_key, r.action, r.cause)
    return list(out.values())



_COLUMNS = ("message_key", "content_key", "conversation_key", "cause", "action", "ref",
            "key_id", "created_at")  # fmt: skip


def _insert(conn: Connection, keys: list[tuple[str, str, str]], same: tuple[str, ...],
            now: datetime) -> None:  # fmt: skip
    """Many rows in one executemany. On SQLite at the driver level: the values are plain
    strings and the timestamp, the same for all, is converted once, not per row."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(t.tombstones), [dict(zip(_COLUMNS, (*k, *same, now), strict=True))
                                            for k in keys])  # fmt: skip
        return
    stamp = t.tombstones.c.created_at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    at = stamp(now) if stamp else now
    sql = (f"INSERT INTO tombstones ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")  # fmt: skip
    conn.exec_driver_sql(sql, [(*k, *same, at) for k in keys])
