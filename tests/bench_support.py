"""Scripts under bench/ loaded as modules by the tests that check them (they are scripts,
not a package): each loaded once per test session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent


def bench_module(name: str, relpath: str) -> ModuleType:
    """The script at ``REPO / relpath`` as module ``name`` (from sys.modules once loaded)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / relpath)
    assert spec is not None and spec.loader is not None, relpath
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
