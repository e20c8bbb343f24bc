"""The audit report for a DPO or an auditor: what personal data the store holds (by type,
channel, language and age), what is overdue for retention, legal holds, retention runs,
subject requests, the audit chain's state and the detector's measured accuracy.

>>> from datetime import datetime, timezone
>>> from privacyguard.config.policy import load_policy
>>> from privacyguard.record.report.html import render_html
>>> from privacyguard.store.sql import open_store
>>> store = open_store("sqlite://")                # an empty store, in memory
>>> report = build_report(store, load_policy(), datetime(2026, 12, 1, tzinfo=timezone.utc))
>>> report.totals["messages"], report.chain_ok
(0, True)
>>> render_html(report).startswith("<!DOCTYPE html>")   # write_html(report, path) writes it
True
>>> store.close()

The report holds counts and identifiers of the store's own rows, never message text or a
customer identifier. Outputs are written atomically (a temporary file, then a rename).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from privacyguard.config.policy import Policy
from privacyguard.record.report.accuracy import load_accuracy
from privacyguard.store import Store, review_queue, subject_keys
from privacyguard.store import report_queries as gather
from privacyguard.store.sql import utc


@dataclass(frozen=True)
class AuditReport:
    """Plain values only, so it serialises as it is (see :meth:`to_json`)."""

    generated_at: str
    privacyguard_version: str | None
    database: str
    as_of: str
    policy: dict[str, str]
    totals: dict[str, int]
    findings: dict[str, list[dict[str, Any]]]  # dimension -> [{key, present, expired}]
    overdue: dict[str, Any]
    retention_runs: list[dict[str, Any]]
    legal_holds: list[dict[str, Any]]
    subject_requests: dict[str, Any]
    audit_chain: dict[str, Any]
    accuracy: dict[str, Any]
    review_queue: dict[str, Any] = field(default_factory=dict)  # size, age, share reviewed
    #: crypto-shredding: live and destroyed subject keys, first and last destruction
    subject_keys: dict[str, Any] = field(default_factory=dict)

    @property
    def chain_ok(self) -> bool:
        return bool(self.audit_chain["status"] == "OK")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("privacyguard")
    except PackageNotFoundError:
        return None


def build_report(
    store: Store, policy: Policy, as_of: datetime, *, generated_at: datetime | None = None
) -> AuditReport:
    """Gather everything as of ``as_of`` (retention is planned for that moment; nothing in
    the store changes). A broken audit chain is reported, not raised."""
    from privacyguard.act.retention import list_holds, plan

    moment: datetime = utc(as_of)  # type: ignore[assignment]
    when = utc(generated_at) or datetime.now(timezone.utc)
    with store.engine.connect() as conn:
        totals = gather.totals(conn)
        findings = gather.findings_breakdown(conn, moment)
        runs = gather.retention_runs(conn)
        subjects = gather.subject_requests(conn)
        chain = gather.chain_status(conn)
        review = review_queue.stats(conn, when)
        keys = subject_keys.summary(conn)
    overdue = gather.overdue(plan(store, policy, moment).to_json())
    return AuditReport(
        generated_at=when.isoformat(timespec="seconds"),
        privacyguard_version=_version(),
        database=store.engine.url.render_as_string(hide_password=True),
        as_of=moment.isoformat(),
        policy={"name": policy.name, "file": policy.file},
        totals=totals,
        findings=findings,
        overdue=overdue,
        retention_runs=runs,
        legal_holds=gather.holds(list_holds(store)),
        subject_requests=subjects,
        audit_chain=chain,
        accuracy=load_accuracy(),
        review_queue=review,
        subject_keys=keys,
    )


from privacyguard.record.report.html import render_html, write_html  # noqa: E402
from privacyguard.record.report.output import write_csv, write_json  # noqa: E402

__all__ = [
    "AuditReport",
    "build_report",
    "render_html",
    "write_csv",
    "write_html",
    "write_json",
]
