"""Wires the stages together: the only module that imports all of them."""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from privacyguard.detect.engine import Detected
from privacyguard.errors import PrivacyGuardError
from privacyguard.models import InputProblem, Message, ScanResult, SourceLocation
from privacyguard.parallel import (  # noqa: F401 - also imported from here
    _settings_only,
    detect_batch,
    detector_for,
    scan_stream,
)

if TYPE_CHECKING:
    from privacyguard.act.report import RedactionReport
    from privacyguard.ingest.options import ReaderOptions

MessageLike = Message | dict | str
#: ``progress(stage, done, total or None)``: how far a long run is (the CLI draws a bar)
Progress = Callable[[str, int, "int | None"], object]
#: the reader name under which problems about files that no reader read are counted
NOT_READ = "(other files)"


def as_message(item: MessageLike, index: int) -> Message:
    if isinstance(item, Message):
        return item
    if isinstance(item, str):
        return Message(id=str(index), text=item)
    conv = item.get("conversation_id")
    role = item.get("sender_role", item.get("role"))  # "agent" / "customer": the conversation
    sender = item.get("sender")  # layer reads the agent's questions (detect/conversation/)
    return Message(
        id=str(item.get("id", index)),
        text=item["text"],
        lang=item.get("lang"),
        conversation_id=str(conv) if conv is not None else None,
        sender=str(sender) if sender is not None else None,
        sender_role=str(role) if role is not None else None,
    )


def scan(
    messages: Iterable[MessageLike], *, rules: str | Path | None = None, workers: int | None = 1
) -> ScanResult:
    """Find personal data in messages (Message objects, dicts with "id"/"text", or strings).

    ``workers`` > 1 (None: every core) detects in that many processes, with the same result.

    >>> result = scan([{"id": "1", "text": "Mijn IBAN is NL91 ABNA 0417 1643 00"}])
    >>> [(f.entity_type, f.start, f.end) for f in result.findings]
    [('IBAN_CODE', 13, 35)]
    """
    result = ScanResult()
    records = (as_message(m, i) for i, m in enumerate(messages, 1))
    for item in scan_stream(records, rules=rules, workers=workers):
        if isinstance(item, InputProblem):
            result.problems.append(item)
            continue
        result.messages_scanned += 1
        result.languages[item.message.id] = item.lang
        result.findings.extend(item.findings)
    return result


@dataclass
class SourceScan:
    """A scan of a source as it runs: iterate it (once) for each result in input order, a
    :class:`~privacyguard.detect.engine.Detected` or an InputProblem; the counts fill as it
    goes and are complete when the iteration ends."""

    #: reader name -> [records read, records that could not be read]; problems about files
    #: that no reader read count under :data:`NOT_READ`
    per_format: dict[str, list[int]] = field(default_factory=dict)
    by_type: Counter[str] = field(default_factory=Counter)  # findings per entity type
    by_lang: Counter[str] = field(default_factory=Counter)  # findings per language
    messages_by_lang: Counter[str] = field(default_factory=Counter)
    scanned: int = 0  # messages scanned
    problems: int = 0  # records that could not be read or scanned
    results: Iterator[Detected | InputProblem] = field(default_factory=lambda: iter(()), repr=False)

    @property
    def findings(self) -> int:
        return sum(self.by_type.values())

    def __iter__(self) -> Iterator[Detected | InputProblem]:
        for item in self.results:
            if isinstance(item, InputProblem):
                self.problems += 1
            else:
                self.scanned += 1
                self.messages_by_lang[item.lang] += 1
                for f in item.findings:
                    self.by_type[f.entity_type] += 1
                    self.by_lang[item.lang] += 1
            yield item


def scan_source(
    source: str | Path,
    fmt: str | None = None,
    options: ReaderOptions | None = None,
    *,
    rules: str | Path | None = None,
    workers: int | None = 1,
    progress: Progress | None = None,
    **values: Any,
) -> SourceScan:
    """Scan an export (a file, ``-`` for stdin, a folder, a zip or a SQL URL) as it is read.

    ``fmt`` forces a reader; ``options`` (a :class:`~privacyguard.ingest.options.ReaderOptions`)
    and ``values`` (its fields, e.g. ``timezone="Europe/Oslo"``) tell the readers how to read;
    limits not given are the rules' settings. The options are checked now, before anything is
    read; the source is read as the result is iterated. ``progress("scanning", records done,
    None)`` is called for each record.
    """
    from privacyguard import ingest
    from privacyguard.ingest.limits import Limits
    from privacyguard.ingest.sniff import is_url

    opts = ingest.ReaderOptions.make(options, **values).for_source(is_url(str(source)))
    rules_path = str(rules) if rules else None
    opts = opts.with_default_limits(Limits.from_settings(_settings_only(rules_path).settings))
    out = SourceScan()

    def counted() -> Iterator[Message | InputProblem]:
        for name, rec in ingest.read_by_format(source, fmt, opts):
            row = out.per_format.setdefault(name or NOT_READ, [0, 0])
            row[isinstance(rec, InputProblem)] += 1
            yield rec

    from dataclasses import replace

    decided = None
    if os.environ.get("PRIVACYGUARD_REVIEWED"):  # reviewed rules (docs/review.md); only then
        # is the store's code imported: scanning one message must start fast
        from privacyguard.act.reviewed import ReviewedRules, reviewed_path

        decided = ReviewedRules.load(reviewed_path(None))

    def reported(items: Iterator[Detected | InputProblem]) -> Iterator[Detected | InputProblem]:
        for done, item in enumerate(items, 1):
            if progress is not None:
                progress("scanning", done, None)
            if decided is not None and decided.entries and isinstance(item, Detected):
                texts = {"text": item.message.text, "sender": item.message.sender}
                item = replace(item, findings=decided.apply(item.findings, texts))
            yield item

    out.results = reported(scan_stream(counted(), rules=rules_path, workers=workers))
    return out


# --- the redact and reidentify commands: one call each ----------------------------------------


def redact_source(
    source: str,
    output: str,
    fmt: str | None = None,
    options: ReaderOptions | None = None,
    *,
    policy: str | Path | None = None,
    rules: str | Path | None = None,
    key_file: str | Path | None = None,
    key_env: str | None = "PRIVACYGUARD_KEY",
    workers: int | None = 1,
    progress: Progress | None = None,
    say: Callable[[str], object] | None = None,
    subject_keys_db: str | None = None,
) -> RedactionReport:
    """What ``privacyguard redact SOURCE -o OUTPUT`` does, for the command line and for
    scripts that want the same guarantees.

    SOURCE ``-`` (or ``-o -`` with a JSONL source) is the JSONL stream filter: lines in,
    the same lines out redacted, batch by batch in one process when the input is a pipe, a
    line nested deeper than ``max_json_depth`` withheld; reader options are refused there
    (they would be ignored). Otherwise the source is read with ``options`` and written in
    its format; ``subject_keys_db``: encrypt.v1 values under the key of each message's data
    subject kept in that store (docs/crypto-shredding.md); a folder output carries a marker
    while it is written
    (:func:`~privacyguard.ingest.sources.incomplete_marker`; ``say`` gets its notes, default
    the log). The output appears atomically either way; see the report for what was changed.
    """
    from privacyguard.act.run import redact_batches, redact_path, start_run
    from privacyguard.ingest import ReaderOptions
    from privacyguard.ingest.sniff import is_url
    from privacyguard.ingest.sources import incomplete_marker

    opts = ReaderOptions.make(options)
    stream = _is_stream(source, output, fmt)
    if stream:
        _no_reader_options(opts)
    piped = stream and not _is_file(source)
    if piped:
        workers = 1  # each batch is answered before the next is read: no batches to share
    run = start_run(policy, rules, None, key_file, key_env, source, workers)
    if subject_keys_db:
        run.redactor.extra["subject_keys"] = _subject_keys(subject_keys_db, run.redactor.keyring)
    if stream:
        with _lines_in(source) as lines, _writer(output) as write:
            name = "<stdin>" if source == "-" else source
            batches = _batches(lines, run.batch_size) if piped else [lines]
            stream_in = _too_deep_withheld(run, batches, name)
            report = redact_batches(run, stream_in, write, name, progress=progress)
        report.output = output
        return report
    if is_url(source) or is_url(output):
        return redact_path(run, source, output, fmt, opts, progress=progress)
    with incomplete_marker(Path(source), Path(output), say or _note):
        return redact_path(run, source, output, fmt, opts, progress=progress)


def reidentify_source(
    source: str,
    output: str,
    fmt: str | None = None,
    *,
    key_file: str | Path | None = None,
    key_env: str | None = "PRIVACYGUARD_KEY",
    db: str | None = None,
) -> Counter[str]:
    """What ``privacyguard reidentify`` does: the encrypt.v1 tokens in SOURCE decrypted into
    OUTPUT (same format; ``-`` for the JSONL stream); the values restored per entity type.
    ``db``: the store whose subject keys opened tokens made with them (crypto-shredding)."""
    from privacyguard.act.keys import load_key
    from privacyguard.act.run import reidentify_lines, reidentify_path

    stream = _is_stream(source, output, fmt)
    keyring = load_key(  # a weak key decrypts nothing: only keys that protect are checked
        key_file, key_env, needed_for="reidentify decrypts encrypt.v1 tokens", check=False
    )
    subject_keys = _subject_keys(db, keyring) if db else None
    if stream:
        with _lines_in(source) as lines, _writer(output) as write:
            return reidentify_lines(keyring, lines, write, subject_keys=subject_keys)
    return reidentify_path(keyring, source, output, fmt, subject_keys=subject_keys)


def _subject_keys(db: str, master: Any) -> Any:
    """The store's subject keys under ``master`` (docs/crypto-shredding.md)."""
    from privacyguard.store import open_store
    from privacyguard.store.subject_keys import SubjectKeys

    if master is None:
        raise PrivacyGuardError("subject keys need a master key (--key-file or PRIVACYGUARD_KEY)")
    return SubjectKeys(open_store(db, create=False), master)


def _note(line: str) -> None:
    logging.getLogger(__name__).warning("%s", line)


#: the command line's spelling of reader options whose flag is not --field-name
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
        yield sys.stdin.buffer
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
    from privacyguard.models import InputProblem

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
        out = sys.stdout.buffer

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
