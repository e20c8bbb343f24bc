"""`privacyguard keys rotate`: master key rotation for the subject keys of a store
(crypto-shredding, docs/crypto-shredding.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from privacyguard.cli import handle_errors
from privacyguard.cli.store import _now, db_option, operator_option


@click.group()
def keys() -> None:
    """The master key of the store's subject keys."""


@keys.command("rotate")
@click.option("--old-key-file", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The master key the subject keys are wrapped with now.")
@click.option("--new-key-file", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The new master key (`privacyguard policy keygen FILE` makes one).")
@db_option
@operator_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@handle_errors
def keys_rotate(old_key_file: Path, new_key_file: Path, db: str, operator: str,
                as_json: bool) -> None:  # fmt: skip
    """Re-wrap every live subject key under the new master key, in one transaction,
    audited. Values encrypted before, exports included, then re-identify with the new key;
    the old key opens nothing. Destroyed keys stay destroyed."""
    from privacyguard.keys import load_key
    from privacyguard.store import open_store
    from privacyguard.store.subject_keys import rotate_master

    old = load_key(old_key_file, needed_for="the master key the subject keys are wrapped with",
                   check=False)  # fmt: skip
    new = load_key(new_key_file, needed_for="the new master key")
    if old.derive("subject-keys/wrap.v1") == new.derive("subject-keys/wrap.v1"):
        raise click.UsageError("the old and the new key are the same key")
    done = rotate_master(open_store(db, create=False), old, new, operator=operator, now=_now())
    if as_json:
        click.echo(json.dumps(done, sort_keys=True))
    else:
        click.echo(f"re-wrapped {done['rewrapped']} subject keys under the new master key "
                   f"({done['destroyed_untouched']} destroyed keys stay destroyed); "
                   f"audit event {done['audit_seq']}")
