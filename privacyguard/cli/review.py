"""``privacyguard review``: work through the findings that scored below settings.review_below
and the messages the detector could not decide (docs/review.md)."""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any

import click

from privacyguard.cli.store import db_option

__all__ = ["review"]

reviewed_option = click.option(
    "--reviewed", type=click.Path(dir_okay=False), metavar="FILE",
    help="Reviewed-rules file (default: env PRIVACYGUARD_REVIEWED, else reviewed.yaml beside "
    "a SQLite store).",
)  # fmt: skip
reviewer_option = click.option(
    "--reviewer",
    default=lambda: os.environ.get("PRIVACYGUARD_OPERATOR") or getpass.getuser(),
    help="Who decides, for the audit log (default: env PRIVACYGUARD_OPERATOR or the user).",
)
around_option = click.option(
    "--around",
    type=click.IntRange(0),
    default=2,
    show_default=True,
    help="Turns of the conversation shown before and after each message.",
)
_KEYS = {"c": "confirm", "r": "reject", "t": "retype"}
#: a message item's answers: redact the whole message, mark the spans, nothing personal
_MESSAGE_KEYS = {"w": "redact_message", "p": "redact_spans", "n": "nothing_personal"}


def _open(db: str, reviewed: str | None) -> tuple[Any, Any]:
    from privacyguard.act.reviewed import ReviewedRules, ReviewedRulesError, reviewed_path
    from privacyguard.store import open_store

    path = reviewed_path(reviewed, db)
    if path is None:
        raise ReviewedRulesError(
            "name the reviewed-rules file with --reviewed FILE (or env "
            "PRIVACYGUARD_REVIEWED): the store is not a SQLite file"
        )
    rules = ReviewedRules.load(path)  # before the store is opened: a bad file fails first
    return open_store(db), rules


def _known_types() -> list[str]:
    from privacyguard.config.rules import load_rules

    return list(load_rules(None).entity_types)


@click.group()
def review() -> None:
    """Confirm, reject or retype findings that scored below settings.review_below, and
    decide messages the detector could not scan (personal data: the whole message or the
    spans you mark; or nothing personal). Each decision is audited and becomes an allow or
    deny entry in the reviewed-rules file that later imports and redactions use
    (docs/review.md)."""


@review.command("list")
@db_option
@click.option("--limit", type=click.IntRange(1), help="At most this many items.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per item.")
def list_(db: str, limit: int | None, as_json: bool) -> None:
    """The undecided items, oldest first (no values: type, score, where)."""
    from privacyguard.act.review import pending, queue_stats
    from privacyguard.store import open_store

    with open_store(db) as store:
        items, stats = pending(store, limit), queue_stats(store)
    for it in items:
        row = {"item": it.id, "kind": "message" if it.is_message else "finding",
               "entity_type": it.entity_type, "score": round(it.score, 4),
               "recognizer": it.recognizer, "message_ref": it.message_ref, "field": it.field,
               "queued_at": it.queued_at.isoformat(timespec="seconds")}  # fmt: skip
        if it.is_message:
            row |= {"reason": it.reason, "detail": it.detail}
        if as_json:
            click.echo(json.dumps(row))
        elif it.is_message:
            click.echo(f"{it.id:>6}  {'MESSAGE':<16} {'-':>4}  {it.detail or it.reason or '-'}"
                       f" (message {it.message_ref})")  # fmt: skip
        else:
            click.echo(f"{it.id:>6}  {it.entity_type:<16} {it.score:.2f}  "
                       f"{it.recognizer or '-':<24} message {it.message_ref}")  # fmt: skip
    if not as_json:
        click.echo(f"{stats['undecided']} undecided, {stats['reviewed']} decided"
                   + (f"; oldest queued {stats['oldest_undecided']}"
                      if stats["oldest_undecided"] else "")
                   + (f"; {stats['undecided_messages']} undecided messages"
                      if stats["undecided_messages"] else ""))  # fmt: skip


def _render(shown: Any, number: int, left: int) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    console = Console(file=sys.stdout, highlight=False, soft_wrap=True)
    it = shown.item
    body = Text()
    if it.is_message:
        body.append(f"{it.detail or it.reason}; does the marked message hold personal data?\n",
                    style="italic")  # fmt: skip
    for turn in shown.turns:
        who = turn.sender or turn.sender_role or "?"
        body.append(f"{who}: ", style="bold")
        if turn.message_id == it.message_id and it.is_message:
            body.append(f"»{turn.text}«", style="bold black on yellow")
        elif turn.message_id == it.message_id and it.field == "text":
            body.append(turn.text[: it.start])
            body.append(f"»{turn.text[it.start : it.end]}«", style="bold black on yellow")
            body.append(turn.text[it.end :])
        else:
            body.append(turn.text, style="" if turn.message_id == it.message_id else "dim")
        body.append("\n")
    if it.field != "text":
        body.append(f"(in the {it.field} field) »{shown.candidate}«\n",
                    style="bold black on yellow")  # fmt: skip
    body.rstrip()
    if it.is_message:
        title = f"item {it.id} ({number} of {left}): a message not scanned"
    else:
        title = (f"item {it.id} ({number} of {left}): {it.entity_type}? score {it.score:.2f}, "
                 f"{it.recognizer or '-'}")  # fmt: skip
    console.print(Panel(body, title=title, title_align="left", expand=False))


@review.command("next")
@db_option
@reviewed_option
@reviewer_option
@click.option("--limit", type=click.IntRange(1), help="Stop after this many items.")
@around_option
def next_(db: str, reviewed: str | None, reviewer: str, limit: int | None, around: int) -> None:
    """Show the oldest undecided items one at a time, the candidate highlighted among the
    turns around it, and ask: [c]onfirm, [r]eject (not personal data of that type),
    re[t]ype, [s]kip, [q]uit. For a message the detector could not scan: redact the
    [w]hole message, mark the [p]arts to redact, [n]othing personal, [s]kip, [q]uit."""
    from privacyguard.act.review import ReviewFileError, pending, record_decision, show

    store, rules = _open(db, reviewed)
    with store:
        items = pending(store, limit)
        if not items:
            click.echo("the review queue is empty")
            return
        known, done = _known_types(), 0
        for n, item in enumerate(items, 1):
            _render(show(store, item, around), n, len(items))
            if item.is_message:
                key = click.prompt("redact the [w]hole message, mark the [p]arts, [n]othing "
                                   "personal, [s]kip, [q]uit",
                                   type=click.Choice(["w", "p", "n", "s", "q"]))  # fmt: skip
            else:
                key = click.prompt("[c]onfirm [r]eject re[t]ype [s]kip [q]uit",
                                   type=click.Choice(["c", "r", "t", "s", "q"]))  # fmt: skip
            if key == "q":
                break
            if key == "s":
                continue
            decision = (_MESSAGE_KEYS if item.is_message else _KEYS)[key]
            new_type, spans = None, []
            if key in ("t", "w"):
                new_type = click.prompt("type" if key == "w" else "new type",
                                        type=click.Choice(known))  # fmt: skip
            if key == "p":
                spans = _ask_spans(known)
                if not spans:
                    click.echo(f"item {item.id}: no parts marked, skipped")
                    continue
            try:
                seq = record_decision(store, rules, item.id, decision, reviewer, new_type,
                                      known_types=known, spans=spans)  # fmt: skip
            except ReviewFileError as e:  # a part that is not in the message: nothing recorded
                click.echo(f"{e}; skipped")
                continue
            done += 1
            click.echo(f"item {item.id}: {decision}{' as ' + new_type if new_type else ''} "
                       f"(audit event {seq})")  # fmt: skip
        click.echo(f"{done} decided; reviewed rules in {rules.path}")


def _ask_spans(known: list[str]) -> list[dict[str, str]]:
    """Parts of a message to redact, each typed as shown and given a type; an empty line ends."""
    spans: list[dict[str, str]] = []
    while True:
        text = click.prompt("part to redact, exactly as shown (empty: done)", default="",
                            show_default=False)  # fmt: skip
        if not text:
            return spans
        spans.append({"text": text, "type": click.prompt("its type", type=click.Choice(known))})


@review.command("decide")
@click.argument("item", type=int)
@click.argument("decision", type=click.Choice(["confirm", "reject", "retype", "redact_message",
                                               "redact_spans", "nothing_personal"]))  # fmt: skip
@db_option
@reviewed_option
@reviewer_option
@click.option(
    "--type",
    "new_type",
    metavar="TYPE",
    help="retype: the new type; redact_message: the whole message's type.",
)
@click.option(
    "--span",
    "spans",
    multiple=True,
    metavar="START:END:TYPE",
    help="redact_spans: a span of the message's text to redact (repeat).",
)
def decide(item: int, decision: str, db: str, reviewed: str | None, reviewer: str,
           new_type: str | None, spans: tuple[str, ...]) -> None:  # fmt: skip
    """Decide one item without the terminal flow. A finding: confirm, reject or retype
    (--type). A message: redact_message (--type), redact_spans (--span START:END:TYPE,
    offsets into its text, as `review export` shows it) or nothing_personal."""
    from privacyguard.act.review import record_decision

    given = []
    for span in spans:
        start, _, rest = span.partition(":")
        end, _, etype = rest.partition(":")
        if not (start.isdigit() and end.isdigit() and etype):
            raise click.BadParameter(f"{span!r} is not START:END:TYPE", param_hint="--span")
        given.append({"start": int(start), "end": int(end), "type": etype})
    store, rules = _open(db, reviewed)
    with store:
        seq = record_decision(store, rules, item, decision, reviewer, new_type,
                              known_types=_known_types(), spans=given)  # fmt: skip
    click.echo(f"item {item}: {decision}{' as ' + new_type if new_type else ''} "
               f"(audit event {seq}); reviewed rules in {rules.path}")  # fmt: skip


@review.command("export")
@db_option
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The JSON file to write (it holds message texts: readable by you only).",
)
@around_option
def export(db: str, output: str, around: int) -> None:
    """Write the undecided items, with their messages, to a JSON file to review elsewhere;
    fill in each item's decision (a finding: confirm, reject, retype with new_type; a
    message: redact_message with new_type, redact_spans with spans, nothing_personal) and
    `review import` it."""
    from privacyguard.act.review import export_queue
    from privacyguard.store import open_store

    with open_store(db) as store:
        n = export_queue(store, output, around)
    click.echo(f"{n} items written to {output}")


@review.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@db_option
@reviewed_option
@reviewer_option
def import_(file: str, db: str, reviewed: str | None, reviewer: str) -> None:
    """Record the decisions filled in a `review export` file (an item's own "reviewer"
    overrides --reviewer)."""
    from privacyguard.act.review import import_decisions

    store, rules = _open(db, reviewed)
    with store:
        got = import_decisions(store, rules, file, reviewer, _known_types())
    click.echo(f"{got['decided']} decisions recorded, {got['left']} items left undecided; "
               f"reviewed rules in {rules.path}")  # fmt: skip
