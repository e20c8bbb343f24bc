"""privacyguard: find, redact and expire personal data in customer-service chats."""

from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.models import Finding, InputProblem, Message, ScanResult
from privacyguard.pipeline import scan

__all__ = ["Detector", "Finding", "InputProblem", "Message", "ScanResult", "load_rules", "scan"]
__version__ = "0.1.0"
