"""Keyed operators: keyed_hash.v1 (an HMAC join key) and pseudonym.v1 (<PERSON_1>).

Never an unkeyed hash: a phone number has few enough possible values that a plain SHA-256 of
it is reversed by trying them all. Both operators use HMAC-SHA256 with a sub-key of the
policy key, over the entity type and the normalised value.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from typing import Any, Literal

from pydantic import Field

from privacyguard.keys import Keyring
from privacyguard.operators import NoParams, OperatorContext, PolicyOperator, register

_SEPARATORS = re.compile(r"[\s\-./()\u00a0\u202f]+")


def normalise(value: str, separators: bool = True) -> str:
    """The form two spellings of one value share: NFKC, case-folded, separators removed
    (spaces, dashes, dots, brackets) or, with ``separators=False``, only collapsed."""
    v = unicodedata.normalize("NFKC", value).casefold().strip()
    return _SEPARATORS.sub("" if separators else " ", v)


def _mac(key: bytes, *parts: str) -> bytes:
    msg = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hmac.new(key, msg, hashlib.sha256).digest()


def _require(ctx: OperatorContext, name: str) -> Keyring:
    if ctx.keyring is None:
        from privacyguard.keys import KeyProblem

        raise KeyProblem(f"{name} needs a key and none was given")
    return ctx.keyring


class KeyedHashParams(NoParams):
    #: hex characters of the HMAC kept (16 = 64 bits)
    length: int = Field(default=16, ge=8, le=64)
    #: ignore case and separators, so "06-1234 5678" and "0612345678" hash alike
    normalize: bool = True


@register("keyed_hash.v1")
class KeyedHash(PolicyOperator):
    """<PHONE_NUMBER:3f2a9c1b7d4e8a10>, an HMAC-SHA256 join key under the policy key.

    The same value gives the same hash in every run and export with the same key, so data
    sets can still be joined; without the key it cannot be reversed by trying values."""

    Params = KeyedHashParams

    def needs_key(self, params: Any) -> bool:
        return True

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        key = _require(ctx, self.name).derive(self.name)
        value = normalise(text) if params.normalize else text
        digest = _mac(key, entity_type, value).hex()[: params.length]
        return f"<{entity_type}:{digest}>"


class PseudonymParams(NoParams):
    #: where one value keeps one pseudonym: each conversation, or the whole export
    scope: Literal["conversation", "export"] = "conversation"
    #: counter: <PERSON_1>, <PERSON_2> in order of appearance (needs no key);
    #: keyed: <PERSON_5f2c1a9e> from the key, the same in every run with that key
    label: Literal["counter", "keyed"] = "counter"
    #: hex characters of a keyed label
    length: int = Field(default=8, ge=6, le=32)


class PseudonymBook:
    """The keyed mapping behind counter pseudonyms: HMAC(value) -> number, per scope and type.

    It holds HMACs, never the values, under the policy key (or a random key for this run when
    the policy needs none), so the book cannot be reversed without that key either.
    """

    def __init__(self, keyring: Keyring | None = None):
        self._key = keyring.derive("pseudonym.v1/book") if keyring else os.urandom(32)
        self._numbers: dict[tuple[str, str, bytes], int] = {}
        self._counts: dict[tuple[str, str], int] = {}

    def number(self, scope: str, entity_type: str, value: str) -> int:
        slot = (scope, entity_type, _mac(self._key, scope, entity_type, value))
        n = self._numbers.get(slot)
        if n is None:
            n = self._counts.get((scope, entity_type), 0) + 1
            self._counts[(scope, entity_type)] = n
            self._numbers[slot] = n
        return n

    def __len__(self) -> int:
        return len(self._numbers)


@register("pseudonym.v1")
class Pseudonym(PolicyOperator):
    """The same person is <PERSON_1> throughout a conversation (or an export)."""

    Params = PseudonymParams

    def needs_key(self, params: Any) -> bool:
        return bool(params.label == "keyed")

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        scope = "" if params.scope == "export" else (ctx.conversation_id or "")
        value = normalise(text, separators=False)
        if params.label == "keyed":
            key = _require(ctx, self.name).derive(self.name)
            digest = _mac(key, scope, entity_type, value).hex()[: params.length]
            return f"<{entity_type}_{digest}>"
        return f"<{entity_type}_{ctx.pseudonyms.number(scope, entity_type, value)}>"
