"""Offline language identification (py3langid), restricted to the configured languages and
decided per conversation where messages are too short to tell on their own."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from privacyguard.langid import classify  # re-exported: detect.language.classify
from privacyguard.models import Message

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = re.compile(r"[^\W\d_]")


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
    for i, m in enumerate(messages):
        conv = m.conversation_id if m.conversation_id is not None else f"\0{i}"
        if m.lang:
            result[i] = m.lang
            votes[conv][m.lang] += 3
            continue
        letters = len(_LETTERS.findall(m.text[:2000]))
        texts[conv].append(m.text[:500])
        if _CYRILLIC.search(m.text[:500]) and "ru" in langs:
            cyr = len(_CYRILLIC.findall(m.text[:500]))
            if cyr * 2 >= letters:
                result[i] = "ru"
                votes[conv]["ru"] += 1
                continue
        if letters < short_chars:
            short[conv].append(i)
            continue
        lang, _ = classify(m.text[:2000], langs)
        result[i] = lang
        votes[conv][lang] += 1
    for conv, idxs in short.items():
        if votes[conv]:
            lang = votes[conv].most_common(1)[0][0]
        else:
            joined = " ".join(texts[conv])
            lang = classify(joined, langs)[0] if _LETTERS.search(joined) else default
        for i in idxs:
            result[i] = lang
    return [r or default for r in result]
