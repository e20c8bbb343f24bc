"""Turn an HTML, Markdown or plain-text policy page into a Document of sections.

HTML goes through BeautifulSoup (``html.parser``, no C dependency). We walk the tree
ourselves rather than using trafilatura or html2text: trafilatura's main-content heuristics are
tuned for articles and drop or merge headings of long legal pages, and html2text/markdownify
would only produce Markdown that we would then have to parse again. BeautifulSoup is widely
used and maintained, tolerant of broken markup, and lets us drop scripts, navigation and
cookie banners by tag, role, class and id while keeping every heading as a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from privacyguard.policydiff.errors import PolicyInputError
from privacyguard.policydiff.normalise import heading_key, inline, is_date_line, link_targets


@dataclass
class Section:
    """A heading (``""`` for text before the first heading) and its normalised paragraphs."""

    heading: str
    level: int = 0
    paragraphs: list[str] = field(default_factory=list)
    #: (link text, target URL) of the absolute links in the section, in order
    links: list[tuple[str, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return heading_key(self.heading)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class Document:
    """A policy as sections of normalised paragraphs, plus the date lines set aside."""

    sections: list[Section]
    date_lines: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for s in self.sections for p in s.paragraphs) + sum(
            len(s.heading.split()) for s in self.sections
        )

    def to_json(self) -> dict[str, object]:
        return {
            "sections": [
                {"heading": s.heading, "level": s.level, "paragraphs": s.paragraphs,
                 "links": [list(link) for link in s.links]}
                for s in self.sections  # fmt: skip
            ],
            "date_lines": self.date_lines,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """The document `to_json` gave, read back from its JSON."""
        sections = [
            Section(s["heading"], s["level"], list(s["paragraphs"]),
                    [(str(t), str(u)) for t, u in s.get("links", [])])
            for s in data["sections"]  # fmt: skip
        ]
        return cls(sections, list(data.get("date_lines", [])))


_BANNER_HEADING = re.compile(
    r"^(?:allow|accept|reject|decline|only allow|manage)\b.{0,40}\bcookies?\b.{0,60}$"
    r"|^cookie (?:settings|preferences|consent)$",
    re.IGNORECASE,
)


# A paragraph that is only links into the page itself ("[Contact Us](#contact-us)"), optionally
# as a list item: a table of contents.
_IN_PAGE_LINK = re.compile(r"\[[^\[\]]{1,200}\]\(#[^)\s]{0,200}\)\s{0,20}")
_LIST_START = re.compile(r"\s{0,20}(?:[*+\-]|\d{1,3}[.)])\s{1,20}")


def _in_page_links_only(raw: str) -> bool:
    """True for a paragraph made only of links into the page: one link at a time."""
    marker = _LIST_START.match(raw)
    pos = marker.end() if marker else len(raw) - len(raw.lstrip())
    if pos >= len(raw):
        return False
    while pos < len(raw):
        m = _IN_PAGE_LINK.match(raw, pos)
        if m is None:
            return False
        pos = m.end()
    return True

_BACK_TO_TOP = re.compile(r"^(?:return|back|go) to (?:the )?top\W{0,5}$", re.IGNORECASE)


class _Builder:
    def __init__(self) -> None:
        self.sections = [Section("", 0)]
        self.date_lines: list[str] = []

    def heading(self, raw: str, level: int) -> None:
        text = inline(raw, heading=True)
        if text:
            self.sections.append(Section(text, level))

    def paragraph(self, raw: str, links: list[tuple[str, str]] | None = None) -> None:
        if _in_page_links_only(raw):
            return  # a table of contents entry: navigation, not policy wording
        self.sections[-1].links.extend(link_targets(raw) if links is None else links)
        text = inline(raw)
        if not text or _BACK_TO_TOP.match(text):
            return
        if is_date_line(text):
            self.date_lines.append(text)
        else:
            self.sections[-1].paragraphs.append(text)

    def document(self) -> Document:
        # Cookie-consent banners captured with the page ("Allow the use of cookies from X on
        # this browser?", "Allow all cookies", ...) are dropped with their text.
        sections = [
            s
            for s in self.sections
            if (s.heading or s.paragraphs) and not _BANNER_HEADING.match(s.heading)
        ]
        return Document(sections, self.date_lines)


# --- bytes -> str -------------------------------------------------------------------------


def decode(data: bytes, source: str) -> str:
    """Decode a page; refuse empty and binary data."""
    if not data.strip():
        raise PolicyInputError(source, "the page is empty")
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) * 0.02:
        raise PolicyInputError(
            source, "this looks like binary data, not an HTML/Markdown/text page"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > len(text) * 0.01:
            raise PolicyInputError(source, "the page is neither UTF-8 nor cp1252 text") from None
        return text


def sniff(text: str, name: str = "", content_type: str = "") -> str:
    """'html', 'markdown' or 'text', from the content type, the file name, then the content."""
    ct, low = content_type.lower(), name.lower()
    if "html" in ct or low.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if "markdown" in ct or low.endswith((".md", ".markdown")):
        return "markdown"
    if low.endswith(".txt"):
        return "text"
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(
        r"<(body|p|div|h[1-6])[\s>]", head
    ):
        return "html"
    if re.search(r"^#{1,6}\s|^=+\s*$|\]\(", text[:20000], re.MULTILINE):
        return "markdown"
    return "text"


# --- Markdown and text ----------------------------------------------------------------------

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ITEM = re.compile(r"^\s*(?:[*+\-•]|\d{1,3}[.)])\s+")


def _is_table_rule(line: str) -> bool:
    """A Markdown table's delimiter row ("| --- | :---: |", "---|---"): two or more cells
    of at least three dashes (optional colons), or one cell between pipes. Written without
    a regex: the pattern had nested unbounded repeats (quadratic on a line of spaces)."""
    s = line.strip()
    lead, trail = s.startswith("|"), len(s) > 1 and s.endswith("|")
    cells = s[int(lead) : len(s) - int(trail)].split("|")
    if len(cells) < 2 and not (lead and trail):
        return False
    for cell in cells:
        dashes = cell.strip().removeprefix(":").removesuffix(":")
        if len(dashes) < 3 or dashes.strip("-"):
            return False
    return True


_TEXT_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[^\W\d_][^.;:!|]{0,98}$")


def _markdown(text: str, plain: bool) -> Document:
    doc = _parse_markdown(text, plain, infer_headings=plain)
    if not plain and len(doc.sections) < 5 and doc.words > 1000:
        # Extracted pages whose headings were lost (e.g. empty "### " lines): infer headings
        # from short one-line blocks, as for plain text.
        doc = _parse_markdown(text, plain, infer_headings=True)
    return doc


def _parse_markdown(text: str, plain: bool, infer_headings: bool) -> Document:
    b = _Builder()
    lines = text.splitlines()
    block: list[str] = []

    def flush() -> None:
        if block:
            if infer_headings and len(block) == 1 and _TEXT_HEADING.match(block[0].strip()):
                b.heading(block[0], 6)
            else:
                b.paragraph(" ".join(block))
            block.clear()

    lines = [_QUOTE.sub("", line) for line in lines]
    fenced = False
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            block.append(line)
            continue
        m = _ATX.match(line)
        if m and not plain:
            flush()
            b.heading(m.group(2), len(m.group(1)))
        elif (
            not plain
            and line.strip()
            and not block
            and _SETEXT.match(nxt)
            and not _ITEM.match(line)
            and not _is_table_rule(nxt)
        ):
            flush()
            b.heading(line, 1 if nxt.strip().startswith("=") else 2)
        elif _SETEXT.match(line) and not block and not plain:
            continue  # the underline of a setext heading
        elif not line.strip() or _is_table_rule(line):
            flush()
        elif _ITEM.match(line) or line.lstrip().startswith("|"):
            flush()
            block.append(line)
        else:
            block.append(line)
    flush()
    return b.document()


# --- HTML ---------------------------------------------------------------------------------

_DROP_TAGS = {
    "script", "style", "noscript", "template", "svg", "canvas", "nav", "footer", "form",
    "iframe", "button", "select", "input", "textarea", "head", "object", "embed", "dialog",
}  # fmt: skip
_DROP_ROLES = {"navigation", "banner", "contentinfo", "dialog", "alertdialog", "search", "menu"}
_DROP_ATTR = re.compile(
    r"cookie|consent|gdpr|onetrust|cmp-|navbar|(?:^|[-_])nav(?:$|[-_])|menu|breadcrumb|"
    r"footer|skip-?link|share-?bar|social",
    re.IGNORECASE,
)
_INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    "wbr", "label", "del", "ins",
}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def _html(text: str) -> Document:
    from bs4 import BeautifulSoup, Comment, NavigableString, Tag

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.decomposed:
            continue
        attrs = " ".join(
            [tag.get("id") or "", *(tag.get("class") or [])]  # type: ignore[list-item]
        )
        if (
            tag.name in _DROP_TAGS
            or (tag.get("role") or "") in _DROP_ROLES
            or tag.get("aria-hidden") == "true"
            or tag.has_attr("hidden")
            or (attrs.strip() and _DROP_ATTR.search(attrs))
        ):
            tag.decompose()

    b = _Builder()
    buffer: list[str] = []
    links: list[tuple[str, str]] = []

    def flush() -> None:
        if buffer:
            b.paragraph(" ".join(buffer), list(links))
            buffer.clear()
        links.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if child.strip():
                    buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            if child.name in _HEADINGS:
                flush()
                b.heading(child.get_text(" "), _HEADINGS[child.name])
            elif child.name == "br":
                buffer.append(" ")
            elif child.name in _INLINE:
                buffer.append(child.get_text(" "))
                anchors = [child] if child.name == "a" else child.find_all("a")
                for a in anchors:
                    href = str(a.get("href") or "")
                    if href.startswith(("http://", "https://", "mailto:")):
                        links.append((inline(a.get_text(" ")) or "(link)", href))
            elif child.name == "img":
                continue
            else:
                flush()
                walk(child)
                flush()

    walk(soup.body or soup)
    flush()
    return b.document()


_COOKIE = re.compile(
    r"cookie|consent|informasjonskapsl|toestemming|согласи|файл\w{0,20} cookie", re.IGNORECASE
)


def extract(data: bytes | str, source: str = "<input>", kind: str | None = None,
            min_words: int = 20) -> Document:  # fmt: skip
    """Extract a Document from a page; raise PolicyInputError for pages that are not policies."""
    text = decode(data, source) if isinstance(data, bytes) else data
    if not text.strip():
        raise PolicyInputError(source, "the page is empty")
    kind = kind or sniff(text, source)
    if kind == "html":
        doc = _html(text)
    else:
        doc = _markdown(text, plain=kind == "text")
    words = doc.words
    if words == 0:
        raise PolicyInputError(source, f"no policy text found in this {kind} page")
    body = " ".join(p for s in doc.sections for p in [s.heading, *s.paragraphs])
    cookie_words = len(_COOKIE.findall(body))
    if words < 300 and cookie_words and cookie_words * 15 >= words:
        raise PolicyInputError(
            source,
            "the page holds only a cookie or consent banner, not the policy; "
            "fetch it with the banner dismissed or save the policy page itself",
        )
    if words < min_words:
        raise PolicyInputError(source, f"only {words} words of text: too little for a policy")
    return doc
