"""Policy watch over real policy history: tests/data/privacy-policies (MANIFEST.md there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacyguard.policydiff import classify, diff_documents, extract, load_topic_rules

CORPUS = Path(__file__).resolve().parent / "data" / "privacy-policies"  # tests/data/README.md
HTML_CORPUS = CORPUS.parent / "privacy-policies-html"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="policy corpus not available")

# MANIFEST.md "Notable-change pairs", with the topics each one is about.
NOTABLE = [
    ("instagram", "2025-04-07", "2025-04-15", {"ai_automated_processing", "user_rights"}),
    ("facebook", "2025-04-07", "2025-05-28", {"ai_automated_processing", "data_collection"}),
    ("whatsapp", "2025-10-03", "2026-02-26", {"ads_tracking", "international_transfers"}),
    ("telegram", "2024-07-15", "2024-10-02", {"law_enforcement", "retention"}),
    ("telegram", "2025-12-10", "2026-08-22", {"ads_tracking"}),
]
# MANIFEST.md "Cosmetic-only pairs" plus other non-substantive negatives it lists.
COSMETIC = [
    ("telegram", "2025-07-24", "2025-09-23"),
    ("whatsapp", "2025-07-03", "2025-10-03"),
    ("facebook", "2024-11-15", "2024-11-16"),  # url-only
    ("facebook", "2023-11-03", "2024-05-21"),  # date-only
    ("instagram", "2026-02-25", "2026-05-11"),  # extraction-artifact: cookie banner removed
    ("instagram", "2026-07-24", "2026-08-22"),  # notice-only: "Policy updated on ..." line
]


@pytest.fixture(scope="module")
def rules():
    return load_topic_rules()


def _diff(service: str, old: str, new: str, rules):  # type: ignore[no-untyped-def]
    a = extract((CORPUS / service / f"{old}.md").read_bytes(), f"{service}/{old}.md")
    b = extract((CORPUS / service / f"{new}.md").read_bytes(), f"{service}/{new}.md")
    return classify(diff_documents(a, b, old, new), rules)


@pytest.mark.parametrize(("service", "old", "new", "topics"), NOTABLE)
def test_when_manifest_pair_is_notable_then_flagged_with_its_topics(service, old, new, topics,
                                                                    rules):  # fmt: skip
    d = _diff(service, old, new, rules)
    assert d.status == "substantive"
    assert d.severity == "high"
    assert topics <= set(d.topics), d.topics


@pytest.mark.parametrize(("service", "old", "new"), COSMETIC)
def test_when_manifest_pair_is_cosmetic_then_reported_cosmetic(service, old, new, rules):
    d = _diff(service, old, new, rules)
    assert d.status == "cosmetic", [c.to_json() for c in d.changes][:3]
    assert all(c.kind == "link_changed" and c.severity == "low" for c in d.changes)
    assert d.severity is None


def test_url_only_pair_lists_each_changed_link_at_low_severity_with_both_urls(rules):
    d = _diff("facebook", "2024-11-15", "2024-11-16", rules)
    assert [(c.kind, c.link_text, c.severity) for c in d.changes] == [
        ("link_changed", "Play Video", "low")
    ] * 3
    for c in d.changes:
        assert c.old and c.new and c.old != c.new
        assert c.old.startswith("https://mbasic.facebook.com/video_redirect/")


def test_date_only_pair_reports_the_changed_date_line(rules):
    d = _diff("facebook", "2023-11-03", "2024-05-21", rules)
    assert d.old_dates == ["Effective January 12, 2024"]
    assert d.new_dates == ["Effective November 3, 2023"]


def test_telegram_law_enforcement_change_is_in_its_section_with_word_changes(rules):
    d = _diff("telegram", "2024-07-15", "2024-10-02", rules)
    le = [c for c in d.changes if "law_enforcement" in c.topics and c.kind == "modified"]
    assert le and le[0].section == "8.3. Law Enforcement Authorities"
    inserted = " ".join(w.text for w in le[0].words if w.op == "insert")
    deleted = " ".join(w.text for w in le[0].words if w.op == "delete")
    assert "judicial authorities" in inserted and "quarterly" in inserted
    assert "terror suspect" in deleted and "semiannual" in deleted
    retention = [c for c in d.changes if c.section == "10.4. Account Self-Destruction"]
    assert [(w.op, w.text.strip()) for w in retention[0].words if w.op != "equal"] == [
        ("delete", "6"),
        ("insert", "18"),
    ]
    assert "retention" in retention[0].topics


def test_telegram_new_ads_section_is_a_section_added_and_renamed_heading_is_tracked(rules):
    d = _diff("telegram", "2025-12-10", "2026-08-22", rules)
    added = [c for c in d.changes if c.kind == "section_added"]
    assert [c.section for c in added] == ["5.6.1. Additional advertising tools"]
    assert "ads_tracking" in added[0].topics
    renamed = [c for c in d.changes if c.kind == "heading"]
    assert renamed[0].old_section == "5.6. No Ads Based on User Data"


def test_html_and_markdown_versions_of_the_same_change_diff_alike(rules):
    html = classify(
        diff_documents(
            extract((HTML_CORPUS / "telegram" / "2021-02-08.html").read_bytes(), "a.html"),
            extract((HTML_CORPUS / "telegram" / "2021-03-28.html").read_bytes(), "b.html"),
        ),
        rules,
    )
    md = _diff("telegram", "2020-07-30", "2021-03-25", rules)
    for d in (html, md):
        kinds = {(c.kind, c.section) for c in d.changes}
        assert ("section_added", "3.5. Location Data") in kinds
        assert ("section_renumbered", "3.4. Phone Number and Contacts") in kinds
        assert "data_collection" in d.topics
    assert [c.to_json() for c in html.changes] == [c.to_json() for c in md.changes]


def test_every_corpus_file_extracts_into_sections():
    for path in sorted(CORPUS.glob("*/*.md")):
        doc = extract(path.read_bytes(), str(path))
        assert len(doc.sections) >= 5, path
        assert doc.words > 3000, path
