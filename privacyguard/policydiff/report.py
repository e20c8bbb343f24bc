"""Render a PolicyDiff: coloured terminal text, JSON (``PolicyDiff.to_json``), side-by-side HTML."""

from __future__ import annotations

import html
import textwrap

from privacyguard.policydiff.diff import Change, PolicyDiff

_RED, _GREEN, _YELLOW, _CYAN, _BOLD, _DIM, _RESET = (
    "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m", "\x1b[1m", "\x1b[2m", "\x1b[0m",
)  # fmt: skip

_KIND = {
    "added": "paragraph added",
    "removed": "paragraph removed",
    "modified": "paragraph changed",
    "heading": "heading changed",
    "section_added": "section added",
    "section_removed": "section removed",
    "section_moved": "section moved",
    "section_renumbered": "section renumbered",
    "paragraph_moved": "paragraph moved",
    "link_changed": "linked document changed",
}


def _why(c: Change) -> str:
    """Why a change is relevant to the user's channels, or ""."""
    return f" (relevant: {'; '.join(c.relevance)})" if c.relevance else ""


def summary(diff: PolicyDiff) -> str:
    """One line: what changed, how much, which topics."""
    head = f"{diff.old_label} -> {diff.new_label}: {diff.status}"
    if diff.status == "substantive":
        head += f", {len(diff.substantive)} change(s), severity {diff.severity}"
        if diff.topics:
            head += f"; topics: {', '.join(diff.topics)}"
    else:
        moves = sum(c.kind != "link_changed" for c in diff.changes)
        links = len(diff.changes) - moves
        notes = [f"{moves} move(s) or renumbering(s)"] if moves else []
        notes += [f"{links} linked document(s) changed"] if links else []
        head += f" ({', '.join([*notes, 'no wording change after normalisation'])})"
    if diff.relevant:
        head += f"; {len(diff.relevant)} change(s) RELEVANT to your channels (listed first)"
    if diff.old_dates != diff.new_dates:
        before, after = " / ".join(diff.old_dates) or "-", " / ".join(diff.new_dates) or "-"
        head += f"; date line {before} -> {after}"
    return head


def _words(c: Change, color: bool, width: int) -> str:
    if not c.words:
        return ""
    parts = []
    for w in c.words:
        if w.op == "equal":
            parts.append(w.text)
        elif w.op == "delete":
            parts.append(
                f"{_RED}[-{w.text.rstrip()}-]{_RESET} " if color else f"[-{w.text.rstrip()}-] "
            )
        else:
            parts.append(
                f"{_GREEN}{{+{w.text.rstrip()}+}}{_RESET} "
                if color
                else f"{{+{w.text.rstrip()}+}} "
            )
    return "".join(parts).strip()


def _clip(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " ..."


def render_text(diff: PolicyDiff, color: bool = False, width: int = 100) -> str:
    """A readable report; ANSI colours when ``color``."""
    bold = (lambda s: f"{_BOLD}{s}{_RESET}") if color else (lambda s: s)
    out = [bold(summary(diff))]
    for c in diff.changes:
        tag = f"[{c.severity}: {', '.join(c.topics) or 'untagged'}]" if c.substantive else ""
        if c.kind == "link_changed":
            tag = f"[{c.severity}]"
        tag += _why(c)
        where = c.section or "(top of page)"
        if c.old_section and c.old_section != c.section:
            where = f"{c.old_section} -> {where}"
        title = f"{_KIND[c.kind]} in {where} {tag}".rstrip()
        out.append("")
        out.append(f"{_CYAN}{title}{_RESET}" if color else title)
        if c.words:
            body = _words(c, color, width)
        elif c.kind in {"added", "section_added"}:
            body = _clip(c.new or "")
            body = f"{_GREEN}+ {body}{_RESET}" if color else f"+ {body}"
        elif c.kind in {"removed", "section_removed"}:
            body = _clip(c.old or "")
            body = f"{_RED}- {body}{_RESET}" if color else f"- {body}"
        elif c.kind == "section_renumbered":
            body = f"  {c.old} -> {c.new}"
        elif c.kind == "link_changed":
            body = f'"{c.link_text}": {c.old}\n-> {c.new}'
        elif c.kind == "paragraph_moved":
            body = f"  {_clip(c.new or '', 200)}"
            body = f"{_DIM}{body}{_RESET}" if color else body
        else:
            continue
        out.extend(textwrap.indent(line, "  ") for line in body.splitlines())
    return "\n".join(out)


_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:1px solid #ddd;padding:.5em;vertical-align:top;text-align:left}
th.sec{background:#f4f4f4;font-weight:600}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.tag{font-size:12px;color:#555}.high{color:#b00}.medium{color:#a60}.low{color:#555}
.empty{background:#fafafa}.rel{color:#036;font-weight:600}
"""


def render_html(diff: PolicyDiff, labels: dict[str, str] | None = None) -> str:
    """A self-contained side-by-side page: old on the left, new on the right."""
    labels = labels or {}
    e = html.escape
    rows = []
    for c in diff.changes:
        topics = ", ".join(labels.get(t, t) for t in c.topics) or "untagged"
        tag = (
            f' <span class="tag {c.severity}">[{c.severity}: {e(topics)}]</span>'
            if c.substantive
            else ""
        )
        if c.kind == "link_changed":
            tag = f' <span class="tag low">[low] &ldquo;{e(c.link_text or "")}&rdquo;</span>'
        if c.relevance:
            tag += f' <span class="tag rel">relevant: {e("; ".join(c.relevance))}</span>'
        where = e(c.section or "(top of page)")
        if c.old_section and c.old_section != c.section:
            where = f"{e(c.old_section)} &rarr; {where}"
        rows.append(f'<tr><th class="sec" colspan="2">{e(_KIND[c.kind])} in {where}{tag}</th></tr>')
        if c.words:
            left = "".join(
                e(w.text) if w.op == "equal" else f"<del>{e(w.text)}</del>"
                for w in c.words
                if w.op != "insert"
            )
            right = "".join(
                e(w.text) if w.op == "equal" else f"<ins>{e(w.text)}</ins>"
                for w in c.words
                if w.op != "delete"
            )
        else:
            left = (
                f"<del>{e(c.old or '')}</del>"
                if c.old and c.kind != "paragraph_moved"
                else e(c.old or "")
            )
            right = (
                f"<ins>{e(c.new or '')}</ins>"
                if c.new and c.kind != "paragraph_moved"
                else e(c.new or "")
            )
        lcls = "" if left else ' class="empty"'
        rcls = "" if right else ' class="empty"'
        left, right = left.replace("\n", "<br>"), right.replace("\n", "<br>")
        rows.append(f"<tr><td{lcls}>{left}</td><td{rcls}>{right}</td></tr>")
    title = e(f"{diff.service or 'policy'}: {diff.old_label} -> {diff.new_label}")
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{_CSS}</style></head><body>\n<h1>{title}</h1>\n<p>{e(summary(diff))}</p>\n"
        f"<table><thead><tr><th>{e(diff.old_label)}</th><th>{e(diff.new_label)}</th></tr></thead>"
        f"<tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n</body></html>\n"
    )
