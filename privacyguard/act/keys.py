"""Moved to :mod:`privacyguard.keys` (below every stage); the names stay importable here."""

from privacyguard.keys import (  # noqa: F401
    DEFAULT_KEY_ENV,
    HOW_TO_MAKE,
    MIN_DISTINCT,
    MIN_ENTROPY_BITS,
    MIN_KEY_CHARS,
    KeyProblem,
    Keyring,
    generate_key_file,
    key_from_text,
    key_strength,
    load_key,
)
