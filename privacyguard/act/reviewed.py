"""Reviewed rules: what people decided in ``privacyguard review``, applied to later scans.

A decision on a queued finding becomes an entry keyed by a keyed digest (HMAC-SHA256 under a
sub-key of the store key, ``PRIVACYGUARD_AUDIT_KEY[_FILE]``) of the normalised value and the
detected type, never the value itself:

- ``deny`` (the reviewer rejected it): a finding of that type with that value is dropped;
- ``allow`` (confirmed, or retyped): it is kept at full confidence (score 1.0), with the
  type the reviewer gave.

A decision on an undecided message (a message item of the review queue, see
:mod:`privacyguard.store.review_queue`) becomes a *message entry*, keyed by a keyed digest
of the message's exact text (``detected_as: MESSAGE``): ``deny`` (nothing personal) or
``allow`` with the spans to redact (offsets and types, no values; the whole text for
"redact the whole message"). A later import that cannot scan the same text uses it instead
of queueing the message again (:meth:`ReviewedRules.message_findings`). The spans of an
``allow`` also become ordinary entries of their values.

Erasure of a data subject drops the entries of the values it removed
(:meth:`ReviewedRules.drop`), so no digest of an erased value outlives it here.

The file (YAML) is found in this order: ``--reviewed FILE``, the environment variable
``PRIVACYGUARD_REVIEWED``, ``reviewed.yaml`` beside a SQLite store's file. It names the key
it was made with (``key_id``); a different key is refused, since its digests would match
nothing.

:class:`ReviewedRules` is defined in :mod:`privacyguard.store.reviewed` (erasure, in the
layer below this one, drops entries from the file) and re-exported here.
"""

from __future__ import annotations

from privacyguard.models import Finding
from privacyguard.store.reviewed import (
    ALLOW,
    DENY,
    FILE_NAME,
    MESSAGE,
    PURPOSE,
    REVIEWED_ENV,
    ReviewedRules,
    ReviewedRulesError,
    normalise,
    reviewed_path,
)

__all__ = [
    "ALLOW", "DENY", "FILE_NAME", "MESSAGE", "PURPOSE", "REVIEWED_ENV", "ReviewedRules",
    "ReviewedRulesError", "normalise", "reviewed_path", "settle_uncertain",
]  # fmt: skip


def settle_uncertain(findings: list[Finding], on_uncertain: str, below: float) -> list[Finding]:
    """A policy's ``on_uncertain``: "redact" keeps every finding for redaction; "keep" leaves
    the text of findings still waiting for review (score below ``below``) as it is."""
    if on_uncertain == "keep":
        return [f for f in findings if f.score >= below]
    return findings
