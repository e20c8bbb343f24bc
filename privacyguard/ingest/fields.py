"""What readers declare about the fields they expose, and the findings that follow from it.

Readers expose every text that can hold personal data as a field of its message
(:attr:`~privacyguard.models.Message.fields`). Most are free text and are scanned like the
message text. Three kinds need more than the recognizers give on their own, and
:func:`complete` adds those findings after detection, for ``scan`` and ``redact`` alike:

* **identifiers** (:data:`IDENTIFIER_FIELDS`): a field whose whole value identifies a person
  (an Intercom contact's ``external_id``); it is one finding of the declared entity type
  unless recognizers already cover it.
* **file names and their URLs** (:data:`FILE_NAME_KEYS`): ``paspoort_anna_de_vries.jpg``
  or ``.../Anna%20de%20Vries.pdf`` are scanned again with separators and percent escapes
  read as spaces and characters, and the findings are mapped back onto the raw value.
* **redaction tokens**: a finding that is only what redaction wrote (``<PERSON_1>``) is
  dropped, so a redacted export scans clean.
* **keys as context**: a short value with five digits or more in which nothing was found is
  scanned again after its key (``bsn: 111222333``, ``callbackNumber: 0612345678``): the key
  is the context word that the value alone lacks.
* **copies**: the same value in another field of the message (a Zendesk comment's ``body``,
  ``html_body`` and ``plain_body``; an e-mail's text and HTML parts; a header repeated in a
  quoted reply). A value found anywhere in a message is found wherever it occurs in that
  message, so a context word seen in one copy (or an earlier message) protects every copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any
from urllib.parse import unquote

from privacyguard.models import Finding, Message

#: field-name pattern -> entity type of a field whose whole value identifies a person
IDENTIFIER_FIELDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(^|\.)external_id$"), "CUSTOMER_NUMBER"),
)
#: last parts of field names that hold a file name or a URL that may end in one (and an
#: attachment's ``name``)
FILE_NAME_KEYS = frozenset(
    {
        "file_name",
        "filename",
        "file",
        "url",
        "uri",
        "content_url",
        "photo",
        "thumbnail",
        "mediaUrls",
        "expanded",
        "content-type",
        "content-disposition",
        "thread_path",
    }
)
#: findings shorter than this are not looked for elsewhere (one letter would match anywhere)
MIN_ECHO = 3
_SEPARATORS = "_.+/\\=&?#~"
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
#: what redaction writes (``<PERSON_1>``, ``<IBAN_CODE>``, ``<PHONE_NUMBER:3f2a...>``): a value
#: made of these alone is not looked for elsewhere
REDACTION_TOKEN = re.compile(r"<[A-Z][A-Z0-9_]*(?::[^<>\s]+)?>")


def kind_of(field: str) -> str:
    """ "identifier", "file_name" or "text" for a field name."""
    if any(rx.search(field) for rx, _ in IDENTIFIER_FIELDS):
        return "identifier"
    last = re.sub(r"\[\d+\]$", "", field.rsplit(".", 1)[-1])
    if last in FILE_NAME_KEYS or (last == "name" and "attachment" in field):
        return "file_name"
    return "text"


def identifier_type(field: str) -> str | None:
    return next((t for rx, t in IDENTIFIER_FIELDS if rx.search(field)), None)


def spaced_view(raw: str) -> tuple[str, list[int]]:
    """``raw`` with percent escapes decoded and separators as spaces, and for each character
    of the view the offset in ``raw`` where it starts (plus one entry for the end)."""
    out: list[str] = []
    starts: list[int] = []
    i = 0
    for m in _ESCAPES.finditer(raw):
        for k in range(i, m.start()):
            out.append(" " if raw[k] in _SEPARATORS else raw[k])
            starts.append(k)
        try:
            decoded = unquote(m.group(), errors="strict")
        except UnicodeDecodeError:
            decoded = None
        if decoded is None:  # not UTF-8: keep the escapes as they are
            out.extend(m.group())
            starts.extend(range(m.start(), m.end()))
        else:
            pos = m.start()
            for ch in decoded:
                out.append(" " if ch in _SEPARATORS else ch)
                starts.append(pos)
                pos += 3 * len(ch.encode("utf-8"))
        i = m.end()
    for k in range(i, len(raw)):
        out.append(" " if raw[k] in _SEPARATORS else raw[k])
        starts.append(k)
    starts.append(len(raw))
    return "".join(out), starts


def is_redacted(value: str) -> bool:
    """Whether ``value`` is only redaction tokens (and spaces or punctuation between them)."""
    if "<" not in value:
        return False  # no token in it (every token starts with "<"): most values
    rest = REDACTION_TOKEN.sub("", value)
    return rest != value and not any(c.isalnum() for c in rest)


def _covered(found: list[Finding], field: str, start: int, end: int) -> bool:
    return any(f.field == field and f.start <= start and f.end >= end for f in found)


def _texts(m: Message) -> dict[str, str]:
    return {"text": m.text, **dict(m.fields)}


def _occurrences(value: str, text: str) -> Iterable[tuple[int, int]]:
    """Where ``value`` stands in ``text`` as whole words, its words with any whitespace
    between them: left to right, not overlapping. The same as the pattern
    ``(?<![^\W_])word1\s+word2(?![^\W_])`` (edges only where the value starts or ends
    with a letter or digit: ``[^\W_]`` is ``str.isalnum``, ``\s`` is ``str.isspace``),
    without compiling a pattern for every value."""
    parts = value.split()
    if not parts:
        return
    first, rest = parts[0], parts[1:]
    edge_start, edge_end = value[0].isalnum(), value[-1].isalnum()
    n = len(text)
    at = text.find(first)
    while at >= 0:
        end = _words_end(text, at + len(first), rest, n)
        if (
            end < 0
            or (edge_start and at > 0 and text[at - 1].isalnum())
            or (edge_end and end < n and text[end].isalnum())
        ):
            at = text.find(first, at + 1)
            continue
        yield at, end
        at = text.find(first, end)


def _words_end(text: str, i: int, words: list[str], n: int) -> int:
    """The end of ``words`` in ``text`` from ``i``, each after one or more whitespace
    characters; -1 where they do not follow (no word holds whitespace, so the first
    non-space character after a gap must start the next word)."""
    for word in words:
        j = i
        while j < n and text[j].isspace():
            j += 1
        if j == i or not text.startswith(word, j):
            return -1
        i = j + len(word)
    return i


def complete(detected: Any, detector: Any) -> Any:
    """``detected`` (a :class:`~privacyguard.detect.engine.Detected`) with the findings that
    the fields' declarations add: identifiers, file names and copies (see the module doc)."""
    m: Message = detected.message
    texts = _texts(m)
    # what redaction wrote (<PERSON_1> as a sender) is no personal data: a field that names
    # a person is a finding as a whole, even when it holds only a token
    found = [
        f for f in detected.findings if not is_redacted(texts.get(f.field, "")[f.start : f.end])
    ]
    for name, value in m.fields:
        kind = kind_of(name)
        if kind == "identifier" and value.strip() and not is_redacted(value):
            a = len(value) - len(value.lstrip())
            b = len(value.rstrip())
            if not _covered(found, name, a, b):
                etype = identifier_type(name) or "CUSTOMER_NUMBER"
                found.append(Finding(m.id, etype, a, b, 0.9, "declared_field",
                                     f"the {name} field identifies a person", detected.lang,
                                     name))  # fmt: skip
        elif kind == "file_name" and value.strip():
            found.extend(_file_name_findings(m, name, value, detected.lang, detector, found))
    found.extend(_keyed(m, texts, found, detected.lang, detector))
    found = _whole_names(found, texts)
    found.extend(_echoes(m.id, texts, found, detected.lang))
    found.extend(_slugs(m.id, texts, found, detected.lang))
    if found == list(detected.findings):
        return detected
    return replace(detected, findings=found)


def _file_name_findings(
    m: Message, name: str, value: str, lang: str, detector: Any, found: list[Finding]
) -> list[Finding]:
    view, starts = spaced_view(value)
    if view == value:
        return []
    probe = Message(id=m.id, text=view, lang=lang)
    out: list[Finding] = []
    for d in detector.detect([probe]):
        if d.error:
            raise RuntimeError(d.error)
        for f in d.findings:
            a, b = starts[f.start], starts[f.end] if f.end < len(starts) else len(value)
            if a < b and not _covered(found, name, a, b):
                out.append(replace(f, start=a, end=b, field=name,
                                   explanation=f"{f.explanation}; in the file name"))  # fmt: skip
    return out


def _echoes(mid: str, texts: dict[str, str], found: list[Finding], lang: str) -> list[Finding]:
    values: dict[str, Finding] = {}
    for f in found:
        value = texts.get(f.field, "")[f.start : f.end].strip()
        if is_redacted(value):
            continue
        if len(value) >= MIN_ECHO and value not in values:
            values[value] = f
    out: list[Finding] = []
    taken = list(found)
    for value, f in values.items():
        for field, text in texts.items():
            if value not in text and not any(c.isspace() for c in value):
                continue
            for a, b in _occurrences(value, text):
                if _covered(taken, field, a, b):
                    continue
                echo = Finding(
                    mid,
                    f.entity_type,
                    a,
                    b,
                    f.score,
                    "same_value",
                    f"the same value as a {f.entity_type} in {f.field}",
                    lang,
                    field,
                )
                out.append(echo)
                taken.append(echo)
    return out


#: fields that hold a person's name and nothing else
NAME_FIELD = re.compile(
    r"(^|\.)(sender|actor|author|from|first_name|last_name|name|title|threadName)$"
    r"|(^|\.)(participants|members)\[\d+\](\.name)?$"
)
#: surname particles a name recognizer may leave out ("de" in "Anna de Vries")
PARTICLES = frozenset(
    "de van der den het ter ten te von zu la le du da di del della dos das af av al bin ibn "
    "mac mc o y e".split()
)


def _whole_names(found: list[Finding], texts: dict[str, str]) -> list[Finding]:
    """In a field that is a name, a PERSON finding takes in the surname particles next to
    it: ``de Vries`` as last_name is one name, not ``de`` and a name."""
    out = []
    for f in found:
        if f.entity_type == "PERSON" and f.field != "text" and NAME_FIELD.search(f.field):
            value = texts.get(f.field, "")
            a, b = f.start, f.end
            while (m := re.search(r"(\w+)\s+$", value[:a])) and m.group(1).lower() in PARTICLES:
                a = m.start()
            while (m := re.match(r"\s+(\w+)", value[b:])) and m.group(1).lower() in PARTICLES:
                b += m.end()
            if (a, b) != (f.start, f.end):
                f = replace(f, start=a, end=b)
        out.append(f)
    return out


#: what a name's slug leaves out, and a name's words (more than one: a slug of its own)
_NOT_SLUG = re.compile(r"[\W_]+")
_SLUG_WORD = re.compile(r"[^\W_]+")


def _slugs(mid: str, texts: dict[str, str], found: list[Finding], lang: str) -> list[Finding]:
    """A person's name written as a slug (``annadevries`` for Anna de Vries: Meta's thread
    folders, user names) in any field; a first and a last name of one record (fields with the
    same parent) count together."""
    names: list[tuple[str, Finding]] = []
    for f in found:
        if f.entity_type != "PERSON":
            continue
        value = texts.get(f.field, "")[f.start : f.end]
        if not is_redacted(value):
            names.append((_NOT_SLUG.sub("", value.casefold()), f))
    if not names:
        return []  # no name, no slug (most messages)
    slugs: dict[str, Finding] = {}
    for slug, f in names:
        if len(slug) >= 6 and len(_SLUG_WORD.findall(texts[f.field][f.start : f.end])) > 1:
            slugs.setdefault(slug, f)
    for (a, f), (b, g) in ((x, y) for x in names for y in names if x[1] is not y[1]):
        if f.field == g.field:
            continue  # two names of one field are no first and last name of a record
        same_record = f.field.rpartition(".")[0] == g.field.rpartition(".")[0]
        if same_record and len(a + b) >= 6:
            slugs.setdefault(a + b, f)
    out: list[Finding] = []
    folds: dict[str, str] = {}  # each field's text case-folded, once
    for slug, f in slugs.items():
        for field, text in texts.items():
            folded = folds.get(field)
            if folded is None:
                folded = folds[field] = text.casefold()
            # the slug's occurrences left to right, not overlapping (as re.finditer would
            # give them, without compiling a pattern for every slug)
            at = folded.find(slug)
            while at >= 0:
                end = at + len(slug)
                if not _covered([*found, *out], field, at, end):
                    why = f"a PERSON in {f.field}, written as a slug"
                    out.append(
                        Finding(mid, "PERSON", at, end, f.score, "same_value", why, lang, field)
                    )
                at = folded.find(slug, end)
    return out


#: values longer than this are free text, where the key is no context for the whole value
MAX_KEYED = 100
#: identifiers that a key can be the context of have at least this many digits (a birth
#: date, a phone, a national or customer number); a conversation id like c-12 is skipped
MIN_KEYED_DIGITS = 5


def _key_words(field: str) -> str:
    """The last key of a field name as words: ``metadata.custom.callbackNumber`` -> ``callback
    number``."""
    last = re.sub(r"\[\d+\]", "", field).rsplit(".", 1)[-1]
    last = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", last)
    return re.sub(r"[_\-]+", " ", last).strip().lower()


def _keyed(
    m: Message, texts: dict[str, str], found: list[Finding], lang: str, detector: Any
) -> list[Finding]:
    """Findings in short values with digits that were found clean, scanned after their key."""
    probes: list[tuple[str, int, Message]] = []
    hit = {f.field for f in found}
    for name, value in m.fields:
        if name in hit or kind_of(name) != "text" or len(value) > MAX_KEYED:
            continue
        if sum(c.isdigit() for c in value) < MIN_KEYED_DIGITS or is_redacted(value):
            continue
        key = _key_words(name)
        if not key or not any(c.isalpha() for c in key):
            continue
        prefix = f"{key}: "
        probes.append((name, len(prefix), Message(id=m.id, text=prefix + value, lang=lang)))
    if not probes:
        return []
    out: list[Finding] = []
    for (name, shift, _probe), d in zip(probes, detector.detect([p for *_, p in probes]),
                                        strict=True):  # fmt: skip
        if d.error:
            raise RuntimeError(d.error)
        for f in d.findings:
            a, b = max(f.start - shift, 0), f.end - shift
            if b > a:
                why = f"{f.explanation}; the key {name} as context"
                out.append(replace(f, start=a, end=b, field=name, explanation=why))
    return out
