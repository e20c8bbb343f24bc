"""`privacyguard audit`: the report for a DPO or an auditor."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_FLAGGED, handle_errors
from privacyguard.cli.store import _as_of, db_option, refuse_missing_sqlite


@click.command("audit")
@db_option
@click.option("--as-of", metavar="DATE", help="The moment to report for (default: now).")
@click.option("--policy", "policy_name", metavar="FILE|NAME", help="Policy (default gdpr-default).")
@click.option("--html", "html_path", default="audit-report.html", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Write the self-contained HTML report here.")  # fmt: skip
@click.option("--json", "json_path", metavar="FILE", help="Also write JSON ('-': stdout).")
@click.option("--csv", "csv_path", metavar="FILE",
              help="Also write CSV: section,dimension,key,value ('-': stdout).")  # fmt: skip
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path), metavar="PNG",
              help="Open the HTML in headless Chromium, save a full-page screenshot, and fail "
              "if the page logs an error or makes any network request.")  # fmt: skip
@handle_errors
def audit(
    db: str, as_of: str | None, policy_name: str | None, html_path: Path, json_path: str | None,
    csv_path: str | None, screenshot: Path | None,
) -> None:  # fmt: skip
    """Write the audit report: personal data found (per entity type, channel, language and
    age), what is overdue for retention and what legal holds keep, retention runs, subject
    requests, the audit chain's state and the detector's measured accuracy. Changes nothing.

    The HTML opens offline (inline CSS and SVG, no script). Exit codes: 0 fine; 1 the
    audit chain is broken (the report is still written, marked BROKEN, so a scheduled job
    can alert); 2 bad input, or --screenshot saw console errors or network requests.
    """
    from privacyguard.config.policy import load_policy
    from privacyguard.ingest.base import write_atomic
    from privacyguard.record.report import build_report, write_html
    from privacyguard.record.report.output import REPORT_MODE, render_csv, render_json
    from privacyguard.store import open_store

    policy = load_policy(policy_name)
    refuse_missing_sqlite(db)
    store = open_store(db, create=False)
    try:
        report = build_report(store, policy, _as_of(as_of))
    finally:
        store.close()
    write_html(report, html_path)
    for target, render in ((json_path, render_json), (csv_path, render_csv)):
        if target == "-":
            click.echo(render(report), nl=False)
        elif target:
            write_atomic(target, render(report), mode=REPORT_MODE)
    t, o, chain = report.totals, report.overdue, report.audit_chain
    click.echo(
        f"audit report: {html_path} ({t['findings_present']} findings present, "
        f"{t['findings'] - t['findings_present']} expired; {o['total']} overdue, "
        f"{o['total_held_back']} held back; audit chain {chain['status']}, "
        f"{chain['events']} events)",
        err=True,
    )
    if screenshot is not None:
        from privacyguard.record.report.browser import check_page

        page = check_page(html_path, screenshot)
        problems = [
            *(f"console error: {m}" for m in page.console_errors),
            *(f"page error: {m}" for m in page.page_errors),
            *(f"network request: {u}" for u in page.requests),
        ]
        for p in problems:
            click.echo(p, err=True)
        if problems:
            sys.exit(EXIT_BAD_INPUT)
        click.echo(f"screenshot: {screenshot} (no console errors, no network requests)", err=True)
    if not report.chain_ok:
        click.echo(f"error: audit chain BROKEN: {chain['error']}", err=True)
        sys.exit(EXIT_FLAGGED)
