"""encrypt.v1: reversible encryption of a value, and reidentification for whoever holds the key.

A value becomes ``<IBAN_CODE:enc.v1:TOKEN>``: TOKEN is URL-safe base64 (no padding) of a
fresh 96-bit nonce followed by the AES-256-GCM ciphertext and tag. The key is the policy key's
``encrypt.v1`` sub-key; the entity type is authenticated data, so a token whose type was
edited does not decrypt. Equal values give different tokens (a nonce per value).
"""

from __future__ import annotations

import base64
import os
import re
from collections import Counter
from typing import Any

from privacyguard.act.keyed import _require
from privacyguard.errors import PrivacyGuardError
from privacyguard.keys import Keyring
from privacyguard.operators import OperatorContext, PolicyOperator, register

NAME = "encrypt.v1"
TOKEN = re.compile(r"<([A-Z][A-Z0-9_]*):enc\.v1:([A-Za-z0-9_-]{38,})>")
_NONCE = 12


class ReidentifyError(PrivacyGuardError):
    """A token that does not decrypt with this key (wrong key, or the token was altered)."""


def _aad(entity_type: str) -> bytes:
    return f"privacyguard/{NAME}/{entity_type}".encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encrypt_value(keyring: Keyring, entity_type: str, value: str) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE)
    sealed = AESGCM(keyring.derive(NAME)).encrypt(nonce, value.encode("utf-8"), _aad(entity_type))
    return f"<{entity_type}:enc.v1:{_b64(nonce + sealed)}>"


def decrypt_token(keyring: Keyring, entity_type: str, token: str) -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = _unb64(token)
        value = AESGCM(keyring.derive(NAME)).decrypt(raw[:_NONCE], raw[_NONCE:], _aad(entity_type))
    except (InvalidTag, ValueError):
        raise ReidentifyError(
            f"a {entity_type} token does not decrypt with the key from {keyring.source} "
            "(wrong key, or the token was altered)"
        ) from None
    return value.decode("utf-8")


def reidentify_text(text: str, keyring: Keyring, counts: Counter[str] | None = None) -> str:
    """Every encrypt.v1 token in ``text`` replaced by the original value, exactly."""

    def sub(m: re.Match[str]) -> str:
        if counts is not None:
            counts[m.group(1)] += 1
        return decrypt_token(keyring, m.group(1), m.group(2))

    return TOKEN.sub(sub, text) if "enc.v1:" in text else text


@register(NAME)
class Encrypt(PolicyOperator):
    """<IBAN_CODE:enc.v1:...>: AES-256-GCM, reversible with `privacyguard reidentify`."""

    def needs_key(self, params: Any) -> bool:
        return True

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        return encrypt_value(_require(ctx, self.name), entity_type, text)
