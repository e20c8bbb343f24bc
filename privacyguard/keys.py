"""The secret key for keyed operators: from an environment variable or a key file, never
from the command line, and never in output, reports or logs.

The key is random text of at least 32 characters (``privacyguard policy keygen FILE`` writes
one, or ``python -c "import secrets; print(secrets.token_hex(32))"``). A key that is plainly
not random is refused: fewer than 6 different characters, or less than 64 bits by the
entropy of its characters, counted over one period of a key that repeats itself (an all-``a``
key has none, ``password`` four times 22; 32 random hex digits have about 120).
Only reading with a key (``reidentify``) skips the check: a weak key decrypts nothing.
Each operator gets its own sub-key derived with HKDF-SHA256, so a key used for pseudonyms
cannot decrypt and vice versa.
"""

from __future__ import annotations

import logging
import math
import os
import secrets
import stat
from collections import Counter
from pathlib import Path
from typing import Any

from privacyguard.errors import PrivacyGuardError

log = logging.getLogger(__name__)

DEFAULT_KEY_ENV = "PRIVACYGUARD_KEY"
MIN_KEY_CHARS = 32
MIN_DISTINCT = 6  # 32 random hex digits have fewer with a chance of about 1e-12
MIN_ENTROPY_BITS = 64
HOW_TO_MAKE = (
    'make a random one: python -c "import secrets; print(secrets.token_hex(32))" '
    "(or privacyguard policy keygen FILE)"
)
_SALT = b"privacyguard/keys/v1"


class KeyProblem(PrivacyGuardError):
    """The key is missing, unreadable or too weak; the message never contains the key."""


class Keyring:
    """The master key and the sub-keys derived from it. Its repr names only the source."""

    __slots__ = ("_secret", "_derived", "source")

    def __init__(self, secret: bytes, source: str, *, check: bool = True):
        if len(secret) < MIN_KEY_CHARS:
            raise KeyProblem(
                f"the key from {source} is too short ({len(secret)} bytes); use at least "
                f"{MIN_KEY_CHARS} random characters: {HOW_TO_MAKE}"
            )
        if check:
            distinct, bits = key_strength(secret)
            if distinct < MIN_DISTINCT or bits < MIN_ENTROPY_BITS:
                raise KeyProblem(
                    f"the key from {source} is too weak ({distinct} different characters, "
                    f"about {bits:.0f} bits; at least {MIN_DISTINCT} and {MIN_ENTROPY_BITS} "
                    f"are needed); {HOW_TO_MAKE}"
                )
        self._secret = secret
        self._derived: dict[str, bytes] = {}
        self.source = source

    def derive(self, purpose: str) -> bytes:
        """A 32-byte sub-key for one purpose (an operator's versioned name)."""
        key = self._derived.get(purpose)
        if key is None:
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.kdf.hkdf import HKDF

            hkdf = HKDF(hashes.SHA256(), 32, salt=_SALT, info=purpose.encode())
            key = self._derived[purpose] = hkdf.derive(self._secret)
        return key

    def __repr__(self) -> str:
        return f"Keyring(from {self.source})"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[Any, ...]:  # never pickled by accident
        raise TypeError("a Keyring cannot be pickled")


def key_strength(secret: bytes) -> tuple[int, float]:
    """(different bytes, bits): the length times the Shannon entropy of the bytes of the key's
    shortest period (all of it unless it repeats itself: aaaa, abab, passwordpassword); an
    upper bound of its real strength that refuses plain repetition."""
    one = secret[: _period(secret)]
    counts = Counter(one)
    n = len(one)
    bits = -sum(c * math.log2(c / n) for c in counts.values())
    return len(Counter(secret)), bits


def _period(secret: bytes) -> int:
    """The shortest p such that the key is its first p bytes repeated (a last repeat may be
    cut short); the key's length when it does not repeat."""
    n = len(secret)
    border = [0] * n  # the prefix function: linear, so a huge key file cannot stall the check
    for i in range(1, n):
        k = border[i - 1]
        while k and secret[i] != secret[k]:
            k = border[k - 1]
        border[i] = k + (secret[i] == secret[k])
    p = n - border[-1] if n else 0
    return p if p <= n // 2 else n


def key_from_text(
    text: str | bytes, source: str = "the key argument", *, check: bool = True
) -> Keyring:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return Keyring(raw.strip(), source, check=check)


def load_key(
    key_file: str | Path | None = None, key_env: str | None = DEFAULT_KEY_ENV, needed_for: str = "",
    *, check: bool = True,
) -> Keyring:  # fmt: skip
    """The key from ``key_file`` if given, else from the environment variable ``key_env``;
    ``check``: refuse a weak key (see the module)."""
    why = f" ({needed_for})" if needed_for else ""
    if key_file is not None:
        path = Path(key_file)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyProblem(f"key file {path} not found{why}") from None
        except OSError as e:
            raise KeyProblem(f"key file {path} cannot be read: {e.strerror}{why}") from None
        _warn_if_readable_by_others(path)
        return key_from_text(raw, f"key file {path}", check=check)
    name = key_env or DEFAULT_KEY_ENV
    value = os.environ.get(name)
    if not value:
        raise KeyProblem(
            f"no key: the environment variable {name} is not set{why}; set it, or pass "
            f"--key-file FILE; {HOW_TO_MAKE}"
        )
    return key_from_text(value, f"environment variable {name}", check=check)


def _warn_if_readable_by_others(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("key file %s is readable by other users; chmod 600 it", path)


def generate_key_file(path: str | Path) -> Path:
    """Write a new random key (256 bits, URL-safe text) to a new file readable by you only."""
    target = Path(path)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyProblem(f"{target} exists; a key file is never overwritten") from None
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secrets.token_urlsafe(32) + "\n")
    return target
