"""Diff two Documents: sections aligned by heading and content, word-level changes inside.

Pure functions over ``extract.Document``; difflib (standard library) does the sequence work.
Section alignment: headings (without numbering) are aligned in order first; what is left is
paired by content similarity, so a renamed or renumbered section is still one section. Pairs
that are out of order relative to the longest in-order run are reported as moved.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

from privacyguard.policydiff.extract import Document, Section
from privacyguard.policydiff.normalise import canonical_url, compare_key

# Change kinds. Substantive: the words of the policy changed.
SUBSTANTIVE = {"added", "removed", "modified", "section_added", "section_removed", "heading"}
STRUCTURAL = {"section_moved", "section_renumbered", "paragraph_moved"}
# Cosmetic, but listed (at the lowest severity): a link whose text stayed and target changed.
LINK_CHANGED = "link_changed"

_TOKEN = re.compile(r"\S+\s*")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=\S)")


@dataclass
class WordOp:
    """One run of a word-level diff: op is 'equal', 'delete' or 'insert'."""

    op: str
    text: str


@dataclass
class Change:
    """One change between two versions, with what the classifier said about it."""

    kind: str
    section: str  # heading in the new version (old one for removals)
    old_section: str | None = None
    old: str | None = None
    new: str | None = None
    words: list[WordOp] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    matches: dict[str, list[str]] = field(default_factory=dict)
    severity: str | None = None
    link_text: str | None = None  # link_changed: the link's text (old and new are the URLs)
    relevance: list[str] = field(default_factory=list)  # why it matters to your channels

    @property
    def substantive(self) -> bool:
        return self.kind in SUBSTANTIVE

    def changed_text(self) -> str:
        """The text the classifier reads: the heading and the sentences that changed."""
        if self.kind in {"modified", "heading"}:
            old_s = _sentences(self.old or "")
            new_s = _sentences(self.new or "")
            changed = [s for s in old_s if s not in new_s] + [s for s in new_s if s not in old_s]
            body = " ".join(changed) or f"{self.old} {self.new}"
        else:
            body = " ".join(t for t in (self.old, self.new) if t)
        return f"{self.section}\n{body}"

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "section": self.section,
            "old_section": self.old_section,
            "old": self.old,
            "new": self.new,
            "words": [[w.op, w.text] for w in self.words],
            "topics": self.topics,
            "matches": self.matches,
            "severity": self.severity,
            "link_text": self.link_text,
            "relevance": self.relevance,
        }


@dataclass
class PolicyDiff:
    """All changes from one version to the next; ``status`` sums them up."""

    old_label: str
    new_label: str
    changes: list[Change]
    old_dates: list[str] = field(default_factory=list)
    new_dates: list[str] = field(default_factory=list)
    service: str | None = None
    language: str | None = None  # of the changed text, set by classify

    @property
    def substantive(self) -> list[Change]:
        return [c for c in self.changes if c.substantive]

    @property
    def status(self) -> str:
        """'substantive', 'structural' (only moves) or 'cosmetic' (nothing that counts)."""
        if self.substantive:
            return "substantive"
        return "structural" if any(c.kind in STRUCTURAL for c in self.changes) else "cosmetic"

    @property
    def relevant(self) -> list[Change]:
        """Changes that matter to the user's channels (set by relevance.mark_relevance)."""
        return [c for c in self.changes if c.relevance]

    def relevance_reasons(self) -> list[str]:
        return sorted({r for c in self.relevant for r in c.relevance})

    @property
    def topics(self) -> list[str]:
        return sorted({t for c in self.substantive for t in c.topics})

    @property
    def severity(self) -> str | None:
        from privacyguard.policydiff.classify import SEVERITIES

        levels = [SEVERITIES.index(c.severity) for c in self.substantive if c.severity]
        return SEVERITIES[max(levels)] if levels else None

    def to_json(self) -> dict[str, object]:
        counts: dict[str, int] = {}
        for c in self.changes:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        return {
            "service": self.service,
            "from": self.old_label,
            "to": self.new_label,
            "status": self.status,
            "language": self.language,
            "severity": self.severity,
            "topics": self.topics,
            "relevant": len(self.relevant),
            "relevance": self.relevance_reasons(),
            "counts": counts,
            "date_lines": {"from": self.old_dates, "to": self.new_dates},
            "changes": [c.to_json() for c in self.changes],
        }


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


#: paragraphs longer than this (in words) are compared by their word counts and shown as
#: replaced whole: SequenceMatcher takes time quadratic in repeated words (a paragraph of
#: 20,000 times "a" took 64 s)
MAX_DIFF_WORDS = 1000


#: the most (old, new) pairs of unmatched sections compared by content
MAX_SECTION_PAIRS = 250_000


def word_diff(old: str, new: str) -> list[WordOp]:
    """Word-level diff of two paragraphs; whitespace is attached to the word before it."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ka, kb = [t.rstrip() for t in a], [t.rstrip() for t in b]
    ops: list[WordOp] = []
    if max(len(ka), len(kb)) > MAX_DIFF_WORDS:  # SequenceMatcher is quadratic in repeats
        return [WordOp("delete", old), WordOp("insert", new)]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(WordOp("equal", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            ops.append(WordOp("delete", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(WordOp("insert", "".join(b[j1:j2])))
    return ops


def _shingles(text: str) -> set[str]:
    words = text.casefold().split()
    return {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _align_sections(old: list[Section], new: list[Section]) -> list[tuple[int, int]]:
    """Pairs (old index, new index) of the same section, by heading then by content."""
    okeys, nkeys = [s.key for s in old], [s.key for s in new]
    pairs: list[tuple[int, int]] = []
    # numbered: equal headings repeated thousands of times made the matcher quadratic
    sm = difflib.SequenceMatcher(None, _numbered(okeys), _numbered(nkeys), autojunk=False)
    for block in sm.get_matching_blocks():
        pairs.extend((block.a + k, block.b + k) for k in range(block.size))
    used_o = {i for i, _ in pairs}
    used_n = {j for _, j in pairs}
    left_o = [i for i in range(len(old)) if i not in used_o]
    left_n = [j for j in range(len(new)) if j not in used_n]
    # content matching compares every pair left over: bounded so that a page whose thousands
    # of headings all changed stays linear (its sections are then added and removed)
    if left_o and left_n and len(left_o) * len(left_n) <= MAX_SECTION_PAIRS:
        sh_o = {i: _shingles(old[i].text or old[i].heading) for i in left_o}
        sh_n = {j: _shingles(new[j].text or new[j].heading) for j in left_n}
        scored = []
        for i in left_o:
            for j in left_n:
                score = _jaccard(sh_o[i], sh_n[j])
                if okeys[i] == nkeys[j]:
                    score += 0.3
                if score >= 0.4:
                    scored.append((score, i, j))
        for _, i, j in sorted(scored, reverse=True):
            if i not in used_o and j not in used_n:
                pairs.append((i, j))
                used_o.add(i)
                used_n.add(j)
    return sorted(pairs)


def _in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The longest run of pairs whose new indexes increase (pairs sorted by old index)."""
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    keep: set[tuple[int, int]] = set()
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        keep.add(pairs[k])
        k = prev[k]
    return keep


def _similar(a: str, b: str) -> float:
    a_words, b_words = a.split(), b.split()
    sm = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
    if sm.real_quick_ratio() < 0.4 or sm.quick_ratio() < 0.4:
        return 0.0
    if max(len(a_words), len(b_words)) > MAX_DIFF_WORDS:
        return sm.quick_ratio()  # word counts only: linear (ratio() is quadratic in repeats)
    return sm.ratio()


def _numbered(items: list[str]) -> list[tuple[str, int]]:
    """Each item with how often it came before: the k-th equal item matches the k-th."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        k = seen.get(item, 0)
        seen[item] = k + 1
        out.append((item, k))
    return out


def _paragraph_changes(o: Section, n: Section) -> list[Change]:
    out: list[Change] = []
    a, b = o.paragraphs, n.paragraphs
    # each paragraph keyed with its occurrence number: SequenceMatcher is quadratic on many
    # equal items (20,000 identical list items took 32 s), and unique keys keep it linear;
    # compared by compare_key, so spacing around punctuation is no change
    ka, kb = _numbered([compare_key(p) for p in a]), _numbered([compare_key(p) for p in b])
    sm = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and compare_key(" ".join(a[i1:i2])) == compare_key(" ".join(b[j1:j2])):
            continue  # the same words, split into paragraphs differently
        j = j1
        for i in range(i1, i2):
            best, best_j = 0.0, -1
            for jj in range(j, min(j2, j + 8)):
                score = _similar(a[i], b[jj])
                if score > best:
                    best, best_j = score, jj
            if best >= 0.5:
                out.extend(
                    Change("added", n.heading, o.heading, new=b[k]) for k in range(j, best_j)
                )
                words = word_diff(a[i], b[best_j])
                out.append(Change("modified", n.heading, o.heading, a[i], b[best_j], words))
                j = best_j + 1
            else:
                out.append(Change("removed", n.heading, o.heading, old=a[i]))
        out.extend(Change("added", n.heading, o.heading, new=b[k]) for k in range(j, j2))
    return out


def _link_changes(o: Section, n: Section) -> list[Change]:
    """Links with the same text (k-th with the k-th) whose target is another document."""
    old_keys = _numbered([t for t, _ in o.links])
    targets = {key: url for key, (_, url) in zip(old_keys, o.links, strict=True)}
    out = []
    for key, (text, url) in zip(_numbered([t for t, _ in n.links]), n.links, strict=True):
        before = targets.get(key)
        if before is not None and canonical_url(before) != canonical_url(url):
            out.append(Change(LINK_CHANGED, n.heading, o.heading, before, url,
                              severity="low", link_text=text))  # fmt: skip
    return out


def _mark_paragraph_moves(changes: list[Change]) -> list[Change]:
    """An identical paragraph removed in one place and added in another is a move."""
    removed: dict[str, list[Change]] = {}
    for c in changes:
        if c.kind == "removed" and c.old:
            removed.setdefault(c.old, []).append(c)
    drop: set[int] = set()
    for c in changes:
        if c.kind == "added" and c.new and removed.get(c.new):
            r = removed[c.new].pop()
            drop.add(id(r))
            c.kind, c.old, c.old_section = "paragraph_moved", c.new, r.old_section
    return [c for c in changes if id(c) not in drop]


def _mark_moves_across_sections(changes: list[Change]) -> list[Change]:
    """Paragraphs removed from one section and added, word for word, to another are moves.

    A removed or added section all of whose paragraphs moved (or that had none) is a
    structural change too; a section with one new paragraph stays a section change.
    """
    def paragraphs(c: Change) -> list[str]:
        text = c.old if c.kind in {"removed", "section_removed"} else c.new
        return [compare_key(p) for p in (text or "").split("\n") if p.strip()]

    def with_heading(c: Change) -> list[str]:  # a heading may become a paragraph, or back
        return paragraphs(c) + ([compare_key(c.section)] if c.kind.startswith("section") else [])

    gone = Counter(k for c in changes if c.kind in {"removed", "section_removed"}
                   for k in with_heading(c))  # fmt: skip
    came = Counter(k for c in changes if c.kind in {"added", "section_added"}
                   for k in with_heading(c))  # fmt: skip
    moved = gone & came
    left = {"removed": moved.copy(), "added": moved.copy()}
    for c in changes:
        if c.kind in {"section_removed", "section_added"}:
            pool = left["removed" if c.kind == "section_removed" else "added"]
            keys = Counter(paragraphs(c))
            if all(pool[k] >= n for k, n in keys.items()):
                pool.subtract(keys)
                c.kind = "section_moved"
    out = []
    for c in changes:
        if c.kind in {"removed", "added"}:
            [key] = paragraphs(c) or [""]
            if left[c.kind][key] > 0:
                left[c.kind][key] -= 1
                if c.kind == "removed":
                    continue  # shown once, where it went
                c.kind, c.old = "paragraph_moved", c.new
        out.append(c)
    return out


def diff_documents(old: Document, new: Document, old_label: str = "old",
                   new_label: str = "new") -> PolicyDiff:  # fmt: skip
    """Every change from ``old`` to ``new``, in the order of the new version."""
    pairs = _align_sections(old.sections, new.sections)
    ordered = _in_order(pairs)
    by_new = {j: i for i, j in pairs}
    matched_old = {i for i, _ in pairs}
    changes: list[Change] = []
    # removed sections first, at the position they had
    for i, s in enumerate(old.sections):
        if i not in matched_old:
            changes.append(Change("section_removed", s.heading, s.heading, old=s.text))
    for j, n in enumerate(new.sections):
        if j not in by_new:
            changes.append(Change("section_added", n.heading, new=n.text))
            continue
        o = old.sections[by_new[j]]
        if (by_new[j], j) not in ordered:
            changes.append(Change("section_moved", n.heading, o.heading))
        if o.heading != n.heading and o.key == n.key:
            changes.append(Change("section_renumbered", n.heading, o.heading, o.heading, n.heading))
        elif o.heading != n.heading and inline_key(o.heading) != inline_key(n.heading):
            changes.append(
                Change("heading", n.heading, o.heading, o.heading, n.heading,
                       word_diff(o.heading, n.heading))
            )  # fmt: skip
        if [compare_key(p) for p in o.paragraphs] != [compare_key(p) for p in n.paragraphs]:
            changes.extend(_paragraph_changes(o, n))
        if o.links != n.links:
            changes.extend(_link_changes(o, n))
    changes = _mark_moves_across_sections(_mark_paragraph_moves(changes))
    return PolicyDiff(old_label, new_label, changes, old.date_lines, new.date_lines)


def inline_key(heading: str) -> str:
    """Headings that differ only in case or punctuation are the same heading."""
    return re.sub(r"[^\w]+", " ", heading.casefold()).strip()
