"""Properties of span arithmetic: splicing edits into a text, patching raw strings, sharing a
rewritten text out over the segments it came from, and resolving overlapping findings.

Derandomized and bounded (the same examples every run); see tests/README.md."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from privacyguard.detect.overlap import resolve
from privacyguard.ingest.jsonspan import apply_patches
from privacyguard.ingest.segments import Layer, Seg, redistribute
from privacyguard.models import Finding
from privacyguard.spans import Edit, splice

BOUNDED = settings(max_examples=150, deadline=None, derandomize=True, database=None)

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A text and sorted, disjoint, non-empty [start, end) spans of it."""
    text = draw(texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    return text, pairs


replacements = st.text(alphabet="<>ABC_xyz", max_size=12)


@BOUNDED
@given(data=st.data())
def test_splice_keeps_the_text_between_edits_and_maps_its_offsets(data: st.DataObject) -> None:
    text, spans = data.draw(text_and_spans())
    news = data.draw(st.lists(replacements, min_size=len(spans), max_size=len(spans)))
    edits = [
        Edit(s, e, n, "T", "rule", "replace", "") for (s, e), n in zip(spans, news, strict=True)
    ]
    # edits may come in any order
    out = splice(text, data.draw(st.permutations(edits)))

    assert len(out) == len(text) + sum(len(e.new) - (e.end - e.start) for e in edits)
    shift, pos = 0, 0
    for e in edits:  # in text order
        # the untouched text before this edit sits at its old offset plus the shift so far
        assert out[pos + shift : e.start + shift] == text[pos : e.start]
        assert out[e.start + shift : e.start + shift + len(e.new)] == e.new
        shift += len(e.new) - (e.end - e.start)
        pos = e.end
    assert out[pos + shift :] == text[pos:]


@BOUNDED
@given(data=st.data())
def test_apply_patches_equals_splice_and_refuses_overlaps(data: st.DataObject) -> None:
    text, spans = data.draw(text_and_spans())
    news = data.draw(st.lists(replacements, min_size=len(spans), max_size=len(spans)))
    patches = [(s, e, n) for (s, e), n in zip(spans, news, strict=True)]
    edits = [Edit(s, e, n, "T", "r", "o", "") for s, e, n in patches]
    assert apply_patches(text, data.draw(st.permutations(patches))) == splice(text, edits)
    if patches:
        s, e, _ = patches[0]
        overlapping = [*patches, (e - 1, e + 1, "!")]
        try:
            apply_patches(text, overlapping)
        except ValueError:
            pass
        else:
            raise AssertionError("overlapping patches were applied")


@BOUNDED
@given(
    parts=st.lists(st.text(max_size=12), min_size=1, max_size=5),
    new=st.text(max_size=40),
)
def test_redistribute_over_real_segments_gives_back_the_whole_new_text(
    parts: list[str], new: str
) -> None:
    layer = Layer("".join(parts))
    segs = [Seg(p, layer) for p in parts]
    shares = redistribute(segs, new)
    assert len(shares) == len(segs)
    assert "".join(shares) == new
    assert redistribute(segs, "".join(parts)) == parts  # unchanged text: unchanged segments


@BOUNDED
@given(
    before=st.text(alphabet="abc XYZ", max_size=15),
    after=st.text(alphabet="abc XYZ", max_size=15),
    new_before=st.text(alphabet="abc <>", max_size=15),
    new_after=st.text(alphabet="abc <>", max_size=15),
)
def test_redistribute_keeps_a_synthetic_separator_out_of_the_real_segments(
    before: str, after: str, new_before: str, new_after: str
) -> None:
    """A separator the raw text does not hold (";"), still in the new text, stays itself."""
    layer = Layer(before + after)
    segs = [Seg(before, layer), Seg(";", None), Seg(after, layer)]
    shares = redistribute(segs, new_before + ";" + new_after)
    assert shares == [new_before, ";", new_after]


@st.composite
def candidates(draw: st.DrawFn) -> list[Finding]:
    out = []
    for i in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, 40))
        end = draw(st.integers(start, start + 12))
        score = draw(st.sampled_from([0.3, 0.5, 0.5, 0.85, 1.0]))
        etype = draw(st.sampled_from(["IBAN_CODE", "PERSON", "PHONE_NUMBER"]))
        out.append(Finding(f"m{i}", etype, start, end, score, "r", "why"))
    return out


PRIORITY = {"IBAN_CODE": 0, "PHONE_NUMBER": 1, "PERSON": 2}


def _overlap(a: Finding, b: Finding) -> bool:
    if a.start < a.end and b.start < b.end:
        return a.start < b.end and b.start < a.end
    empty, other = (a, b) if a.start >= a.end else (b, a)
    return other.start < empty.start < other.end  # an empty span strictly inside


@BOUNDED
@given(found=candidates())
def test_resolve_keeps_disjoint_spans_and_drops_only_what_a_stronger_kept_one_overlaps(
    found: list[Finding],
) -> None:
    kept = resolve(found, PRIORITY)
    assert all(k in found for k in kept)
    assert kept == sorted(kept, key=lambda f: (f.start, f.end))
    for i, a in enumerate(kept):
        for b in kept[i + 1 :]:
            assert not _overlap(a, b), (a, b)
    for f in found:
        if f in kept:
            continue
        winners = [k for k in kept if _overlap(k, f)]
        assert winners, f"{f} dropped though nothing kept overlaps it"
        assert any(
            (round(k.score, 6), k.end - k.start) >= (round(f.score, 6), f.end - f.start)
            for k in winners
        ), f"{f} dropped for a weaker finding"
    assert resolve(kept, PRIORITY) == kept  # resolving again changes nothing
