"""Offline language identification (py3langid), restricted to the configured languages and
decided per conversation where messages are too short to tell on their own."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from privacyguard.detect.latin1 import latin1
from privacyguard.langid import (
    classify,  # re-exported: detect.language.classify
    classify_many,
)
from privacyguard.models import Message

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = re.compile(r"[^\W\d_]")
# what is not a letter (_LETTERS), in runs: the letters are what removing them leaves
_NOT_LETTERS = re.compile(r"[\W\d_]{1,1000}")
#: the Latin-1 characters _LETTERS matches ([^\W\d_]: on ASCII the 52 letters)
_LATIN1_LETTERS = bytes(c for c in range(256) if _LETTERS.match(chr(c)))
#: the language of texts classified before (the same greeting, the same template
#: recurs in a stream): py3langid's answer is a function of the text alone
_CLASSIFIED: dict[tuple[str, tuple[str, ...]], str] = {}
CLASSIFIED_CACHE = 4096


def _classify_all(texts: Sequence[str], langs: tuple[str, ...]) -> list[str]:
    """classify(text, langs)[0] of each text: remembered ones looked up, the others
    classified together (langid.classify_many) and remembered."""
    known = {t: lang for t in texts if (lang := _CLASSIFIED.get((t, langs))) is not None}
    new = list(dict.fromkeys(t for t in texts if t not in known))
    for text, lang in zip(new, classify_many(new, langs), strict=True):
        known[text] = lang
        if len(_CLASSIFIED) >= CLASSIFIED_CACHE:
            _CLASSIFIED.clear()  # bounded memory over an endless stream
        _CLASSIFIED[(text, langs)] = lang
    return [known[t] for t in texts]


def _letters(text: str, narrow: bool) -> int:
    """len(_LETTERS.findall(text)): on Latin-1 (``narrow``), the bytes that deleting the
    letters removes."""
    if narrow:
        data = text.encode("latin-1")
        return len(data) - len(data.translate(None, _LATIN1_LETTERS))
    return len(_NOT_LETTERS.sub("", text))


def identify(
    messages: Sequence[Message], languages: Sequence[str], default: str, short_chars: int
) -> list[str]:
    """One language per message: its own `lang` when given; otherwise identified.

    A message shorter than `short_chars` letters takes its conversation's language (the
    majority of the conversation's longer messages, or all of its text together).
    A message without a conversation id is decided on its own text.
    """
    langs = tuple(languages)
    result: list[str | None] = [None] * len(messages)
    short: dict[str, list[int]] = defaultdict(list)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    texts: dict[str, list[str]] = defaultdict(list)
    # the votes for each conversation's language, in the messages' order (which decides a
    # tie): (conversation, message, weight), counted once the texts are classified
    ballots: list[tuple[str, int, int]] = []
    pending: list[int] = []  # the messages classified below, all at once
    for i, m in enumerate(messages):
        conv = m.conversation_id if m.conversation_id is not None else f"\0{i}"
        if m.lang:
            result[i] = m.lang
            ballots.append((conv, i, 3))
            continue
        head = m.text[:2000]
        narrow = latin1(head)  # (no Cyrillic in it either)
        texts[conv].append(m.text[:500])
        letters = _letters(head, narrow)
        if not narrow and _CYRILLIC.search(m.text[:500]) and "ru" in langs:
            cyr = len(_CYRILLIC.findall(m.text[:500]))
            if cyr * 2 >= letters:
                result[i] = "ru"
                ballots.append((conv, i, 1))
                continue
        if letters < short_chars:
            short[conv].append(i)
            continue
        pending.append(i)
        ballots.append((conv, i, 1))
    classified = _classify_all([messages[i].text[:2000] for i in pending], langs)
    for i, lang in zip(pending, classified, strict=True):
        result[i] = lang
    for conv, i, weight in ballots:
        votes[conv][result[i] or default] += weight
    for conv, idxs in short.items():
        if votes[conv]:
            lang = votes[conv].most_common(1)[0][0]
        else:
            joined = " ".join(texts[conv])
            lang = classify(joined, langs)[0] if _LETTERS.search(joined) else default
        for i in idxs:
            result[i] = lang
    return [r or default for r in result]
