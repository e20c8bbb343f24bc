"""bytes -> Message: one reader per format, each registered by name; sniff.py picks one."""

from privacyguard.ingest import jsonl, text  # noqa: F401
from privacyguard.ingest.sniff import read

__all__ = ["read"]
