"""Finding + Policy -> Decision: pure (no I/O, no clock). See :func:`apply_policy`."""

from privacyguard.decide.apply import Decision, apply_policy, on_error

__all__ = ["Decision", "apply_policy", "on_error"]
