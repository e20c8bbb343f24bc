"""privacyguard policy-watch add | diff | check | history: watch platforms' privacy policies."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_FLAGGED, handle_errors

SEVERITY_CHOICES = click.Choice(["low", "medium", "high"])

db_option = click.option(
    "--db",
    metavar="URL|PATH",
    envvar="PRIVACYGUARD_POLICY_DB",
    help="Snapshot database: SQLAlchemy URL or SQLite file "
    "[default: .privacyguard/policies.sqlite].",
)
topics_option = click.option(
    "--topics",
    "topics_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Topic rules YAML [default: rules/policydiff/topics.yaml].",
)


channels_option = click.option(
    "--channels",
    metavar="NAME,NAME",
    help="Channels you operate (e.g. whatsapp,messenger,instagram): changes that touch "
    "business messaging, customer-service chats, message retention or data shared with "
    "businesses on them are listed first, with the reason.",
)
channel_rules_option = click.option(
    "--channel-rules",
    "channel_rules_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Channel relevance rules YAML [default: rules/policydiff/channels.yaml].",
)


def _channels(names: str | None, path: Path | None):
    """(channels, rules) for --channels, or (None, None) without it."""
    if not names:
        return None, None
    from privacyguard.policydiff.relevance import load_channel_rules

    rules = load_channel_rules(path)
    wanted = [n.strip().lower() for n in names.split(",") if n.strip()]
    return rules.select(wanted), rules


def _store(db: str | None):
    from privacyguard.policydiff.snapshot import SnapshotStore

    return SnapshotStore(db)


def _rules(path: Path | None):
    from privacyguard.policydiff.classify import load_topic_rules

    return load_topic_rules(path)


@click.group("policy-watch")
def policy_watch() -> None:
    """Snapshot platforms' privacy policies, diff versions, flag changes that matter."""


@policy_watch.command("add")
@click.argument("service")
@click.argument("source", metavar="FILE|URL")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]),
              help="Date of this version [default: today, UTC].")  # fmt: skip
@click.option("--timeout", default=20.0, show_default=True, help="Seconds, for URLs.")
@db_option
@handle_errors
def add(service: str, source: str, date: dt.datetime | None, timeout: float,
        db: str | None) -> None:  # fmt: skip
    """Store a version (HTML, Markdown or text) of SERVICE's policy from FILE or URL.

    The same content twice is one version. Empty pages, binary data, cookie-wall-only
    pages and unreachable URLs are refused with exit 2, and nothing is stored.
    """
    store = _store(db)
    v = store.add_source(service, source, date.date() if date else None, timeout=timeout)
    state = "stored" if v.created else "already stored, unchanged"
    click.echo(
        f"{v.label}: {state} (version {v.id}, {v.media_type}, {v.words} words, "
        f"sha256 {v.content_hash[:12]})"
    )


@policy_watch.command("diff")
@click.argument("service")
@click.option(
    "--from",
    "from_date",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Old version: the newest on or before this date [default: the one before --to].",
)
@click.option(
    "--to",
    "to_date",
    type=click.DateTime(["%Y-%m-%d"]),
    help="New version: the newest on or before this date [default: newest].",
)
@click.option("--json", "as_json", is_flag=True, help="Print the diff as JSON.")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a side-by-side HTML page to this file.",
)
@click.option("--color/--no-color", default=None, help="Colour [default: when a terminal].")
@db_option
@topics_option
@channels_option
@channel_rules_option
@handle_errors
def diff(service: str, from_date: dt.datetime | None, to_date: dt.datetime | None,
         as_json: bool, html_path: Path | None, color: bool | None, db: str | None,
         topics_path: Path | None, channels: str | None,
         channel_rules_path: Path | None) -> None:  # fmt: skip
    """Show what changed in SERVICE's policy, section by section, word by word."""
    from privacyguard.policydiff.report import render_html, render_text
    from privacyguard.policydiff.watch import diff_service

    rules = _rules(topics_path)
    chosen, channel_rules = _channels(channels, channel_rules_path)
    d = diff_service(
        _store(db),
        service,
        from_date.date() if from_date else None,
        to_date.date() if to_date else None,
        rules,
        chosen,
        channel_rules,
    )
    if html_path:
        html_path.write_text(render_html(d, rules.labels()), encoding="utf-8")
        click.echo(f"wrote {html_path}", err=True)
    if as_json:
        click.echo(json.dumps(d.to_json(), ensure_ascii=False, indent=2))
    else:
        use_color = sys.stdout.isatty() if color is None else color
        click.echo(render_text(d, color=use_color), color=use_color)


@policy_watch.command("check")
@click.option(
    "--min-severity",
    type=SEVERITY_CHOICES,
    default="low",
    show_default=True,
    help="Flag substantive changes at or above this severity.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per service.")
@db_option
@topics_option
@channels_option
@channel_rules_option
@handle_errors
def check(min_severity: str, as_json: bool, db: str | None, topics_path: Path | None,
          channels: str | None, channel_rules_path: Path | None) -> None:  # fmt: skip
    """Compare the two newest versions of every service.

    Exit 1 when a substantive change at or above --min-severity is found; 0 when there is
    none, or only cosmetic changes.
    """
    from privacyguard.policydiff.report import summary
    from privacyguard.policydiff.watch import check_all

    chosen, channel_rules = _channels(channels, channel_rules_path)
    results = check_all(_store(db), min_severity, _rules(topics_path), chosen, channel_rules)
    if not results:
        click.echo("no services tracked yet; add one with: privacyguard policy-watch add", err=True)
    for r in results:
        if as_json:
            body = r.diff.to_json() if r.diff else {"service": r.service, "status": "single"}
            body = {k: v for k, v in body.items() if k != "changes"}
            click.echo(json.dumps({**body, "flagged": r.flagged}, ensure_ascii=False))
        elif r.diff is None:
            click.echo(f"{r.service}: only one version, nothing to compare")
        else:
            click.echo(f"{'FLAGGED ' if r.flagged else ''}{r.service}: {summary(r.diff)}")
            for reason in r.diff.relevance_reasons():
                click.echo(f"  relevant: {reason}")
    if any(r.flagged for r in results):
        raise SystemExit(EXIT_FLAGGED)


@policy_watch.command("import-ota")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--service", help="Import only this service's folder [default: every folder].")
@click.option("--document", default="Privacy Policy", show_default=True,
              help="Document type: the file <service>/<document>.md.")  # fmt: skip
@db_option
@handle_errors
def import_ota_command(path: Path, service: str | None, document: str, db: str | None) -> None:
    """Fill the store with every version from an Open Terms Archive versions repository.

    PATH is a git checkout (one commit per version, read with git log --follow) or a plain
    folder (files named YYYY-MM-DD.md are dated versions). Versions already stored are kept
    as they are. Exit 2 when a version is refused (not a policy page); the others are stored.
    """
    from privacyguard.policydiff.ota import import_ota

    results = import_ota(_store(db), path, service, document)
    if not results:
        click.echo(f"no '{document}.md' versions found under {path}", err=True)
    for r in results:
        click.echo(f"{r.service}: {r.stored} version(s) stored, {r.unchanged} already stored"
                   + (f", {len(r.refused)} refused" if r.refused else ""))  # fmt: skip
        for reason in r.refused:
            click.echo(f"  refused {reason}", err=True)
    if any(r.refused for r in results):
        raise SystemExit(EXIT_BAD_INPUT)


@policy_watch.command("history")
@click.argument("service")
@click.option("--json", "as_json", is_flag=True, help="Print versions as JSON lines.")
@db_option
@handle_errors
def history(service: str, as_json: bool, db: str | None) -> None:
    """List the stored versions of SERVICE, oldest first."""
    from privacyguard.policydiff.errors import VersionNotFoundError

    store = _store(db)
    versions = store.history(service)
    if not versions:
        known = ", ".join(store.services()) or "none yet"
        raise VersionNotFoundError(f"no versions of '{service}' stored (services: {known})")
    for v in versions:
        if as_json:
            click.echo(json.dumps({"id": v.id, "service": v.service, "date": v.date.isoformat(),
                                   "media_type": v.media_type, "sha256": v.content_hash,
                                   "words": v.words, "source": v.source}))  # fmt: skip
        else:
            click.echo(f"{v.date}  {v.content_hash[:12]}  {v.media_type:8}  {v.words:6} words  "
                       f"{v.source}")  # fmt: skip
