"""Redaction runs: ingest -> detect -> decide -> act, for files, JSONL streams and lists.

This module wires the stages for redaction (it is the redaction half of what pipeline.py does
for scanning). Fail closed everywhere: a message that scan_stream reports as a problem, or
whose decisions cannot be applied, is withheld or fully redacted (the policy's ``on_error``);
a record the reader cannot read is withheld by ingest.write; a text that the writer hands to
``rewrite`` and that was not scanned exactly as it is now is never written in clear.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacyguard.act.redact import MARKERS, Edit, Redactor, splice
from privacyguard.act.report import RedactionReport, Withheld
from privacyguard.act.reviewed import ReviewedRules, reviewed_path, settle_uncertain
from privacyguard.config.policy import Policy, load_policy
from privacyguard.decide import apply_policy
from privacyguard.errors import PrivacyGuardError
from privacyguard.keys import DEFAULT_KEY_ENV, Keyring, key_from_text, load_key
from privacyguard.models import Finding, InputProblem, Message, SourceLocation

if TYPE_CHECKING:
    from privacyguard.ingest.options import ReaderOptions

log = logging.getLogger(__name__)
#: ``progress(stage, done, total or None)``: how far a long run is (the CLI draws a bar)
Progress = Callable[[str, int, "int | None"], object]

#: JSON keys besides "text" that the stream filter and list mode scan and rewrite
JSON_FIELDS = ("sender", "author")


@dataclass
class Outcome:
    """For one message: the edits per field, or the on_error action and why."""

    edits: dict[str, list[Edit]] = field(default_factory=dict)
    action: str | None = None
    reason: str = ""
    findings: list[Finding] = field(default_factory=list)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _texts(m: Message) -> dict[str, str]:
    return {"text": m.text, **dict(m.fields)}


class Run:
    """One redaction run: a policy, a key, a detector, one pseudonym book and one report."""

    def __init__(
        self, policy: Policy, keyring: Keyring | None, detector: Any, source: str = "",
        *, rules: str | None = None, workers: int | None = 1,
    ):  # fmt: skip
        """``detector`` None: ``workers`` processes detect with the detector for ``rules``."""
        self.policy = policy
        self.redactor = Redactor(policy, keyring)
        self.detector = detector
        self.rules = rules
        self.workers = workers
        self.report = RedactionReport(policy.name, policy.file, source=source)
        # what people decided in `privacyguard review` (PRIVACYGUARD_REVIEWED), and below
        # which score a finding still waits for review (the policy's on_uncertain applies)
        self.reviewed = ReviewedRules.load(reviewed_path(None))
        self._review_below: float | None = None

    @property
    def settings(self) -> Any:
        """The rules' settings: the detector's, or those of ``rules`` (cached)."""
        if self.detector is not None:
            return self.detector.settings
        from privacyguard.config.rules import load_rules

        return load_rules(Path(self.rules) if self.rules else None).settings

    @property
    def batch_size(self) -> int:
        return int(self.settings.batch_size)

    def process(
        self, records: Iterable[Message | InputProblem]
    ) -> Iterator[tuple[Message | InputProblem, Outcome | None]]:
        """Each record with its outcome (None for records the reader could not read)."""
        from privacyguard.parallel import scan_stream

        fed: deque[Message | InputProblem] = deque()

        def feed() -> Iterator[Message | InputProblem]:
            for rec in records:
                fed.append(rec)
                yield rec

        scanned = scan_stream(feed(), self.detector, rules=self.rules, workers=self.workers)
        for item in scanned:
            src = fed.popleft()  # scan_stream yields exactly one item per record, in order
            if isinstance(src, InputProblem):
                self.report.add_not_read([src])
                yield src, None
                continue
            if isinstance(item, InputProblem):
                # a reviewer's decision on exactly this text stands in for the detector;
                # only for a message without other fields, which nobody reviewed
                decided = (
                    None
                    if src.fields
                    else self.reviewed.message_findings(src.id, src.text, src.lang)
                )
                outcome = (
                    self.fail(src, item.reason) if decided is None else self._redact(src, decided)
                )
            elif item.message.id != src.id:
                outcome = self.fail(src, "scan results out of order")
            else:
                outcome = self._redact(src, item.findings)
            yield src, outcome

    def _redact(self, m: Message, findings: list[Finding]) -> Outcome:
        try:
            findings = self.reviewed.apply(findings, _texts(m))
            if self._review_below is None:
                self._review_below = float(self.settings.review_below)
            settled = settle_uncertain(findings, self.policy.on_uncertain, self._review_below)
            decisions = apply_policy(settled, self.policy)
            edits = self.redactor.redact_fields(_texts(m), decisions, m.conversation_id, m.id)
        except PrivacyGuardError as e:
            return self.fail(m, str(e))
        except Exception as e:  # fail closed; the exception text might quote the value
            from privacyguard.ingest.paths import id_for_log  # only when it fails

            log.warning("redaction failed for message %s: %s", id_for_log(m.id), type(e).__name__)
            return self.fail(m, f"redaction failed ({type(e).__name__})")
        self.report.messages += 1
        all_edits = [e for es in edits.values() for e in es]
        self.report.count(all_edits)
        if any(not e.kept for e in all_edits):
            self.report.messages_changed += 1
        return Outcome(edits, findings=findings)

    def fail(self, m: Message, reason: str) -> Outcome:
        self.report.messages += 1
        return self.withhold(m.id, _where(m), reason)

    def withhold(self, message_id: str, where: str, reason: str) -> Outcome:
        action = self.policy.on_error
        self.report.withheld.append(Withheld(message_id, where, reason, action))
        return Outcome(action=action, reason=reason)


def _where(m: Message) -> str:
    return str(m.source) if m.source else f"message {m.id}"


def marker(action: str, text: str) -> str:
    return MARKERS[action] if text else text


# --- files: two passes (scan and decide, then write) ------------------------------------------


@dataclass
class _Plan:
    """What pass 2 needs of a message: no texts, only their digests and the edits."""

    digests: dict[str, bytes]
    outcome: Outcome
    where: str
    written: bool = False  # for progress: the writer has reached this message


def redact_path(
    run: Run, source: str | Path, output: str | Path, fmt: str | None = None,
    options: ReaderOptions | None = None, *, progress: Progress | None = None, **values: Any,
) -> RedactionReport:  # fmt: skip
    """Redact a file, folder, zip or SQL URL into ``output`` in the same format.

    ``options`` (a ReaderOptions) and ``values`` (its fields) are the reader options; limits
    not given are the rules' settings. ``progress(stage, done, total)`` is called as records
    are scanned ("scanning", total unknown) and as messages are written ("writing")."""
    from privacyguard import ingest
    from privacyguard.ingest.limits import Limits
    from privacyguard.ingest.paths import PathRedactor

    opts = ingest.ReaderOptions.make(options, **values)
    opts = opts.with_default_limits(Limits.from_settings(run.settings))  # settings: in rules/
    plans: dict[str, _Plan] = {}
    paths = PathRedactor()  # file and folder names lose the values redacted in the contents
    seen = 0
    for rec, outcome in run.process(ingest.read(source, fmt, options=opts)):
        seen += 1
        if progress is not None:
            progress("scanning", seen, None)
        if isinstance(rec, Message) and outcome is not None:
            texts = _texts(rec)
            digests = {k: _digest(v) for k, v in texts.items()}
            slim = Outcome(outcome.edits, outcome.action, outcome.reason)
            plans[rec.id] = _Plan(digests, slim, _where(rec))
            for fld, edits in outcome.edits.items():
                for e in edits:
                    if not e.kept:
                        paths.learn(texts[fld][e.start : e.end], e.entity_type)
    surprises: set[str] = set()
    written = 0

    def rewrite(message_id: str, fld: str, text: str) -> str:
        nonlocal written
        plan = plans.get(message_id)
        if progress is not None and plan is not None and not plan.written:
            plan.written = True
            written += 1
            progress("writing", written, len(plans))
        if plan is None or plan.digests.get(fld) != _digest(text):
            if message_id not in surprises:
                surprises.add(message_id)
                where = plan.where if plan else f"message {message_id}"
                run.report.messages += plan is None
                run.withhold(message_id, where, "the writer gave a text that was not scanned")
            return marker(run.policy.on_error, text)
        if plan.outcome.action is not None:
            return marker(plan.outcome.action, text)
        return splice(text, plan.outcome.edits.get(fld, []))

    result = ingest.write(source, output, rewrite, fmt, options=opts, rename=paths)
    run.report.add_not_read(result.problems)
    run.report.files_withheld = list(result.withheld)
    run.report.left_out = list(result.left_out)
    run.report.csv_neutralised = result.csv_neutralised
    run.report.output = str(output)
    return run.report


# --- JSONL streams (stdin -> stdout) ------------------------------------------------------


def message_from_json(obj: Any, index: int, where: SourceLocation | None = None) -> Message:
    """A {"id", "text", "lang"?, "conversation_id"?, "sender"?} object as a Message."""
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError('expected a JSON object with a "text" string')
    conv = obj.get("conversation_id")
    fields = tuple(
        (name, str(_get(obj, path))) for name, path in _json_texts(obj) if name != "text"
    )
    return Message(
        id=str(obj.get("id", index)),
        text=obj["text"],
        lang=obj.get("lang") if isinstance(obj.get("lang"), str) else None,
        conversation_id=str(conv) if conv is not None else None,
        source=where,
        fields=fields,
    )


def _apply_json(obj: dict[str, Any], outcome: Outcome) -> dict[str, Any] | None:
    """The object with its texts rewritten; None when it is to be withheld."""
    out = copy.deepcopy(obj)
    for name, path in _json_texts(obj):
        value = str(_get(obj, path))  # a number is scanned as its digits
        if outcome.action is not None:
            new = marker(outcome.action, value)
        else:
            new = splice(value, outcome.edits.get(name, []))
        if new != value:
            _set(out, path, new)
    return None if outcome.action == "withhold" else out


def _json_texts(obj: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """(field name, path) of every string the stream filter scans and rewrites: the text,
    sender/author, and every other string, nested ones too, except ids, language and
    conversation id (and :data:`~privacyguard.ingest.jsonfmt.STRUCTURAL_KEYS`)."""
    from privacyguard.ingest.jsonfmt import rest_strings
    from privacyguard.ingest.jsonspan import path_str

    out: list[tuple[str, tuple[Any, ...]]] = [
        (k, (k,)) for k in ("text", *JSON_FIELDS) if isinstance(obj.get(k), str)
    ]
    skip = frozenset({"text", "lang", "conversation_id", *JSON_FIELDS})
    out += [(path_str(p), p) for p, _v in rest_strings(obj, (), skip, numbers=True)]
    return out


def _get(obj: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        obj = obj[p]
    return obj


def _set(obj: Any, path: tuple[Any, ...], value: Any) -> None:
    for p in path[:-1]:
        obj = obj[p]
    obj[path[-1]] = value


def redact_lines(
    run: Run, lines: Iterable[str | bytes], write: Callable[[str], Any], name: str = "<stdin>"
) -> RedactionReport:
    """The JSONL filter: each line's text (and sender/author) redacted; same keys and order.
    Lines that are not JSON objects with a "text" string are withheld and reported; a line
    whose "text" is null passes unchanged."""
    return redact_batches(run, [lines], write, name)


def redact_batches(
    run: Run,
    batches: Iterable[Iterable[str | bytes]],
    write: Callable[[str], Any],
    name: str = "<stdin>",
    progress: Progress | None = None,
) -> RedactionReport:
    """:func:`redact_lines` over batches of lines; each batch is written before the next is
    read, so a producer that waits for its answer is never kept waiting for a full batch.
    (Only within one batch do ``run.workers`` processes detect in parallel.)
    ``progress("redacting", lines done, None)`` is called after each record."""
    pending: dict[int, dict[str, Any]] = {}
    n = 0

    def records(batch: Iterable[str | bytes]) -> Iterator[Message | InputProblem]:
        nonlocal n
        for raw in batch:
            n += 1
            where = SourceLocation(name, n)
            try:
                line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            except UnicodeDecodeError:
                yield InputProblem(where, "not UTF-8")
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                null_text = isinstance(obj, dict) and "text" in obj and obj["text"] is None
                m = message_from_json({**obj, "text": ""} if null_text else obj, n, where)
            except ValueError as e:
                yield InputProblem(
                    where, "not JSON" if isinstance(e, json.JSONDecodeError) else str(e)
                )
                continue
            pending[n] = obj
            yield m

    done = 0
    for batch in batches:
        for rec, outcome in run.process(records(batch)):
            done += 1
            if progress is not None:
                progress("redacting", done, None)
            if outcome is None or not isinstance(rec, Message):
                continue
            assert rec.source is not None and rec.source.line is not None
            new = _apply_json(pending.pop(rec.source.line), outcome)
            if new is not None:
                write(json.dumps(new, ensure_ascii=False) + "\n")
    run.report.output = run.report.output or "-"
    return run.report


# --- lists of messages (the library) ------------------------------------------------------


def redact_items(run: Run, items: Iterable[Message | dict[str, Any] | str]) -> list[Any]:
    """Messages, dicts or strings, redacted and of the same kind; withheld ones are left out."""
    originals: list[Message | dict[str, Any] | str] = []

    def records() -> Iterator[Message]:
        for i, item in enumerate(items, 1):
            originals.append(item)
            if isinstance(item, Message):
                yield item
            elif isinstance(item, str):
                yield Message(id=str(i), text=item)
            else:
                yield message_from_json(item, i)

    out: list[Any] = []
    for i, (rec, outcome) in enumerate(run.process(records())):
        assert isinstance(rec, Message) and outcome is not None
        item = originals[i]
        if outcome.action == "withhold":
            continue
        if isinstance(item, dict):
            out.append(_apply_json(item, outcome))
            continue
        texts = _texts(rec)
        if outcome.action is not None:
            new = {k: marker(outcome.action, v) for k, v in texts.items()}
        else:
            new = {k: splice(v, outcome.edits.get(k, [])) for k, v in texts.items()}
        if isinstance(item, str):
            out.append(new["text"])
        else:
            fields = tuple((k, new[k]) for k, _ in rec.fields)
            out.append(dc_replace(rec, text=new["text"], fields=fields))
    return out


# --- the entry point ----------------------------------------------------------------------


@dataclass
class RedactResult:
    """``messages``: the redacted items (list input only); ``report``: what was changed."""

    report: RedactionReport
    messages: list[Any] | None = None


def keyring_for(
    policy: Policy,
    key: str | bytes | None = None,
    key_file: str | Path | None = None,
    key_env: str | None = DEFAULT_KEY_ENV,
) -> Keyring | None:
    """The key the policy needs (asked for before any work), or None if it needs none."""
    if key is not None:
        return key_from_text(key)
    keyed = policy.keyed_rules()
    if key_file is None and not keyed:
        return None
    needed = ""
    if keyed:
        first, ops = keyed[0], ", ".join(sorted({r.operator for r in keyed}))
        needed = f"policy {policy.name} uses {ops}: {first.rule} at {first.cite}"
    return load_key(key_file, key_env, needed_for=needed)


def start_run(
    policy: Policy | str | Path | None = None,
    rules: str | Path | None = None,
    key: str | bytes | None = None,
    key_file: str | Path | None = None,
    key_env: str | None = DEFAULT_KEY_ENV,
    source: str = "",
    workers: int | None = 1,
) -> Run:
    """A run; with more than one worker the detectors are built in the workers, not here."""
    from privacyguard.config.rules import load_rules
    from privacyguard.parallel import detector_for

    if not isinstance(policy, Policy):
        policy = load_policy(policy, load_rules(Path(rules) if rules else None).entity_types)
    keyring = keyring_for(policy, key, key_file, key_env)
    rules_path = str(rules) if rules else None
    detector = detector_for(rules_path) if workers == 1 else None
    return Run(policy, keyring, detector, source, rules=rules_path, workers=workers)


def redact(
    source: Iterable[Message | dict[str, Any] | str] | str | Path,
    output: str | Path | None = None,
    *,
    policy: Policy | str | Path | None = None,
    rules: str | Path | None = None,
    key: str | bytes | None = None,
    key_file: str | Path | None = None,
    key_env: str | None = DEFAULT_KEY_ENV,
    fmt: str | None = None,
    workers: int | None = 1,
    options: ReaderOptions | None = None,
    progress: Progress | None = None,
    **values: Any,
) -> RedactResult:
    """Redact personal data per a policy (default: policies/gdpr-default.yaml).

    ``source`` is a path (a file, folder, zip or SQL URL, written to ``output`` in the same
    format, atomically) or a list of messages (Message objects, {"id", "text", ...} dicts or
    strings; returned redacted in ``RedactResult.messages``). Keyed operators take the key
    from ``key``, ``key_file`` or the environment variable ``key_env``. ``workers`` > 1
    (None: every core) detects in that many processes, with the same output. ``options`` (a
    :class:`~privacyguard.ingest.options.ReaderOptions`) and ``values`` (its fields, e.g.
    ``timezone="Europe/Oslo"``) tell the readers how to read a path; ``progress(stage,
    done, total)`` is told how far a path's redaction is.

    >>> r = redact([{"id": "1", "text": "IBAN NL91 ABNA 0417 1643 00"}])
    >>> r.messages
    [{'id': '1', 'text': 'IBAN <IBAN_CODE>'}]
    """
    where = str(source) if isinstance(source, (str, Path)) else "<messages>"
    if options is None:
        values.setdefault("csv_neutralise", True)  # as `privacyguard redact` does
    run = start_run(policy, rules, key, key_file, key_env, where, workers)
    if isinstance(source, (str, Path)):
        if output is None:
            raise PrivacyGuardError("redact(path) needs an output path")
        return RedactResult(
            redact_path(run, source, output, fmt, options, progress=progress, **values)
        )
    return RedactResult(run.report, redact_items(run, source))


# --- reidentify (encrypt.v1 tokens back to the original values) ---------------------------


def reidentify_path(
    keyring: Keyring, source: str | Path, output: str | Path, fmt: str | None = None,
    subject_keys: Any = None, **options: Any,
) -> Counter[str]:  # fmt: skip
    """Decrypt every encrypt.v1 token in a redacted source into ``output`` (same format).
    A token that does not decrypt stops the run and nothing is written (ReidentifyError)."""
    from privacyguard import ingest
    from privacyguard.act.crypto import reidentify_text

    counts: Counter[str] = Counter()
    def restore(_m: Any, _f: Any, text: str) -> str:
        return reidentify_text(text, keyring, counts, subject_keys=subject_keys)

    ingest.write(source, output, restore, fmt, **options)
    return counts


def reidentify_lines(
    keyring: Keyring,
    lines: Iterable[str | bytes],
    write: Callable[[str], Any],
    name: str = "<stdin>",
    subject_keys: Any = None,
) -> Counter[str]:
    """The JSONL filter for reidentify: tokens in every string value are decrypted."""
    from privacyguard.act.crypto import reidentify_text
    from privacyguard.errors import InputFormatError

    counts: Counter[str] = Counter()

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return reidentify_text(value, keyring, counts, subject_keys=subject_keys)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise InputFormatError(SourceLocation(name, n), "not a JSON line") from None
        write(json.dumps(walk(obj), ensure_ascii=False) + "\n")
    return counts
