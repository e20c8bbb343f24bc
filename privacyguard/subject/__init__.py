"""Data-subject requests: find (art. 15), export (art. 15 with 15(4)), erase (art. 17).

>>> from privacyguard.subject import build_query
>>> build_query(emails=["Kari.Nordmann@Example.com"]).identifiers[0].value
'kari.nordmann@example.com'

Every request is recorded in the audit log by the call that makes it (:func:`find_subject`:
``subject.find``, :func:`export_request`: ``subject.export``, :func:`erase_subject`:
``subject.erase``) with its reference, the kinds of identifier used and counts, never the
identifiers themselves. :func:`search_subject` only looks (export and erasure start with it).
"""

from __future__ import annotations

import getpass
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from privacyguard.config.policy import Policy
from privacyguard.store import audit
from privacyguard.store.sql import Store, utc
from privacyguard.subject.erase import ErasurePlan, ErasureReceipt, erase_subject, plan_erasure
from privacyguard.subject.export import SubjectExport, export_subject, write_export
from privacyguard.subject.find import (
    AmbiguousSubject,
    SubjectMatches,
    search_subject,
)
from privacyguard.subject.identifiers import BadIdentifier, SubjectQuery, build_query

__all__ = [
    "AmbiguousSubject", "BadIdentifier", "ErasurePlan", "ErasureReceipt",
    "ExportWritten", "SubjectExport", "SubjectMatches", "SubjectQuery", "build_query",
    "default_operator", "erase_subject", "export_request", "export_subject", "find_subject",
    "new_request_id", "plan_erasure", "record_request", "search_subject", "write_export",
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


def default_operator() -> str:
    """Who acts, for the audit log: ``$PRIVACYGUARD_OPERATOR``, else the user's login name."""
    return os.environ.get("PRIVACYGUARD_OPERATOR") or getpass.getuser()


def find_subject(
    store: Store, query: SubjectQuery, *, request: str | None = None,
    operator: str | None = None, now: datetime | None = None,
) -> SubjectMatches:  # fmt: skip
    """The request "what do you hold about me" (art. 15): every conversation and message of
    the person, and the ``subject.find`` audit event (also when nothing matched). ``request``
    defaults to a new reference, ``operator`` to :func:`default_operator`; the reference is
    on the result (``matches.request``)."""
    now = now or datetime.now(timezone.utc)
    matches = search_subject(store, query)
    matches.request = request or new_request_id(now)
    record_request(store, "find", matches, request=matches.request,
                   operator=operator or default_operator(), now=now)  # fmt: skip
    return matches


@dataclass
class ExportWritten:
    export: SubjectExport
    json_path: Path
    html_path: Path


def export_request(
    store: Store, matches: SubjectMatches, policy: Policy, out_dir: Path, *, request: str,
    operator: str | None = None, now: datetime | None = None,
) -> ExportWritten:  # fmt: skip
    """The request "give me my data" (art. 15(3)): :func:`export_subject`, both files
    written by :func:`write_export`, then the ``subject.export`` audit event (appended only
    once the files are there)."""
    now = now or datetime.now(timezone.utc)
    export = export_subject(store, matches, policy, request=request, now=now)
    json_path, html_path = write_export(export, Path(out_dir))
    record_request(store, "export", matches, request=request,
                   operator=operator or default_operator(), now=now)  # fmt: skip
    return ExportWritten(export, json_path, html_path)
