"""Policy watch building blocks: normalisation, extraction, alignment, classification."""

from __future__ import annotations

import pytest

from privacyguard.errors import ConfigError
from privacyguard.policydiff import classify, diff_documents, extract, load_topic_rules
from privacyguard.policydiff.errors import PolicyInputError
from privacyguard.policydiff.normalise import heading_key, inline, is_date_line

BODY = " ".join(["We process the information you give us to provide the service."] * 3)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("*   We  don’t   sell  data.", "We don't sell data."),
        ("- We don't sell data.", "We don't sell data."),
        ("1. We don't sell data.", "We don't sell data."),
        ("See [our “Terms”](https://x.example/tos?utm=1).", 'See our "Terms".'),
        ("**Bold** and _italic_ text", "Bold and italic text"),
        ("Metadata[12] about content", "Metadata about content"),
        ("| a | b<br>c |", "a | b c"),
        ("![logo](x.png) Text", "Text"),
        ("Privacy Center](https://x.example/guide/)", "Privacy Center"),
    ],
)
def test_inline_normalisation_removes_what_does_not_count(raw, clean):
    assert inline(raw) == clean


@pytest.mark.parametrize(
    "line",
    ["Effective May 27, 2025", "Last modified: January 04, 2021", "Policy updated on Jul 23, 2026.",
     "Laatst bijgewerkt: 1 maart 2024", "Sist oppdatert 1. mars 2024",
     "Последнее обновление: 1 марта 2024 г."],
)  # fmt: skip
def test_effective_date_lines_are_set_aside(line):
    assert is_date_line(inline(line))


def test_a_sentence_mentioning_an_update_is_not_a_date_line():
    assert not is_date_line("Updated 8.3, see this post for more details.")


def test_numbered_heading_keeps_its_number_but_a_numbered_list_item_does_not():
    assert inline("1\\. Introduction", heading=True) == "1. Introduction"
    assert inline("1. We keep data.") == "We keep data."


def test_heading_key_ignores_numbering_and_case():
    assert heading_key("3.3.5. Phone Number and Contacts") == heading_key(
        "3.4 phone number and contacts"
    )


def test_html_drops_scripts_nav_and_cookie_banner_and_keeps_headings():
    page = f"""<html><head><title>t</title><script>var x = "tracking";</script></head><body>
    <nav><a href="/">Home</a><a href="/faq">FAQ</a></nav>
    <div id="cookie-banner"><p>We use cookies. Accept all cookies?</p><button>OK</button></div>
    <h1>Privacy Policy</h1><p>{BODY}</p>
    <h2>1. Sharing</h2><p>We <b>never</b> sell <a href="https://x">your data</a>.</p>
    <ul><li>Item one</li><li>Item two</li></ul>
    <footer>© Example 2024</footer></body></html>"""
    doc = extract(page.encode(), "p.html")
    assert [s.heading for s in doc.sections] == ["Privacy Policy", "1. Sharing"]
    assert doc.sections[1].paragraphs == ["We never sell your data.", "Item one", "Item two"]
    text = " ".join(p for s in doc.sections for p in s.paragraphs)
    assert "cookies" not in text and "Home" not in text and "tracking" not in text


def test_plain_text_headings_are_inferred():
    doc = extract(f"Privacy Policy\n\n1. Retention\n\n{BODY}\n\n2. Sharing\n\n{BODY}\n", "p.txt")
    assert [s.heading for s in doc.sections] == ["Privacy Policy", "1. Retention", "2. Sharing"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the page is empty"),
        (b"   \n\n  ", "the page is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        (b"<html><body><script>x()</script></body></html>", "no policy text"),
        (b"<html><body><div class='modal'><p>Allow the use of cookies from Example on this "
         b"browser?</p><p>We use cookies to improve your experience. Accept all cookies or "
         b"manage your cookie settings.</p></div></body></html>", "cookie or consent banner"),
    ],
)  # fmt: skip
def test_bad_pages_are_refused_with_a_clear_reason(data, message):
    with pytest.raises(PolicyInputError, match=message) as e:
        extract(data, "page.html")
    assert "nothing stored" in str(e.value)


def _doc(md: str):  # type: ignore[no-untyped-def]
    return extract(md.encode(), "x.md", min_words=1)


def test_moved_section_is_a_move_not_a_removal_and_an_addition():
    a = _doc(f"# P\n\n## Sharing\n\n{BODY} Sharing.\n\n## Retention\n\nWe keep data 30 days.\n\n"
             f"## Cookies\n\nWe use cookies.\n")  # fmt: skip
    b = _doc(f"# P\n\n## Retention\n\nWe keep data 30 days.\n\n## Cookies\n\nWe use cookies.\n\n"
             f"## Sharing\n\n{BODY} Sharing.\n")  # fmt: skip
    d = diff_documents(a, b)
    assert [(c.kind, c.section) for c in d.changes] == [("section_moved", "Sharing")]
    assert d.status == "structural" and not d.substantive


def test_renamed_section_is_aligned_by_content_and_words_are_diffed():
    a = _doc(f"## Data we keep\n\n{BODY} We keep chats for 6 months.\n")
    b = _doc(f"## How long we keep data\n\n{BODY} We keep chats for 18 months.\n")
    d = classify(diff_documents(a, b), load_topic_rules())
    kinds = [c.kind for c in d.changes]
    assert kinds == ["heading", "modified"]
    changed = [(w.op, w.text.strip()) for w in d.changes[1].words if w.op != "equal"]
    assert changed == [("delete", "6"), ("insert", "18")]
    assert "retention" in d.changes[1].topics and d.changes[1].severity == "high"


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Wij delen uw gegevens met derden voor advertenties.", "data_sharing"),
        ("Vi bruker kunstig intelligens til å forbedre tjenesten.", "ai_automated_processing"),
        ("Мы передаем данные третьим лицам и правоохранительным органам.", "law_enforcement"),
        ("Мы храним ваши данные 12 месяцев.", "retention"),
        ("Vi overfører opplysninger til tredjeland utenfor EØS.", "international_transfers"),
        ("Kinderen jonger dan 16 jaar hebben toestemming van een ouder nodig.", "children"),
        ("We now use your posts to train our AI models.", "ai_automated_processing"),
    ],
)
def test_topics_are_found_in_each_language(sentence, topic):
    a = _doc(f"## Section\n\n{BODY}\n")
    b = _doc(f"## Section\n\n{BODY}\n\n{sentence}\n")
    d = classify(diff_documents(a, b), load_topic_rules())
    assert topic in d.topics, d.changes[0].matches


def test_untagged_substantive_change_gets_the_default_severity():
    a = _doc(f"## Section\n\n{BODY}\n")
    b = _doc(f"## Section\n\n{BODY}\n\nHello there.\n")
    d = classify(diff_documents(a, b), load_topic_rules())
    assert d.status == "substantive" and d.severity == "low" and d.topics == []


def test_bad_topic_rules_are_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "topics.yaml"
    bad.write_text(
        "version: 1\ntopics:\n  ads:\n    label: Ads\n    severity: urgent\n"
        "    keywords: {en: [ads], fr: [pub]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        load_topic_rules(bad)
    text = e.value.render()
    assert f"{bad}:5:15: topics.ads.severity:" in text
    assert "unknown key 'fr'" in text


def test_cookie_banner_captured_in_markdown_is_dropped():
    page = (
        f"# Privacy Policy\n\n{BODY}\n\n"
        "## Allow the use of cookies from Example on this browser?\n\n"
        "We use cookies and similar technologies to provide and improve content.\n\n"
        "## Allow all cookies\n\n## Only allow essential cookies\n\n"
        f"## Sharing\n\n{BODY}\n"
    )
    doc = extract(page.encode(), "p.md")
    assert [s.heading for s in doc.sections] == ["Privacy Policy", "Sharing"]


def test_an_unknown_channel_is_a_config_error_naming_the_known_ones():
    from privacyguard.policydiff.relevance import load_channel_rules

    with pytest.raises(ConfigError, match=r"channels\.yaml: unknown channel\(s\) nope; known: "):
        load_channel_rules().select(["nope"])
