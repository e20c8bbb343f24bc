"""privacyguard scan"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_FLAGGED, handle_errors
from privacyguard.ingest import reader_names

PREVIEWS = 10


@click.command()
@click.argument("source", default="-")
@click.option(
    "--jsonl", "as_jsonl", is_flag=True, help="One JSON line per finding (the findings contract)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(reader_names()),
    help="Input format (default: sniffed).",
)
@click.option(
    "--rules",
    "rules_path",
    type=click.Path(exists=True, path_type=Path),
    help="Rules directory or file.",
)
@click.option("--fail-on-findings", is_flag=True, help="Exit 1 when anything is found.")
@handle_errors
def scan(
    source: str, as_jsonl: bool, fmt: str | None, rules_path: Path | None, fail_on_findings: bool
) -> None:
    """Find personal data in SOURCE (a JSONL or text file, or - for stdin).

    JSONL lines are {"id", "text", "lang"?, "conversation_id"?}; in a text file every
    line is a message. With --jsonl, prints one line per finding:
    {"message_id", "entity_type", "start", "end", "score", "recognizer", "explanation"}.
    Lines that cannot be read are reported on stderr with their line number, the rest is
    still scanned, and the exit code is 2.
    """  # noqa: D301
    from privacyguard.ingest import read
    from privacyguard.models import InputProblem
    from privacyguard.pipeline import detector_for, scan_stream

    detector = detector_for(str(rules_path) if rules_path else None)
    by_type: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    messages_by_lang: Counter[str] = Counter()
    previews: list[str] = []
    problems = scanned = 0
    out = sys.stdout
    for item in scan_stream(read(source, fmt), detector):
        if isinstance(item, InputProblem):
            problems += 1
            click.echo(f"{item.location}: {item.reason}", err=True)
            continue
        scanned += 1
        messages_by_lang[item.lang] += 1
        for f in item.findings:
            by_type[f.entity_type] += 1
            by_lang[item.lang] += 1
            if as_jsonl:
                out.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")
        if not as_jsonl and item.findings and len(previews) < PREVIEWS:
            previews.append(
                f"  {item.message.id} [{item.lang}] {masked(item.message.text, item.findings)}"
            )
    total = sum(by_type.values())
    if not as_jsonl:
        click.echo(f"{scanned} messages scanned, {total} findings")
        if by_type:
            click.echo("by entity type:")
            for name, n in by_type.most_common():
                click.echo(f"  {name:18} {n}")
        click.echo("by language (messages / findings):")
        for lang, n in messages_by_lang.most_common():
            click.echo(f"  {lang:4} {n:6} / {by_lang[lang]}")
        if previews:
            click.echo("previews (values masked):")
            click.echo("\n".join(previews))
    if problems:
        click.echo(f"{problems} record(s) could not be scanned; see the lines above", err=True)
        raise SystemExit(EXIT_BAD_INPUT)
    if fail_on_findings and total:
        raise SystemExit(EXIT_FLAGGED)


def masked(text: str, findings: list, width: int = 160) -> str:  # type: ignore[type-arg]
    """The message with every finding replaced by <ENTITY_TYPE>, cut to `width`."""
    parts, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        parts.append(text[pos : f.start])
        parts.append(f"<{f.entity_type}>")
        pos = f.end
    parts.append(text[pos:])
    flat = " ".join("".join(parts).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
