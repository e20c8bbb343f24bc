"""One hierarchy for everything privacyguard raises on purpose."""

from __future__ import annotations

from collections.abc import Sequence

from privacyguard.models import SourceLocation


class PrivacyGuardError(Exception):
    """Base class: the CLI turns these into a clear message and exit code 2."""


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
