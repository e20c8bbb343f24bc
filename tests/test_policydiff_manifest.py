"""Every version pair of the real policy histories, judged against MANIFEST.md's labels.

The shared corpus (../shared/corpora/privacy-policies, 46 versions) is used when it is there;
otherwise the 23 versions copied to tests/data/privacy-policies (pairs whose files are not
there are left out, and the notable and cosmetic-only pairs are all there).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privacyguard.policydiff import classify, diff_documents, extract, load_topic_rules

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora" / "privacy-policies"
LOCAL = ROOT / "tests" / "data" / "privacy-policies"
CORPUS = SHARED if (SHARED / "MANIFEST.md").is_file() else LOCAL

pytestmark = pytest.mark.skipif(not (CORPUS / "MANIFEST.md").is_file(), reason="no corpus")

# Labels of pairs whose wording did not change (MANIFEST.md "Cosmetic-only pairs" and the
# "other non-substantive pairs" that are not a different page variant).
QUIET = {"COSMETIC ONLY", "url-only", "date-only", "typo-only", "structural",
         "extraction-artifact", "notice-only"}  # fmt: skip
# Labels of pairs whose wording did change: they must not be quietened.
WORDING = {"substantive", "mixed", "page-variant", "NOTABLE"}
# The topics each NOTABLE pair is about (MANIFEST.md "Notable-change pairs" 1-5).
NOTABLE_TOPICS = {
    ("instagram", "2025-04-15"): {"ai_automated_processing", "user_rights"},
    ("facebook", "2025-05-28"): {"ai_automated_processing", "data_collection"},
    ("whatsapp", "2026-02-26"): {"ads_tracking", "international_transfers"},
    ("telegram", "2024-10-02"): {"law_enforcement", "retention"},
    ("telegram", "2026-08-22"): {"ads_tracking"},
}

_SERVICE = re.compile(r"^## (\w+) — ")
_ROW = re.compile(r"^\| (\d{4}-\d\d-\d\d)\.md \|.*\| ([^|]+?) \|$")


def manifest_pairs() -> list[tuple[str, str, str, str]]:
    """(service, old date, new date, label of the new file) for consecutive kept files."""
    rows: dict[str, list[tuple[str, str]]] = {}
    service = None
    for line in (CORPUS / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        if m := _SERVICE.match(line):
            service = m.group(1)
        elif (m := _ROW.match(line)) and service:
            rows.setdefault(service, []).append((m.group(1), m.group(2).strip("* ")))
    return [
        (service, old, new, label)
        for service, versions in rows.items()
        for (old, _), (new, label) in zip(versions, versions[1:], strict=False)
    ]


def _judge(service: str, old: str, new: str, label: str, rules) -> str | None:  # type: ignore[no-untyped-def]
    """What is wrong with this pair's diff, or None."""
    a = extract((CORPUS / service / f"{old}.md").read_bytes(), f"{service}/{old}.md")
    b = extract((CORPUS / service / f"{new}.md").read_bytes(), f"{service}/{new}.md")
    d = classify(diff_documents(a, b, old, new), rules)
    if label in QUIET:
        if d.status == "substantive" or any(
            c.kind == "link_changed" and c.severity != "low" for c in d.changes
        ):
            return f"{label} but {d.status} ({len(d.substantive)} change(s))"
    elif label in WORDING:
        if d.status != "substantive":
            return f"{label} but {d.status}"
        expected = NOTABLE_TOPICS.get((service, new), set())
        if label == "NOTABLE" and (d.severity != "high" or not expected <= set(d.topics)):
            return f"NOTABLE but severity {d.severity}, topics {d.topics} (want {expected})"
    else:
        return f"unknown label {label!r}"
    return None


def test_every_manifest_pair_is_judged_as_its_label():
    rules = load_topic_rules()
    present = [p for p in manifest_pairs()
               if all((CORPUS / p[0] / f"{day}.md").is_file() for day in p[1:3])]  # fmt: skip
    labels = [p[3] for p in present]
    assert labels.count("NOTABLE") == 5 and labels.count("COSMETIC ONLY") == 2, labels
    if CORPUS == SHARED:
        assert len(present) == 42, len(present)  # 46 files in 4 histories
    wrong = {f"{s} {o} -> {n}": why for s, o, n, label in present
             if (why := _judge(s, o, n, label, rules))}  # fmt: skip
    assert wrong == {}
