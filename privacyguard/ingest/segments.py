"""Text that readers expose, mapped back to the bytes it came from.

A field's text is often assembled from several pieces of the file: Telegram's entity array
(``["Pay to ", {"type": "bank_card", "text": "4111 ..."}]``), the text nodes and entities of an
HTML body, the pages of a Messenger thread that repeat the same header. A :class:`Seg` is one
such piece: its rendered text, where it sits in its :class:`Layer` (the raw string it is part
of), and how to encode new text for that spot. Synthetic segments (a newline for ``<br>``) have
no raw span and never change.

Writers hand the new text of a whole field to :func:`redistribute`, which diffs it against the
old text and gives each segment its share; a change that crosses segments goes to the first
one and the rest of the old text is removed, so nothing of the original survives a redaction.
Unchanged segments keep their raw bytes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

Encoder = Callable[[str], str]


@dataclass
class Layer:
    """A raw string that patches apply to; a nested layer is itself a span of its parent."""

    text: str
    parent: Layer | None = None
    span: tuple[int, int] | None = None
    encode: Encoder | None = None
    patches: list[tuple[int, int, str]] = field(default_factory=list)

    def result(self) -> str:
        from privacyguard.ingest.jsonspan import apply_patches

        return apply_patches(self.text, self.patches)


@dataclass
class Seg:
    text: str
    layer: Layer | None  # None: synthetic
    span: tuple[int, int] = (0, 0)
    encode: Encoder | None = None


@dataclass
class Binding:
    """One exposed field of one message: its text and every place that text lives."""

    field: str
    text: str
    targets: list[list[Seg]]


def redistribute(segs: list[Seg], new: str) -> list[str]:
    """The new text of each segment, given the new text of their concatenation.

    Synthetic segments (separators that are not in the raw text) are found again in the new
    text first, near where the diff puts them, and the text between them is shared out
    separately; so a separator never ends up inside a real segment.
    """
    old = "".join(s.text for s in segs)
    if new == old:
        return [s.text for s in segs]
    if len(segs) == 1:
        return [new] if segs[0].layer is not None else [segs[0].text]
    synth = [k for k, s in enumerate(segs) if s.layer is None and s.text]
    if not synth:
        return _share(segs, new)
    ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    starts = []
    pos = 0
    for s in segs:
        starts.append(pos)
        pos += len(s.text)
    cuts: list[tuple[int, int, int]] = []  # (segment index, start, end) in `new`
    floor = 0
    for k in synth:
        sep = segs[k].text
        q = _map(ops, starts[k])
        at = -1
        if new.startswith(sep, q) and q >= floor:
            at = q
        else:
            lo = max(floor, q - 64)
            cands = [m for m in _finds(new, sep, lo, q + 64 + len(sep))]
            if cands:
                at = min(cands, key=lambda m: abs(m - q))
        if at >= floor and at != -1:
            cuts.append((k, at, at + len(sep)))
            floor = at + len(sep)
    out: list[str] = [s.text for s in segs]
    prev_seg, prev_new = 0, 0
    for k, a, b in [*cuts, (len(segs), len(new), len(new))]:
        group = list(range(prev_seg, k))
        if group:
            shared = _share([segs[g] for g in group], new[prev_new:a])
            for g, t in zip(group, shared, strict=True):
                out[g] = t
        prev_seg, prev_new = k + 1, b
    return out


def _finds(text: str, sub: str, lo: int, hi: int) -> list[int]:
    out = []
    i = text.find(sub, max(lo, 0), hi)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1, hi)
    return out


def _map(ops: Sequence[tuple[str, int, int, int, int]], i: int) -> int:
    for tag, i1, i2, j1, j2 in ops:
        if i1 <= i < i2:
            if tag == "equal":
                return j1 + (i - i1)
            return j1 + round((i - i1) * (j2 - j1) / max(1, i2 - i1))
    return ops[-1][4] if ops else 0


def _share(segs: list[Seg], new: str) -> list[str]:
    """Share ``new`` out over segments (synthetic ones keep their text) by a character diff."""
    old = "".join(s.text for s in segs)
    if new == old:
        return [s.text for s in segs]
    real = [i for i, s in enumerate(segs) if s.layer is not None]
    if not real:
        return [s.text for s in segs]
    if len(real) == 1 and len(segs) == 1:
        return [new]
    bounds = []
    pos = 0
    for s in segs:
        bounds.append((pos, pos + len(s.text)))
        pos += len(s.text)
    pieces: list[list[str]] = [[] for _ in segs]

    def target(i1: int, i2: int) -> int:
        cands = [k for k in real if bounds[k][0] < i2 and bounds[k][1] > i1] if i2 > i1 else []
        if cands:
            return cands[0]
        inside = [k for k in real if bounds[k][0] <= i1 < bounds[k][1]]
        if inside:
            return inside[0]
        before = [k for k in real if bounds[k][1] <= i1]
        return before[-1] if before else real[0]

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            for k, (a, b) in enumerate(bounds):
                lo, hi = max(a, i1), min(b, i2)
                if lo < hi and segs[k].layer is not None:
                    pieces[k].append(new[j1 + lo - i1 : j1 + hi - i1])
        else:
            pieces[target(i1, i2)].append(new[j1:j2])
    return ["".join(p) if segs[k].layer is not None else segs[k].text for k, p in enumerate(pieces)]


def apply_binding(b: Binding, new: str) -> None:
    """Queue the patches that put ``new`` in every place the field lives."""
    if new == b.text:
        return
    for segs in b.targets:
        for seg, text in zip(segs, redistribute(segs, new), strict=True):
            if seg.layer is None or text == seg.text:
                continue
            assert seg.encode is not None
            seg.layer.patches.append((seg.span[0], seg.span[1], seg.encode(text)))


def flush(layers: list[Layer]) -> None:
    """Push nested layers' results into their parents (innermost first)."""

    def depth(layer: Layer) -> int:
        d = 0
        while layer.parent is not None:
            layer, d = layer.parent, d + 1
        return d

    for layer in sorted(layers, key=depth, reverse=True):
        if layer.parent is not None and layer.patches:
            assert layer.span is not None and layer.encode is not None
            layer.parent.patches.append((*layer.span, layer.encode(layer.result())))
            layer.patches = []


# --- HTML ---------------------------------------------------------------------------------

#: an unquoted '<' ends a tag's attributes: each '<' then costs time up to the next one, not
#: to the end of the text (``"<a" * 40000`` took 79 s when attributes could run over '<')
_TAG = r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>"
_REST = r"|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|[^<&]+|[<&]"
_TOKEN = re.compile(r"<!--.*?-->|" + _TAG + _REST, re.S)
_TOKEN_NO_COMMENT = re.compile(_TAG + _REST, re.S)


def _tokens(s: str) -> Iterator[re.Match[str]]:
    """The tokens of ``s``. Past the last ``-->`` no ``<!--`` can be closed, so comments are
    not looked for there: an unclosed ``<!--`` would otherwise be searched to the end of the
    text from each one (``"<!--" * 40000`` took 40 s); it is text, as before."""
    close = s.rfind("-->")
    pos = 0
    if close >= 0:
        for m in _TOKEN.finditer(s):
            yield m
            pos = m.end()
            if pos > close:
                break
        else:
            return
    yield from _TOKEN_NO_COMMENT.finditer(s, pos)


#: a name of at most 101 characters: unbounded, each letter of a long name was a start that
#: read to its end (quadratic); a longer name still matches (its end), so its value is exposed
_ATTR = re.compile(
    r"""([A-Za-z_:][-A-Za-z0-9_:.]{0,100})\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
)
_BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
#: attributes that only lay out or style the page; every other attribute value is exposed
#: (href, src, title, alt, value, data-*, content, ...), since any of them can hold data
_LAYOUT_ATTRS = frozenset(
    {
        "class",
        "style",
        "id",
        "dir",
        "lang",
        "width",
        "height",
        "align",
        "valign",
        "border",
        "cellpadding",
        "cellspacing",
        "bgcolor",
        "color",
        "face",
        "size",
        "type",
        "rel",
        "target",
        "colspan",
        "rowspan",
        "charset",
        "http-equiv",
        "role",
        "tabindex",
        "start",
        "span",
        "nowrap",
        "frame",
        "rules",
        "scope",
        "shape",
        "coords",
        "method",
        "enctype",
        "xmlns",
        "version",
        "cols",
        "rows",
        "hspace",
        "vspace",
        "background",
        "leftmargin",
        "topmargin",
        "marginwidth",
        "marginheight",
        "link",
        "vlink",
        "alink",
        "text",
    }
)


@dataclass
class HtmlParts:
    """The exposed pieces of an HTML string: rendered text, attribute values, comments."""

    text: list[Seg]
    attrs: list[Seg]
    comments: list[Seg]


def _esc_text(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _esc_attr(quote: str) -> Encoder:
    def enc(t: str) -> str:
        t = _esc_text(t)
        return t.replace('"', "&quot;") if quote != "'" else t.replace("'", "&#39;")

    return enc


def _comment_text(t: str) -> str:
    """New text for a comment's inside: it must not end the comment early."""
    return t.replace("--", "- -").replace("-->", "- ->")


def html_segments(layer: Layer) -> HtmlParts:
    """The text, attribute and comment segments of the HTML in ``layer``.

    Text: text runs and entity references (each its own segment, so an unchanged ``&nbsp;``
    stays ``&nbsp;``), with a synthetic newline for ``<br>`` and at the end of block elements.
    Attributes: every value except layout ones (:data:`_LAYOUT_ATTRS`), separated by
    synthetic newlines. Comments: the inside of each ``<!-- -->``, separated likewise.
    """
    text: list[Seg] = []
    attrs: list[Seg] = []
    comments: list[Seg] = []
    s = layer.text
    for m in _tokens(s):
        tok = m.group()
        if tok.startswith("<!--"):
            if comments:
                comments.append(Seg("\n", None))
            span = (m.start() + 4, m.end() - 3)
            comments.append(Seg(s[span[0] : span[1]], layer, span, _comment_text))
            continue
        if m.group(2):
            closing, tag = m.group(1), m.group(2).lower()
            if tag == "br" or (closing and tag in _BREAKS):
                text.append(Seg("\n", None))
            for a in _ATTR.finditer(m.group(3) or ""):
                if a.group(1).lower() in _LAYOUT_ATTRS:
                    continue
                gi = next(g for g in (2, 3, 4) if a.group(g) is not None)
                base = m.start(3)
                span = (base + a.start(gi), base + a.end(gi))
                if attrs:
                    attrs.append(Seg("\n", None))
                quote = {2: '"', 3: "'", 4: ""}[gi]
                attrs.append(Seg(html.unescape(a.group(gi)), layer, span, _esc_attr(quote)))
            continue
        if tok.startswith("&") and len(tok) > 1:
            text.append(Seg(html.unescape(tok), layer, m.span(), _esc_text))
        else:
            text.append(Seg(tok, layer, m.span(), _esc_text))
    while text and text[-1].layer is None:
        text.pop()
    return HtmlParts(text, attrs, comments)


def render(segs: list[Seg]) -> str:
    return "".join(s.text for s in segs)
