"""One hierarchy for everything privacyguard raises on purpose, and the exit codes.

Every error the command line reports is one line on stderr (a configuration error: one line
per problem) and one of these exit codes (docs/exit-codes.md):

0 fine; 1 flagged (findings with --fail-on-findings, nothing matched, a hold kept something);
2 bad input, configuration or usage (after everything readable was processed); 3 another
run holds the lock; 4 the store is unreachable or failed; 5 a file could not be written or
read (disk full, no permission, read-only file system); 70 an internal error (a bug: the
line names where; -vv shows the traceback).
"""

from __future__ import annotations

from collections.abc import Sequence

from privacyguard.models import SourceLocation

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_BAD_INPUT = 2
EXIT_BUSY = 3
EXIT_STORE = 4
EXIT_IO = 5
EXIT_INTERNAL = 70  # sysexits.h EX_SOFTWARE
#: the longest error line the command line prints (an error may quote a long input)
MAX_LINE = 400


def one_line(text: str, width: int = MAX_LINE) -> str:
    """``text`` on one line of at most ``width`` characters (newlines and runs of spaces
    folded, the rest cut with "…" and how much was left out)."""
    flat = " ".join(str(text).split())
    if len(flat) <= width:
        return flat
    cut = f"… ({len(flat) - width} more characters)"
    return flat[: max(0, width - len(cut))] + cut


class PrivacyGuardError(Exception):
    """Base class: the CLI turns these into one clear line and :attr:`exit_code`."""

    exit_code = EXIT_BAD_INPUT


class ConfigError(PrivacyGuardError):
    """A rules or policy file is invalid; carries every problem found, each with its location."""

    def __init__(self, problems: Sequence[tuple[SourceLocation, str]]):
        self.problems = list(problems)
        super().__init__(self.render())

    def render(self) -> str:
        lines = [f"{loc}: {msg}" for loc, msg in self.problems]
        files = len({loc.file for loc, _ in self.problems})
        n = len(self.problems)
        lines.append(f"{n} error{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}")
        return "\n".join(lines)


class OutputError(PrivacyGuardError):
    """A file or folder could not be written (disk full, no permission, read-only)."""

    exit_code = EXIT_IO


class InputFormatError(PrivacyGuardError):
    """Input that cannot be read at all (as opposed to one bad record, which is an InputProblem)."""

    def __init__(self, location: SourceLocation, reason: str):
        self.location = location
        self.reason = reason
        super().__init__(f"{location}: {reason}")


class UnknownNameError(PrivacyGuardError):
    """A name that no registry knows, with the closest match."""

    def __init__(self, registry: str, name: str, available: Sequence[str]):
        import difflib

        self.registry, self.name, self.available = registry, name, sorted(available)
        close = difflib.get_close_matches(name, self.available, n=1)
        hint = (
            f"; did you mean '{close[0]}'?"
            if close
            else f"; available: {', '.join(self.available)}"
        )
        super().__init__(f"unknown {registry} '{name}'{hint}")


#: SQLSTATE classes whose PostgreSQL messages may quote a value (22: data exceptions)
_VALUE_QUOTING = ("22",)


def db_error_detail(exc: BaseException) -> str:
    """The error class, SQLSTATE and the database's own primary message when that cannot
    quote a value: never SQLAlchemy's text (it holds the statement and its parameters)."""
    orig = getattr(exc, "orig", None) or exc
    kind = type(orig).__name__
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    diag = getattr(orig, "diag", None)
    if diag is not None:  # PostgreSQL (psycopg): the primary message has no DETAIL lines
        primary = getattr(diag, "message_primary", None) or ""
        if state and str(state)[:2] in _VALUE_QUOTING:
            primary = ""
    elif isinstance(orig, UnicodeError):
        primary = "a text holds characters the database cannot store"
    else:  # SQLite's own messages name tables and columns, not values
        primary = str(orig).splitlines()[0] if str(orig) else ""
    return kind + (f" SQLSTATE {state}" if state else "") + (f": {primary}" if primary else "")
