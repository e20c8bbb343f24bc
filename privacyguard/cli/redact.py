"""privacyguard redact | reidentify

Keys are read from an environment variable (--key-env, default PRIVACYGUARD_KEY) or a file
(--key-file); there is deliberately no option that takes the key itself, since command lines
end up in shell histories and process lists.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from privacyguard.cli import EXIT_BAD_INPUT, handle_errors, naming, workers_option
from privacyguard.cli.scan import ProgressBars, no_progress_option, reader_options
from privacyguard.errors import PrivacyGuardError
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


def _is_stream(source: str, output: str, fmt: str | None) -> bool:
    if source == "-":
        return True
    if output == "-":
        if fmt == "jsonl" or (fmt is None and Path(source).suffix.lower() == ".jsonl"):
            return True
        raise PrivacyGuardError(
            "standard output takes the JSONL stream only; give -o FILE for other formats"
        )
    return False


def _is_file(source: str) -> bool:
    """A regular file (stdin redirected from one too), not a pipe or a terminal."""
    try:
        fd = sys.stdin.fileno() if source == "-" else None
        mode = os.fstat(fd).st_mode if fd is not None else os.stat(source).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISREG(mode)


@contextmanager
def _lines_in(source: str) -> Iterator[Any]:
    if source == "-":
        yield click.get_binary_stream("stdin")
    else:
        with open(source, "rb") as f:
            yield f


def _batches(stream: Any, size: int) -> Iterator[list[bytes]]:
    """Lines in batches of what has arrived (at most ``size``): on a pipe, one line that
    arrives alone is redacted and written at once instead of waiting for a full batch."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        fd = None
    if fd is None or stat.S_ISREG(os.fstat(fd).st_mode):  # a file: full batches
        while batch := list(islice(stream, size)):
            yield batch
        return
    rest = b""
    while chunk := os.read(fd, 1 << 16):
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        done = [line + b"\n" for line in lines]
        for i in range(0, len(done), size):
            yield done[i : i + size]
    if rest:
        yield [rest]


def _too_deep_withheld(run: Any, batches: Any, name: str) -> Iterator[Iterator[bytes]]:
    """The stream's batches with every line nested deeper than ``max_json_depth`` withheld
    (an empty line in its place keeps the line numbers) and reported as a problem, so that
    one hostile line never stops the stream (JSON that deep would exhaust the recursion)."""
    from privacyguard.ingest.limits import Limits, TooDeep, loads
    from privacyguard.models import InputProblem, SourceLocation

    if run.detector is not None:
        settings = run.detector.settings
    else:
        from privacyguard.config.rules import load_rules

        settings = load_rules(Path(run.rules) if run.rules else None).settings
    limit = int(getattr(settings, "max_json_depth", Limits().max_json_depth))
    n = 0

    def checked(batch: Any) -> Iterator[bytes]:
        nonlocal n
        for raw in batch:
            n += 1
            try:
                loads(raw, limit)
            except TooDeep as e:
                run.report.add_not_read([InputProblem(SourceLocation(name, n), str(e))])
                yield b"\n"
                continue
            except ValueError:
                pass  # not JSON, not UTF-8: the filter reports it
            yield raw

    for batch in batches:
        yield checked(batch)


@contextmanager
def _writer(output: str) -> Iterator[Callable[[str], Any]]:
    """Lines to stdout as they come, or to a file that appears only when all went well."""
    if output == "-":
        out = click.get_binary_stream("stdout")

        def write(line: str) -> None:
            out.write(_utf8(line))
            out.flush()

        yield write
        return
    from privacyguard.ingest.base import atomic_file

    f: IO[bytes]
    with atomic_file(output) as f:
        yield lambda line: f.write(_utf8(line))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(line: str) -> bytes:
    """A JSON line as UTF-8; a lone surrogate (from a "\\ud800" escape in the input) is
    written as the same escape, so the line stays valid and says what it said."""
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line).encode("utf-8")


MARKER = ".privacyguard-incomplete"
_MARKER_TEXT = (
    "A privacyguard redaction into this folder is running, or was interrupted: the folder is "
    "incomplete. Run the same `privacyguard redact` again; it removes this file when done.\n"
)
TEMP_GLOB = ".pg-*"  # ingest.base.atomic_file's temporary files (.tmp; .db for SQL outputs)


@contextmanager
def _incomplete_marker(source: str, output: str) -> Iterator[None]:
    """A folder output carries MARKER (flocked) while it is written: a killed run leaves
    it, so the folder says it is incomplete; the next run removes that run's temporary files
    and says so. A file or zip output appears atomically; its folder's stale temporary files
    are reported. Another run writing into the same folder is exit 3."""
    import fcntl

    from privacyguard.ingest.sniff import is_url
    from privacyguard.store import StoreBusy

    if is_url(source) or is_url(output):
        yield
        return
    src, out = Path(source), Path(output)
    if not src.is_dir():
        _report_stale(out.parent if not out.is_dir() else out)
        yield
        return
    rs, ro = src.resolve(), out.resolve()
    if ro == rs or ro.is_relative_to(rs) or (out.exists() and not out.is_dir()):
        yield  # the library refuses these, before writing anything
        return
    existed = out.exists()
    out.mkdir(parents=True, exist_ok=True)
    marker = out / MARKER
    interrupted = marker.exists()
    fd = os.open(marker, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreBusy(f"another privacyguard redaction is writing into {out} ({MARKER} "
                            "is locked); wait for it, or write elsewhere") from None  # fmt: skip
        if interrupted:
            stale = [p for p in out.rglob(TEMP_GLOB) if p.is_file()]
            for p in stale:
                p.unlink(missing_ok=True)
            click.echo(f"note: an earlier redaction into {out} was interrupted ({MARKER}); "
                       f"removed {len(stale)} temporary file(s) it left; this run writes the "
                       "folder again", err=True)  # fmt: skip
        os.ftruncate(fd, 0)
        os.write(fd, _MARKER_TEXT.encode())
        os.fsync(fd)
        ok = False
        try:
            yield
            ok = True
        finally:
            others = any(p.name != MARKER for p in out.iterdir())
            if ok or not others:  # done, or nothing written: no marker
                marker.unlink(missing_ok=True)
                if not ok and not existed:
                    out.rmdir()
    finally:
        os.close(fd)


def _report_stale(folder: Path) -> None:
    """Temporary files an interrupted run left next to a file output: named, not removed
    (another run may be writing them)."""
    try:
        stale = [p.name for p in folder.glob(TEMP_GLOB) if p.is_file()]
    except OSError:
        return
    if stale:
        click.echo(f"note: {len(stale)} temporary file(s) {TEMP_GLOB} in {folder} were left by "
                   "an interrupted run (e.g. " + stale[0] + "); delete them unless another "
                   "privacyguard run is writing there", err=True)  # fmt: skip


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
    help="Also write the report as JSON to this file.",
)
@click.option(
    "--copy-other-files", is_flag=True, help="Copy attachments and unknown files unchanged."
)
@reader_options(
    all_text_help="CSV/JSONL/SQL: redact every text column; a SQL source written to a file keeps "
    "only the mapped columns otherwise."
)
@click.option("-q", "--quiet", is_flag=True, help="No report on stderr (problems still are).")
@key_options
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
    copy_other_files: bool,
    reader_options: ReaderOptions,
    quiet: bool,
    key_file: Path | None,
    key_env: str,
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

    --workers N detects in N processes (default: one per core) with the same output; a JSONL
    stream from a pipe is answered batch by batch in one process.
    """
    from dataclasses import replace

    from privacyguard.act.run import redact_batches, redact_path, start_run

    stream = _is_stream(source, output, fmt)
    if stream:
        _no_reader_options(reader_options)
    piped = stream and not _is_file(source)
    if piped:
        workers = 1  # each batch is answered before the next is read: no batches to share
    run = start_run(policy_path, rules_path, None, key_file, key_env, source, workers)
    if stream:
        with naming(output), _lines_in(source) as lines, _writer(output) as write:
            name = "<stdin>" if source == "-" else source
            batches = _batches(lines, run.batch_size) if piped else [lines]
            with ProgressBars.on_stderr(no_progress) as bars:
                report = redact_batches(run, _too_deep_withheld(run, batches, name), write, name,
                                        progress=bars)  # fmt: skip
        report.output = output
    else:
        options = replace(reader_options, copy_other_files=copy_other_files)
        with naming(output), _incomplete_marker(source, output):
            with ProgressBars.on_stderr(no_progress) as bars:
                report = redact_path(run, source, output, fmt, options, progress=bars)
    if report_path is not None:
        from privacyguard.ingest.base import write_atomic

        write_atomic(report_path, json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
    for line in report.lines(problems_only=quiet):
        click.echo(line, err=True)
    if report.failed:
        sys.exit(EXIT_BAD_INPUT)


_FLAGS = {"text_columns": "--text-column"}


def _no_reader_options(options: ReaderOptions) -> None:
    """The JSONL stream filter reads {"id", "text", ...} lines itself (every string in them
    is scanned): a reader option would be ignored, so it is refused."""
    given = sorted(set(options.given()) - {"all_text_columns", "limits"})
    if given:
        flags = ", ".join(_FLAGS.get(name, "--" + name.replace("_", "-")) for name in given)
        raise PrivacyGuardError(
            f"{flags}: reader options apply to files, folders, zips and SQL URLs, not to the "
            "JSONL stream (SOURCE - or -o -), whose lines are read as they are"
        )


@click.command()
@click.argument("source")
@click.option("-o", "--output", required=True, help="Where to write (same format); - for stdout.")
@format_option
@key_options
@handle_errors
def reidentify(
    source: str, output: str, fmt: str | None, key_file: Path | None, key_env: str
) -> None:
    """Restore the values that encrypt.v1 replaced in SOURCE, for whoever holds the key.

    Writes OUTPUT in the same format (atomically); SOURCE - reads a JSONL stream. A token
    that does not decrypt with the key (wrong key, altered token) stops the run with exit 2
    and writes nothing. Prints how many values were restored, per entity type.
    """
    from privacyguard.act.keys import load_key
    from privacyguard.act.run import reidentify_lines, reidentify_path

    stream = _is_stream(source, output, fmt)
    keyring = load_key(  # a weak key decrypts nothing: only keys that protect are checked
        key_file, key_env, needed_for="reidentify decrypts encrypt.v1 tokens", check=False
    )
    if stream:
        with _lines_in(source) as lines, _writer(output) as write:
            counts = reidentify_lines(keyring, lines, write)
    else:
        counts = reidentify_path(keyring, source, output, fmt)
    detail = ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
    total = sum(counts.values())
    click.echo(
        f"restored {total} value{'s' if total != 1 else ''}" + (f" ({detail})" if detail else ""),
        err=True,
    )
