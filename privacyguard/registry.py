"""Named registries: built-ins register through the same door as plugins.

Every entry is an entry point of the installed package: the groups
``privacyguard_validators``, ``privacyguard_recognizers`` and ``privacyguard_readers``
(and ``privacyguard_operators``, :mod:`privacyguard.operators`). privacyguard's own entries
are listed in its ``pyproject.toml``; another installed package adds its own the same way.
A registry loads an entry's module when the entry is first asked for, so this module
imports none of the stages that fill it (docs/architecture.md).
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import EntryPoint
from typing import Any

import catalogue

from privacyguard.errors import UnknownNameError

validators = catalogue.create("privacyguard", "validators", entry_points=True)
recognizers = catalogue.create("privacyguard", "recognizers", entry_points=True)
readers = catalogue.create("privacyguard", "readers", entry_points=True)


def lookup(registry: catalogue.Registry, kind: str, name: str) -> Any:
    """Get a registered entry or fail with the closest available name."""
    if name in _entry_points(registry.entry_point_namespace):  # as registry.get would
        return _load(registry.entry_point_namespace, name)
    try:
        return registry.get(name)
    except catalogue.RegistryError:
        pass
    known = names(registry)  # loads every entry point: their modules may register more names
    try:
        return registry.get(name)
    except catalogue.RegistryError:
        raise UnknownNameError(kind, name, known) from None


@cache
def _entry_points(group: str) -> dict[str, EntryPoint]:
    """The group's entry points by name. catalogue reads the installed entry points once, at
    import; its `get` then searches all of them (about a millisecond) on every call."""
    return {ep.name: ep for ep in catalogue.AVAILABLE_ENTRY_POINTS.select(group=group)}


@cache
def _load(group: str, name: str) -> Any:
    """An entry point's object, loaded once (a module attribute named in the metadata)."""
    return _entry_points(group)[name].load()


def names(registry: catalogue.Registry) -> list[str]:
    """Every registered name: the entry points (built-ins and plugins) and any entry
    registered in this process."""
    return sorted(registry.get_all())
