"""Hypothesis strategies: hostile bytes and texts, chats in every format, synthetic people.

Synthetic personal data only: IBANs are generated (and checksum-valid) with schwifty, BSNs
with python-stdnum's check, phone numbers are validated with phonenumbers, e-mail addresses
use the reserved example domains.
"""

from __future__ import annotations

import json
from typing import Any

import phonenumbers
from hypothesis import strategies as st
from schwifty import IBAN
from stdnum.nl import bsn

from fuzz.formats import RENDER, Chat

FORMATS = sorted(RENDER)

# --- synthetic people ---------------------------------------------------------------------

_BANKS = [("NL", "ABNA", 10), ("NL", "INGB", 10), ("DE", "37040044", 10), ("GB", "NWBK601613", 8)]


def _iban(bank: tuple[str, str, int], account: int, spaced: bool) -> str:
    country, code, width = bank
    iban = IBAN.generate(country, bank_code=code, account_code=str(account).zfill(width))
    return iban.formatted if spaced else str(iban.compact)


def _bsn(prefix: int) -> str | None:
    for d in range(10):
        cand = f"{prefix:08d}{d}"
        if bsn.is_valid(cand):
            return cand
    return None


def _phone(number: int) -> str | None:
    parsed = phonenumbers.parse(f"+316{number:08d}")
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


ibans = st.builds(
    _iban, st.sampled_from(_BANKS), st.integers(10_000_000, 99_999_999), st.booleans()
)
bsns = st.integers(10_000_000, 99_999_999).map(_bsn).filter(bool)
phones = st.integers(10_000_000, 59_999_999).map(_phone).filter(bool)
emails = st.builds(
    "{}.{}@{}".format,
    st.from_regex(r"[a-z]{2,8}", fullmatch=True),
    st.from_regex(r"[a-z]{2,8}[0-9]{0,3}", fullmatch=True),
    st.sampled_from(["example.com", "example.org", "mail.example.net"]),
)

#: (kind, how it is introduced in a sentence, the value)
_CONTEXT = {
    "IBAN": ["mijn IBAN is {}", "IBAN: {}", "my IBAN {}"],
    "BSN": ["mijn BSN is {}", "BSN {}", "burgerservicenummer {}"],
    "PHONE": ["bel me op {}", "my phone number is {}", "telefoon {}"],
    "EMAIL": ["mail me at {}", "e-mail: {}", "mijn mail is {}"],
}
_VALUES = {"IBAN": ibans, "BSN": bsns, "PHONE": phones, "EMAIL": emails}


@st.composite
def pii_phrase(draw: Any) -> tuple[str, str]:
    """(a sentence with one synthetic identifier, the identifier)."""
    kind = draw(st.sampled_from(sorted(_CONTEXT)))
    value = draw(_VALUES[kind])
    return draw(st.sampled_from(_CONTEXT[kind])).format(value), value


# --- texts ------------------------------------------------------------------------------

#: filler words that are not personal data (lowercase, so NER sees no names)
words = st.from_regex(r"[a-z]{1,9}", fullmatch=True)
filler = st.lists(words, min_size=0, max_size=8).map(" ".join)
#: any text at all: control characters, surrogates, combining marks, RTL, emoji
hostile_text = st.text(max_size=200)
#: text with the characters that break parsers: quotes, separators, newlines, escapes
_TRICKY = list('\n\r\t"\',;:\\{}[]<>/@.-+ ') + ["\u2028", "\u200b", "\ufeff", "\x00", "\u00e9"]
tricky_text = st.lists(
    st.one_of(st.sampled_from(_TRICKY), words, st.characters()), max_size=30
).map("".join)

senders = st.one_of(
    st.sampled_from(["Emily Hartwell", "Fuzz Travel", "Zoë Bakker", "Ольга Смирнова"]),
    tricky_text,
)


@st.composite
def pii_message(draw: Any) -> tuple[str, list[str]]:
    """A message of filler words with one to three synthetic identifiers, and those values."""
    parts: list[str] = []
    values: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        parts.append(draw(filler))
        phrase, value = draw(pii_phrase())
        parts.append(phrase)
        values.append(value)
    parts.append(draw(filler))
    sep = draw(st.sampled_from([" ", ". ", ", ", "\n"]))
    return sep.join(p for p in parts if p), values


@st.composite
def pii_chat(draw: Any) -> tuple[Chat, list[str]]:
    """A short chat in which every message carries synthetic identifiers."""
    chat, values = [], []
    for _ in range(draw(st.integers(1, 3))):
        text, vals = draw(pii_message())
        sender = draw(st.sampled_from(["Emily Hartwell", "Fuzz Travel", "phone", "email"]))
        if sender in ("phone", "email"):  # an unsaved contact shows as its number or address
            sender = draw(phones if sender == "phone" else emails)
            vals = [*vals, sender]
        chat.append((sender, text))
        values += vals
    return chat, values


chats = st.lists(st.tuples(senders, st.one_of(hostile_text, tricky_text)), max_size=4)


# --- documents and their mutations ----------------------------------------------------


def _mutate(data: bytes, ops: list[tuple[int, int, bytes]]) -> bytes:
    """Apply (kind, position, bytes) edits: 0 overwrite, 1 insert, 2 delete, 3 truncate."""
    b = bytearray(data)
    for kind, pos, chunk in ops:
        p = pos % (len(b) + 1)
        if kind == 0:
            b[p : p + len(chunk)] = chunk
        elif kind == 1:
            b[p:p] = chunk
        elif kind == 2:
            del b[p : p + max(1, len(chunk))]
        else:
            del b[p:]
    return bytes(b)


_INTERESTING = [b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b'"', b"\\", b"\\u", b"\\ud800",
                b"{", b"}", b"[", b"]", b",", b"\n", b"\r\n", b"\xef\xbb\xbf", b"null",
                b"1e999", b"-0", b"[]", b"{}", b'""', b"99999999999999999999", b"From ",
                b"\n\n", b"--", b"=?utf-8?b?", b"Content-Type: multipart/mixed; boundary=x\n"]
mutations = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.integers(0, 1 << 20),
        st.one_of(st.sampled_from(_INTERESTING), st.binary(min_size=1, max_size=8)),
    ),
    min_size=1,
    max_size=4,
)


@st.composite
def document(draw: Any, fmt: str) -> tuple[str, bytes]:
    """A document of ``fmt`` from a hostile chat, then perhaps mutated byte by byte."""
    name, data = RENDER[fmt](draw(chats))
    if draw(st.booleans()):
        data = _mutate(data, draw(mutations))
    return name, data


_json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), hostile_text
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _json_start(data: bytes) -> int:
    """Where the JSON value begins (after the X export's ``window.YTD... =`` prefix)."""
    i = data.find(b"=")
    return i + 1 if data.startswith(b"window.") and i != -1 else 0


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*path, i))
    return out


@st.composite
def json_swapped(draw: Any, fmt: str) -> tuple[str, bytes]:
    """A JSON export with one value replaced by a value of any type (type confusion)."""
    name, data = RENDER[fmt](draw(st.lists(st.tuples(senders, tricky_text), max_size=3)))
    start = _json_start(data)
    doc = json.loads(data[start:])
    paths = _paths(doc)
    path = draw(st.sampled_from(paths))
    new = draw(_json_values)
    if not path:
        doc = new
    else:
        target = doc
        for p in path[:-1]:
            target = target[p]
        if draw(st.booleans()) or not isinstance(target, dict):
            target[path[-1]] = new
        else:
            del target[path[-1]]
    ascii_only = draw(st.booleans())
    body = json.dumps(doc, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    return name, data[:start] + body


JSON_FORMATS = [f for f in FORMATS if f.endswith("_json") or f == "twitter_dm_js"]


def deep_json(depth: int, fmt: str) -> tuple[str, bytes]:
    """An export whose message text is nested ``depth`` lists deep (recursion limits)."""
    name, data = RENDER[fmt]([("Fuzz Travel", "@@DEEP@@")])
    return name, data.replace(b'"@@DEEP@@"', b"[" * depth + b"]" * depth)
