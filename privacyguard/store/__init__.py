"""The store: conversations, messages, findings, legal holds, retention runs and the audit
log, on SQLAlchemy 2 (a SQLite file by default, PostgreSQL for teams). See :mod:`.sql`."""

from __future__ import annotations

from privacyguard.errors import PrivacyGuardError


class StoreError(PrivacyGuardError):
    """The store cannot be used as asked (schema version, URL, ...)."""


class StoreBusy(StoreError):
    """Another retention run holds the store's lock."""


from privacyguard.store.sql import DEFAULT_DB, Store, open_store  # noqa: E402

__all__ = ["DEFAULT_DB", "Store", "StoreBusy", "StoreError", "open_store"]
