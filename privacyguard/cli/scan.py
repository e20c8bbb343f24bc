"""privacyguard scan; and the options and progress bars that scan, redact and import share."""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from privacyguard.cli import EXIT_BAD_INPUT, EXIT_FLAGGED, handle_errors, workers_option
from privacyguard.ingest import reader_names

#: one encoder for every finding (json.dumps with options builds a new one per call)
_to_json_line = json.JSONEncoder(ensure_ascii=False).encode

if TYPE_CHECKING:
    from privacyguard.ingest.options import ReaderOptions
    from privacyguard.models import Finding

PREVIEWS = 10
ALL_TEXT_HELP = "CSV/JSONL/SQL: scan every text column, not only the mapped ones."
#: what a progress stage counts (the library names the stage)
UNITS = {"expiring": " actions", "writing": " messages", "redacting": " lines"}


def reader_options(all_text_help: str = ALL_TEXT_HELP) -> Callable[[Any], Any]:
    """The reader options as click options, handed to the command as one ``reader_options``
    (a :class:`~privacyguard.ingest.options.ReaderOptions`, which checks them: the messages
    are the library's). Shared by scan, redact and import."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            from privacyguard.ingest.options import ReaderOptions

            given = {name: kwargs.pop(name) for name in _READER_PARAMS}
            kwargs["reader_options"] = ReaderOptions(**given)
            return fn(*args, **kwargs)

        for option in reversed(_reader_option_list(all_text_help)):
            wrapper = option(wrapper)
        return wrapper

    return decorate


_READER_PARAMS = ("timezone", "date_order", "encoding", "delimiter", "columns", "text_columns",
                  "all_text_columns", "table", "query")  # fmt: skip


def _reader_option_list(all_text_help: str) -> list[Callable[[Any], Any]]:
    return [
        click.option(
            "--timezone",
            metavar="TZ",
            help="IANA zone of the exporting device, for local times (WhatsApp, Telegram, "
            "CSV); default UTC.",
        ),
        click.option(
            "--date-order",
            type=click.Choice(["dmy", "mdy", "ymd"], case_sensitive=False),
            help="Day/month order when the file does not decide it (WhatsApp, CSV).",
        ),
        click.option(
            "--encoding",
            metavar="NAME",
            help="Force the CSV/JSONL/text encoding (default: BOM, UTF-8, cp1252).",
        ),
        click.option(
            "--delimiter", metavar="CHAR", help="Force the CSV delimiter (one character, or 'tab')."
        ),
        click.option(
            "--columns",
            multiple=True,
            metavar="ROLE=COL,...",
            help="CSV/JSONL/SQL column mapping, e.g. id=Ticket,text=Body,timestamp=Created. "
            "Roles: id, text, conversation, sender, role, timestamp, lang.",
        ),
        click.option(
            "--text-column",
            "text_columns",
            multiple=True,
            metavar="COL",
            help="A further CSV/JSONL/SQL column with free text to scan (repeatable).",
        ),
        click.option("--all-text-columns", is_flag=True, help=all_text_help),
        click.option("--table", metavar="NAME", help="SQL URL sources: the table to read."),
        click.option(
            "--query",
            metavar="SELECT",
            help="SQL URL sources: a SELECT to read instead of a table.",
        ),
    ]


no_progress_option = click.option(
    "--no-progress", is_flag=True, help="No progress bar (it is only shown on a terminal)."
)


def stderr_is_terminal() -> bool:
    """Whether stderr is a terminal (not a pipe, a file or a CI log)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressBars:
    """The library's ``progress(stage, done, total)`` drawn as a tqdm bar on stderr (one per
    stage, with the total and rate where known), or nothing at all when off. Use
    :meth:`on_stderr`: on only when stderr is a terminal and --no-progress is not given, so
    piped output and CI logs never get bar lines. Never writes to stdout."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.stage = ""
        self.bar: Any = None

    @classmethod
    def on_stderr(cls, no_progress: bool) -> ProgressBars:
        return cls(enabled=not no_progress and stderr_is_terminal())

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        if stage != self.stage or self.bar is None:
            self.close()
            from tqdm import tqdm

            self.stage = stage
            self.bar = tqdm(desc=stage, total=total, unit=UNITS.get(stage, " records"),
                            file=sys.stderr, mininterval=0.5, leave=False)  # fmt: skip
        if total is not None and self.bar.total != total:
            self.bar.total = total
        self.bar.update(done - self.bar.n)

    def say(self, line: str) -> None:
        """A line on stderr, above the bar rather than through it."""
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> ProgressBars:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
    help="Rules directory or file (default: $PRIVACYGUARD_RULES, else the shipped rules).",
)
@click.option("--fail-on-findings", is_flag=True, help="Exit 1 when anything is found.")
@reader_options()
@no_progress_option
@workers_option
@handle_errors
def scan(
    source: str,
    as_jsonl: bool,
    fmt: str | None,
    rules_path: Path | None,
    fail_on_findings: bool,
    reader_options: ReaderOptions,
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
    from privacyguard.models import InputProblem
    from privacyguard.pipeline import NOT_READ, scan_source

    previews: list[str] = []
    out = sys.stdout
    with ProgressBars.on_stderr(no_progress) as bars:
        run = scan_source(source, fmt, reader_options, rules=rules_path, workers=workers,
                          progress=bars)  # fmt: skip
        for item in run:
            if isinstance(item, InputProblem):
                bars.say(f"{item.location}: {item.reason}")
                continue
            if as_jsonl:
                for f in item.findings:
                    out.write(_to_json_line(f.to_json()) + "\n")
                continue
            in_text = [f for f in item.findings if f.field == "text"]  # not sender, headers
            if in_text and len(previews) < PREVIEWS:
                previews.append(
                    f"  {item.message.id} [{item.lang}] {masked(item.message.text, in_text)}"
                )
    if not as_jsonl:
        click.echo(f"{run.scanned} messages scanned, {run.findings} findings")
        if run.per_format:
            click.echo("by format (records read / could not be read):")
            for name, (ok, bad) in sorted(run.per_format.items(), key=lambda x: x[0] == NOT_READ):
                click.echo(f"  {name:20} {ok:8,} / {bad:,}")
        if run.by_type:
            click.echo("by entity type:")
            for name, n in run.by_type.most_common():
                click.echo(f"  {name:18} {n}")
        click.echo("by language (messages / findings):")
        for lang, n in run.messages_by_lang.most_common():
            click.echo(f"  {lang:4} {n:6} / {run.by_lang[lang]}")
        if previews:
            click.echo("previews (values masked):")
            click.echo("\n".join(previews))
    if run.problems:
        click.echo(f"{run.problems} record(s) could not be scanned; see the lines above", err=True)
        raise SystemExit(EXIT_BAD_INPUT)
    if fail_on_findings and run.findings:
        raise SystemExit(EXIT_FLAGGED)


def masked(text: str, findings: list[Finding], width: int = 160) -> str:
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
