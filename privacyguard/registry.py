"""Named registries: built-ins register through the same door as plugins.

Installed packages add entries through the entry-point groups
``privacyguard_validators``, ``privacyguard_recognizers`` and ``privacyguard_readers``.
"""

from __future__ import annotations

from typing import Any

import catalogue

from privacyguard.errors import UnknownNameError

validators = catalogue.create("privacyguard", "validators", entry_points=True)
recognizers = catalogue.create("privacyguard", "recognizers", entry_points=True)
readers = catalogue.create("privacyguard", "readers", entry_points=True)

_BUILTINS_LOADED = False


def load_builtins() -> None:
    """Import the modules whose decorators register the built-in entries."""
    global _BUILTINS_LOADED
    if _BUILTINS_LOADED:
        return
    import privacyguard.detect.recognizers  # noqa: F401
    import privacyguard.detect.validators  # noqa: F401
    import privacyguard.ingest  # noqa: F401

    _BUILTINS_LOADED = True


def lookup(registry: catalogue.Registry, kind: str, name: str) -> Any:
    """Get a registered entry or fail with the closest available name."""
    load_builtins()
    try:
        return registry.get(name)
    except catalogue.RegistryError:
        raise UnknownNameError(kind, name, list(registry.get_all())) from None


def names(registry: catalogue.Registry) -> list[str]:
    load_builtins()
    return sorted(registry.get_all())
