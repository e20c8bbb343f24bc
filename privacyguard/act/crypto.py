"""encrypt.v1: reversible encryption of a value, and reidentification for whoever holds the key.

A value becomes ``<IBAN_CODE:enc.v1:TOKEN>``: TOKEN is URL-safe base64 (no padding) of a
fresh 96-bit nonce followed by the AES-256-GCM ciphertext and tag. The key is the policy key's
``encrypt.v1`` sub-key; the entity type is authenticated data, so a token whose type was
edited does not decrypt. Equal values give different tokens (a nonce per value).

With subject keys (crypto-shredding, :mod:`privacyguard.store.subject_keys`; the run's
``OperatorContext.extra["subject_keys"]``) a value is encrypted with the key of the message's
data subject instead and the token names that key: ``<IBAN_CODE:enc.v1:KEYID:TOKEN>``
(KEYID: 32 hex digits, also authenticated). Once an erasure destroyed the key, no copy of the
token can be decrypted any more.
"""

from __future__ import annotations

import base64
import os
import re
from collections import Counter
from typing import Any, Protocol

from privacyguard.act.keyed import _require
from privacyguard.errors import PrivacyGuardError
from privacyguard.keys import Keyring
from privacyguard.operators import OperatorContext, PolicyOperator, register

NAME = "encrypt.v1"
TOKEN = re.compile(r"<([A-Z][A-Z0-9_]*):enc\.v1:(?:([0-9a-f]{32}):)?([A-Za-z0-9_-]{38,})>")
_NONCE = 12


class ReidentifyError(PrivacyGuardError):
    """A token that does not decrypt with this key (wrong key, or the token was altered)."""


class SubjectKeyLookup(Protocol):
    """Where subject keys come from (privacyguard.store.subject_keys.SubjectKeys)."""

    def key_for(self, conversation_id: str | None) -> tuple[str, bytes] | None: ...

    def unwrap(self, key_id: str) -> bytes: ...


def _aad(entity_type: str, key_id: str | None = None) -> bytes:
    tail = f"/{key_id}" if key_id else ""
    return f"privacyguard/{NAME}/{entity_type}{tail}".encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encrypt_value(
    keyring: Keyring, entity_type: str, value: str, subject_key: tuple[str, bytes] | None = None
) -> str:
    """A token for ``value``: under the master key's sub-key, or under ``subject_key``
    ((key id, key), see the module) when given."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE)
    key_id, key = subject_key if subject_key else (None, keyring.derive(NAME))
    sealed = AESGCM(key).encrypt(nonce, value.encode("utf-8"), _aad(entity_type, key_id))
    named = f"{key_id}:" if key_id else ""
    return f"<{entity_type}:enc.v1:{named}{_b64(nonce + sealed)}>"


def decrypt_token(
    keyring: Keyring, entity_type: str, token: str, subject_key: tuple[str, bytes] | None = None
) -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key_id, key = subject_key if subject_key else (None, keyring.derive(NAME))
    try:
        raw = _unb64(token)
        value = AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], _aad(entity_type, key_id))
    except (InvalidTag, ValueError):
        which = f"subject key {key_id}" if key_id else f"the key from {keyring.source}"
        raise ReidentifyError(
            f"a {entity_type} token does not decrypt with {which} "
            "(wrong key, or the token was altered)"
        ) from None
    return value.decode("utf-8")


def reidentify_text(
    text: str, keyring: Keyring, counts: Counter[str] | None = None, *,
    subject_keys: SubjectKeyLookup | None = None, shredded: Counter[str] | None = None,
) -> str:  # fmt: skip
    """Every encrypt.v1 token in ``text`` replaced by the original value, exactly. A token
    made with a subject key needs ``subject_keys``; when that key was destroyed by an
    erasure, the token stays as it is and is counted in ``shredded`` per entity type, or
    KeyDestroyed is raised when ``shredded`` is None."""

    def sub(m: re.Match[str]) -> str:
        entity_type, key_id, token = m.group(1), m.group(2), m.group(3)
        subject_key = None
        if key_id:
            if subject_keys is None:
                raise ReidentifyError(
                    f"a {entity_type} token was made with subject key {key_id}: the store "
                    "that holds the subject keys is needed to decrypt it"
                )
            from privacyguard.store.subject_keys import KeyDestroyed

            try:
                subject_key = (key_id, subject_keys.unwrap(key_id))
            except KeyDestroyed:
                if shredded is None:
                    raise
                shredded[entity_type] += 1
                return m.group(0)
        if counts is not None:
            counts[entity_type] += 1
        return decrypt_token(keyring, entity_type, token, subject_key)

    return TOKEN.sub(sub, text) if "enc.v1:" in text else text


@register(NAME)
class Encrypt(PolicyOperator):
    """<IBAN_CODE:enc.v1:...>: AES-256-GCM, reversible with `privacyguard reidentify`."""

    def needs_key(self, params: Any) -> bool:
        return True

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        keyring = _require(ctx, self.name)
        lookup: SubjectKeyLookup | None = ctx.extra.get("subject_keys")
        subject_key = lookup.key_for(ctx.conversation_id) if lookup is not None else None
        return encrypt_value(keyring, entity_type, text, subject_key)
