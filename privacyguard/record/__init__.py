"""What is recorded and reported: the audit report for a DPO (:mod:`.report`). The audit
log itself is a table of the store (:mod:`privacyguard.store.audit`, re-exported here and
as :mod:`privacyguard.record.audit`)."""

from privacyguard.store.audit import AuditBroken, append, events, verify

__all__ = ["AuditBroken", "append", "events", "verify"]
