"""Relevance per channel (rules/policydiff/channels.yaml) and policies in nl, nb and ru."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.errors import ConfigError
from privacyguard.policydiff import classify, diff_documents, extract
from privacyguard.policydiff.relevance import load_channel_rules, mark_relevance

INTRO = "This policy explains how Example Chat collects, uses and shares information about you."
OLD = f"""# Privacy Policy

{INTRO}

## Retention

We keep messages you exchange with businesses for 30 days after delivery.

## Advertising

We show ads based on the pages you follow.
"""
NEW = f"""# Privacy Policy

{INTRO}

## Retention

We keep messages you exchange with businesses for 180 days after delivery.

## Advertising

We show ads based on the pages you follow and the places you visit.
"""


def _diff(service: str, channels: list[str]):  # type: ignore[no-untyped-def]
    d = classify(diff_documents(extract(OLD, "a.md"), extract(NEW, "b.md")), language="en")
    d.service = service
    rules = load_channel_rules()
    return mark_relevance(d, rules.select(channels), rules)


def test_change_to_message_retention_in_the_channels_policy_ranks_first_with_the_reason():
    d = _diff("whatsapp", ["whatsapp", "messenger"])
    assert [c.section for c in d.changes] == ["Retention", "Advertising"]
    first = d.changes[0]
    assert first.relevance and first.relevance[0].startswith("WhatsApp policy: ")
    assert "message retention" in first.relevance[0]
    assert "business messaging" in first.relevance[0]
    assert d.changes[1].relevance == []  # ads, but not about the relevance topics


def test_relevant_change_is_listed_before_an_earlier_irrelevant_one():
    ads_only = NEW.replace("180", "30")  # only the Advertising section changes
    d = classify(diff_documents(extract(OLD, "a.md"), extract(ads_only, "b.md")), language="en")
    d.changes.extend(_diff("whatsapp", ["whatsapp"]).changes)
    d.service = "whatsapp"
    rules = load_channel_rules()
    mark_relevance(d, rules.select(["whatsapp"]), rules)
    assert [bool(c.relevance) for c in d.changes] == [True, False, False]


def test_other_services_policy_is_relevant_only_where_it_names_the_channel():
    assert _diff("examplechat", ["whatsapp"]).relevant == []
    new = NEW.replace("with businesses", "with businesses on WhatsApp")
    d = classify(diff_documents(extract(OLD, "a.md"), extract(new, "b.md")), language="en")
    d.service = "examplechat"
    rules = load_channel_rules()
    mark_relevance(d, rules.select(["whatsapp"]), rules)
    assert [r.split(":")[0] for r in d.relevant[0].relevance] == ["names WhatsApp"]


def test_unknown_channel_is_an_error_naming_the_known_ones():
    with pytest.raises(ConfigError) as e:
        load_channel_rules().select(["whatsap"])
    assert "whatsap" in str(e.value) and "whatsapp" in str(e.value)


def test_bad_channel_rules_file_is_reported_with_its_line(tmp_path: Path):
    bad = tmp_path / "channels.yaml"
    bad.write_text("version: 1\nchannels:\n  x:\n    label: X\ntopics: {}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_channel_rules(bad)
    assert "channels.yaml:3" in str(e.value) or "channels.yaml:4" in str(e.value), str(e.value)


def test_cli_diff_and_check_with_channels(tmp_path: Path):
    db = str(tmp_path / "p.sqlite")
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_text(NEW, encoding="utf-8")
    run = CliRunner().invoke
    for service in ("examplechat", "whatsapp"):
        for day, f in (("2025-01-01", "old.md"), ("2025-02-01", "new.md")):
            r = run(cli, ["policy-watch", "add", service, str(tmp_path / f), "--date", day,
                          "--db", db], catch_exceptions=False)  # fmt: skip
            assert r.exit_code == 0, r.output
    r = run(cli, ["policy-watch", "diff", "whatsapp", "--channels", "whatsapp", "--json",
                  "--db", db], catch_exceptions=False)  # fmt: skip
    js = json.loads(r.output)
    assert js["relevant"] == 1 and js["changes"][0]["relevance"]
    r = run(cli, ["policy-watch", "diff", "whatsapp", "--channels", "whatsapp", "--db", db])
    assert "RELEVANT to your channels" in r.output and "(relevant: WhatsApp policy" in r.output
    r = run(cli, ["policy-watch", "check", "--channels", "whatsapp", "--db", db])
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0].startswith("FLAGGED whatsapp:") and lines[1].startswith("  relevant: ")
    r = run(cli, ["policy-watch", "check", "--channels", "nosuch", "--db", db])
    assert r.exit_code == 2 and "unknown channel" in r.output


SAME_CHANGE = {
    "en": ("Retention", "We keep your messages for {n} days.",
           "We keep your messages for {n} days and share them with our advertising partners."),
    "nl": ("Bewaartermijn", "Wij bewaren uw berichten gedurende {n} dagen.",
           "Wij bewaren uw berichten gedurende {n} dagen en delen ze met onze reclamepartners."),
    "nb": ("Lagring", "Vi oppbevarer meldingene dine i {n} dager.",
           "Vi oppbevarer meldingene dine i {n} dager og deler dem med våre reklamepartnere."),
    "ru": ("Хранение", "Мы храним ваши сообщения {n} дней.",
           "Мы храним ваши сообщения {n} дней и передаем их нашим рекламным партнерам."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SAME_CHANGE))
def test_the_same_change_is_classified_alike_in_each_language(lang: str):
    heading, old, new = SAME_CHANGE[lang]
    filler = " ".join([old.format(n=7)] * 4)

    def page(sentence: str) -> str:
        return f"# {heading}\n\n{filler}\n\n## {heading} 2\n\n{sentence}\n"

    d = classify(diff_documents(extract(page(old.format(n=30)), "a.md"),
                                extract(page(new.format(n=90)), "b.md")))  # fmt: skip
    assert d.language == lang
    assert {"retention", "data_sharing", "ads_tracking"} <= set(d.topics), d.topics
    assert d.severity == "high"


def test_another_languages_keyword_does_not_tag_english_text():
    # "barn" is Norwegian for child; in English it is a farm building
    old = "We keep records of visits to the barn for the farm's insurance."
    new = "We keep records of visits to the old barn for the farm's insurance."
    page = "# Policy\n\n" + INTRO + "\n\n## Farm\n\n{}\n"
    a, b = extract(page.format(old), "a.md"), extract(page.format(new), "b.md")
    d = classify(diff_documents(a, b))
    assert d.language == "en" and "children" not in d.topics


def test_html_report_says_why_a_change_is_relevant():
    from privacyguard.policydiff.report import render_html

    page = render_html(_diff("whatsapp", ["whatsapp"]))
    assert 'class="tag rel">relevant: WhatsApp policy: ' in page
    assert page.index("relevant: WhatsApp") < page.index("Advertising")


CORPUS = Path(__file__).resolve().parent / "data" / "privacy-policies"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="policy corpus not available")
def test_telegram_account_deletion_after_18_months_ranks_first_for_a_telegram_operator():
    def doc(day: str):  # type: ignore[no-untyped-def]
        return extract((CORPUS / "telegram" / f"{day}.md").read_bytes(), f"{day}.md")

    d = classify(diff_documents(doc("2024-07-15"), doc("2024-10-02")))
    d.service = "telegram"
    rules = load_channel_rules()
    mark_relevance(d, rules.select(["telegram"]), rules)
    assert d.changes[0].section == "10.4. Account Self-Destruction"
    assert "message retention" in d.changes[0].relevance[0]
    law = next(c for c in d.changes if c.section == "8.3. Law Enforcement Authorities")
    assert law.severity == "high" and law.relevance == []
    assert d.changes.index(law) >= len(d.relevant)
