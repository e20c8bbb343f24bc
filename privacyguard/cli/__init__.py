"""The privacyguard command line: thin click commands over the library.

Exit codes: 0 fine; 1 findings or changes flagged where asked (--fail-on-findings);
2 bad input, bad configuration or usage (after everything readable was processed).
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
from collections.abc import Callable
from typing import Any

import click

from privacyguard.errors import ConfigError, PrivacyGuardError

EXIT_FLAGGED = 1
EXIT_BAD_INPUT = 2


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn privacyguard's own errors into a clear message and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as e:
            click.echo(e.render(), err=True)
            raise SystemExit(EXIT_BAD_INPUT) from None
        except PrivacyGuardError as e:
            click.echo(f"error: {e}", err=True)
            raise SystemExit(EXIT_BAD_INPUT) from None

    return wrapper


def workers_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--workers N: detection processes (None, the default, means one per core)."""
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        metavar="N",
        envvar="PRIVACYGUARD_WORKERS",
        help="Processes that detect in parallel (default: PRIVACYGUARD_WORKERS, else one per "
        "core); the output is the same for any N. 1 starts no worker processes.",
    )(fn)


class LazyGroup(click.Group):
    """A group whose subcommands are imported when used (click's "lazily loading
    subcommands" pattern): ``privacyguard scan`` does not import the store's commands."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy  # command name -> "module:attribute"

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            module, _, attr = self.lazy[cmd_name].partition(":")
            command = getattr(importlib.import_module(module), attr)
            if not isinstance(command, click.Command):
                raise TypeError(f"{self.lazy[cmd_name]} is not a click command")
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


COMMANDS = {
    "scan": "privacyguard.cli.scan:scan",
    "rules": "privacyguard.cli.rules:rules",
    "redact": "privacyguard.cli.redact:redact",
    "reidentify": "privacyguard.cli.redact:reidentify",
    "policy": "privacyguard.cli.policy:policy",
    "db": "privacyguard.cli.store:db",
    "import": "privacyguard.cli.store:import_",
    "retention": "privacyguard.cli.store:retention",
    "hold": "privacyguard.cli.store:hold",
    "audit-log": "privacyguard.cli.audit:audit_log",
    "policy-watch": "privacyguard.cli.policy_watch:policy_watch",
    "audit": "privacyguard.cli.audit:audit",
    "subject": "privacyguard.cli.subject:subject",
}


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(package_name="privacyguard")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Find, redact and expire personal data in customer-service chat transcripts."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # every run that appended audit events anchors the chain's head outside the store
    if _ANCHOR in sys.modules:  # (library calls before this command are not its business)
        sys.modules[_ANCHOR].forget_pending()
    click.get_current_context().call_on_close(functools.partial(_anchor_audit_heads, verbose))


_ANCHOR = "privacyguard.record.anchor"


def _anchor_audit_heads(verbose: int) -> None:
    if _ANCHOR in sys.modules:  # else nothing was appended
        from privacyguard.cli.audit import anchor_after_run

        anchor_after_run(verbose > 0)
