"""Errors of the policy-watch pipeline (all PrivacyGuardError, so the CLI exits 2)."""

from __future__ import annotations

from privacyguard.errors import PrivacyGuardError


class PolicyInputError(PrivacyGuardError):
    """A page that cannot be taken as a policy version: empty, binary, cookie wall only."""

    def __init__(self, source: str, reason: str):
        self.source, self.reason = source, reason
        super().__init__(f"{source}: {reason}; nothing stored")


class FetchError(PrivacyGuardError):
    """A URL that could not be fetched."""

    def __init__(self, url: str, reason: str):
        self.url, self.reason = url, reason
        super().__init__(
            f"{url}: could not fetch ({reason}); check the address and the network, "
            "or save the page and pass the file instead; nothing stored"
        )


class VersionNotFoundError(PrivacyGuardError):
    """A service or a dated version that the snapshot database does not hold."""


class SnapshotError(PrivacyGuardError):
    """The snapshot database cannot be opened or a file cannot be read."""
