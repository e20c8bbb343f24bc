"""Data-subject requests: find (art. 15), export (art. 15 with 15(4)), erase (art. 17).

>>> from privacyguard.subject import build_query
>>> build_query(emails=["Kari.Nordmann@Example.com"]).identifiers[0].value
'kari.nordmann@example.com'

Every request is recorded in the audit log (``subject.find``, ``subject.export``,
``subject.erase``) with its reference, the kinds of identifier used and counts, never the
identifiers themselves.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from privacyguard.store import audit
from privacyguard.store.sql import Store, utc
from privacyguard.subject.erase import ErasurePlan, ErasureReceipt, erase_subject, plan_erasure
from privacyguard.subject.export import SubjectExport, export_subject, write_export
from privacyguard.subject.find import (
    AmbiguousSubject,
    SubjectMatches,
    find_subject,
)
from privacyguard.subject.identifiers import BadIdentifier, SubjectQuery, build_query

__all__ = [
    "AmbiguousSubject", "BadIdentifier", "ErasurePlan", "ErasureReceipt",
    "SubjectExport", "SubjectMatches", "SubjectQuery", "build_query", "erase_subject",
    "export_subject", "find_subject", "new_request_id", "plan_erasure", "record_request",
    "write_export",
]  # fmt: skip


def new_request_id(now: datetime) -> str:
    """A reference for a request that came without one: DSR-20261202-1a2b3c4d."""
    return f"DSR-{now:%Y%m%d}-{uuid.uuid4().hex[:8]}"


def record_request(
    store: Store, kind: str, matches: SubjectMatches, *, request: str, operator: str,
    now: datetime,
) -> int:  # fmt: skip
    """Append a ``subject.<kind>`` event (find or export); returns its sequence number."""
    with store.engine.begin() as conn:
        return audit.append(conn, {
            "event": f"subject.{kind}", "at": utc(now).isoformat(),  # type: ignore[union-attr]
            "request": request, "operator": operator,
            "identifier_types": matches.query.kinds(),
            "conversations": len(matches.conversations), "messages": matches.messages,
        })  # fmt: skip
