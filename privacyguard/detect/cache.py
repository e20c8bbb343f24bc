"""Moved to :mod:`privacyguard.cache` (config caches validated rules in it too); the names
stay importable here."""

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
