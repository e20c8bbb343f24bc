"""privacyguard.resources: the shipped rules, policies and topics, and the user's own ones
named by PRIVACYGUARD_RULES and PRIVACYGUARD_POLICY_DIR (docs/install.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard import resources
from privacyguard.cli import cli
from privacyguard.config.policy import load_policy, resolve_policy
from privacyguard.config.rules import load_rules, rule_files
from privacyguard.errors import ConfigError
from privacyguard.policydiff.classify import DEFAULT_TOPICS_FILE, load_topic_rules

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _no_user_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.RULES_ENV, raising=False)
    monkeypatch.delenv(resources.POLICY_DIR_ENV, raising=False)


def _same_files(a: Path, b: Path, pattern: str) -> None:
    names = sorted(p.relative_to(a).as_posix() for p in a.rglob(pattern))
    assert names == sorted(p.relative_to(b).as_posix() for p in b.rglob(pattern))
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_shipped_files_are_the_projects_rules_and_policies() -> None:
    _same_files(resources.shipped_rules_dir(), REPO / "rules", "*.yaml")
    _same_files(resources.shipped_policies_dir(), REPO / "policies", "*.yaml")
    assert DEFAULT_TOPICS_FILE == resources.shipped_topics_file()
    assert load_topic_rules().topics
    assert rule_files() == sorted(resources.shipped_rules_dir().glob("*.yaml"))
    assert load_policy().name == "gdpr-default"


def test_a_wheel_is_read_through_importlib_resources(monkeypatch, tmp_path) -> None:
    installed = tmp_path / "site-packages" / "privacyguard"
    shutil.copytree(REPO / "rules", installed / "data" / "rules")
    monkeypatch.setattr(resources.resources, "files", lambda package: installed)
    assert resources.shipped_rules_dir() == installed / "data" / "rules"
    assert resources.shipped_topics_file().is_file()


def test_missing_shipped_files_fail_loudly(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(resources.resources, "files", lambda package: tmp_path / "pkg")
    monkeypatch.setattr(resources, "_CHECKOUT", tmp_path / "checkout")
    with pytest.raises(RuntimeError, match=r"shipped policies/ is missing.*reinstall"):
        resources.shipped_policies_dir()


def _own_rules(tmp_path: Path) -> Path:
    """A copy of the shipped rules without the travel recognizers."""
    own = tmp_path / "my-rules"
    shutil.copytree(resources.shipped_rules_dir(), own)
    (own / "travel.yaml").unlink()
    return own


def test_privacyguard_rules_replaces_the_default_rules(monkeypatch, tmp_path) -> None:
    own = _own_rules(tmp_path)
    monkeypatch.setenv(resources.RULES_ENV, str(own))
    rules = load_rules()
    assert rules.files and all(f.parent == own for f in rules.files)
    assert "flight_number" not in {r.spec.name for r in rules.recognizers}
    listed = CliRunner().invoke(cli, ["rules", "list"])
    assert listed.exit_code == 0, listed.output
    assert str(own) in listed.output and "travel.yaml" not in listed.output
    # an explicit rules directory still wins over the variable
    explicit = load_rules(REPO / "rules")
    assert "flight_number" in {r.spec.name for r in explicit.recognizers}


def test_privacyguard_rules_naming_nothing_is_an_error(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(resources.RULES_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(ConfigError, match="PRIVACYGUARD_RULES names a rules folder or file"):
        load_rules()
    result = CliRunner().invoke(cli, ["rules", "list"])
    assert result.exit_code == 2
    assert "PRIVACYGUARD_RULES" in result.output


def test_policy_dir_adds_policies_by_name(monkeypatch, tmp_path) -> None:
    own = tmp_path / "policies"
    path = own / "team.yaml"
    own.mkdir()
    text = (REPO / "policies" / "gdpr-default.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("name: gdpr-default", "name: team", 1), encoding="utf-8")
    with pytest.raises(ConfigError):  # unknown before the folder is named
        load_policy("team")
    monkeypatch.setenv(resources.POLICY_DIR_ENV, str(own))
    assert resolve_policy("team") == path
    assert load_policy("team").name == "team"
    # the shipped ones are still there, and the default is still gdpr-default
    assert load_policy("airline-customer-service").name == "airline-customer-service"
    assert load_policy().name == "gdpr-default"
    assert resolve_policy(None).resolve() == resources.shipped_policies_dir() / "gdpr-default.yaml"


def test_policy_dir_overrides_a_shipped_name_and_the_default(monkeypatch, tmp_path) -> None:
    own = tmp_path / "policies"
    own.mkdir()
    text = (REPO / "policies" / "gdpr-default.yaml").read_text(encoding="utf-8")
    changed = text.replace("on_error: withhold", "on_error: redact_all", 1)
    assert changed != text
    (own / "gdpr-default.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.setenv(resources.POLICY_DIR_ENV, str(own))
    assert load_policy().on_error == "redact_all"
    assert load_policy("gdpr-default").on_error == "redact_all"
    monkeypatch.delenv(resources.POLICY_DIR_ENV)
    assert load_policy().on_error == "withhold"


def test_a_policy_file_path_is_taken_as_given(monkeypatch, tmp_path) -> None:
    own = tmp_path / "policies"
    own.mkdir()
    (own / "gdpr-default.yaml").write_text("not: used\n", encoding="utf-8")
    monkeypatch.setenv(resources.POLICY_DIR_ENV, str(own))
    shipped = resources.shipped_policies_dir() / "airline-customer-service.yaml"
    assert resolve_policy(str(shipped)) == shipped


def test_policy_dir_naming_nothing_is_an_error(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(resources.POLICY_DIR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(ConfigError, match="PRIVACYGUARD_POLICY_DIR names a folder"):
        load_policy()
