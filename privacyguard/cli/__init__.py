"""The privacyguard command line: thin click commands over the library.

Exit codes: 0 fine; 1 findings or changes flagged where asked (--fail-on-findings);
2 bad input, bad configuration or usage (after everything readable was processed).
"""

from __future__ import annotations

import functools
import logging
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


@click.group()
@click.version_option(package_name="privacyguard")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Find, redact and expire personal data in customer-service chat transcripts."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


from privacyguard.cli import rules as _rules  # noqa: E402
from privacyguard.cli import scan as _scan  # noqa: E402

cli.add_command(_scan.scan)
cli.add_command(_rules.rules)

from privacyguard.cli import policy as _policy  # noqa: E402
from privacyguard.cli import redact as _redact  # noqa: E402

cli.add_command(_redact.redact)
cli.add_command(_redact.reidentify)
cli.add_command(_policy.policy)

from privacyguard.cli import store as _store  # noqa: E402

cli.add_command(_store.db)
cli.add_command(_store.import_)
cli.add_command(_store.retention)
cli.add_command(_store.hold)
cli.add_command(_store.audit_log)
from privacyguard.cli.policy_watch import policy_watch as _policy_watch  # noqa: E402

cli.add_command(_policy_watch)
from privacyguard.cli.audit import audit as _audit  # noqa: E402

cli.add_command(_audit)
from privacyguard.cli.subject import subject as _subject  # noqa: E402

cli.add_command(_subject)
