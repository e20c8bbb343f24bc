#!/usr/bin/env python3
"""Streaming benchmark for the Facebook Messenger DYI reader: bounded memory vs load-everything.

    python bench/ingest_messenger.py [--size-mb 1024] [--size-mb 100 ...] [--out DIR] [--keep]
                                     [--scan-messages 100000] [--markdown FILE] [--seed 7]

For each size it generates a synthetic Messenger "Download Your Information" export (the real
layout: ``your_facebook_activity/messages/<section>/<slug>_<digits>/message_N.json``, pages
of at most 10,000 messages, newest first, message_1 the newest, header repeated on every
page, 2-space indent, empty arrays over three lines, no trailing newline, and every
non-ASCII string written as Meta's ``\\u00XX`` mojibake). There are many small threads and
three very large ones (each ~8% of the export, dozens of pages). The message texts come from
the accuracy corpus generator (bench/accuracy/make_corpus.py): synthetic people and
checksum-valid fake identifiers in en/nl/nb/ru; no real data.

Then it runs each approach in its own subprocess, so that peak RSS (getrusage ru_maxrss of
that process) is per approach:

  stream-read  ``privacyguard.ingest.read(export)``, every record consumed (the real reader)
  naive-read   ``json.load`` every page of the export into memory first, then merge and sort
               each thread's pages and repair the mojibake (what a simple script does)
  stream-scan  ``pipeline.scan_stream(read(export))`` with the default detector: the code
               path of ``privacyguard scan``. Detection runs at ~2,000 messages/s, so this
               pass stops after ``--scan-messages`` messages (0 = the whole export) and the
               time for the whole export is projected from its rate.

Timings exclude interpreter start-up and imports (and building the detector, warmed on the
export's first 1,000 messages since it loads some word lists on first use); peak RSS includes
them, and "RSS before" is what the process held when the timed pass started. The generated
export is deleted afterwards unless ``--out``/``--keep`` is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PAGE_MAX = 10_000  # messages per message_N.json page, as in real exports
ROOT = "your_facebook_activity/messages"
SECTIONS = [("inbox", 0.85), ("archived_threads", 0.05), ("message_requests", 0.05),
            ("e2ee_cutover", 0.05)]  # fmt: skip
BIG_THREADS = 3
BIG_SHARE = 0.08  # of the export size, per big thread
AVG_MESSAGE_BYTES = 330  # rough, for spreading timestamps only

COMPANIES = {
    "en": ["SkyTrek Travel", "Northwind Bank", "Bluewave Mobile", "Parcelly Shop"],
    "nl": ["Reisbureau Zonnepad", "Bank Gouden Tulp", "Polderbel Mobiel", "Winkeltje Noord"],
    "nb": ["Fjordreiser AS", "Nordlys Bank", "Vidde Mobil AS", "Kvikk Handel"],
    "ru": ["Аэротур", "Банк Северный", "Связь Плюс", "Магазин Ромашка"],
}
REACTIONS = ["👍", "❤", "😂", "😮", "😢", "🙏"]


# --- the synthetic export ---------------------------------------------------------------


def moji(s: str) -> str:
    """A JSON string token the way Meta writes it: each UTF-8 byte as its own \\u00XX."""
    return json.dumps(s.encode("utf-8").decode("latin-1"))


_POOL: dict[str, list[tuple[str, str]]] | None = None  # lang -> [(role, encoded text)]


def _pool(seed: int) -> dict[str, list[tuple[str, str]]]:
    global _POOL
    if _POOL is None:
        sys.path.insert(0, str(HERE / "accuracy"))
        import make_corpus  # noqa: PLC0415 - the accuracy corpus generator, synthetic data

        pool: dict[str, list[tuple[str, str]]] = {}
        for r in make_corpus.generate(seed, 20_000):
            pool.setdefault(r["lang"], []).append((r["role"], moji(r["text"])))
        _POOL = pool
    return _POOL


def _people(rng: random.Random, lang: str, n: int) -> list[str]:
    sys.path.insert(0, str(HERE / "accuracy"))
    import make_corpus  # noqa: PLC0415

    return [make_corpus.make_person(rng, lang).full(rng) for _ in range(n)]


def _slug(name: str) -> str:
    sys.path.insert(0, str(HERE / "accuracy"))
    import make_corpus  # noqa: PLC0415

    return make_corpus.ascii_fold(name) or "facebookuser"


def _message(
    rng: random.Random, sender: str, ts: int, text: str, thread_path: str, others: list[str]
) -> str:
    """One message object, indented as in a real page (4 spaces, fields at 6)."""
    f = [f'      "sender_name": {sender}', f'      "timestamp_ms": {ts}']
    k = rng.random()
    if k < 0.01:
        f.append(f'      "call_duration": {rng.randint(0, 1800)}')
    elif k < 0.02:
        f.append('      "is_unsent": true')
    elif k < 0.05:
        uri = f"{ROOT}/{thread_path}/photos/{rng.getrandbits(50)}_{rng.getrandbits(50)}_n.jpg"
        f.append(
            '      "photos": [\n        {\n'
            f'          "uri": "{uri}",\n'
            f'          "creation_timestamp": {ts // 1000}\n'
            "        }\n      ]"
        )
        f.append('      "is_unsent_image_by_messenger_kid_parent": false')
    elif k < 0.07:
        link = f"https://www.example.com/help/{rng.getrandbits(32):x}"
        f.append(f'      "content": "{link}"')
        f.append(f'      "share": {{\n        "link": "{link}"\n      }}')
    else:
        f.append(f'      "content": {text}')
        if rng.random() < 0.05 and others:
            f.append(
                '      "reactions": [\n        {\n'
                f'          "reaction": {moji(rng.choice(REACTIONS))},\n'
                f'          "actor": {rng.choice(others)}\n'
                "        }\n      ]"
            )
    f.append('      "is_geoblocked_for_viewer": false')
    return "    {\n" + ",\n".join(f) + "\n    }"


def _page(participants: list[str], title: str, thread_path: str, messages: list[str]) -> str:
    parts = ",\n".join(f'    {{\n      "name": {p}\n    }}' for p in participants)
    return (
        '{\n  "participants": [\n'
        + parts
        + '\n  ],\n  "messages": [\n'
        + ",\n".join(messages)
        + f'\n  ],\n  "title": {title},\n  "is_still_participant": true,\n'
        f'  "thread_path": "{thread_path}",\n  "magic_words": [\n    \n  ]\n}}'
    )


def make_thread(spec: tuple[str, int, int, int, int]) -> tuple[int, int]:
    """Write one thread (spec: root, index, target bytes, seed); returns (bytes, messages)."""
    root, index, target, seed, pool_seed = spec
    rng = random.Random(seed)
    pool = _pool(pool_seed)
    lang = rng.choice(sorted(pool))
    texts = pool[lang]
    company = rng.choice(COMPANIES[lang])
    group = rng.random() < 0.05
    customers = _people(rng, lang, rng.randint(2, 5) if group else 1)
    names = [moji(n) for n in [company, *customers]]
    title = names[1] if not group else moji(", ".join(customers[:3]))
    section = rng.choices([s for s, _ in SECTIONS], [w for _, w in SECTIONS])[0]
    thread_path = f"{section}/{_slug(customers[0])}_{1_000_000_000_000_000 + index}"
    folder = Path(root) / ROOT / thread_path
    folder.mkdir(parents=True, exist_ok=True)
    n_est = max(1, target // AVG_MESSAGE_BYTES)
    mean_gap = 6 * 365 * 86_400_000 / n_est  # ms; a thread spans a few years at most
    ts = int(dt.datetime(2017, 1, 1, tzinfo=dt.timezone.utc).timestamp() * 1000)
    ts += rng.randint(0, 3 * 365 * 86_400_000)
    messages: list[str] = []
    size = 0
    pos = rng.randrange(len(texts))
    while size < target or len(messages) < 2:
        role, text = texts[pos % len(texts)]
        pos += 1
        sender = names[0] if role == "agent" else rng.choice(names[1:])
        others = [n for n in names if n != sender]
        if rng.random() >= 0.01:  # 1% share the previous millisecond (ties are common)
            ts += 1 + int(rng.expovariate(1 / mean_gap))
        m = _message(rng, sender, ts, text, thread_path, others)
        messages.append(m)
        size += len(m) + 2
    messages.reverse()  # newest first; message_1.json holds the newest page
    written = 0
    for p, start in enumerate(range(0, len(messages), PAGE_MAX), 1):
        data = _page(names, title, thread_path, messages[start : start + PAGE_MAX])
        (folder / f"message_{p}.json").write_text(data, "ascii")
        written += len(data)
    return written, len(messages)


def thread_sizes(total: int, rng: random.Random) -> Iterator[int]:
    """Target bytes per thread: a few very large threads, then many small ones."""
    for _ in range(BIG_THREADS):
        yield int(total * BIG_SHARE)
    left = total - BIG_THREADS * int(total * BIG_SHARE)
    while left > 0:
        n = min(left, max(800, int(rng.lognormvariate(9.8, 1.3))))  # median ~18 KB
        left -= n
        yield n


def generate(out: Path, size_mb: float, seed: int) -> dict[str, float]:
    t0 = time.perf_counter()
    rng = random.Random(seed)
    sizes = list(thread_sizes(int(size_mb * 1024 * 1024), rng))
    specs = [(str(out), i, s, seed * 1_000_003 + i, seed) for i, s in enumerate(sizes)]
    with Pool(min(2, os.cpu_count() or 1)) as pool:
        done = pool.map(make_thread, specs, chunksize=8)
    files = sum(1 for _ in out.rglob("message_*.json"))
    return {
        "bytes": sum(b for b, _ in done),
        "messages": sum(m for _, m in done),
        "threads": len(specs),
        "files": files,
        "largest_thread_messages": max(m for _, m in done),
        "seconds": time.perf_counter() - t0,
    }


# --- the passes (each in its own process) -----------------------------------------------


def _rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def pass_stream_read(path: str, _limit: int) -> dict[str, float]:
    from privacyguard.ingest import read
    from privacyguard.models import Message

    base = _rss_kb()
    t0 = time.perf_counter()
    messages = problems = chars = 0
    for rec in read(path):
        if isinstance(rec, Message):
            messages += 1
            chars += len(rec.text)
        else:
            problems += 1
    return {"seconds": time.perf_counter() - t0, "records": messages, "problems": problems,
            "chars": chars, "rss_base_kb": base}  # fmt: skip


def pass_naive_read(path: str, _limit: int) -> dict[str, float]:
    from privacyguard.ingest.meta_dyi import repair

    base = _rss_kb()
    t0 = time.perf_counter()
    page = re.compile(r"^message_(\d+)\.json$")
    threads: list[list[dict]] = []
    for dirpath, dirnames, filenames in os.walk(path):  # 1. load every page first
        dirnames.sort()
        pages = sorted((int(m.group(1)), f) for f in filenames if (m := page.match(f)))
        docs = []
        for _, f in pages:
            with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                docs.append(json.load(fh))
        if docs:
            threads.append(docs)
    messages = chars = 0
    for docs in threads:  # 2. merge, sort (stable), repair
        for p in docs[0]["participants"]:
            repair(p["name"])
        rows = [m for d in docs for m in d["messages"]]
        rows.sort(key=lambda m: m.get("timestamp_ms") or 0)
        for m in rows:
            repair(m.get("sender_name", ""))
            text = repair(m.get("content", ""))[0]
            messages += 1
            chars += len(text)
        messages += 1  # the thread header, as the reader yields it
    return {"seconds": time.perf_counter() - t0, "records": messages, "problems": 0,
            "chars": chars, "rss_base_kb": base}  # fmt: skip


def pass_stream_scan(path: str, limit: int) -> dict[str, float]:
    from itertools import islice

    from privacyguard.ingest import read
    from privacyguard.models import InputProblem, Message
    from privacyguard.pipeline import detector_for, scan_stream

    detector = detector_for()
    warm = [m for m in islice(read(path), 1000) if isinstance(m, Message)]
    detector.detect(warm)  # the detector loads some word lists on first use
    base = _rss_kb()
    t0 = time.perf_counter()
    records = read(path)
    if limit:
        records = islice(records, limit)
    messages = problems = findings = 0
    for item in scan_stream(records, detector):
        if isinstance(item, InputProblem):
            problems += 1
        else:
            messages += 1
            findings += len(item.findings)
    return {"seconds": time.perf_counter() - t0, "records": messages, "problems": problems,
            "findings": findings, "rss_base_kb": base, "partial": bool(limit)}  # fmt: skip


PASSES = {"stream-read": pass_stream_read, "naive-read": pass_naive_read,
          "stream-scan": pass_stream_scan}  # fmt: skip


def run_pass(name: str, path: Path, limit: int) -> dict[str, float]:
    """Run one pass in a fresh interpreter; its own ru_maxrss is its peak RSS."""
    cmd = [sys.executable, __file__, "--child", name, str(path), "--scan-messages", str(limit)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def child(name: str, path: str, limit: int) -> None:
    result = PASSES[name](path, limit)
    result["rss_peak_kb"] = _rss_kb()
    print(json.dumps(result))


# --- reporting ------------------------------------------------------------------------------


def machine() -> str:
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])  # type: ignore[index]
        mem = f", {kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, TypeError):
        pass
    cpu = platform.processor() or platform.machine()
    try:
        names = re.findall(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        cpu = names[0].strip() if names else cpu
    except OSError:
        pass
    return f"nproc {os.cpu_count()}{mem}, {cpu}, Python {platform.python_version()}"


def mb(n: float) -> float:
    return n / 1024 / 1024


def report(rows: list[dict]) -> str:
    out = [
        "| export | approach | records | time (s) | MiB/s | records/s | RSS before (MiB) "
        "| peak RSS (MiB) |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        size = mb(r["gen"]["bytes"])
        for name, p in r["passes"].items():
            secs = p["seconds"]
            part = " (first {:,})".format(p["records"]) if p.get("partial") else ""
            share = p["records"] / r["gen"]["messages"] if p.get("partial") else 1.0
            out.append(
                f"| {size:,.0f} MiB | {name}{part} | {p['records']:,} | {secs:,.1f} | "
                f"{size * min(share, 1.0) / secs:,.1f} | {p['records'] / secs:,.0f} | "
                f"{p['rss_base_kb'] / 1024:,.0f} | {p['rss_peak_kb'] / 1024:,.0f} |"
            )
    out.append("")
    out.append("| export | naive / stream peak RSS | stream / naive read time | "
               "stream-scan projected for the whole export |")  # fmt: skip
    out.append("|---|---:|---:|---:|")
    for r in rows:
        s, n = r["passes"]["stream-read"], r["passes"]["naive-read"]
        sc = r["passes"].get("stream-scan")
        proj = ""
        if sc:
            rate = sc["records"] / sc["seconds"]
            proj = f"{r['gen']['messages'] / rate / 60:,.1f} min at {rate:,.0f} msg/s"
        out.append(
            f"| {mb(r['gen']['bytes']):,.0f} MiB | {n['rss_peak_kb'] / s['rss_peak_kb']:.1f}x | "
            f"{s['seconds'] / n['seconds']:.1f}x | {proj} |"
        )
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        growth = mb(b["gen"]["bytes"]) / mb(a["gen"]["bytes"])
        out.append("")
        out.append(f"From {mb(a['gen']['bytes']):,.0f} MiB to {mb(b['gen']['bytes']):,.0f} MiB "
                   f"({growth:.1f}x the data), peak RSS grows:")  # fmt: skip
        for name in a["passes"]:
            ra, rb = a["passes"][name]["rss_peak_kb"], b["passes"][name]["rss_peak_kb"]
            ba, bb = a["passes"][name]["rss_base_kb"], b["passes"][name]["rss_base_kb"]
            out.append(
                f"- {name}: {ra / 1024:,.0f} -> {rb / 1024:,.0f} MiB ({rb / ra:.2f}x); above the "
                f"RSS before the pass: {(ra - ba) / 1024:,.0f} -> {(rb - bb) / 1024:,.0f} MiB"
            )
    return "\n".join(out)


def describe(r: dict) -> str:
    g = r["gen"]
    return (
        f"- {mb(g['bytes']):,.0f} MiB export: {g['threads']:,} threads, {g['files']:,} page files, "
        f"{g['messages']:,} messages (largest thread {g['largest_thread_messages']:,} messages, "
        f"{-(-g['largest_thread_messages'] // PAGE_MAX)} pages); generated in {g['seconds']:.0f} s"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, action="append",
                    help="export size in MiB (repeat for several sizes; default 1024)")  # fmt: skip
    ap.add_argument("--out", type=Path, help="generate into DIR (kept); default: a temp dir")
    ap.add_argument("--keep", action="store_true", help="keep the generated export(s)")
    ap.add_argument("--scan-messages", type=int, default=100_000,
                    help="messages for the stream-scan pass (0 = all; default 100000)")  # fmt: skip
    ap.add_argument("--skip", action="append", default=[], choices=sorted(PASSES),
                    help="leave out a pass")  # fmt: skip
    ap.add_argument("--markdown", type=Path, help="also write the report to this file")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", nargs=2, metavar=("PASS", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], args.scan_messages)
        return 0
    sizes = args.size_mb or [1024.0]
    base = args.out or Path(tempfile.mkdtemp(prefix="pg-bench-ingest-"))
    keep = args.keep or args.out is not None
    rows = []
    t_start = time.perf_counter()
    print(f"machine: {machine()}", file=sys.stderr)
    try:
        for size in sizes:
            path = base / f"messenger_{size:g}mb"
            if path.exists():
                shutil.rmtree(path)
            path.mkdir(parents=True)
            print(f"generating ~{size:g} MiB in {path} ...", file=sys.stderr)
            row = {"gen": generate(path, size, args.seed), "passes": {}}
            print(describe(row), file=sys.stderr)
            for name in PASSES:
                if name in args.skip:
                    continue
                print(f"  {name} ...", file=sys.stderr, end="", flush=True)
                p = run_pass(name, path, args.scan_messages)
                row["passes"][name] = p
                print(f" {p['seconds']:.1f} s, peak RSS {p['rss_peak_kb'] / 1024:,.0f} MiB",
                      file=sys.stderr)  # fmt: skip
            rows.append(row)
            if not keep:
                shutil.rmtree(path)
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)
    took = time.perf_counter() - t_start
    text = "\n".join(
        [
            f"{dt.date.today().isoformat()}, {machine()}; whole run {took / 60:.1f} min",
            "",
            *(describe(r) for r in rows),
            "",
            report(rows),
        ]
    )
    print(text)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
