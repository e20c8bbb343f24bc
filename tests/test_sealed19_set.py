"""sealed19.jsonl is exactly what make_sealed19.py writes, and its spans and check digits hold."""

from __future__ import annotations

from collections import Counter

from .sealed_set_checks import DIR, jsonl_text, load_generator

MOD = load_generator("sealed19")
RECORDS = MOD.generate()


def test_regenerates_byte_for_byte():
    text = jsonl_text(RECORDS)
    assert (DIR / "sealed19.jsonl").read_text(encoding="utf-8") == text


def test_spans_and_check_digits():
    assert MOD.check(RECORDS) == []
    for r in RECORDS:
        for key in ("entities", "negatives"):
            for s in r[key]:
                frag = r["text"][s["start"] : s["end"]]
                assert frag and frag == frag.strip(), (r["message_id"], s)


def test_check_digits_are_really_checked():
    # a changed digit in a checksummed value is caught by the check the set relies on
    assert MOD.check_value("IBAN_CODE", "NL91 ABNA 0417 1643 01", "nl")
    assert MOD.check_value("NATIONAL_ID", "111222334", "nl")
    assert MOD.check_value("IBAN_CODE", "NL91 ABNA 0417 1643 00", "nl") is None


def test_counts_per_language_and_class():
    convs: dict[str, set[str]] = {}
    langs = Counter()
    sizes = Counter()
    for r in RECORDS:
        sizes[r["conversation_id"]] += 1
        if r["conversation_id"] not in convs:
            langs[r["lang"]] += 1
        cls = convs.setdefault(r["conversation_id"], set())
        cls.update(e["class"] for e in r["entities"] if e["class"] != "plain")
    assert len(convs) == 600 and set(langs.values()) == {150}
    main = Counter((cid.split("-")[1], min(c) if c else "plain") for cid, c in convs.items())
    assert all(len(c) <= 1 for c in convs.values())
    assert set(main.values()) == {25}, main
    assert all(7 <= n <= 35 for n in sizes.values())
    negs = Counter(cid for r in RECORDS for cid in [r["conversation_id"]] if r["negatives"])
    assert set(negs) == set(convs)
    assert not any(n["kind"] == "flight_number" for r in RECORDS for n in r["negatives"])
