"""The privacyguard command line: thin click commands over the library.

Exit codes (docs/exit-codes.md): 0 fine; 1 findings or changes flagged where asked
(--fail-on-findings, nothing matched); 2 bad input, bad configuration or usage (after
everything readable was processed), a store that is not there; 3 another run holds the lock;
4 the store is unreachable or failed; 5 a file could not be written or read (disk full, no
permission, read-only file system); 70 an internal error (a bug).

Every fault is one line on stderr, caught in one place (:meth:`LazyGroup.invoke`); the
line never quotes an exception's text that could hold input. ``-vv`` or ``--debug`` adds the
traceback.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from privacyguard.errors import (
    EXIT_BAD_INPUT,
    EXIT_BUSY,
    EXIT_FLAGGED,
    EXIT_INTERNAL,
    EXIT_IO,
    EXIT_STORE,
    ConfigError,
    PrivacyGuardError,
    one_line,
)

__all__ = ["EXIT_BAD_INPUT", "EXIT_BUSY", "EXIT_FLAGGED", "EXIT_INTERNAL", "EXIT_IO",
           "EXIT_STORE", "cli", "handle_errors", "report_fault"]  # fmt: skip
MAX_PROBLEM_LINES = 50  # of a configuration error; the count says how many there were


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Kept for the commands' decorators: every fault is caught in :meth:`LazyGroup.invoke`."""
    return fn


def report_fault(exc: BaseException, traceback: bool = False) -> int:
    """Print one line on ``exc`` to stderr and return its exit code. Only privacyguard's own
    messages are printed (they name no personal data); other exceptions by their kind and
    where they happened, since their text may quote the input."""
    import errno

    if traceback:
        import traceback as tb

        click.echo("".join(tb.format_exception(type(exc), exc, exc.__traceback__)), err=True)
    if isinstance(exc, ConfigError):
        lines = [one_line(line) for line in e_lines(exc.render())]
        if len(lines) > MAX_PROBLEM_LINES + 1:
            lines = [*lines[:MAX_PROBLEM_LINES], f"… {len(lines) - MAX_PROBLEM_LINES - 1} more "
                     "problems left out", lines[-1]]  # fmt: skip
        click.echo("\n".join(lines), err=True)
        return exc.exit_code
    if isinstance(exc, PrivacyGuardError):
        click.echo(f"error: {one_line(str(exc))}", err=True)
        return exc.exit_code
    if isinstance(exc, OSError):
        what = f" {one_line(str(exc.filename), 300)}" if exc.filename else ""
        why = exc.strerror or type(exc).__name__
        hint = {
            errno.ENOSPC: "free some space and run again",
            errno.EDQUOT: "free some space and run again",
            errno.EROFS: "write to a writable folder",
            errno.EACCES: "check the permissions or write elsewhere",
            errno.EPERM: "check the permissions or write elsewhere",
        }.get(exc.errno or 0, "check the path and run again")
        click.echo(f"error: cannot write or read{what}: {why}; {hint} (files "
                   "are written atomically: no half-written file was left)", err=True)  # fmt: skip
        return EXIT_IO
    if isinstance(exc, RecursionError):
        click.echo("error: the input is nested too deeply to read (Python's recursion limit); "
                   "nothing was written", err=True)  # fmt: skip
        return EXIT_BAD_INPUT
    if isinstance(exc, MemoryError):
        click.echo("error: out of memory; lower the input limits (docs/limits.md), split the "
                   "input or give the process more memory", err=True)  # fmt: skip
        return EXIT_BAD_INPUT
    db_error = _database_error(exc)
    if db_error is not None:
        click.echo(f"error: {db_error}", err=True)
        return EXIT_STORE
    click.echo(f"internal error: {type(exc).__name__} at {_where(exc)}; this is a bug, please "
               "report it with the output of the same command run with -vv", err=True)  # fmt: skip
    return EXIT_INTERNAL


@contextlib.contextmanager
def naming(path: object) -> Iterator[None]:
    """An OSError that names no file (a full disk on write) names ``path``, for the line
    :func:`report_fault` prints; the error itself is not caught here."""
    try:
        yield
    except OSError as e:
        if not e.filename and not isinstance(e, BrokenPipeError):
            e.filename = str(path)
        raise


def e_lines(text: str) -> list[str]:
    return text.splitlines() or [""]


def _database_error(exc: BaseException) -> str | None:
    """A SQLAlchemy error that escaped a store's wrapper (a SQL source, say), described
    without its statement's values."""
    sa = sys.modules.get("sqlalchemy.exc")
    if sa is None or not isinstance(exc, sa.SQLAlchemyError):
        return None
    from privacyguard.store.sql import db_error_detail

    return one_line(f"a database operation failed ({db_error_detail(exc)}); nothing of the "
                    "failed step was committed")  # fmt: skip


def _where(exc: BaseException) -> str:
    """file:line of the innermost frame of privacyguard's own code (else the last frame)."""
    import traceback as tb

    frames = tb.extract_tb(exc.__traceback__)
    own = [f for f in frames if "privacyguard" in f.filename] or frames
    if not own:
        return "(unknown)"
    f = own[-1]
    return f"{f.filename.rsplit('privacyguard/', 1)[-1]}:{f.lineno}"


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

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; any fault becomes one line and its exit code (see the module)."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except (SystemExit, KeyboardInterrupt, GeneratorExit):
            raise
        except BrokenPipeError:
            raise  # click's main() ends a broken pipe quietly
        except Exception as exc:  # noqa: BLE001 - the one place every fault is reported
            debug = (ctx.params.get("verbose") or 0) >= 2 or bool(ctx.params.get("debug"))
            ctx.exit(report_fault(exc, traceback=debug))

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
    "spark": "privacyguard.cli.spark:spark",
    "keys": "privacyguard.cli.keys:keys",
    "review": "privacyguard.cli.review:review",
}


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(package_name="privacyguard")
@click.option("-v", "--verbose", count=True,
              help="More log output on stderr (-vv: debug, and a traceback with any error).")
@click.option("--debug", is_flag=True, help="A traceback with any error (without -vv's log).")
def cli(verbose: int, debug: bool) -> None:
    """Find, redact and expire personal data in customer-service chat transcripts."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # every run that appended audit events anchors the chain's head outside the store
    if _ANCHOR in sys.modules:  # (library calls before this command are not its business)
        sys.modules[_ANCHOR].forget_pending()
    click.get_current_context().call_on_close(functools.partial(_anchor_audit_heads, verbose))


_ANCHOR = "privacyguard.store.anchor"


def _anchor_audit_heads(verbose: int) -> None:
    if _ANCHOR in sys.modules:  # else nothing was appended
        from privacyguard.cli.audit import anchor_after_run

        anchor_after_run(verbose > 0)
