"""Policies: the bundled ones are valid, rules resolve entity > category > default, durations
parse, and every kind of mistake gives one exact file:line:column line."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.config.policy import POLICIES_DIR, load_policy, parse_duration
from privacyguard.config.rules import CANONICAL_ENTITIES
from privacyguard.errors import ConfigError

BAD = Path(__file__).parent / "data" / "bad_policies"
BUNDLED = ["gdpr-default", "airline-customer-service", "bank-customer-service"]

CASES = {
    "unknown_key": "7:5: categories.financial.operater: unknown key 'operater'; "
    "did you mean 'operator'?",
    "unknown_operator": "7:15: categories.customer.operator: unknown operator 'keyed_hsah.v1'; "
    "did you mean 'keyed_hash.v1'?",
    "unknown_entity_type": "6:28: categories.identity.entity_types[1]: unknown entity type "
    "'DATE_OF_BIRT'; did you mean 'DATE_OF_BIRTH'?; or declare it in rules/ under entity_types:",
    "unknown_entity_key": "5:3: entities.CREDIT_CRD: unknown entity type 'CREDIT_CRD'; "
    "did you mean 'CREDIT_CARD'?; or declare it in rules/ under entity_types:",
    "bad_duration_unit": "7:15: categories.financial.keep_for: '30 dayz': unknown unit 'dayz'; "
    "did you mean '30 days'?",
    "duration_without_unit": "5:13: default.keep_for: '30' has no unit; write a number and a "
    "unit (30d, 6 weeks, 24 months, 2y) or ISO 8601 (P2Y, P1Y6M)",
    "ambiguous_duration": "5:13: conversations.keep_for: '6m' is ambiguous or too short "
    "(minutes?); write '6 months' or '6mo'",
    "bad_iso_duration": "3:40: default.keep_for: 'P2X' is not a duration; write a number and a "
    "unit (30d, 6 weeks, 24 months, 2y) or ISO 8601 (P2Y, P1Y6M)",
    "unknown_param": "7:14: entities.CREDIT_CARD.params.keep_lst: unknown key 'keep_lst'; "
    "did you mean 'keep_last'? (operator mask)",
    "param_out_of_range": "8:18: entities.CREDIT_CARD.params.keep_last: input should be less "
    "than or equal to 8, got 12 (operator mask)",
    "bad_replace_placeholder": "5:19: default.params.value: the only placeholder allowed is "
    "{entity_type}, got '<{type}>' (operator replace)",
    "bad_on_error": "3:11: on_error: input should be 'withhold' or 'redact_all', got 'drop'",
    "bad_counted_from": "6:17: default.counted_from: input should be 'message_time' or "
    "'conversation_close', got 'closing'",
    "type_in_two_categories": "8:20: categories.telecom.entity_types[0]: 'PHONE_NUMBER' is "
    "already in category 'contact'; a type belongs to one category (give it its own rule "
    "under entities: instead)",
    "missing_default": "1:1: default: required key is missing; add e.g. "
    "`default: {operator: replace}`",
    "default_without_operator": "3:1: default.operator: required; it is the fallback for every "
    "type that no rule names",
    "wrong_version": "1:10: version: input should be 1, got 2",
    "yaml_syntax": "4:11: YAML syntax: expected ',' or '}', but got ':' "
    "(while parsing a flow mapping at line 3, column 10)",
}


def test_there_is_a_fixture_for_every_case_and_a_case_for_every_fixture() -> None:
    assert sorted(p.stem for p in BAD.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_when_policy_has_a_mistake_then_error_names_its_line(case: str) -> None:
    path = BAD / f"{case}.yaml"
    with pytest.raises(ConfigError) as err:
        load_policy(path)
    assert err.value.render().splitlines() == [f"{path}:{CASES[case]}", "1 error in 1 file"]


@pytest.mark.parametrize("name", BUNDLED)
def test_the_bundled_policies_are_valid_and_cover_every_entity_type(name: str) -> None:
    policy = load_policy(POLICIES_DIR / f"{name}.yaml")
    assert policy.name == name
    assert sorted(policy.rules) == sorted(CANONICAL_ENTITIES)
    for rule in policy.rules.values():
        assert rule.keep_for is not None, rule.entity_type
        assert rule.legal_basis and "GDPR art." in rule.legal_basis, rule.entity_type
    assert policy.conversations is not None


def test_default_policy_choices() -> None:
    p = load_policy()
    ops = {t: (r.operator, r.rule) for t, r in p.rules.items()}
    assert ops["PERSON"] == ("pseudonym.v1", "categories.identity")
    assert ops["CREDIT_CARD"] == ("replace", "entities.CREDIT_CARD")
    assert {ops[t][0] for t in ("IBAN_CODE", "NATIONAL_ID", "DATE_OF_BIRTH", "EMAIL_ADDRESS")} == {
        "replace"
    }
    assert p.keyed_rules() == []  # the default runs without a key
    assert p.on_error == "withhold"


def test_an_entity_entry_inherits_what_it_does_not_set_from_its_category() -> None:
    card = load_policy().rules["CREDIT_CARD"]  # sets operator/params only
    assert (str(card.keep_for), card.counted_from, card.category) == (
        "30d",
        "conversation_close",
        "financial",
    )
    assert card.legal_basis.startswith("GDPR art. 6(1)(b)")
    assert card.cite == "policies/gdpr-default.yaml:142" or card.cite.endswith(
        "gdpr-default.yaml:142"
    )


def test_params_of_a_category_do_not_follow_an_entity_that_changes_the_operator(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "version: 1\nname: p\ndefault: {operator: replace}\n"
        "categories:\n  financial:\n    entity_types: [CREDIT_CARD, IBAN_CODE]\n"
        "    operator: mask\n    params: {keep_last: 4}\n"
        "entities:\n  IBAN_CODE: {operator: replace}\n"
    )
    p = load_policy(path)
    assert p.rules["IBAN_CODE"].params.value == "<{entity_type}>"
    assert p.rules["CREDIT_CARD"].params.keep_last == 4
    assert p.rules["PERSON"].rule == "default"


def test_a_type_declared_in_rules_may_be_named(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "version: 1\nname: p\ndefault: {operator: replace}\n"
        "entities:\n  LOYALTY_ID: {operator: redact}\n"
    )
    with pytest.raises(ConfigError):
        load_policy(path)
    p = load_policy(path, [*CANONICAL_ENTITIES, "LOYALTY_ID"])
    assert p.rules["LOYALTY_ID"].operator == "redact"
    assert p.rule_for("SOMETHING_NEW").operator == "replace"  # unknown types: the default


def test_every_error_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "version: 1\nname: p\ndefault: {operator: replace, keep_for: 3 yeers}\n"
        "entities:\n  PERSN: {operator: pseudonym}\n"
    )
    with pytest.raises(ConfigError) as err:
        load_policy(path)
    lines = err.value.render().splitlines()
    assert lines[-1] == "3 errors in 1 file"
    assert any("did you mean '3 years'?" in ln for ln in lines)
    assert any("did you mean 'pseudonym.v1'?" in ln for ln in lines)
    assert any("did you mean 'PERSON'?" in ln for ln in lines)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("30d", "2024-03-01T12:00"),
        ("30 days", "2024-03-01T12:00"),
        ("6 weeks", "2024-03-13T12:00"),
        ("24 months", "2026-01-31T12:00"),
        ("1 month", "2024-02-29T12:00"),  # Jan 31 + 1 month is clamped to the month's end
        ("2y", "2026-01-31T12:00"),
        ("P2Y", "2026-01-31T12:00"),
        ("P1Y6M", "2025-07-31T12:00"),
        ("P30D", "2024-03-01T12:00"),
        ("PT72H", "2024-02-03T12:00"),
        ("24h", "2024-02-01T12:00"),
    ],
)
def test_durations_count_in_calendar_units(text: str, ends: str) -> None:
    start = datetime(2024, 1, 31, 12, 0, tzinfo=timezone.utc)
    assert parse_duration(text).after(start) == datetime.fromisoformat(ends + "+00:00")


@pytest.mark.parametrize("text", ["30", "P", "thirty days", "2 fortnights", "6m", "-3d"])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_policy_check_cli_prints_ok_or_the_error_and_exits_2() -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["policy", "check", "bank-customer-service"])
    assert ok.exit_code == 0, ok.output
    assert ok.output.startswith("ok: ")
    assert "needs a key (encrypt.v1, keyed_hash.v1, pseudonym.v1)" in ok.output
    path = BAD / "unknown_operator.yaml"
    bad = runner.invoke(cli, ["policy", "check", str(path)])
    assert bad.exit_code == 2
    assert bad.output.splitlines() == [f"{path}:{CASES['unknown_operator']}", "1 error in 1 file"]


def test_policy_show_and_operators_list_what_a_policy_does() -> None:
    runner = CliRunner()
    show = runner.invoke(cli, ["policy", "show"])
    assert show.exit_code == 0
    assert any(
        ln.startswith("CREDIT_CARD") and "replace" in ln and "30d from conversation_close" in ln
        for ln in show.output.splitlines()
    )
    ops = runner.invoke(cli, ["policy", "operators"])
    names = [ln.split()[0] for ln in ops.output.splitlines()]
    assert names == [
        "encrypt.v1", "keep", "keyed_hash.v1", "mask", "pseudonym.v1", "redact", "replace",
    ]  # fmt: skip


def test_policy_keygen_writes_a_private_key_file_and_never_overwrites(tmp_path: Path) -> None:
    key = tmp_path / "k"
    result = CliRunner().invoke(cli, ["policy", "keygen", str(key)])
    assert result.exit_code == 0
    secret = key.read_text().strip()
    assert len(secret) >= 32 and secret not in result.output
    assert key.stat().st_mode & 0o077 == 0
    again = CliRunner().invoke(cli, ["policy", "keygen", str(key)])
    assert again.exit_code == 2 and "never overwritten" in again.output
    assert key.read_text().strip() == secret
