"""Time policy-watch's diff of two ~300 KB policy versions beside plain difflib on the raw text.

The versions are built by concatenating real policy text from shared/corpora/privacy-policies
(facebook + whatsapp + telegram, each service's NOTABLE pair), so the changes are real.

    .venv/bin/python bench/policydiff_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import time
from pathlib import Path

from privacyguard.policydiff import classify, diff_documents, extract, load_topic_rules

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "privacy-policies"
PAIRS = [
    ("facebook", "2025-04-07", "2025-05-28"),
    ("whatsapp", "2025-10-03", "2026-02-26"),
    ("telegram", "2024-07-15", "2024-10-02"),
    ("telegram", "2025-12-10", "2026-08-22"),
]
TARGET = 300_000


def build() -> tuple[bytes, bytes]:
    old, new = [], []
    for service, a, b in PAIRS:
        old.append((CORPUS / service / f"{a}.md").read_bytes())
        new.append((CORPUS / service / f"{b}.md").read_bytes())
    old_b, new_b = b"\n\n".join(old), b"\n\n".join(new)
    # trim both at the same section boundary near TARGET bytes
    cut = old_b.find(b"\n#", TARGET - 20_000)
    cut_new = new_b.find(old_b[cut : cut + 200]) if cut > 0 else -1
    if cut > 0 and cut_new > 0:
        old_b, new_b = old_b[:cut], new_b[:cut_new]
    return old_b, new_b


def best(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    old_b, new_b = build()
    rules = load_topic_rules()
    old_t, new_t = old_b.decode(), new_b.decode()
    doc_a, doc_b = extract(old_b, "old.md"), extract(new_b, "new.md")

    def ours_full() -> None:
        a, b = extract(old_b, "old.md"), extract(new_b, "new.md")
        classify(diff_documents(a, b), rules)

    def ours_diff() -> None:
        classify(diff_documents(doc_a, doc_b), rules)

    def plain_lines() -> None:
        list(difflib.unified_diff(old_t.splitlines(), new_t.splitlines(), lineterm=""))

    def plain_words() -> None:
        difflib.SequenceMatcher(None, old_t.split(), new_t.split(), autojunk=False).get_opcodes()

    d = classify(diff_documents(doc_a, doc_b), rules)
    n_lines = sum(1 for x in difflib.unified_diff(old_t.splitlines(), new_t.splitlines(),
                                                  lineterm="") if x[:1] in "+-")  # fmt: skip
    print(f"versions: {len(old_b):,} and {len(new_b):,} bytes; "
          f"{doc_a.words:,} / {doc_b.words:,} words; "
          f"{len(doc_a.sections)} / {len(doc_b.sections)} sections")  # fmt: skip
    print(f"policy-watch: {d.status}, {len(d.substantive)} substantive changes, topics "
          f"{', '.join(d.topics)}; plain difflib: {n_lines} +/- lines")  # fmt: skip
    rows = [
        ("policy-watch extract+normalise+diff+classify", best(ours_full, args.repeat)),
        ("policy-watch diff+classify (documents parsed)", best(ours_diff, args.repeat)),
        ("difflib.unified_diff, raw lines", best(plain_lines, args.repeat)),
        ("difflib.SequenceMatcher, raw words (autojunk off)", best(plain_words, 1)),
    ]
    base = rows[2][1][0]
    print(f"{'':50} {'best s':>8} {'median s':>9} {'x unified_diff':>15}")
    for name, (b, m) in rows:
        print(f"{name:50} {b:8.3f} {m:9.3f} {b / base:15.1f}")


if __name__ == "__main__":
    main()
