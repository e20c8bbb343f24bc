"""A person's name typed in lower case right before their e-mail address, which holds it
("torstein sandvik / torstein.sandvik@...", "annelies vermeulen avermeulen@...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from privacyguard.detect.conversation.patterns import stop_word
from privacyguard.detect.conversation.state import Found
from privacyguard.models import Finding

#: two words of letters (a first name and a surname), then a separator ("/", "-", ":",
#: ",") or a space, at the end of the text before an e-mail address
_NAME_BEFORE = re.compile(
    r"(?<![^\W\d_])([^\W\d_][^\W\d_'’\-]{1,30}[ \t]{1,3}[^\W\d_][^\W\d_'’\-]{1,30})"
    r"[ \t]{0,3}(?:[/:,\-–][ \t]{0,3}|[ \t])\Z"
)
#: how far before an e-mail address its name is looked for
BEFORE_CHARS = 80
#: a name's word this long or longer may be the one the address holds
HELD_LETTERS = 3

WHY = "conversation: a name before the e-mail address that holds it"


def names_before_emails(
    text: str, findings: Sequence[Finding], added: Sequence[Found] = ()
) -> list[Found]:
    """The lower-case names right before e-mail addresses whose local part holds one of
    the name's words; no function word in the name, no word of everyday language as the
    word the address holds ("mail support support@..." is no name)."""
    from privacyguard.detect.names import everyday_word

    out: list[Found] = []
    taken = [(f.start, f.end, f.entity_type) for f in findings]
    taken += [(a.start, a.end, a.entity_type) for a in added]
    for f in findings:
        if f.entity_type != "EMAIL_ADDRESS" or f.field != "text":
            continue
        local = text[f.start : f.end].split("@", 1)[0].lower()
        start = max(0, f.start - BEFORE_CHARS)
        m = _NAME_BEFORE.search(text[start : f.start])
        if m is None:
            continue
        words = m.group(1).split()
        if any(w != w.lower() or stop_word(w) for w in words):
            continue  # a capitalised name is the recognizers'; "and mine is" no name
        held = [w for w in words if len(w) >= HELD_LETTERS and w in local]
        if not held or (all(everyday_word(w) for w in held) and not _both(words, local)):
            continue
        s, e = start + m.start(1), start + m.end(1)
        # a part of the name found already ("maren aune": its "aune") does not stop it:
        # the whole name outweighs the part (Conversations.outweigh)
        if not any(a < e and s < b and not _part(a, b, t, s, e) for a, b, t in taken):
            out.append(Found(s, e, "PERSON", 0.85, WHY))
    return out


def _both(words: list[str], local: str) -> bool:
    """Is the address made of both words of the name, or of one and the other's initial
    ("iholm", "holm.i", "ingvild.holm")?"""
    letters = "".join(c for c in local if c.isalpha())
    first, last = words
    return letters in {
        first + last,
        last + first,
        first[0] + last,
        last + first[0],
        last[0] + first,
        first + last[0],
    }


def _part(a: int, b: int, kind: str, s: int, e: int) -> bool:
    """Is [a, b) a name found inside the name [s, e), and shorter?"""
    return kind == "PERSON" and s <= a and b <= e and b - a < e - s
