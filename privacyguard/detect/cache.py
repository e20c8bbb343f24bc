"""Moved to :mod:`privacyguard.cache` (config caches validated rules in it too); the names
stay importable here."""

from collections.abc import Collection

from privacyguard.cache import (  # noqa: F401
    ENV_VAR,
    FORMAT,
    Without,
    WordTable,
    cache_dir,
    cached_object,
    table_key,
    word_table,
)


def members(table: Collection[str]) -> Collection[str]:
    """The container a WordTable wraps (a mapped trie or a frozenset), for hot look-ups of
    strings: `word in members(t)` is `word in t` without a Python call per look-up."""
    return table.words if isinstance(table, WordTable) else table
