"""The invariants the fuzz tests and ``make fuzz`` check, as plain functions of one input.

* Reading: any bytes in any format either read, as Messages and InputProblems, or raise
  privacyguard's own error (one line); never another exception. Message ids are unique, line
  numbers lie inside the file, no problem or error quotes the personal data given in.
* Identity writing: an input that reads without problems is written back byte for byte.
* Scan: finding offsets lie inside the field they name.
* Redaction: nothing the scan found (and the policy does not keep) is in the output, in any
  format; synthetic identifiers put into a chat are gone from the output bytes; the output
  reads back in its format with as many messages.
"""

from __future__ import annotations

import re
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from privacyguard.errors import PrivacyGuardError
from privacyguard.ingest import read, write
from privacyguard.models import InputProblem, Message

Records = list[Message | InputProblem]

#: what the fail-closed safety nets say when they catch an unexpected exception: in
#: production the message is withheld, for the fuzzer it is a crash all the same
_NET = re.compile(r"\bfailed \((\w+)\)")


@contextmanager
def strict() -> Iterator[None]:
    """Let an unexpected exception in a reader or writer propagate (with its traceback)
    instead of becoming one problem for its file, as ingest's safety net makes it."""
    from privacyguard.ingest import sniff

    def reraise(_reader: Any, e: Exception) -> str:
        raise e

    saved = sniff.unexpected
    sniff.unexpected = reraise  # type: ignore[assignment]
    try:
        yield
    finally:
        sniff.unexpected = saved  # type: ignore[assignment]


def _place(root: Path, name: str, data: bytes) -> Path:
    path = root / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _one_line(err: Exception, secrets: Sequence[str]) -> None:
    msg = str(err)
    assert msg and "\n" not in msg, f"error is not one line: {msg[:300]!r}"
    for s in secrets:
        assert s not in msg, "an error quotes personal data"


def check_records(records: Records, data: bytes, secrets: Sequence[str] = ()) -> None:
    lines = data.count(b"\n") + data.count(b"\r") + 1
    ids: set[str] = set()
    for rec in records:
        if isinstance(rec, InputProblem):
            assert isinstance(rec.reason, str) and rec.reason.strip(), rec
            assert "\n" not in rec.reason, f"problem is not one line: {rec.reason[:300]!r}"
            for s in secrets:
                assert s not in rec.reason and s not in str(rec.location), "problem quotes data"
            continue
        assert isinstance(rec, Message), type(rec)
        assert isinstance(rec.id, str) and rec.id, rec.id
        assert rec.id not in ids, f"message id {rec.id!r} is not unique"
        ids.add(rec.id)
        assert isinstance(rec.text, str)
        for fld in rec.fields:
            assert len(fld) == 2 and all(isinstance(x, str) for x in fld), fld
            assert fld[0] != "text", "a field repeats the text"
        loc = rec.source
        if loc is not None and loc.line is not None:
            assert 1 <= loc.line <= lines, f"line {loc.line} outside a {lines}-line file"
        if loc is not None and loc.column is not None:
            assert loc.column >= 0, loc


def check_read(
    name: str, data: bytes, fmt: str | None, secrets: Sequence[str] = (), roundtrip: bool = False
) -> Records | None:
    """Read ``data`` as file ``name`` (``fmt`` forced, or sniffed); None if refused."""
    with tempfile.TemporaryDirectory(prefix="pg-fuzz-") as tmp:
        src = _place(Path(tmp), name, data)
        try:
            with strict():
                records = list(read(src, fmt))
        except PrivacyGuardError as e:
            _one_line(e, secrets)
            return None
        check_records(records, data, secrets)
        if roundtrip and not any(isinstance(r, InputProblem) for r in records):
            out = Path(tmp) / "out" / src.name
            out.parent.mkdir()
            with strict():
                report = write(src, out, lambda _m, _f, t: t, fmt, copy_other_files=True)
            assert report.problems == [], report.problems
            assert out.read_bytes() == data, "identity rewrite changed the bytes"
        return records


def check_zip(members: list[tuple[str, bytes]]) -> Records | None:
    import zipfile

    with tempfile.TemporaryDirectory(prefix="pg-fuzz-") as tmp:
        src = Path(tmp) / "export.zip"
        with zipfile.ZipFile(src, "w") as z, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duplicate names are meant
            for name, data in members:
                z.writestr(name.replace("\x00", "_") or "_", data)  # zipfile cuts at NUL
        try:
            with strict():
                records = list(read(src))
        except PrivacyGuardError as e:
            _one_line(e, ())
            return None
        for rec in records:  # line numbers refer to members: only the general checks
            if isinstance(rec, InputProblem):
                assert rec.reason.strip() and "\n" not in rec.reason, rec
        ids = [r.id for r in records if isinstance(r, Message)]
        assert len(ids) == len(set(ids)), "message ids are not unique in the zip"
        return records


# --- scan and redact ------------------------------------------------------------------


def _run() -> Any:
    from privacyguard.act.run import Run
    from privacyguard.config.policy import load_policy
    from privacyguard.pipeline import detector_for

    return Run(load_policy(), None, detector_for())


def _texts(m: Message) -> dict[str, str]:
    return {"text": m.text, **dict(m.fields)}


def check_scan_and_redact_items(texts: list[str]) -> None:
    """The library path: offsets valid, every changed span's value gone from the output."""
    from privacyguard import redact

    messages = [Message(id=str(i), text=t) for i, t in enumerate(texts)]
    run = _run()
    outcomes = list(run.process(messages))
    expected: list[str] = []
    residual: list[str] = []
    for m, outcome in outcomes:
        assert isinstance(m, Message) and outcome is not None
        _check_outcome(m, outcome, expected, residual)
    out = redact(messages).messages
    assert out is not None
    withheld = {m.id for m, o in outcomes if o is not None and o.action == "withhold"}
    assert len(out) == len(messages) - len(withheld)
    _assert_gone(expected, "\x00".join(residual), "\x00".join(o.text for o in out))


def _check_outcome(m: Message, outcome: Any, expected: list[str], residual: list[str]) -> None:
    texts = _texts(m)
    for f in outcome.findings:
        assert f.field in texts, f.field
        assert 0 <= f.start < f.end <= len(texts[f.field]), (f.field, f.start, f.end)
    if outcome.action is not None:  # withheld or fully redacted: nothing of it is left
        _not_a_net(outcome.reason)
        return
    for fld, edits in outcome.edits.items():
        text = texts[fld]
        pos, rest = 0, []
        for e in sorted(edits, key=lambda e: e.start):
            assert 0 <= e.start < e.end <= len(text) and e.start >= pos, "edits overlap"
            rest.append(text[pos : e.start])
            if not e.kept:
                expected.append(text[e.start : e.end])
                rest.append("\x00")
            else:
                rest.append(text[e.start : e.end])
            pos = e.end
        rest.append(text[pos:])
        residual.append("".join(rest))
        # every finding is inside an edit: nothing found is left outside the spans
        for f in outcome.findings:
            if f.field == fld:
                assert any(e.start <= f.start and f.end <= e.end for e in edits), "uncovered"
    for fld, text in texts.items():
        if fld not in outcome.edits:
            residual.append(text)


def _not_a_net(reason: str) -> None:
    caught = _NET.search(reason)
    assert caught is None, f"a safety net caught {caught.group(1) if caught else ''}: {reason}"


def _assert_gone(values: list[str], residual: str, output: str) -> None:
    """Each redacted value occurs in the output no more often than it did outside every
    redacted span of the input (the same word may also stand, unfound, elsewhere)."""
    for v in set(values):
        if len(v.strip()) < 3:
            continue
        assert output.count(v) <= residual.count(v), f"a redacted value survives ({len(v)} chars)"


_DIGITS = re.compile(r"\D")


def check_redact_file(
    name: str, data: bytes, fmt: str, secrets: Sequence[str] = ()
) -> None:
    """Redact a file of ``fmt``: the findings and the given ``secrets`` are gone."""
    from privacyguard import redact

    with tempfile.TemporaryDirectory(prefix="pg-fuzz-") as tmp:
        src = _place(Path(tmp), name, data)
        out = Path(tmp) / "out" / src.name
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            with strict():
                before = list(read(src, fmt))
        except PrivacyGuardError:
            return
        check_records(before, data, secrets)
        run = _run()
        expected: list[str] = []
        residual: list[str] = []
        for m, outcome in run.process(before):
            if isinstance(m, Message) and outcome is not None:
                _check_outcome(m, outcome, expected, residual)
        try:
            with strict():
                report = redact(src, out, fmt=fmt).report
        except PrivacyGuardError as e:  # refused as a whole: one line, nothing written
            _one_line(e, secrets)
            assert not out.exists(), "refused, yet an output was written"
            return
        for w in report.withheld:
            _not_a_net(w.reason)
            for s in secrets:
                assert s not in w.reason and s not in w.where, "a withheld reason quotes data"
        if not out.exists():
            assert report.not_read or report.withheld, "no output and nothing reported"
            return
        raw = out.read_bytes()
        msgs_before = [r for r in before if isinstance(r, Message)]
        try:
            after = list(read(out, fmt))
        except PrivacyGuardError:  # everything withheld (reported) can leave an empty file
            assert report.not_read or report.withheld or not msgs_before, "unreadable output"
            after = []
        msgs_after = [r for r in after if isinstance(r, Message)]
        if not report.withheld and not any(isinstance(r, InputProblem) for r in before):
            assert len(msgs_after) == len(msgs_before), "the output lost or gained messages"
        output = "\x00".join(t for m in msgs_after for t in _texts(m).values())
        _assert_gone(expected, "\x00".join(residual), output)
        text_out = raw.decode("utf-8", "replace")
        for s in secrets:
            assert s not in output, "a synthetic identifier survives in a message"
            assert s not in text_out, "a synthetic identifier survives in the output file"
            digits = _DIGITS.sub("", s)
            if len(digits) >= 9 and digits not in _DIGITS.sub("", "".join(residual)):
                for t in output.split("\x00"):
                    assert digits not in _DIGITS.sub("", t), "the digits of an identifier survive"


# --- the command line ------------------------------------------------------------------


def _cli(args: list[str], stdin: bytes = b"") -> Any:
    from click.testing import CliRunner

    from privacyguard.cli import cli

    return CliRunner().invoke(cli, args, input=stdin, catch_exceptions=True)


def _cli_clean(result: Any, secrets: Sequence[str]) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"the command line raised {type(result.exception).__name__}"
    )
    assert result.exit_code in (0, 2), f"exit code {result.exit_code}"
    assert "Traceback" not in result.stderr, "a traceback on stderr"
    for s in secrets:
        assert s not in result.stderr, "stderr quotes personal data"


def check_cli_stream(lines: list[str], secrets: Sequence[str]) -> None:
    """``redact - -o -``: one output line per JSON object with a "text" string, none of the
    secrets in it, and nothing of them on stderr."""
    import json

    data = "".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass")
    result = _cli(["redact", "-", "-o", "-", "--workers", "1"], data)
    _cli_clean(result, secrets)
    out = result.stdout.split("\n")[:-1]  # not splitlines(): U+0085 and U+2028 are text
    good = 0
    for line in lines:
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        good += isinstance(obj, dict) and isinstance(obj.get("text"), str)
    if result.exit_code == 0:
        assert len(out) == good, (len(out), good)
    for row in out:
        json.loads(row)
    for s in secrets:
        assert s not in result.stdout, "a synthetic identifier survives the stream filter"


def check_cli_file(name: str, data: bytes, fmt: str, secrets: Sequence[str]) -> None:
    """``redact FILE -o OUT --format F``: exit 0 or 2, no secret in the output or on stderr."""
    with tempfile.TemporaryDirectory(prefix="pg-fuzz-") as tmp:
        src = _place(Path(tmp), name, data)
        out = Path(tmp) / "out" / src.name
        with strict():
            result = _cli(["redact", str(src), "-o", str(out), "--format", fmt, "-q",
                           "--workers", "1"])  # fmt: skip
        _cli_clean(result, secrets)
        if out.exists():
            raw = out.read_bytes().decode("utf-8", "replace")
            for s in secrets:
                assert s not in raw, "a synthetic identifier survives in the output file"
