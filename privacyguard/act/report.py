"""What a redaction run changed, per entity type and rule; never the values themselves."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from privacyguard.act.redact import Edit
from privacyguard.models import InputProblem


@dataclass(frozen=True)
class Withheld:
    """A message that was not passed on in clear, and why (no content, only where)."""

    message_id: str
    where: str
    reason: str
    action: str  # withhold | redact_all


@dataclass
class RedactionReport:
    policy: str
    policy_file: str
    source: str = ""
    output: str = ""
    messages: int = 0
    messages_changed: int = 0
    #: (entity_type, rule, operator, where the rule is) -> spans changed (or kept)
    changes: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    kept: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    withheld: list[Withheld] = field(default_factory=list)
    not_read: list[InputProblem] = field(default_factory=list)
    files_withheld: list[str] = field(default_factory=list)
    #: parts of a source the output does not hold by design (a SQL file output: other
    #: tables, unmapped columns), so that nothing is left out silently
    left_out: list[str] = field(default_factory=list)
    #: CSV/TSV cells given a leading ' so that a spreadsheet does not run them as formulas
    csv_neutralised: int = 0

    def count(self, edits: list[Edit]) -> None:
        for e in edits:
            (self.kept if e.kept else self.changes)[
                (e.entity_type, e.rule, e.operator, e.cite)
            ] += 1

    def add_not_read(self, problems: list[InputProblem]) -> None:
        seen = {(str(p.location), p.reason) for p in self.not_read}
        for p in problems:
            if (str(p.location), p.reason) not in seen:
                seen.add((str(p.location), p.reason))
                self.not_read.append(p)

    @property
    def failed(self) -> bool:
        """Something was withheld or not read: the CLI exits 2 after writing the rest."""
        return bool(self.withheld or self.not_read)

    def to_json(self, names: str | None = None) -> dict[str, Any]:
        """The report as ``--report`` writes it. ``names`` ("path" or "digest"; what
        ``--report-names`` gives) adds the input files with their SHA-256 and, with
        "digest", names every file only by its content digest
        (:mod:`privacyguard.act.report_names`); None leaves the names as the readers show
        them and lists no files."""
        out = self._json()
        if names is not None:
            from privacyguard.act.report_names import NAMES, name_files

            if names not in NAMES:
                raise ValueError(f"names: expected one of {', '.join(NAMES)}, got {names!r}")
            name_files(out, names)
        return out

    def _json(self) -> dict[str, Any]:
        def rows(counter: Counter[tuple[str, str, str, str]]) -> list[dict[str, Any]]:
            return [
                {"entity_type": t, "rule": r, "operator": o, "where": w, "count": n}
                for (t, r, o, w), n in sorted(counter.items())
            ]

        return {
            "policy": self.policy,
            "policy_file": self.policy_file,
            "source": self.source,
            "output": self.output,
            "messages": self.messages,
            "messages_changed": self.messages_changed,
            "spans_changed": sum(self.changes.values()),
            "spans_kept": sum(self.kept.values()),
            "changes": rows(self.changes),
            "kept": rows(self.kept),
            "withheld": [dict(w.__dict__) for w in self.withheld],
            "not_read": [{"where": str(p.location), "reason": p.reason} for p in self.not_read],
            "files_withheld": self.files_withheld,
            "left_out": self.left_out,
            "csv_cells_neutralised": self.csv_neutralised,
        }

    def lines(self, problems_only: bool = False) -> list[str]:
        """The human summary (for stderr); with ``problems_only``, only what was withheld."""
        out = [
            f"{self.messages} messages, {self.messages_changed} changed, "
            f"{sum(self.changes.values())} spans replaced, {sum(self.kept.values())} kept; "
            f"policy {self.policy} ({self.policy_file})"
        ]
        if problems_only:
            out = []
        for title, counter in (("changed", self.changes), ("kept", self.kept)):
            if counter and not problems_only:
                out.append(f"{title} by entity type and rule:")
                for (t, r, o, cite), n in sorted(counter.items()):
                    out.append(f"  {t:18} {o:14} {r:32} {n:5}  {cite}")
        for w in self.withheld:
            what = "withheld" if w.action == "withhold" else "fully redacted"
            out.append(f"{w.where}: message {w.message_id} {what}: {w.reason}")
        for p in self.not_read:
            out.append(f"{p.location}: not read, withheld from the output: {p.reason}")
        if self.files_withheld:
            out.append(
                f"{len(self.files_withheld)} other file(s) not copied to the output "
                "(attachments or unknown files; --copy-other-files copies them)"
            )
        out += [f"not in the output: {what}" for what in self.left_out]
        if self.csv_neutralised and not problems_only:
            out.append(
                f"{self.csv_neutralised} CSV cell(s) that a spreadsheet would run as a formula "
                "got a leading ' (--no-csv-neutralise keeps them as they are)"
            )
        return out
