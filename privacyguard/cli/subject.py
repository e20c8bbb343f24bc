"""`privacyguard subject find|export|erase`: data-subject requests on the store.

Exit codes: 0 done; 1 nothing matches the identifiers (find, export, erase), or erase kept
something back under a legal hold; 2 bad input: an identifier that cannot be read, or a
name that matches several people (add an identifier, or --same-person), or an erasure
done whose --receipt file could not be written (the receipt is printed); 3 erase found a
retention run working on the store (nothing was erased; run it again later).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_FLAGGED, handle_errors
from privacyguard.cli.store import (
    EXIT_BUSY,
    _now,
    db_option,
    identifier_options,
    operator_option,
)


def _identifiers(fn: Callable[..., Any]) -> Callable[..., Any]:
    opts = [
        click.option("--same-person", is_flag=True,
                     help="Every sender with this name is this one person (no ambiguity)."),
        click.option("--request", "request_id", metavar="REF",
                     help="The request's reference (ticket number); default DSR-<date>-<id>."),
        db_option,
    ]  # fmt: skip
    for opt in reversed(opts):
        fn = opt(fn)
    return identifier_options(fn)


def _query(kw: dict[str, Any]):
    from privacyguard.subject import build_query

    return build_query(
        emails=kw.pop("emails"), phones=kw.pop("phones"), ibans=kw.pop("ibans"),
        customers=kw.pop("customers"), names=kw.pop("names"), region=kw.pop("region"),
        same_person=kw.pop("same_person"),
    )  # fmt: skip


def _search(db: str, kw: dict[str, Any]):
    """The subject's data, looked up without a request of its own (export and erase record
    theirs)."""
    from privacyguard.store import open_store
    from privacyguard.subject import search_subject

    query = _query(kw)
    store = open_store(db, create=False)
    return store, search_subject(store, query)


def _no_match(matches) -> None:
    kinds = ", ".join(matches.query.kinds())
    click.echo(
        f"no message matches these identifiers ({kinds}) in {matches.scanned} stored messages; "
        "check the spelling, give another identifier, or import the missing exports first "
        "(`privacyguard import`)",
        err=True,
    )
    raise SystemExit(EXIT_FLAGGED)


def _possible(matches) -> None:
    shown = 5  # --json lists them all
    for p in matches.possible[:shown]:
        click.echo(
            f"left out: {p.messages} message(s) from a sender with this name in {p.channel} "
            f"conversation(s) {_few(p.conversations)} that nothing else links to "
            "the subject; add an identifier, or --same-person to include them",
            err=True,
        )
    if len(matches.possible) > shown:
        click.echo(f"left out: {len(matches.possible) - shown} more such senders (--json lists "
                   "them)", err=True)  # fmt: skip


def _few(ids: Any, n: int = 3) -> str:
    head = ", ".join(map(str, list(ids)[:n]))
    return head + (f" and {len(ids) - n} more" if len(ids) > n else "")


def _short(text: str, width: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@click.group()
def subject() -> None:
    """Data-subject requests: what do you hold about me (find, export), delete it (erase)."""


@subject.command("find")
@_identifiers
@click.option("--json", "as_json", is_flag=True, help="Print the matches as JSON.")
@operator_option
@handle_errors
def find(db: str, request_id: str | None, as_json: bool, operator: str, **kw: Any) -> None:
    """Every conversation and message where the person is the sender or is mentioned, and
    why each matched. Identifiers are normalised: phones to E.164, e-mail lower-case, IBAN
    and customer numbers without separators, names folded across scripts and accents."""
    from privacyguard.store import open_store
    from privacyguard.subject import find_subject

    query = _query(kw)
    store = open_store(db, create=False)
    matches = find_subject(store, query, request=request_id, operator=operator, now=_now())
    request = matches.request
    if as_json:
        click.echo(json.dumps({"request": request, **matches.to_json()}, ensure_ascii=False,
                              indent=2))  # fmt: skip
    else:
        click.echo(
            f"request {request}: {len(matches.conversations)} conversation(s), "
            f"{matches.messages} message(s) found in {matches.scanned} stored messages"
        )
        for c in matches.conversations:
            span = f"{c.first:%Y-%m-%d} to {c.last:%Y-%m-%d}" if c.first and c.last else "no dates"
            relation = (
                "the subject's conversation" if c.relation == "own" else "mentions the subject"
            )
            hold = ", under legal hold" if c.held else ""
            click.echo(f"\nconversation {c.id} ({c.channel}, {relation}, {span}, "
                       f"{len(c.messages)} of {c.total_messages} messages{hold})")  # fmt: skip
            for m in c.messages:
                when = f"{m.sent_at:%Y-%m-%d %H:%M}" if m.sent_at else "?"
                click.echo(f"  message {m.id}  {when}  {'; '.join(m.reasons())}")
                click.echo(f"      {_short(m.text)}")
    _possible(matches)
    if not matches.conversations:
        _no_match(matches)


@subject.command("export")
@_identifiers
@click.option("--policy", "policy_name", metavar="FILE|NAME", help="Policy (default gdpr-default).")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("."), show_default=True,
              help="Folder for <request>.json and <request>.html.")  # fmt: skip
@operator_option
@handle_errors
def export(
    db: str, request_id: str | None, policy_name: str | None, out_dir: Path, operator: str,
    **kw: Any,
) -> None:  # fmt: skip
    """The person's data as machine-readable JSON and a readable HTML page, with other
    people's personal data in those messages redacted (art. 15(4)), and why and how long
    each kind of data is kept."""
    from privacyguard.config.policy import load_policy
    from privacyguard.subject import export_request, new_request_id

    policy = load_policy(policy_name)
    store, matches = _search(db, kw)
    _possible(matches)
    if not matches.conversations:
        _no_match(matches)
    now = _now()
    request = request_id or new_request_id(now)
    written = export_request(store, matches, policy, out_dir, request=request,
                             operator=operator, now=now)  # fmt: skip
    result, json_path, html_path = written.export, written.json_path, written.html_path
    hidden = sum(result.redacted.values())
    click.echo(
        f"request {request}: {len(result.conversations)} conversation(s), "
        f"{sum(len(c.messages) for c in result.conversations)} message(s); "
        f"{hidden} third-party span(s) redacted\n  {json_path}\n  {html_path}"
    )


@subject.command("erase")
@_identifiers
@click.option("--policy", "policy_name", metavar="FILE|NAME", help="Policy (default gdpr-default).")
@click.option("--yes", is_flag=True, help="Really erase. Without it, only say what would go.")
@click.option("--receipt", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the erasure receipt (JSON) to this file.")  # fmt: skip
@click.option("--vacuum-full", is_flag=True,
              help="PostgreSQL: after the erasure commits, VACUUM FULL the affected tables so "
              "the erased rows leave their files (locks them while it runs); the WAL and "
              "backups keep them until recycled. The receipt says what was done.")  # fmt: skip
@click.option("--reviewed", type=click.Path(dir_okay=False, path_type=Path),
              help="The reviewed-rules file whose entries for this person are dropped "
              "(default: $PRIVACYGUARD_REVIEWED, else reviewed.yaml beside a SQLite "
              "store).")  # fmt: skip
@operator_option
@handle_errors
def erase(
    db: str, request_id: str | None, policy_name: str | None, yes: bool, receipt: Path | None,
    vacuum_full: bool, reviewed: Path | None, operator: str, **kw: Any,
) -> None:  # fmt: skip
    """Delete or anonymise the person's data per the policy (subject_requests.erase),
    except what a legal hold keeps; writes the audit event and prints a receipt (what,
    when, how many, the audit event's hash) that holds no personal data. Without --yes
    nothing is changed."""
    from privacyguard.config.policy import load_policy
    from privacyguard.files import write_atomic
    from privacyguard.store import StoreBusy
    from privacyguard.subject import erase_subject, new_request_id, plan_erasure

    policy = load_policy(policy_name)
    store, matches = _search(db, kw)
    _possible(matches)
    if not matches.conversations:
        _no_match(matches)
    plan = plan_erasure(matches, policy, store)
    for c in plan.held:
        holds = ", ".join(f"#{h}" for h in plan.holds.get(c.id, []))
        click.echo(
            f"legal hold {holds} keeps conversation {c.id} ({c.channel}, "
            f"{len(c.messages)} matching message(s)): it will not be erased",
            err=True,
        )
    if not yes:
        click.echo(f"would erase: {json.dumps(plan.summary())}")
        click.echo("nothing was changed; run again with --yes to erase")
        return
    now = _now()
    request = request_id or new_request_id(now)
    try:
        result = erase_subject(store, matches, policy, request=request, operator=operator,
                               now=now, vacuum_full=vacuum_full, reviewed=reviewed)
    except StoreBusy as e:
        click.echo(f"error: {e}; nothing was erased", err=True)
        raise SystemExit(EXIT_BUSY) from None
    text = json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
    click.echo(text, nl=False)  # first: the erasure is done, its receipt must not be lost
    if receipt:
        try:
            write_atomic(receipt, text)
        except OSError as e:
            click.echo(f"error: the erasure is done (receipt above, audit event "
                       f"{result.audit_event['seq']}) but {receipt} could not be written: "
                       f"{e.strerror}; save the receipt from the output", err=True)  # fmt: skip
            raise SystemExit(EXIT_BAD_INPUT) from None
    if result.held_back["conversations"]:
        click.echo(
            f"partly erased: {result.held_back['conversations']} conversation(s) kept under "
            "legal hold (art. 17(3)(e)); erase them when the hold is lifted",
            err=True,
        )
        raise SystemExit(EXIT_FLAGGED)
