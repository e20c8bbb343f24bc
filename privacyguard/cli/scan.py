"""privacyguard scan"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_FLAGGED, handle_errors, workers_option
from privacyguard.ingest import reader_names

PREVIEWS = 10
NOT_READ = "(other files)"  # problems about files that no reader read


@click.command()
@click.argument("source", default="-")
@click.option(
    "--jsonl", "as_jsonl", is_flag=True, help="One JSON line per finding (the findings contract)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(reader_names()),
    help="Input format (default: sniffed per file).",
)
@click.option(
    "--rules",
    "rules_path",
    type=click.Path(exists=True, path_type=Path),
    help="Rules directory or file.",
)
@click.option("--fail-on-findings", is_flag=True, help="Exit 1 when anything is found.")
@click.option(
    "--timezone",
    metavar="TZ",
    help="IANA zone of the exporting device, for local times (WhatsApp, Telegram, CSV); "
    "default UTC.",
)
@click.option(
    "--date-order",
    type=click.Choice(["dmy", "mdy", "ymd"], case_sensitive=False),
    help="Day/month order when the file does not decide it (WhatsApp, CSV).",
)
@click.option(
    "--encoding",
    metavar="NAME",
    help="Force the CSV/JSONL/text encoding (default: BOM, UTF-8, cp1252).",
)
@click.option(
    "--delimiter", metavar="CHAR", help="Force the CSV delimiter (one character, or 'tab')."
)
@click.option(
    "--columns",
    multiple=True,
    metavar="ROLE=COL,...",
    help="CSV/JSONL/SQL column mapping, e.g. id=Ticket,text=Body,timestamp=Created. Roles: "
    "id, text, conversation, sender, role, timestamp, lang.",
)
@click.option(
    "--text-column",
    "text_columns",
    multiple=True,
    metavar="COL",
    help="A further CSV/JSONL/SQL column with free text to scan (repeatable).",
)
@click.option(
    "--all-text-columns",
    is_flag=True,
    help="CSV/JSONL/SQL: scan every text column, not only the mapped ones.",
)
@click.option("--table", metavar="NAME", help="SQL URL sources: the table to read.")
@click.option(
    "--query", metavar="SELECT", help="SQL URL sources: a SELECT to read instead of a table."
)
@click.option(
    "--no-progress", is_flag=True, help="No progress bar (it is only shown on a terminal)."
)
@workers_option
@handle_errors
def scan(
    source: str,
    as_jsonl: bool,
    fmt: str | None,
    rules_path: Path | None,
    fail_on_findings: bool,
    timezone: str | None,
    date_order: str | None,
    encoding: str | None,
    delimiter: str | None,
    columns: tuple[str, ...],
    text_columns: tuple[str, ...],
    all_text_columns: bool,
    table: str | None,
    query: str | None,
    no_progress: bool,
    workers: int | None,
) -> None:
    """Find personal data in SOURCE: an export file, a folder or zip of exports, a SQLAlchemy
    URL (sqlite:///chats.db?table=messages), or - for stdin.

    Every file is sniffed and read by its reader (WhatsApp, Messenger/Instagram DYI,
    Telegram, X, Zendesk, Intercom, e-mail, CSV, JSONL; see --format). JSONL lines are
    {"id", "text", "lang"?, "conversation_id"?}; in a plain text file every line is a
    message. With --jsonl, prints one line per finding:
    {"message_id", "entity_type", "start", "end", "score", "recognizer", "explanation"}.
    Records that cannot be read are reported on stderr with their file:line or JSON path,
    the rest is still scanned, and the exit code is 2.
    """  # noqa: D301
    from privacyguard.config.rules import load_rules
    from privacyguard.ingest import read_by_format
    from privacyguard.ingest.limits import Limits
    from privacyguard.models import InputProblem
    from privacyguard.pipeline import scan_stream

    options = reader_options(
        source, timezone, date_order, encoding, delimiter, columns, text_columns, table, query
    )
    if all_text_columns:
        options["all_text_columns"] = True
    options["limits"] = Limits.from_settings(load_rules(rules_path).settings)
    per_format: dict[str, list[int]] = {}  # reader -> [records read, could not be read]
    by_type: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    messages_by_lang: Counter[str] = Counter()
    previews: list[str] = []
    problems = scanned = 0
    out = sys.stdout
    bar = progress_bar(enabled=not no_progress and sys.stderr.isatty())

    def say(line: str) -> None:
        if bar is not None:
            bar.write(line, file=sys.stderr)  # above the bar, not through it
        else:
            click.echo(line, err=True)

    records = counted(read_by_format(source, fmt, **options), per_format)
    try:
        for item in scan_stream(records, rules=rules_path, workers=workers):
            if bar is not None:
                bar.update(1)
            if isinstance(item, InputProblem):
                problems += 1
                say(f"{item.location}: {item.reason}")
                continue
            scanned += 1
            messages_by_lang[item.lang] += 1
            for f in item.findings:
                by_type[f.entity_type] += 1
                by_lang[item.lang] += 1
                if as_jsonl:
                    out.write(json.dumps(f.to_json(), ensure_ascii=False) + "\n")
            in_text = [f for f in item.findings if f.field == "text"]  # not sender, headers
            if not as_jsonl and in_text and len(previews) < PREVIEWS:
                previews.append(
                    f"  {item.message.id} [{item.lang}] {masked(item.message.text, in_text)}"
                )
    finally:
        if bar is not None:
            bar.close()
    total = sum(by_type.values())
    if not as_jsonl:
        click.echo(f"{scanned} messages scanned, {total} findings")
        if per_format:
            click.echo("by format (records read / could not be read):")
            for name, (ok, bad) in sorted(per_format.items(), key=lambda x: x[0] == NOT_READ):
                click.echo(f"  {name:20} {ok:8,} / {bad:,}")
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


def counted(tagged: Iterable[tuple[str, Any]], per_format: dict[str, list[int]]) -> Iterator[Any]:
    """The records, counted per reader as they pass: [read, could not be read]."""
    from privacyguard.models import InputProblem

    for name, rec in tagged:
        row = per_format.setdefault(name or NOT_READ, [0, 0])
        row[isinstance(rec, InputProblem)] += 1
        yield rec


def progress_bar(enabled: bool) -> Any:
    """A tqdm counter on stderr for long runs, or None (never on stdout, off when piped)."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(desc="scanning", unit=" records", file=sys.stderr, mininterval=0.5, leave=False)


def reader_options(
    source: str,
    timezone: str | None,
    date_order: str | None,
    encoding: str | None,
    delimiter: str | None,
    columns: tuple[str, ...],
    text_columns: tuple[str, ...],
    table: str | None,
    query: str | None,
) -> dict[str, Any]:
    """The ingest.read() options the command line gives, checked before anything is read."""
    import codecs
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from privacyguard.errors import InputFormatError, UnknownNameError
    from privacyguard.ingest.sniff import is_url
    from privacyguard.ingest.tabular import ROLES
    from privacyguard.models import SourceLocation

    def bad(option: str, reason: str) -> InputFormatError:
        return InputFormatError(SourceLocation(option), reason)

    opts: dict[str, Any] = {}
    if timezone is not None:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise bad(
                "--timezone", f"unknown time zone '{timezone}'; give an IANA name such as "
                "Europe/Oslo, Europe/Amsterdam or America/New_York"
            ) from None  # fmt: skip
        opts["timezone"] = timezone
    if date_order:
        opts["date_order"] = date_order.upper()
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise bad(
                "--encoding", f"unknown encoding '{encoding}'; try utf-8, cp1252 or latin-1"
            ) from None
        opts["encoding"] = encoding
    if delimiter is not None:
        d = {"tab": "\t", "\\t": "\t"}.get(delimiter.lower(), delimiter)
        if len(d) != 1:
            raise bad("--delimiter", f"must be one character (or 'tab'), got '{delimiter}'")
        opts["delimiter"] = d
    mapping: dict[str, str] = {}
    for pair in (p.strip() for arg in columns for p in arg.split(",")):
        role, eq, col = pair.partition("=")
        role, col = role.strip(), col.strip()
        if not eq or not role or not col:
            raise bad(
                "--columns", f"expected ROLE=COLUMN pairs separated by commas "
                f"(e.g. id=Ticket,text=Body), got '{pair}'"
            )  # fmt: skip
        if role not in ROLES:
            raise UnknownNameError("column role", role, ROLES)
        if role in mapping and mapping[role] != col:
            raise bad("--columns", f"role '{role}' is mapped twice ('{mapping[role]}', '{col}')")
        mapping[role] = col
    if mapping:
        opts["columns"] = mapping
    if text_columns:
        opts["text_columns"] = tuple(text_columns)
    if (table or query) and not is_url(source):
        raise bad(
            "--table" if table else "--query",
            "applies to SQL URL sources only, e.g. sqlite:///chats.db or postgresql://user@host/db",
        )
    if table:
        opts["table"] = table
    if query:
        opts["query"] = query
    return opts


def masked(text: str, findings: list, width: int = 160) -> str:  # type: ignore[type-arg]
    """The text with every finding in it replaced by <ENTITY_TYPE>, cut to `width`; findings
    in other fields (sender, headers) have offsets into those fields and are left out."""
    parts, pos = [], 0
    for f in sorted((f for f in findings if f.field == "text"), key=lambda f: f.start):
        parts.append(text[pos : f.start])
        parts.append(f"<{f.entity_type}>")
        pos = f.end
    parts.append(text[pos:])
    flat = " ".join("".join(parts).split())
    flat = re.sub("[\x00\ud800-\udfff]", "\ufffd", flat)  # printable: no NUL, no lone surrogate
    return flat if len(flat) <= width else flat[: width - 1] + "…"
