"""Normalisation: what does not count as a change is removed from the text here.

Whitespace, list markers, indentation, typographic quotes and dashes, emphasis markup, link
targets (only link text is kept), images and annotation reference numbers; lines that only
state an effective / last-modified date are set aside (they are reported, not diffed).
"""

from __future__ import annotations

import re
import unicodedata

_IMAGE = re.compile(r"!\[[^\]]{0,200}\]\([^)]{0,700}\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]{1,900}>")
_DANGLING = re.compile(r"\]\((?:[a-z]{1,20}:|#|/)[^)\s]{0,900}\)")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|~~|`+")
_ANNOTATION = re.compile(r"\[\d{1,3}\]")
_LIST_MARKER = re.compile(r"^\s*(?:[*+\-•·▪◦]|\d{1,3}[.)](?=\s))\s+")
_TABLE_PIPES = re.compile(r"\s{0,40}\|\s{0,40}")  # longer runs: _SPACE collapses the rest
_SPACE = re.compile(r"\s+")
_SPACE_PUNCT = re.compile(r"\s(?=[,.;:!?)\]])|(?<=[(\[])\s")  # after _SPACE: one space

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\u2026": "...",
        "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    }
)  # fmt: skip

# A paragraph that is only a date statement: "Effective May 27, 2025", "Last modified: ...",
# "Policy updated on Jul 23, 2026.", and the same in nl, nb and ru.
_DATE_LINE = re.compile(
    r"^(?:(?:this|our|the)?\s*(?:privacy\s+)?(?:policy|notice)?\s*(?:was\s+)?)?"
    r"(?:effective(?:\s+date|\s+as\s+of|\s+from|\s+on)?|last\s+(?:modified|updated|revised|changed)"
    r"|(?:policy\s+)?updated(?:\s+on)?|date\s+of\s+last\s+revision"
    r"|we(?:'ve|\s+have)?\s+updated\s+(?:our|this)\s+(?:privacy\s+)?(?:policy|notice)(?:\s+on)?|in\s+effect\s+(?:from|since)"
    r"|laatst\s+(?:bijgewerkt|gewijzigd)|ingangsdatum|van\s+kracht\s+(?:vanaf|per)"
    r"|sist\s+(?:endret|oppdatert)|gjelder\s+fra|ikrafttredelse"
    r"|последнее\s+обновление|последние\s+изменения|дата\s+вступления\s+в\s+силу"
    r"|вступает\s+в\s+силу|действует\s+с|редакция\s+от)"
    r"[\s:,-]*(?=.*(?:19|20)\d\d).{0,50}$",
    re.IGNORECASE,
)


def inline(text: str, heading: bool = False) -> str:
    """Normalise one paragraph (or heading) of Markdown/plain text to the words that count."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    text = _IMAGE.sub(" ", text)
    text = _AUTOLINK.sub(" ", text)
    for _ in range(3):  # nested: [[12]](#x), [](#a)[text](url)
        new = _REF_LINK.sub(r"\1", _LINK.sub(r"\1", text))
        if new == text:
            break
        text = new
    text = _DANGLING.sub(" ", text)  # a link whose "[" was on an earlier line
    if text.startswith("[") and "]" not in text:
        text = text[1:]
    text = _TAG.sub(" ", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = _ANNOTATION.sub(" ", text)
    if not heading:
        text = _LIST_MARKER.sub("", text)
    if "|" in text:
        text = _TABLE_PIPES.sub(" | ", text).strip(" |")
    return _SPACE_PUNCT.sub("", _SPACE.sub(" ", text)).strip()


_AROUND_PUNCT = re.compile(r"\s{0,10}([^\w\s])\s{0,10}")  # after inline: single spaces
_DOUBLED_WORD = re.compile(r"\b(\w{1,40})(?:\s{1,5}\1\b){1,10}", re.IGNORECASE)


def compare_key(paragraph: str) -> str:
    """What two paragraphs must share to be the same wording: spacing around punctuation
    ("data,including" / "data, including"), a doubled word ("and and") and a full stop or
    semicolon at the end (list items) do not count."""
    return _AROUND_PUNCT.sub(r"\1", _DOUBLED_WORD.sub(r"\1", paragraph)).rstrip(".;,")


_MD_LINK_START = re.compile(r"\[([^\[\]]{0,300})\]\(\s{0,5}(?=https?://|mailto:)")
_TRACKING_PARAMS = {"fbclid", "gclid", "mc_eid", "__tn__", "h", "s"}
_TRACKING_PREFIXES = ("utm_", "__cft__", "_nc_")


def link_targets(raw: str) -> list[tuple[str, str]]:
    """The (text, target URL) of every absolute Markdown link in a raw paragraph."""
    links, pos = [], 0
    while (m := _MD_LINK_START.search(raw, pos)) is not None:
        start = end = m.end()  # the target runs to the first ')' or space (read, no regex)
        while end < len(raw) and raw[end] not in ") \t\n":
            end += 1
        links.append((inline(m.group(1)) or "(link)", raw[start:end]))
        pos = end  # the next link starts after this target: each character read once
    return links


def _is_tracking(param: str) -> bool:
    return param in _TRACKING_PARAMS or param.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """A link target without what changes on every crawl: redirect wrappers (``l.php?u=``)
    are unwrapped and tracking parameters (utm_*, fbclid, ...) dropped."""
    from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

    for _ in range(3):
        parts = urlsplit(url)
        inner = dict(parse_qsl(parts.query)).get("u", "")
        if parts.path.endswith("l.php") and inner.startswith("http"):
            url = inner
            continue
        printable = parts.path.split("/printable/", 1)
        if len(printable) == 2 and unquote(printable[1]).startswith("http"):
            url = unquote(printable[1]) + (f"?{parts.query}" if parts.query else "")
            continue
        break
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _is_tracking(k)]
    return urlunsplit(
        (parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), urlencode(query), "")
    )


def is_date_line(paragraph: str) -> bool:
    """True for a paragraph that only states an effective or last-modified date."""
    return len(paragraph) <= 100 and bool(_DATE_LINE.match(paragraph))


_NUMBERING = re.compile(r"^(?:§\s*)?(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[a-z]\))\s+", re.IGNORECASE)


def heading_key(heading: str) -> str:
    """The part of a heading used to align sections: no numbering, case or punctuation."""
    key = _NUMBERING.sub("", heading.strip())
    key = re.sub(r"[^\w\s]", " ", key.casefold())
    return _SPACE.sub(" ", key).strip()
