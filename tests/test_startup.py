"""Fast start: importing the package and asking for help load none of the heavy libraries.

Checked in a fresh interpreter through ``sys.modules`` (what was imported), not by timing;
the start-up times themselves are in BENCHMARKS.md.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "presidio_analyzer", "presidio_anonymizer", "sqlalchemy", "alembic",
         "matplotlib", "phonenumbers")  # fmt: skip


def _heavy_modules_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()[-1]
    loaded = set(json.loads(out))
    return [m for m in HEAVY if m in loaded]


def test_the_probe_sees_a_heavy_import() -> None:
    """The check can fail: a module that imports presidio is seen."""
    assert _heavy_modules_after("import privacyguard.act.redact") != []


@pytest.mark.parametrize("module", ["privacyguard", "privacyguard.cli"])
def test_import_loads_no_heavy_library(module: str) -> None:
    assert _heavy_modules_after(f"import {module}") == []


@pytest.mark.parametrize(
    "command", ["", "scan", "redact", "import", "retention apply", "subject find", "audit"]
)
def test_help_loads_no_heavy_library(command: str) -> None:
    args = [*command.split(), "--help"]
    code = (
        "from privacyguard.cli import cli\n"
        f"try:\n    cli({args!r})\nexcept SystemExit as e:\n    assert e.code == 0, e.code"
    )
    assert _heavy_modules_after(code) == []


def test_public_names_load_on_first_use() -> None:
    import privacyguard

    assert set(privacyguard.__all__) == set(privacyguard._HOME) <= set(dir(privacyguard))
    result = privacyguard.scan(["Mijn IBAN is NL91 ABNA 0417 1643 00"])
    assert [f.entity_type for f in result.findings] == ["IBAN_CODE"]
    with pytest.raises(AttributeError):
        privacyguard.no_such_name  # noqa: B018


def test_scanning_a_file_loads_neither_the_anonymizer_nor_the_store(tmp_path, monkeypatch) -> None:
    """`privacyguard scan FILE` of one message needs the detector only: no redaction
    operators (presidio-anonymizer), no store (SQLAlchemy), unless reviewed rules are
    named (PRIVACYGUARD_REVIEWED)."""
    one = tmp_path / "one.jsonl"
    one.write_text('{"id": "1", "text": "Mijn IBAN is NL91 ABNA 0417 1643 00"}\n', "utf-8")
    monkeypatch.delenv("PRIVACYGUARD_REVIEWED", raising=False)
    code = (
        "from privacyguard.cli import cli\n"
        f"try:\n    cli(['scan', {str(one)!r}, '--jsonl'])\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code"
    )
    loaded = _heavy_modules_after(code)
    assert "presidio_anonymizer" not in loaded and "sqlalchemy" not in loaded, loaded
    assert "phonenumbers" in loaded  # the probe sees what the detector does load
