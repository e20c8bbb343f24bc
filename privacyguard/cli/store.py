"""The store's commands: `db upgrade`, `import`, `retention plan|apply`, `hold
add|remove|list` (`audit-log` is in cli/audit.py). Each is a thin call into privacyguard.store,
privacyguard.act.retention or privacyguard.record.

Exit codes: 0 fine; 2 bad input (policy, schema version, broken audit chain, no database
at a SQLite path: only `db upgrade` and `import` create one); 3 another retention run holds
the lock; 4 the store is unreachable or failed (docs/exit-codes.md).
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_BUSY, handle_errors, workers_option
from privacyguard.cli.scan import ProgressBars, no_progress_option, reader_options

if TYPE_CHECKING:
    from privacyguard.ingest.options import ReaderOptions
    from privacyguard.subject.identifiers import SubjectQuery

__all__ = ["EXIT_BUSY", "db", "hold", "import_", "retention"]

db_option = click.option(
    "--db",
    envvar="PRIVACYGUARD_DB",
    default="privacyguard.db",
    show_default=True,
    metavar="URL",
    help="SQLAlchemy URL or SQLite file (env PRIVACYGUARD_DB), e.g. postgresql://user@host/db.",
)
operator_option = click.option(
    "--operator",
    default=lambda: os.environ.get("PRIVACYGUARD_OPERATOR") or getpass.getuser(),
    help="Who does this, for the audit log (default: env PRIVACYGUARD_OPERATOR or the user).",
)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _as_of(value: str | None) -> datetime:
    if value is None:
        return _now()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"'{value}' is not a date; write 2026-01-31 or 2026-01-31T12:00:00+00:00",
            param_hint="--as-of",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@click.group()
def db() -> None:
    """The store's database."""


@db.command("upgrade")
@db_option
@handle_errors
def db_upgrade(db: str) -> None:
    """Create the store or migrate it to this version's schema (Alembic)."""
    from privacyguard.store import open_store

    store = open_store(db, check=False)
    before, after = store.upgrade()
    if before == after:
        click.echo(f"schema at revision {after} (up to date)")
    else:
        click.echo(f"schema upgraded from {before or 'empty'} to {after}")


@click.command("import")
@click.argument("source")
@db_option
@click.option("--source-name", metavar="NAME",
              help="Name of the source in the store (default: its resolved path); "
              "keep it the same to re-import without duplicates.")  # fmt: skip
@click.option("--format", "fmt", metavar="NAME", help="Force a reader (see `scan --help`).")
@click.option("--rules", type=click.Path(exists=True),
              help="Rules directory or file (default: $PRIVACYGUARD_RULES, else the "
              "shipped rules).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.option("--restore-erased", is_flag=True,
              help="Import again messages that erasure or retention deleted (needs --reason; "
              "audited). Redacted messages keep their stored version.")  # fmt: skip
@click.option("--reason", metavar="TEXT",
              help="Why erased messages are restored (a case number, not a person's name).")
@click.option("--reviewed", type=click.Path(dir_okay=False), metavar="FILE",
              help="Reviewed-rules file of `privacyguard review` (default: env "
              "PRIVACYGUARD_REVIEWED, else reviewed.yaml beside a SQLite store).")  # fmt: skip
@reader_options()
@operator_option
@no_progress_option
@workers_option
@handle_errors
def import_(
    source: str, db: str, source_name: str | None, fmt: str | None, rules: str | None,
    as_json: bool, restore_erased: bool, reason: str | None, reader_options: ReaderOptions,
    operator: str, no_progress: bool, workers: int | None, reviewed: str | None = None,
) -> None:  # fmt: skip
    """Read SOURCE (any readable export, folder, zip or SQL URL), scan it and store
    messages and findings. Messages already stored are skipped, and so are messages that
    were erased or expired earlier (their tombstones are checked first). The reader options
    are those of `scan` (--timezone for exports in local time: the store holds UTC)."""
    from privacyguard.importer import import_source
    from privacyguard.store import open_store

    if restore_erased and not (reason or "").strip():
        raise click.UsageError("--restore-erased needs --reason (why; it goes in the audit log)")
    store = open_store(db)
    with ProgressBars.on_stderr(no_progress) as bars:
        counts = import_source(
            store, source, source_name=source_name, fmt=fmt, rules=rules, workers=workers,
            restore=reason if restore_erased else None, operator=operator,
            options=reader_options, progress=bars, reviewed=reviewed,
        )  # fmt: skip
    out = {
        "conversations": counts.conversations, "messages": counts.messages,
        "skipped": counts.skipped, "findings": counts.findings,
        "problems": len(counts.problems),
        "skipped_erased_or_expired": counts.erased_or_expired,
        "skipped_redacted_kept": counts.redacted_kept, "restored": counts.restored,
        "stored_with_replacement_characters": counts.unstorable,
        "queued_for_review": counts.queued_for_review,
        "queued_messages": counts.queued_messages,
        "settled_by_review": counts.settled_by_review,
    }  # fmt: skip
    if as_json:
        click.echo(json.dumps(out))
    else:
        click.echo(
            f"{counts.messages} messages in {counts.conversations} new conversations, "
            f"{counts.findings} findings; {counts.skipped} already stored"
        )
        if counts.erased_or_expired:
            click.echo(f"{counts.erased_or_expired} messages skipped: erased or expired earlier")
        if counts.redacted_kept:
            click.echo(f"{counts.redacted_kept} messages skipped: redacted earlier, the stored "
                       "redacted version is kept")  # fmt: skip
        if counts.restored:
            click.echo(f"{counts.restored} erased or expired messages restored "
                       f"(audit event {counts.audit_seq})")  # fmt: skip
        if counts.queued_messages:
            click.echo(f"{counts.queued_messages} messages not scanned: stored and queued "
                       "for review")  # fmt: skip
    if counts.unstorable:
        click.echo(f"note: {counts.unstorable} message(s) held NUL or unpaired surrogate "
                   "characters, which a database cannot store; they are stored with U+FFFD "
                   "in their place", err=True)  # fmt: skip
    for p in counts.problems:
        click.echo(f"problem: {p}", err=True)
    if counts.problems:
        raise SystemExit(EXIT_BAD_INPUT)


@click.group()
def retention() -> None:
    """Expire stored data per the policy's keep_for periods."""


def _render_plan(p: dict[str, Any], verb: str) -> None:
    click.echo(f"as of {p['as_of']}, policy {p['policy']}:")
    if not p["actions"]:
        click.echo(f"  nothing {verb}")
    for row in p["actions"]:
        click.echo(
            f"  {row['action']:<26} {row['count']:>6}  {row['rule']} ({row['cite']}) "
            f"channel {row['channel']}"
        )
    for row in p["held_back"]:
        click.echo(
            f"  {'held: ' + row['action']:<26} {row['count']:>6}  {row['rule']} ({row['cite']}) "
            f"channel {row['channel']}"
        )


@retention.command("plan")
@db_option
@click.option("--policy", "policy_name", metavar="FILE|NAME", help="Policy (default gdpr-default).")
@click.option("--as-of", metavar="DATE", help="The moment to plan for (default: now).")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@handle_errors
def retention_plan(db: str, policy_name: str | None, as_of: str | None, as_json: bool) -> None:
    """Say exactly what `retention apply` would do: counts per rule, action and channel,
    and what legal holds keep back. Changes nothing."""
    from privacyguard.act.retention import plan
    from privacyguard.config.policy import load_policy
    from privacyguard.store import open_store

    policy = load_policy(policy_name)
    p = plan(open_store(db, create=False), policy, _as_of(as_of)).to_json()
    if as_json:
        click.echo(json.dumps(p, indent=2))
    else:
        _render_plan(p, "would expire")


@retention.command("apply")
@db_option
@click.option("--policy", "policy_name", metavar="FILE|NAME", help="Policy (default gdpr-default).")
@click.option("--as-of", metavar="DATE", help="The moment to expire for (default: now).")
@click.option("--batch-size", default=1000, show_default=True, type=click.IntRange(1),
              help="Actions per transaction (a conversation, a message or a rewrite each).")
@click.option("--json", "as_json", is_flag=True, help="Print what was done as JSON.")
@operator_option
@no_progress_option
@handle_errors
def retention_apply(
    db: str, policy_name: str | None, as_of: str | None, batch_size: int, as_json: bool,
    operator: str, no_progress: bool,
) -> None:  # fmt: skip
    """Carry out the plan in batches, one transaction each, with audit events. A killed run
    can simply be run again. Exit 3 when another run holds the lock."""
    from privacyguard.act.retention import expire
    from privacyguard.config.policy import load_policy
    from privacyguard.store import open_store

    policy = load_policy(policy_name)
    store = open_store(db, create=False)
    with ProgressBars.on_stderr(no_progress) as bars:
        r = expire(store, policy, _as_of(as_of), operator=operator, recorded_at=_now(),
                   batch_size=batch_size, progress=bars)  # fmt: skip (a StoreBusy is exit 3)
    p = r.plan.to_json()
    if as_json:
        click.echo(json.dumps({**p, "run": r.run_id, "batches": r.batches, "done": r.done}))
    else:
        _render_plan(p, "expired")
        click.echo(f"run {r.run_id}: {r.batches} batches, done {dict(r.done) or 'nothing'}")


@click.group()
def hold() -> None:
    """Legal holds: held conversations never expire."""


_kind = click.argument("kind", type=click.Choice(["conversation", "customer", "channel"]))


def identifier_options(fn: Callable[..., Any], prefix: str = "") -> Callable[..., Any]:
    """The identifiers `subject find` takes (and customer holds, with ``prefix``)."""
    opts = [
        click.option("--email", "emails", multiple=True, metavar="ADDRESS",
                     help=f"{prefix}E-mail address (any case)."),
        click.option("--phone", "phones", multiple=True, metavar="NUMBER",
                     help=f"{prefix}Phone number in any format; with its country code or "
                          "--region."),
        click.option("--iban", "ibans", multiple=True,
                     help=f"{prefix}IBAN, with or without spaces."),
        click.option("--customer-number", "--customer", "customers", multiple=True,
                     metavar="ID",
                     help=f"{prefix}Customer, member or account number (separators ignored)."),
        click.option("--name", "names", multiple=True, metavar="'GIVEN SURNAME'",
                     help=f"{prefix}Full name; matches spelling variants and other scripts "
                          "(Ivanov = Иванов)."),
        click.option("--region", metavar="CC",
                     help=f"{prefix}Country of phone numbers written without country code "
                          "(NO, NL)."),
    ]  # fmt: skip
    for opt in reversed(opts):
        fn = opt(fn)
    return fn


def _customer_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    return identifier_options(fn, prefix="customer: ")


def _hold_value(kind: str, value: str | None, ids: dict[str, Any]) -> str | SubjectQuery:
    """A conversation id or channel as given; a customer as a normalised query."""
    given = {k: v for k, v in ids.items() if v and k != "region"}
    if kind != "customer":
        if given or value is None:
            raise click.UsageError(f"a {kind} hold takes one VALUE and no identifier options")
        return value
    from privacyguard.act.holds import identifier_of
    from privacyguard.subject import build_query
    from privacyguard.subject.identifiers import SubjectQuery

    if value is not None:  # one identifier given without its kind
        if given:
            raise click.UsageError("give the customer as VALUE or as options, not both")
        return SubjectQuery((identifier_of(value, ids.get("region")),), same_person=True)
    return build_query(**ids, same_person=True)


def _covers(counts: Mapping[str, int]) -> str:
    total = sum(counts.values())
    per = ", ".join(f"{n} {ch}" for ch, n in sorted(counts.items()))
    return f"{total} stored conversation(s)" + (f": {per}" if per else "")


@hold.command("add")
@_kind
@click.argument("value", required=False)
@_customer_options
@click.option("--future", is_flag=True,
              help="Add the hold even if it covers nothing stored yet (it is for future data).")
@click.option("--reason", help="Why (case number); stored with the hold.")
@db_option
@operator_option
@handle_errors
def hold_add(
    kind: str, value: str | None, future: bool, reason: str | None, db: str, operator: str,
    **ids: object,
) -> None:  # fmt: skip
    """Hold a conversation (VALUE: its id in the export), a channel (VALUE), or a customer:
    the person `subject find` finds by --email, --phone, --name, --customer-number, --iban
    (normalised the same way; a bare VALUE is read as one of them). Says how many stored
    conversations per channel the hold covers, and refuses one that covers nothing unless
    --future. Conversations imported later are held too."""
    from privacyguard.act.retention import place_hold
    from privacyguard.store import open_store

    held = _hold_value(kind, value, ids)
    hid, counts = place_hold(open_store(db, create=False), kind, held, future=future,
                             reason=reason, operator=operator, now=_now())  # fmt: skip
    click.echo(f"hold {hid}: {kind} held; covers {_covers(counts)}")


@hold.command("remove")
@_kind
@click.argument("value", required=False)
@_customer_options
@db_option
@operator_option
@handle_errors
def hold_remove(kind: str, value: str | None, db: str, operator: str, **ids: object) -> None:
    """Lift a hold (given as it was added)."""
    from privacyguard.act.retention import remove_hold
    from privacyguard.store import open_store

    held = _hold_value(kind, value, ids)
    if not remove_hold(open_store(db, create=False), kind, held, operator=operator, now=_now()):
        click.echo(f"error: no {kind} hold with that value", err=True)
        raise SystemExit(EXIT_BAD_INPUT)
    click.echo(f"{kind} hold removed")


@hold.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True)
@handle_errors
def hold_list(db: str, as_json: bool) -> None:
    """List the holds."""
    from privacyguard.act.retention import list_holds
    from privacyguard.store import open_store

    holds = list_holds(open_store(db, create=False))
    if as_json:
        click.echo(json.dumps(holds))
        return
    for h in holds:
        click.echo(f"{h['id']}\t{h['kind']}\t{h['value']}\t{h['created_at']}\t{h['reason'] or ''}")

