"""Policy watch: snapshot privacy policies, diff them, flag the changes that matter.

Pipeline: ``snapshot`` (store versions) -> ``extract``/``normalise`` (text with sections)
-> ``diff`` (section and word level) -> ``classify`` (topics, severity) -> ``report``.
"""

from privacyguard.policydiff.classify import classify, load_topic_rules
from privacyguard.policydiff.diff import PolicyDiff, diff_documents
from privacyguard.policydiff.extract import Document, Section, extract
from privacyguard.policydiff.watch import check_all, diff_service

__all__ = [
    "Document",
    "PolicyDiff",
    "Section",
    "check_all",
    "classify",
    "diff_documents",
    "diff_service",
    "extract",
    "load_topic_rules",
]
