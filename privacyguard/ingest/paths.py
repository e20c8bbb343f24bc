"""Personal data in the names of files and folders of a redacted folder or zip.

Exports name files and folders after people: ``WhatsApp Chat with Anna de Vries.txt``,
Messenger's ``inbox/annadevries_1234567890/``, the E2EE download's ``Anna de Vries_1.json``.
The redacted copy must not keep those names. :class:`PathRedactor` learns the values that
redaction found in the contents (names, their slugs, phone numbers, e-mail addresses, ...)
and gives each output path with every such value replaced by its entity type
(``WhatsApp Chat with PERSON.txt``, ``inbox/PERSON_1234567890/``). The same path always
gets the same new path, and two paths never get the same one (a ``~2`` is added).
"""

from __future__ import annotations

import re
from collections import defaultdict

from privacyguard.ingest.fields import is_redacted

#: values shorter than this are not looked for in paths
MIN_VALUE = 4
_WORD = re.compile(r"[^\W_]+")


class PathRedactor:
    """Learns found values from the contents, then redacts output paths."""

    def __init__(self) -> None:
        # first word (casefolded) -> [(value casefolded, entity type)]
        self._by_word: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # first 4 characters of a slug -> [(slug, entity type)]
        self._slugs: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._seen: set[str] = set()
        self._done: dict[str, str] = {}
        self._taken: set[str] = set()

    def learn(self, value: str, entity_type: str) -> None:
        """A value that redaction found (and changed) somewhere in the source."""
        value = value.strip()
        key = value.casefold()
        if len(key) < MIN_VALUE or is_redacted(value) or key in self._seen:
            return
        self._seen.add(key)
        words = _WORD.findall(key)
        if words:
            self._by_word[words[0]].append((key, entity_type))
        slug = "".join(words)
        if len(slug) >= 6 and len(words) > 1:
            self._slugs[slug[:4]].append((slug, entity_type))

    def __call__(self, path: str) -> str:
        """``path`` (posix, relative) with every learnt value in its parts replaced."""
        if path in self._done:
            return self._done[path]
        new = "/".join(self._part(p) for p in path.split("/"))
        if new != path:
            stem, dot, ext = new.rpartition(".")
            base, suffix = (stem, dot + ext) if dot and "/" not in ext else (new, "")
            n = 1
            while new in self._taken:
                n += 1
                new = f"{base}~{n}{suffix}"
        self._taken.add(new)
        self._done[path] = new
        return new

    def _part(self, part: str) -> str:
        spans: list[tuple[int, int, str]] = []
        low = part.casefold()
        for m in _WORD.finditer(low):
            for value, etype in self._by_word.get(m.group(), ()):
                for hit in re.finditer(re.escape(value), low):
                    spans.append((hit.start(), hit.end(), etype))
        compact, where = _compact(low)
        for i in range(len(compact) - 3):
            for slug, etype in self._slugs.get(compact[i : i + 4], ()):
                if compact.startswith(slug, i):
                    spans.append((where[i], where[i + len(slug) - 1] + 1, etype))
        if not spans:
            return part
        out, pos = [], 0
        for a, b, etype in sorted(spans):
            if a < pos:
                if b > pos:
                    pos = b
                continue
            out += [part[pos:a], etype]
            pos = b
        out.append(part[pos:])
        return "".join(out)


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` with only its letters and digits, and where each of them is in ``text``."""
    chars, where = [], []
    for i, c in enumerate(text):
        if c.isalnum():
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def id_for_log(message_id: str) -> str:
    """A message id as logs and audit events may carry it. In a folder or zip a reader's ids
    are prefixed with the file's path (``WhatsApp Chat with Anna de Vries.txt#12``): the
    part before the last ``#`` becomes its :func:`~privacyguard.models.name_digest`. An id
    with an ``@`` (an e-mail Message-ID holds an address) is digested whole. Other ids
    (``m1``, ``conv-3:17``) are kept.

    >>> id_for_log("m1")
    'm1'
    >>> id_for_log("chats/WhatsApp Chat with Anna.txt#12").startswith("file-")
    True
    """
    from privacyguard.models import name_digest

    if "@" in message_id:
        return "id-" + name_digest(message_id).removeprefix("file-").split(".", 1)[0]
    head, sep, tail = message_id.rpartition("#")
    return f"{name_digest(head)}{sep}{tail}" if sep else message_id
