"""Cosmetic changes stay quiet; a changed link target is listed at the lowest severity."""

from __future__ import annotations

import json

from privacyguard.policydiff import classify, diff_documents, extract
from privacyguard.policydiff.report import render_html, render_text

INTRO = "This policy explains how Example Chat collects, uses and shares information about you."


def _page(body: str) -> str:
    return f"# Privacy Policy\n\n{INTRO}\n\n## Sharing\n\n{body}\n\n## Contact\n\n{INTRO}\n"


def _diff(old: str, new: str):  # type: ignore[no-untyped-def]
    a, b = extract(_page(old), "old.md"), extract(_page(new), "new.md")
    return classify(diff_documents(a, b, "v1", "v2"), language="en")


def test_spacing_after_a_comma_is_no_change():
    d = _diff("We share data with partners,including advertisers ; never brokers .",
              "We share data with partners, including advertisers; never brokers.")  # fmt: skip
    assert d.status == "cosmetic" and d.changes == []


def test_typographic_quotes_and_dashes_are_no_change():
    d = _diff('We call them "partners" - companies we work with, and it\'s our duty.',
              "We call them \u201cpartners\u201d \u2014 companies we work with, "
              "and it\u2019s our duty.")  # fmt: skip
    assert d.status == "cosmetic" and d.changes == []


def test_a_doubled_word_fixed_is_no_change():
    d = _diff("We rely on the EU-U.S. and and Swiss-U.S. frameworks.",
              "We rely on the EU-U.S. and Swiss-U.S. frameworks.")  # fmt: skip
    assert d.status == "cosmetic" and d.changes == []


def test_a_changed_word_is_still_substantive():
    d = _diff("We never sell your data to partners, including advertisers.",
              "We sell your data to partners, including advertisers.")  # fmt: skip
    assert d.status == "substantive" and "data_sharing" in d.topics


def test_changed_link_target_is_listed_low_with_both_urls_and_the_page_stays_cosmetic():
    old = "See our [Cookie Policy](https://example.org/cookies-2024) for details on this."
    new = "See our [Cookie Policy](https://example.org/cookies-2025) for details on this."
    d = _diff(old, new)
    assert d.status == "cosmetic" and d.severity is None
    [c] = d.changes
    assert (c.kind, c.severity, c.link_text) == ("link_changed", "low", "Cookie Policy")
    assert (c.old, c.new) == ("https://example.org/cookies-2024", "https://example.org/cookies-2025")
    text = render_text(d)
    assert "linked document changed in Sharing [low]" in text
    assert "https://example.org/cookies-2024" in text and "https://example.org/cookies-2025" in text
    assert "1 linked document(s) changed" in text
    js = json.loads(json.dumps(d.to_json()))
    assert js["status"] == "cosmetic" and js["changes"][0]["link_text"] == "Cookie Policy"
    page = render_html(d)
    assert "linked document changed" in page and "cookies-2025" in page


def test_tracking_parameters_and_redirect_wrappers_are_the_same_document():
    old = "See the [Help Center](https://l.example.com/l.php?u=https%3A%2F%2Fhelp.example.org%2Fa&h=AT1)."
    new = "See the [Help Center](https://help.example.org/a/?utm_source=policy&fbclid=xyz)."
    assert _diff(old, new).changes == []


def test_link_changes_in_html_pages_are_found_too():
    page = ("<html><body><h1>Privacy Policy</h1><p>" + INTRO + "</p><h2>Sharing</h2>"
            '<p>Read the <a href="https://example.org/terms/{v}">Terms</a> before you use the '
            "service and its features.</p></body></html>")  # fmt: skip
    d = diff_documents(extract(page.format(v=1), "a.html"), extract(page.format(v=2), "b.html"))
    assert [(c.kind, c.link_text, c.new) for c in d.changes] == [
        ("link_changed", "Terms", "https://example.org/terms/2")
    ]


MOVED = "We keep messages you exchange with businesses for 30 days after delivery."


def test_a_section_folded_into_another_is_a_move_not_a_rewrite():
    old = extract(f"# Policy\n\n{INTRO}\n\n## Highlights\n\n{MOVED}\n\n## Retention\n\n{INTRO}\n",
                  "a.md")  # fmt: skip
    new = extract(f"# Policy\n\n{INTRO}\n\n## Retention\n\n{INTRO}\n\n{MOVED}\n", "b.md")
    d = classify(diff_documents(old, new), language="en")
    assert d.status == "structural" and d.substantive == []
    assert sorted(c.kind for c in d.changes) == ["paragraph_moved", "section_moved"]


def test_a_removed_section_with_words_that_went_nowhere_stays_substantive():
    old = extract(f"# Policy\n\n{INTRO}\n\n## Highlights\n\n{MOVED}\n\nWe never sell data.\n\n"
                  f"## Retention\n\n{INTRO}\n", "a.md")  # fmt: skip
    new = extract(f"# Policy\n\n{INTRO}\n\n## Retention\n\n{INTRO}\n\n{MOVED}\n", "b.md")
    d = classify(diff_documents(old, new), language="en")
    assert [c.kind for c in d.substantive] == ["section_removed"]
    assert "We never sell data." in (d.substantive[0].old or "")


def test_we_updated_our_policy_on_a_date_is_a_date_line():
    from privacyguard.policydiff.normalise import is_date_line

    assert is_date_line("We updated our Privacy Policy on June 16, 2025. View our previous policy.")
    assert not is_date_line("We updated our Privacy Policy to share data with advertisers.")
