"""Recognizer kinds that rules/ can name with ``kind:``; importing registers them."""

from privacyguard.detect.recognizers import (  # noqa: F401
    pattern,
    person,
    phone,
    spacy_ner,
)
