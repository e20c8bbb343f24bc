"""Outcome -> AuditEvent: the append-only, hash-chained audit log (:mod:`.audit`)."""

from privacyguard.record.audit import AuditBroken, append, events, verify

__all__ = ["AuditBroken", "append", "events", "verify"]
