"""The architecture's rules, checked: the import-linter contracts in pyproject.toml hold (the
layers import downwards only, policy-watch stands apart, no cycles), every top-level module
is placed in a layer, and every built-in plugin has its entry point (docs/architecture.md)."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

import privacyguard

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = REPO / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _config() -> dict:
    with PYPROJECT.open("rb") as fh:
        return tomllib.load(fh)


def _contract(contract_id: str) -> dict:
    contracts = _config()["tool"]["importlinter"]["contracts"]
    [found] = [c for c in contracts if c["id"] == contract_id]
    return found


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed")
def test_import_contracts_are_kept() -> None:
    run = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_every_top_level_module_is_in_a_layer() -> None:
    """A new package or module must be given its place; one left out would be unchecked."""
    placed = {
        name.strip()
        for layer in _contract("layers")["layers"]
        for name in layer.replace(":", "|").split("|")
    }
    top = {
        f"privacyguard.{m.name}"
        for m in pkgutil.iter_modules(privacyguard.__path__)
        if m.ispkg or m.name != "__init__"
    }
    top.discard("privacyguard.data")  # shipped data files, no code
    assert top - placed == set()
    assert placed - top == set()  # and no layer names a module that is gone


def test_the_stages_are_in_data_flow_order() -> None:
    """Orchestration above acting, acting above deciding and the subject's data, those above
    the store and the scan pipeline, detection above reading, configuration near the bottom."""
    layers = [layer.replace(" ", "") for layer in _contract("layers")["layers"]]

    def level(module: str) -> int:
        [i] = [i for i, layer in enumerate(layers) if module in layer.split("|")]
        return i

    order = ["cli", "importer", "act", "subject", "store", "parallel", "detect", "ingest",
             "config", "registry", "errors", "models"]  # fmt: skip
    levels = [level(f"privacyguard.{m}") for m in order]
    assert levels == sorted(levels) and len(set(levels)) == len(levels)


def _registered() -> dict[str, dict[str, object]]:
    """What the built-in modules register with their decorators."""
    from privacyguard import operators, registry

    for module in ("privacyguard.ingest", "privacyguard.detect.recognizers",
                   "privacyguard.detect.validators", "privacyguard.act.keyed",
                   "privacyguard.act.crypto"):  # fmt: skip
        importlib.import_module(module)

    def own(reg) -> dict[str, object]:  # type: ignore[no-untyped-def]
        return {
            name: obj for name, obj in reg.get_all().items()
            if getattr(obj, "__module__", "").startswith("privacyguard.")
        }  # fmt: skip

    return {
        "privacyguard_readers": own(registry.readers),
        "privacyguard_recognizers": own(registry.recognizers),
        "privacyguard_validators": own(registry.validators),
        "privacyguard_operators": own(operators.operators),
    }


def test_every_built_in_plugin_has_its_entry_point() -> None:
    """The registries import none of the stages: they find the built-ins through the entry
    points in pyproject.toml, so a reader, recognizer kind, validator or operator registered
    without its entry would be found only by accident."""
    declared = _config()["project"]["entry-points"]
    for group, names in _registered().items():
        entries = declared.get(group, {})
        assert set(names) - set(entries) == set(), f"add these to [project.entry-points.{group}]"
        for name, target in entries.items():
            module, _, attr = target.partition(":")
            obj = getattr(importlib.import_module(module), attr)
            # the entry loads the very object registered under its name (be_nn once named
            # the stdnum module its validator uses: every pattern with it failed closed)
            assert name in names and obj is names[name], f"{group} {name} = {target!r}"


def test_the_registries_import_no_stage() -> None:
    """Importing the registries in a fresh interpreter loads none of the stages they hold."""
    code = (
        "import sys, privacyguard.registry, privacyguard.operators\n"
        "stages = ('privacyguard.detect', 'privacyguard.ingest', 'privacyguard.act')\n"
        "print(sorted(m for m in sys.modules if m.startswith(stages)))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
