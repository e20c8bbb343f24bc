"""JSON and long-form CSV outputs of the audit report, written atomically.

CSV cells are neutralised the OWASP way against formula injection: a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a hold reason ``=cmd|'/c calc'!A1``,
say) gets a leading ``'`` so that a spreadsheet shows it as text; plain numbers (``-3``,
``+0.5``) are left as they are.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacyguard.files import write_atomic
from privacyguard.ingest.csv_table import neutralised_cell

if TYPE_CHECKING:
    from privacyguard.record.report import AuditReport

CSV_COLUMNS = ("section", "dimension", "key", "value")


#: a report holds no personal data and is meant to be handed over: readable by all
REPORT_MODE = 0o644


def render_json(report: AuditReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_json(report: AuditReport, path: Path) -> None:
    write_atomic(path, render_json(report), mode=REPORT_MODE)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def rows(report: AuditReport) -> Iterator[tuple[str, str, str, str]]:
    """The report as (section, dimension, key, value) rows."""
    r = report.to_json()
    for k in ("generated_at", "privacyguard_version", "database", "as_of"):
        yield "header", "report", k, _cell(r[k])
    for k, v in r["policy"].items():
        yield "header", "policy", k, _cell(v)
    for k, v in r["totals"].items():
        yield "totals", "store", k, _cell(v)
    for dim, items in r["findings"].items():
        for item in items:
            for state in ("present", "expired"):
                yield "findings", f"{dim}.{state}", item["key"], _cell(item[state])
    o = r["overdue"]
    yield "overdue", "total", "overdue", _cell(o["total"])
    yield "overdue", "total", "held_back", _cell(o["total_held_back"])
    for part in ("by_rule", "held_back_by_rule"):
        for row in o[part]:
            yield "overdue", part, f"{row['rule']}/{row['action']}", _cell(row["count"])
    for part in ("by_channel", "held_back_by_channel"):
        for row in o[part]:
            key = f"{row['rule']}/{row['action']}/{row['channel']}"
            yield "overdue", part, key, _cell(row["count"])
    for run in r["retention_runs"]:
        for k, v in run.items():
            yield "retention_runs", f"run/{run['id']}", k, _cell(v)
    for hold in r["legal_holds"]:
        for k, v in hold.items():
            yield "legal_holds", f"hold/{hold['id']}", k, _cell(v)
    s = r["subject_requests"]
    yield "subject_requests", "total", "events", _cell(s["total"])
    for kind in s["by_kind"]:
        yield "subject_requests", "by_kind", kind["kind"], _cell(kind["count"])
        for k, v in kind["sums"].items():
            yield "subject_requests", f"sum/{kind['kind']}", k, _cell(v)
    for ev in s["latest"]:
        for k, v in ev.items():
            yield "subject_requests", f"event/{ev['seq']}", k, _cell(v)
    for k, v in r["review_queue"].items():
        yield "review_queue", "stats", k, _cell(v)
    for k, v in r["subject_keys"].items():
        yield "subject_keys", "stats", k, _cell(v)
    for k, v in r["audit_chain"].items():
        yield "audit_chain", "status", k, _cell(v)
    a = r["accuracy"]
    if a["note"]:
        yield "accuracy", "note", "note", a["note"]
    for name, rec in a["corpora"].items():
        for k, v in rec.items():
            if k not in ("overall", "per_type", "per_class"):
                yield "accuracy", f"{name}", k, _cell(v)
        for k, v in rec["overall"].items():
            yield "accuracy", f"{name}/overall", k, _cell(v)
        for group in ("per_type", "per_class"):
            for key, figs in rec.get(group, {}).items():
                for k, v in figs.items():
                    yield "accuracy", f"{name}/{key}", k, _cell(v)


def render_csv(report: AuditReport) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    w.writerows(tuple(neutralised_cell(c) for c in row) for row in rows(report))
    return buf.getvalue()


def write_csv(report: AuditReport, path: Path) -> None:
    write_atomic(path, render_csv(report), mode=REPORT_MODE)
