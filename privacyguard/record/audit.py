"""Moved to :mod:`privacyguard.store.audit` (the audit log is a table of the store that
every stage appends to); the names stay importable here."""

from privacyguard.store.audit import (  # noqa: F401
    CHAIN_KEYED,
    GENESIS,
    KEY_ENV,
    KEY_FILE_ENV,
    KEYED,
    AuditBroken,
    AuditNotKeyed,
    ChainKey,
    Verified,
    append,
    canonical,
    chain_hash,
    chain_key,
    chain_mac,
    events,
    is_keyed,
    load_chain_key,
    rekey,
    verify,
)
