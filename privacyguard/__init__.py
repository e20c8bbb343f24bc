"""privacyguard: find, redact and expire personal data in customer-service chats."""

from privacyguard.act.run import redact
from privacyguard.config.policy import load_policy
from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.models import Finding, InputProblem, Message, ScanResult
from privacyguard.pipeline import scan

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
