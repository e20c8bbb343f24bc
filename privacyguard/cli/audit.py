"""`privacyguard audit`: the report for a DPO or an auditor; `privacyguard audit-log
verify|anchor|rekey`: the keyed, anchored audit chain."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_FLAGGED, handle_errors
from privacyguard.cli.store import _as_of, _now, db_option, operator_option


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
    from privacyguard.files import write_atomic
    from privacyguard.record.report import build_report, write_html
    from privacyguard.record.report.output import REPORT_MODE, render_csv, render_json
    from privacyguard.store import open_store

    policy = load_policy(policy_name)
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


@click.group("audit-log")
def audit_log() -> None:
    """The keyed, anchored audit chain (docs/security.md)."""


@audit_log.command("verify")
@db_option
@click.option("--expect-head", metavar="SEQ:HASH",
              help="A head kept outside the store (as a run prints it: 'audit head SEQ:HASH'); "
              "fail unless the log still holds it.")  # fmt: skip
@click.option("--anchor", "anchor_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Anchor file to compare with (default: env PRIVACYGUARD_AUDIT_ANCHOR, or "
              "<sqlite file>.audit-anchor).")  # fmt: skip
@handle_errors
def audit_log_verify(db: str, expect_head: str | None, anchor_file: Path | None) -> None:
    """Check every event's HMAC (with the audit key) and the chain, then that every head in
    the anchor file and --expect-head is still in the log. Exit 2 naming the first bad
    event; 0 when everything checked holds (what was not checked is printed)."""
    from privacyguard.store import anchor, open_store
    from privacyguard.store.audit import verify

    expected = anchor.parse_head(expect_head) if expect_head else None
    if anchor_file is not None and not anchor_file.exists():
        raise anchor.AnchorProblem(f"anchor file {anchor_file} not found")
    store = open_store(db, create=False)
    with store.engine.connect() as conn:
        path = anchor_file or anchor.default_path(conn.engine.url)
        v = verify(conn, anchor_path=path, expect_head=expected)
    click.echo(f"audit log verifies: {v.count} events, head {v.token}")
    if v.key_id:
        click.echo(f"  every keyed event's HMAC verifies with the audit key (key id {v.key_id})")
    if v.unkeyed:
        click.echo(f"  events 1-{v.unkeyed} were written before the chain was keyed: event "
                   f"{v.sealed_by} seals them as they were then, not before")  # fmt: skip
    if v.anchored is not None:
        click.echo(f"  anchor {v.anchor_path}: every anchored head (newest {v.anchored}) is in "
                   "the log")  # fmt: skip
    else:
        where = f"{v.anchor_path} holds no head yet" if v.anchor_path else "none configured"
        click.echo(f"  anchor: {where}; deleted newest events (or a deleted log) would not "
                   "show without --expect-head")  # fmt: skip
    if v.expected is not None:
        click.echo(f"  expected head {v.expected} is in the log "
                   f"({v.count - v.expected} events after it)")  # fmt: skip


@audit_log.command("anchor")
@db_option
@click.option("--anchor", "anchor_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Anchor file (default: env PRIVACYGUARD_AUDIT_ANCHOR, or <sqlite "
              "file>.audit-anchor).")  # fmt: skip
@handle_errors
def audit_log_anchor(db: str, anchor_file: Path | None) -> None:
    """Append the current head to the anchor file now (every run that appends events
    does this itself) and print it as SEQ:HASH."""
    from privacyguard.store import anchor, open_store

    store = open_store(db, create=False)
    a = anchor.anchor_head(store.engine, anchor_file or anchor.default_path(store.engine.url))
    if a is None:
        click.echo("audit log is empty: nothing to anchor")
        return
    _say_anchored(a)


@audit_log.command("rekey")
@db_option
@click.option("--reason", help="Why (change ticket); stored in the event.")
@operator_option
@handle_errors
def audit_log_rekey(db: str, reason: str | None, operator: str) -> None:
    """Seal a log written before the chain was keyed: check its unkeyed hashes, then
    append a keyed audit.chain_keyed event that records them. Needed once per such store;
    until then runs that append events refuse."""
    from privacyguard.store import open_store
    from privacyguard.store.audit import rekey

    store = open_store(db, create=False)
    with store.engine.begin() as conn:
        seq = rekey(conn, operator=operator, now=_now(), reason=reason)
    click.echo(f"audit log: events 1-{seq - 1} sealed by keyed event {seq}; new events are keyed")


def _say_anchored(a) -> None:
    from privacyguard.store.anchor import ANCHOR_ENV

    if a.path is None:
        where = f"no anchor file: keep this line, or set {ANCHOR_ENV}"
    else:
        where = f"anchored in {a.path}" if a.written else f"already in {a.path}"
    click.echo(f"audit head {a.token} ({where})", err=True)


def anchor_after_run(verbose: bool = False) -> None:
    """Run when any command ends: anchor the head of every store it appended events to
    (and with -v print it). Exit 2 if that fails (the events stay committed)."""
    from privacyguard.errors import PrivacyGuardError, one_line
    from privacyguard.store import anchor

    try:
        done = anchor.anchor_pending()
    except PrivacyGuardError as e:
        click.echo(f"error: {one_line(str(e))}", err=True)
        raise SystemExit(EXIT_BAD_INPUT) from None
    for a in done:
        if verbose or a.path is None:
            _say_anchored(a)
