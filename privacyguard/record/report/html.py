"""The audit report as one self-contained HTML page: inline CSS and inline SVG, no script,
no font, stylesheet or image fetched from anywhere (Jinja2, autoescaped)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from privacyguard.files import write_atomic
from privacyguard.record.report import charts
from privacyguard.record.report.output import REPORT_MODE

if TYPE_CHECKING:
    from privacyguard.record.report import AuditReport

DIMENSION_TITLES = {
    "entity_type": "Per entity type",
    "channel": "Per channel",
    "language": "Per language (detected or given)",
    "age": "Per age of the message (as of the report's moment)",
}
#: keys of a subject event that get their own column; the rest go to "details"
SUBJECT_COLUMNS = ("at", "request", "operator", "identifier_types", "conversations", "messages")


def _num(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _ratio(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, (int, float)) else "–"


def _value(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return _num(value)


def _details(event: dict[str, Any]) -> list[tuple[str, str]]:
    skip = {"seq", "kind", *SUBJECT_COLUMNS}
    return [(k, _value(v)[:200]) for k, v in sorted(event.items()) if k not in skip]


def _charts(r: dict[str, Any]) -> dict[str, Markup | None]:
    out: dict[str, Markup | None] = {}
    for dim, items in r["findings"].items():
        svg = charts.findings_chart(dim, items, DIMENSION_TITLES.get(dim, dim))
        out[dim] = Markup(svg) if svg else None  # noqa: S704 - matplotlib escapes its text
    rows = [(f"{o['rule']} · {o['action']}", o["count"]) for o in r["overdue"]["by_rule"]]
    svg = charts.counts_chart("overdue", rows, "Overdue per rule and action", "units")
    out["overdue"] = Markup(svg) if svg else None  # noqa: S704
    kinds = [(k["kind"], k["count"]) for k in r["subject_requests"]["by_kind"]]
    svg = charts.counts_chart("subjects", kinds, "Subject requests per kind", "requests")
    out["subjects"] = Markup(svg) if svg else None  # noqa: S704
    return out


def render_html(report: AuditReport) -> str:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("privacyguard.record.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(num=_num, ratio=_ratio, value=_value, details=_details)
    r = report.to_json()
    return env.get_template("report.html.j2").render(
        r=r,
        charts=_charts(r),
        titles=DIMENSION_TITLES,
        subject_columns=SUBJECT_COLUMNS,
    )


def write_html(report: AuditReport, path: Path) -> None:
    write_atomic(path, render_html(report), mode=REPORT_MODE)
