"""Decision -> Outcome: redaction through presidio-anonymizer operators (redact.py), the
operators registry (operators.py, keyed.py, crypto.py), keys (keys.py) and whole runs over
files, streams and lists (run.py)."""

from privacyguard.act.crypto import reidentify_text
from privacyguard.act.redact import Edit, Redactor, splice
from privacyguard.act.report import RedactionReport
from privacyguard.keys import Keyring, load_key
from privacyguard.operators import PolicyOperator, get_operator, operator_names, operators

__all__ = [
    "Edit",
    "Keyring",
    "PolicyOperator",
    "RedactionReport",
    "Redactor",
    "get_operator",
    "load_key",
    "operator_names",
    "operators",
    "reidentify_text",
    "splice",
]
