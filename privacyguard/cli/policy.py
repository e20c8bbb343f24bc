"""privacyguard policy check | show | operators | keygen"""

from __future__ import annotations

from pathlib import Path

import click

from privacyguard.cli import handle_errors


@click.group()
def policy() -> None:
    """Validate and show redaction and retention policies (policies/*.yaml)."""


def _load(path: str | None, rules_path: Path | None):
    from privacyguard.config.policy import load_policy
    from privacyguard.config.rules import load_rules

    return load_policy(path, load_rules(rules_path).entity_types)


rules_option = click.option(
    "--rules",
    "rules_path",
    type=click.Path(exists=True, path_type=Path),
    help="Rules directory or file (entity types it declares may be named).",
)


@policy.command("check")
@click.argument("path", metavar="FILE|NAME", required=False)
@rules_option
@handle_errors
def check(path: str | None, rules_path: Path | None) -> None:
    """Validate a policy without running anything (default: gdpr-default).

    Errors are printed as FILE:LINE:COLUMN: message, one per line; exit 2 if any.
    """
    p = _load(path, rules_path)
    keyed = sorted({r.operator for r in p.keyed_rules()})
    ops = sorted({r.operator for r in p.rules.values()} | {p.default.operator})
    click.echo(
        f"ok: {p.file}: policy {p.name}, {len(p.rules)} entity types, "
        f"{len(p.categories)} categories, operators {', '.join(ops)}; on_error {p.on_error}; "
        + (f"needs a key ({', '.join(keyed)})" if keyed else "needs no key")
    )


@policy.command("show")
@click.argument("path", metavar="FILE|NAME", required=False)
@rules_option
@handle_errors
def show(path: str | None, rules_path: Path | None) -> None:
    """One line per entity type: operator, retention, legal basis and the rule's line."""
    p = _load(path, rules_path)
    for etype, r in [*p.rules.items(), ("(other)", p.default)]:
        keep = f"{r.keep_for} from {r.counted_from}" if r.keep_for else "no period"
        click.echo(f"{etype:18} {r.operator:14} {keep:38} {r.cite}  {r.legal_basis or '-'}")
    if p.conversations:
        c = p.conversations
        click.echo(f"{'(conversations)':18} {'':14} {f'{c.keep_for} from {c.counted_from}':38} "
                   f"{c.location.file}:{c.location.line}  {c.legal_basis or '-'}")  # fmt: skip


@policy.command("operators")
def list_operators() -> None:
    """The registered operators a policy can name, with what they do."""
    from privacyguard.operators import get_operator, operator_names

    for name in operator_names():
        op = get_operator(name)
        doc = (type(op).__doc__ or "").strip().splitlines()[0]
        params = ", ".join(type(op).Params.model_fields) or "-"
        click.echo(f"{name:14} {doc}  [params: {params}]")


@policy.command("keygen")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@handle_errors
def keygen(path: Path) -> None:
    """Write a new random key to a new file PATH (mode 600; never overwritten).

    Use it with --key-file PATH, or export its content as PRIVACYGUARD_KEY. The key is not
    printed.
    """
    from privacyguard.keys import generate_key_file

    click.echo(f"wrote a new key to {generate_key_file(path)}", err=True)
