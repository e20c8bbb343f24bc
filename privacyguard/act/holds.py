"""Moved to :mod:`privacyguard.subject.holds` (holds are evaluated with the subject matcher,
and retention and erasure both check them); the names stay importable here."""

from privacyguard.subject.holds import (  # noqa: F401
    HOLD_KINDS,
    coverage,
    customer_conversations,
    customer_query,
    customer_value,
    describe,
    guarded_write,
    held_conversations,
    holds_on,
    identifier_of,
)
