"""Named registries: built-ins register through the same door as plugins.

Every entry is an entry point of the installed package: the groups
``privacyguard_validators``, ``privacyguard_recognizers`` and ``privacyguard_readers``
(and ``privacyguard_operators``, :mod:`privacyguard.operators`). privacyguard's own entries
are listed in its ``pyproject.toml``; another installed package adds its own the same way.
A registry loads an entry's module when the entry is first asked for, so this module
imports none of the stages that fill it (docs/architecture.md).
"""

from __future__ import annotations

from typing import Any

import catalogue

from privacyguard.errors import UnknownNameError

validators = catalogue.create("privacyguard", "validators", entry_points=True)
recognizers = catalogue.create("privacyguard", "recognizers", entry_points=True)
readers = catalogue.create("privacyguard", "readers", entry_points=True)


def lookup(registry: catalogue.Registry, kind: str, name: str) -> Any:
    """Get a registered entry or fail with the closest available name."""
    try:
        return registry.get(name)
    except catalogue.RegistryError:
        pass
    known = names(registry)  # loads every entry point: their modules may register more names
    try:
        return registry.get(name)
    except catalogue.RegistryError:
        raise UnknownNameError(kind, name, known) from None


def names(registry: catalogue.Registry) -> list[str]:
    """Every registered name: the entry points (built-ins and plugins) and any entry
    registered in this process."""
    return sorted(registry.get_all())
