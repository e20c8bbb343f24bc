"""``make fuzz``: the fuzz properties at random for a bounded time; new crashes are saved.

    python -m fuzz.run [--seconds N] [--crashes DIR] [--target NAME ...] [--replay]

First every saved crash under ``fuzz/crashes/`` is replayed: each is reported as still failing
or as fixed (its regression test belongs in tests/test_fuzz_regressions.py). Then the targets
(the readers, scan and redact in every format, the library and the command line) run round
robin, a short hypothesis run each, until ``--seconds`` (default: ``FUZZ_SECONDS`` or 90) are
spent. A failure whose signature (exception type and the innermost privacyguard line, or the
assertion) was not seen before is saved as a new crash file and fuzzing goes on with the other
targets. Exit 0 when nothing new was found, 1 when something was (the new files are listed),
2 on bad usage.

Crash file names say how to replay them: ``<fmt>--<id>--<file name>`` is read with that
reader, ``redact@<fmt>--<id>--<file name>`` is redacted in that format, ``items--<id>.json``
is a JSON list of texts for the library's scan and redact, ``stream--<id>.jsonl`` is fed to
``redact - -o -``, ``zip--<id>.zip`` is read as a zip.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import traceback
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from fuzz import properties as P
from fuzz import strategies as S

CRASHES = Path(__file__).resolve().parent / "crashes"
#: where new finds are saved: outside the regression suite (which replays CRASHES/* only)
#: until they are fixed and moved up into CRASHES
NEW = "new"


# --- replaying a saved input ------------------------------------------------------------


def replay(path: Path) -> None:
    """Run the property a crash file belongs to; raises if it still fails."""
    name = path.name
    data = path.read_bytes()
    if name.startswith("items--"):
        P.check_scan_and_redact_items(json.loads(data))
    elif name.startswith("stream--"):
        P.check_cli_stream(data.decode("utf-8", "surrogatepass").split("\n")[:-1], ())
    elif name.startswith("zip--"):
        with zipfile.ZipFile(path) as z:
            members = [(i.filename, z.read(i)) for i in z.infolist()]
        P.check_zip(members)
    else:
        fmt, _id, base = name.split("--", 2)
        if fmt.startswith("redact@"):
            P.check_redact_file(base, data, fmt.removeprefix("redact@"))
        else:
            P.check_read(base, data, None if fmt == "sniffed" else fmt, roundtrip=True)


def save(kind: str, fmt: str | None, payload: Any, crashes: Path) -> Path:
    """Write a failing input where replay() finds it; the name holds a hash of the input."""
    crashes.mkdir(parents=True, exist_ok=True)
    if kind in ("read", "redact"):
        base, data = payload
        digest = hashlib.sha1(data).hexdigest()[:10]
        prefix = fmt or "sniffed"
        if kind == "redact":
            prefix = f"redact@{prefix}"
        path = crashes / f"{prefix}--{digest}--{base.rsplit('/', 1)[-1]}"
        path.write_bytes(data)
    elif kind == "items":
        data = json.dumps(payload, ensure_ascii=True).encode()
        path = crashes / f"items--{hashlib.sha1(data).hexdigest()[:10]}.json"
        path.write_bytes(data)
    elif kind == "stream":
        data = "".join(line + "\n" for line in payload).encode("utf-8", "surrogatepass")
        path = crashes / f"stream--{hashlib.sha1(data).hexdigest()[:10]}.jsonl"
        path.write_bytes(data)
    else:  # zip
        path = crashes / f"zip--{hashlib.sha1(repr(payload).encode()).hexdigest()[:10]}.zip"
        with zipfile.ZipFile(path, "w") as z, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duplicate names are meant
            for member, data in payload:
                z.writestr(member.replace("\x00", "_") or "_", data)
    return path


def signature(err: BaseException) -> str:
    """What makes two failures the same bug: the exception type and the innermost line of
    privacyguard (or of the fuzz properties, for a broken invariant) it came from."""
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "/privacyguard/" in f.filename] or [
        f for f in frames if "/fuzz/" in f.filename
    ]
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    what = str(err).split("\n", 1)[0][:80] if isinstance(err, AssertionError) else ""
    return f"{type(err).__name__} at {where} {what}".strip()


# --- targets ----------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    kind: str  # read | redact | items | stream | zip
    fmt: str | None
    strategy: Any
    check: Callable[[Any], None]
    chunk: int  # examples per hypothesis run
    examples: int = 0
    failures: dict[str, Path] = field(default_factory=dict)


def _read_strategy(fmt: str | None) -> Any:
    name = S.RENDER[fmt or "text"]([])[0]
    options = [st.tuples(st.just(name), st.binary(max_size=2000))]
    if fmt is not None:
        options.append(S.document(fmt))
        if fmt in S.JSON_FORMATS:
            options.append(S.json_swapped(fmt))
    else:
        options += [S.document(f) for f in S.FORMATS]
    return st.one_of(*options)


@st.composite
def _pii_document(draw: Any, fmt: str) -> tuple[str, bytes, list[str]]:
    chat, values = draw(S.pii_chat())
    name, data = S.RENDER[fmt](chat)
    return name, data, values


def targets() -> list[Target]:
    out: list[Target] = []
    for fmt in [*S.FORMATS, None]:
        out.append(Target(
            f"read {fmt or 'sniffed'}", "read", fmt, _read_strategy(fmt),
            lambda doc, fmt=fmt: P.check_read(doc[0], doc[1], fmt, roundtrip=fmt is not None),
            chunk=40,
        ))  # fmt: skip
    for fmt in S.FORMATS:
        out.append(Target(
            f"redact {fmt}", "redact", fmt,
            st.one_of(_pii_document(fmt), S.document(fmt).map(lambda d: (*d, []))),
            lambda doc, fmt=fmt: P.check_redact_file(doc[0], doc[1], fmt, doc[2]),
            chunk=4,
        ))  # fmt: skip
    texts = st.lists(
        st.one_of(S.hostile_text, S.tricky_text, S.pii_message().map(lambda m: m[0])),
        min_size=1, max_size=6,
    )  # fmt: skip
    out.append(Target("scan+redact items", "items", None, texts,
                      P.check_scan_and_redact_items, chunk=6))  # fmt: skip
    lines = st.lists(
        st.one_of(
            S.pii_message().map(lambda m: json.dumps({"id": "1", "text": m[0]})),
            S.hostile_text.map(lambda t: json.dumps({"text": t, "sender": t})),
            S.tricky_text.map(lambda t: t.replace("\n", " ")),
        ),
        min_size=1, max_size=4,
    )  # fmt: skip
    out.append(Target("cli redact - -o -", "stream", None, lines,
                      lambda ls: P.check_cli_stream(ls, ()), chunk=4))  # fmt: skip
    members = st.lists(
        st.tuples(
            st.one_of(st.sampled_from(["a.txt", "message_1.json", "result.json", "x/../y",
                                       "a.csv", "m.eml", "p.jpg"]), st.text(min_size=1)),
            st.one_of(st.binary(max_size=300), st.sampled_from(S.FORMATS).flatmap(S.document)
                      .map(lambda d: d[1])),
        ),
        max_size=4,
    )  # fmt: skip
    out.append(Target("zip", "zip", None, members, P.check_zip, chunk=20))
    return out


def _payload(t: Target, value: Any) -> Any:
    if t.kind == "redact":
        return value[0], value[1]
    return value


def fuzz(t: Target, known: set[str], crashes: Path) -> list[Path]:
    """One short hypothesis run of ``t``; known failures are counted, a new one is saved."""
    new: list[tuple[Any, BaseException]] = []

    @settings(
        max_examples=t.chunk,
        deadline=None,
        database=None,
        phases=(Phase.generate,),  # bounded time: no shrinking (replay a saved input instead)
        suppress_health_check=list(HealthCheck),
    )
    @given(t.strategy)
    def run(value: Any) -> None:
        t.examples += 1
        try:
            t.check(value)
        except Exception as e:  # noqa: BLE001 - every failure is a finding
            sig = signature(e)
            if sig in known or any(signature(err) == sig for _, err in new):
                return
            new.append((value, e))
            raise

    try:
        run()
    except Exception as e:  # noqa: BLE001 - reported through ``new``
        if not new:  # the harness itself failed (a generator): say so, go on with the rest
            t.failures[f"harness: {type(e).__name__}: {str(e)[:120]}"] = Path("-")
            print(f"HARNESS ERROR in {t.name}: {type(e).__name__}: {str(e)[:200]}", flush=True)
            return []
    saved = []
    for value, err in new:
        sig = signature(err)
        known.add(sig)
        path = save(t.kind, t.fmt, _payload(t, value), crashes)
        t.failures[sig] = path
        saved.append(path)
        print(f"NEW  {t.name}: {sig}\n     saved {path}", flush=True)
    return saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m fuzz.run", description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 90)))
    ap.add_argument("--crashes", type=Path, default=CRASHES, help="fixed crashes (replayed)")
    ap.add_argument("--target", action="append", default=[], help="only targets containing this")
    ap.add_argument("--replay", action="store_true", help="only replay the saved crashes")
    args = ap.parse_args(argv)
    if args.seconds <= 0:
        ap.error("--seconds must be positive")

    start = time.monotonic()
    known: set[str] = set()
    still, fixed = [], []
    saved = [*args.crashes.glob("*"), *(args.crashes / NEW).glob("*")]
    for path in sorted(saved, key=lambda p: p.name):
        if path.name.startswith(".") or not path.is_file():
            continue
        try:
            replay(path)
            fixed.append(path)
        except Exception as e:  # noqa: BLE001 - a saved crash that still fails
            known.add(signature(e))
            still.append((path, signature(e)))
    for path, sig in still:
        print(f"OPEN {path.relative_to(args.crashes)}: {sig}")
    for path in fixed:
        where = path.relative_to(args.crashes)
        hint = "move it up into the crashes folder" if path.parent.name == NEW else "keep it"
        print(f"OK   {where}: passes now ({hint}: it is a regression test)")
    if args.replay:
        return 0

    chosen = [t for t in targets() if not args.target or any(s in t.name for s in args.target)]
    if not chosen:
        ap.error("no target matches --target")
    new: list[Path] = []
    deadline = start + args.seconds
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        for t in chosen:
            if time.monotonic() >= deadline:
                break
            new += fuzz(t, known, args.crashes / NEW)
    spent = time.monotonic() - start
    total = sum(t.examples for t in chosen)
    print(
        f"fuzzed {total} examples over {len(chosen)} targets in {spent:.0f} s ({rounds} rounds);"
        f" {len(still)} saved crashes still open, {len(fixed)} fixed"
    )
    for t in chosen:
        print(f"  {t.name:28} {t.examples:6} examples  {len(t.failures)} new")
    broken = [t.name for t in chosen if any(k.startswith("harness:") for k in t.failures)]
    if broken:
        print(f"the harness failed in: {', '.join(broken)} (fix fuzz/, not privacyguard)")
    if new or broken:
        print(f"{len(new)} NEW crash(es) saved under {args.crashes / NEW}: once fixed, move "
              f"each up into {args.crashes} (a regression test then, fuzz/README.md)")  # fmt: skip
        return 1
    print("nothing new found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
