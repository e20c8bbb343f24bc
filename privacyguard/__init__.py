"""privacyguard: find, redact and expire personal data in customer-service chats.

The public names load on first use (PEP 562), so ``import privacyguard`` and the command
line's ``--help`` do not pay for presidio, spaCy or SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privacyguard.act.run import redact
    from privacyguard.config.policy import load_policy
    from privacyguard.config.rules import load_rules
    from privacyguard.detect.engine import Detector
    from privacyguard.models import Finding, InputProblem, Message, ScanResult
    from privacyguard.pipeline import scan

_HOME = {
    "Detector": "privacyguard.detect.engine",
    "Finding": "privacyguard.models",
    "InputProblem": "privacyguard.models",
    "Message": "privacyguard.models",
    "ScanResult": "privacyguard.models",
    "load_policy": "privacyguard.config.policy",
    "load_rules": "privacyguard.config.rules",
    "redact": "privacyguard.act.run",
    "scan": "privacyguard.pipeline",
}

__all__ = [
    "Detector",
    "Finding",
    "InputProblem",
    "Message",
    "ScanResult",
    "load_policy",
    "load_rules",
    "redact",
    "scan",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'privacyguard' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])
