"""privacyguard redact | reidentify

Keys are read from an environment variable (--key-env, default PRIVACYGUARD_KEY) or a file
(--key-file); there is deliberately no option that takes the key itself, since command lines
end up in shell histories and process lists.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from privacyguard.cli import EXIT_BAD_INPUT, handle_errors, naming, workers_option
from privacyguard.cli.scan import ProgressBars, no_progress_option, reader_options
from privacyguard.ingest import reader_names

if TYPE_CHECKING:
    from privacyguard.ingest.options import ReaderOptions

KEY_ENV = "PRIVACYGUARD_KEY"  # privacyguard.act.keys.DEFAULT_KEY_ENV (not imported: fast --help)


def key_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--key-env",
        default=KEY_ENV,
        show_default=True,
        metavar="NAME",
        help="Environment variable that holds the key (for keyed operators).",
    )(fn)
    return click.option(
        "--key-file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="File that holds the key (instead of the environment variable).",
    )(fn)


def format_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(reader_names()),
        help="Input format (default: sniffed).",
    )(fn)


@click.command()
@click.argument("source")
@click.option(
    "-o", "--output", required=True, help="Where to write (same format); - for the JSONL stream."
)
@click.option(
    "--policy",
    "policy_path",
    metavar="FILE|NAME",
    help="Policy file, or a bundled policy's name (default: gdpr-default).",
)
@format_option
@click.option(
    "--rules",
    "rules_path",
    type=click.Path(exists=True, path_type=Path),
    help="Rules directory or file (default: $PRIVACYGUARD_RULES, else the shipped rules).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the report as JSON to this file, with every input file's SHA-256.",
)
@click.option(
    "--report-names",
    type=click.Choice(["path", "digest"]),
    default="path",
    show_default=True,
    help="How the --report file names input files: 'path' as given (a file name can be "
    "personal data: 'WhatsApp Chat with <name>.txt'), 'digest' only by a digest of the "
    "content, for a report handed on.",
)
@click.option(
    "--copy-other-files", is_flag=True, help="Copy attachments and unknown files unchanged."
)
@click.option("--no-csv-neutralise", "no_csv_neutralise", is_flag=True,
              help="CSV/TSV output: write cells that start with = + - @ (or a tab or CR) as "
              "they are. By default they get a leading ' so that a spreadsheet shows them "
              "as text and never runs them (CSV injection).")  # fmt: skip
@reader_options(
    all_text_help="CSV/JSONL/SQL: redact every text column; a SQL source written to a file keeps "
    "only the mapped columns otherwise."
)
@click.option("-q", "--quiet", is_flag=True, help="No report on stderr (problems still are).")
@key_options
@click.option("--subject-keys-db", metavar="URL",
              help="Encrypt under each data subject's key kept in this store, so that "
              "`subject erase` can shred it (docs/crypto-shredding.md).")
@no_progress_option
@workers_option
@handle_errors
def redact(
    source: str,
    output: str,
    policy_path: str | None,
    fmt: str | None,
    rules_path: Path | None,
    report_path: Path | None,
    report_names: str,
    copy_other_files: bool,
    no_csv_neutralise: bool,
    reader_options: ReaderOptions,
    quiet: bool,
    key_file: Path | None,
    key_env: str,
    subject_keys_db: str | None,
    no_progress: bool,
    workers: int | None,
) -> None:
    """Redact the personal data in SOURCE per a policy, writing OUTPUT in the same format.

    SOURCE is any export the readers know (a file, a folder, a zip or a SQL URL), read with
    the reader options of `scan` (--timezone, --columns, ...); the output is written
    atomically. With SOURCE - (and -o -) it is a filter: JSONL lines
    {"id", "text", ...} in, the same lines out with "text" (and "sender"/"author") redacted.

    A message that cannot be scanned or redacted is never written in clear: it is withheld
    or fully redacted (the policy's on_error). The report on stderr (and --report FILE) lists
    what was changed per entity type and rule, never the values. Exit 2 if any record was
    withheld or could not be read.

    --report FILE also lists every input file with its SHA-256 and size. It names files as
    given; a file name can be personal data (WhatsApp: "WhatsApp Chat with <name>.txt"), so
    for a report that is handed on use --report-names digest: files are then named only by
    a digest of their content (in locations, message ids and withheld files too), the
    output as <output>. Messages on stderr still name the files (they are for you).

    --workers N detects in N processes (default: one per core) with the same output; a JSONL
    stream from a pipe is answered batch by batch in one process.
    """
    from dataclasses import replace

    from privacyguard.pipeline import redact_source

    if report_path is None and report_names != "path":
        raise click.UsageError("--report-names needs --report FILE")

    # CSV outputs are neutralised unless told not to (the JSONL stream has no CSV output)
    neutralise = not no_csv_neutralise and "-" not in (source, output)
    options = replace(reader_options, copy_other_files=copy_other_files, csv_neutralise=neutralise)
    with naming(output), ProgressBars.on_stderr(no_progress) as bars:
        report = redact_source(source, output, fmt, options, policy=policy_path, rules=rules_path,
                               key_file=key_file, key_env=key_env, workers=workers,
                               progress=bars, say=bars.say,
                               subject_keys_db=subject_keys_db)  # fmt: skip
    if report_path is not None:
        from privacyguard.ingest.base import write_atomic

        written = report.to_json(names=report_names)
        write_atomic(report_path, json.dumps(written, indent=2, ensure_ascii=False) + "\n")
    for line in report.lines(problems_only=quiet):
        click.echo(line, err=True)
    if report.failed:
        sys.exit(EXIT_BAD_INPUT)


@click.command()
@click.argument("source")
@click.option("-o", "--output", required=True, help="Where to write (same format); - for stdout.")
@format_option
@key_options
@click.option("--db", metavar="URL",
              help="The store that holds the subject keys, for values encrypted under them.")
@handle_errors
def reidentify(
    source: str, output: str, fmt: str | None, key_file: Path | None, key_env: str,
    db: str | None,
) -> None:  # fmt: skip
    """Restore the values that encrypt.v1 replaced in SOURCE, for whoever holds the key.

    Writes OUTPUT in the same format (atomically); SOURCE - reads a JSONL stream. A token
    that does not decrypt with the key (wrong key, altered token) stops the run with exit 2
    and writes nothing. Prints how many values were restored, per entity type. Values
    encrypted under a data subject's key need --db; once `subject erase` destroyed that key
    they stay unrecoverable (exit 2, the key id and when it was destroyed are named).
    """
    from privacyguard.pipeline import reidentify_source

    counts = reidentify_source(source, output, fmt, key_file=key_file, key_env=key_env, db=db)
    detail = ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
    total = sum(counts.values())
    click.echo(
        f"restored {total} value{'s' if total != 1 else ''}" + (f" ({detail})" if detail else ""),
        err=True,
    )
