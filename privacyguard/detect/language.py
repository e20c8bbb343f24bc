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
# what is not a letter (_LETTERS), in runs: the letters are what removing them leaves
_NOT_LETTERS = re.compile(r"[\W\d_]{1,1000}")
#: the language of texts classified before (the same greeting, the same template
#: recurs in a stream): py3langid's answer is a function of the text alone
_CLASSIFIED: dict[tuple[str, tuple[str, ...]], str] = {}
CLASSIFIED_CACHE = 4096


def _classify(text: str, langs: tuple[str, ...]) -> str:
    key = (text, langs)
    lang = _CLASSIFIED.get(key)
    if lang is None:
        lang = classify(text, langs)[0]
        if len(_CLASSIFIED) >= CLASSIFIED_CACHE:
            _CLASSIFIED.clear()  # bounded memory over an endless stream
        _CLASSIFIED[key] = lang
    return lang


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
        letters = len(_NOT_LETTERS.sub("", m.text[:2000]))  # len(_LETTERS.findall(...))
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
        lang = _classify(m.text[:2000], langs)
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
