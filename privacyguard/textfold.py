"""One key for every spelling of a word: ASCII, case-folded, apostrophes dropped (Ørjan and
Orjan, Ольга, Ol'ga and Olga). Shared by the data-subject search (its name identifiers) and
the conversation rules (the business's mail domain against its name).

>>> fold("Ольга")
'olga'
"""

from __future__ import annotations

import re

from anyascii import anyascii

_APOSTROPHES = re.compile(r"['ʹʼ`´’]")


def fold(text: str) -> str:
    """ASCII, case-folded, apostrophes dropped: one key for Ørjan/Orjan and Ольга/Ol'ga/Olga."""
    return _APOSTROPHES.sub("", anyascii(text)).casefold()
