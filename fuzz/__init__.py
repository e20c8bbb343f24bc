"""Fuzzing privacyguard's readers and its scan/redact path; see fuzz/README.md."""
