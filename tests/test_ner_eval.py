"""The NER evaluator's matching (bench/accuracy/ner/evaluate_ner.py) on tiny made-up gold."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_PATH = HERE.parent / "bench" / "accuracy" / "ner" / "evaluate_ner.py"
_spec = importlib.util.spec_from_file_location("evaluate_ner_under_test", _PATH)
ev = importlib.util.module_from_spec(_spec)
sys.modules["evaluate_ner_under_test"] = ev
_spec.loader.exec_module(ev)
Span = ev.Span


def _record(rid: str, text: str, entities: list[tuple[str, str]], other=()) -> dict:
    """Gold spans given by their text (first occurrence) and type."""
    def span(value: str, etype: str) -> dict:
        start = text.index(value)
        return {"start": start, "end": start + len(value), "type": etype, "subtype": etype[:3],
                "text": value}  # fmt: skip

    return {
        "id": rid, "lang": "nl", "text": text, "source": f"made-up/doc1#{rid}",
        "entities": [span(v, t) for v, t in entities],
        "other": [dict(span(v, "ORG"), subtype="ORG") for v in other],
    }  # fmt: skip


def _pred(text: str, value: str, etype: str = "PERSON", label: str = "person_name") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), etype, label)


T1 = "Volgens Jan de Vries is het klaar, aldus Verstraeten."
T2 = "Het bestuur van Ajax kwam bijeen in Utrecht."
T3 = "Er gebeurde vandaag niets bijzonders."
RECORDS = [
    _record("s1", T1, [("Jan de Vries", "PERSON"), ("Verstraeten", "PERSON")]),
    _record("s2", T2, [("Utrecht", "LOCATION")], other=["Ajax"]),
    _record("s3", T3, []),
]


def test_overlap_and_exact_matching_and_one_word_names() -> None:
    preds = {
        # a partial hit on the full name counts for overlap, not for exact
        "s1": [_pred(T1, "Jan de"), _pred(T1, "Verstraeten")],
        "s2": [_pred(T2, "Ajax")],  # on an organisation
        "s3": [_pred(T3, "Er")],  # in a sentence without any entity
    }
    res = ev.score_language(RECORDS, preds)
    p = res["PERSON"]
    assert p["overlap"]["gold"] == 2 and p["overlap"]["predicted"] == 4
    assert p["overlap"]["recall"] == 1.0
    assert p["overlap"]["precision"] == 0.5
    assert p["exact"]["recall"] == 0.5  # only "Verstraeten" exactly
    assert p["exact"]["precision"] == 0.25
    assert p["one_word"] == {"gold": 1, "recall_overlap": 1.0, "recall_exact": 1.0}
    assert p["multi_word"] == {"gold": 1, "recall_overlap": 1.0, "recall_exact": 0.0}
    fp = res["false_positives"]
    assert fp["sentences_without_entity"] == 1
    assert fp["of_which_with_a_finding"] == 1
    assert fp["on_other_entities"]["PERSON"] == {"ORG": 1}
    assert fp["findings_there"] == {"PERSON": 1}
    assert fp["on_plain_words"] == {"PERSON": 1}  # "Er": on no named entity at all


def test_a_person_finding_on_a_place_and_plain_words_are_told_apart() -> None:
    preds = {
        "s1": [_pred(T1, "klaar")],
        "s2": [_pred(T2, "Utrecht"), _pred(T2, "bestuur")],
    }
    res = ev.score_language(RECORDS, preds)
    fp = res["false_positives"]
    assert fp["person_on_a_place"] == 1
    assert fp["on_plain_words"] == {"PERSON": 2}
    assert res["PERSON"]["overlap"]["recall"] == 0.0
    assert res["LOCATION"]["overlap"]["recall"] == 0.0


def test_addresses_are_counted_apart_from_place_names() -> None:
    text = "Ze woont op Kerkstraat 12 in Utrecht."
    rec = _record("a1", text, [("Kerkstraat 12", "LOCATION"), ("Utrecht", "LOCATION")])
    preds = {"a1": [_pred(text, "Kerkstraat 12", "LOCATION", "nl_no_de_street_address")]}
    kinds = ev.score_language([rec], preds)["location_kinds"]
    assert kinds["address"] == {"gold": 1, "found": 1, "predicted": 1, "correct": 1,
                                "recall": 1.0, "precision": 1.0}  # fmt: skip
    assert kinds["place"]["gold"] == 1 and kinds["place"]["found"] == 0
    assert kinds["predicted_by_recognizer"] == {"nl_no_de_street_address": 1}


def test_empty_figures_are_none_not_zero() -> None:
    res = ev.score_language([RECORDS[2]], {})
    assert res["PERSON"]["overlap"]["precision"] is None
    assert res["PERSON"]["overlap"]["recall"] is None


def test_documents_are_conversations_only_where_the_source_names_them() -> None:
    assert ev.conversation_of(RECORDS[0], "document") == "made-up/doc1"
    assert ev.conversation_of(RECORDS[0], "sentence") == "s1"
    one_file = dict(RECORDS[0], source="ud/nob/no_bokmaal-ud-dev.conllu#015697")
    assert ev.conversation_of(one_file, "document") == "s1"


def test_a_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "xx.gold.jsonl"
    good = json.dumps(RECORDS[0])
    bad = json.dumps(dict(RECORDS[0], entities=[{"start": 5, "end": 500, "type": "PERSON"}]))
    path.write_text(good + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"xx\.gold\.jsonl:2: .*outside the text"):
        ev.load_gold(path)


def test_the_evaluator_runs_end_to_end_on_a_tiny_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Gisteren sprak ik met mijn buurvrouw Anna de Vries over de tuin."
    rec = _record("e1", text, [("Anna de Vries", "PERSON")])
    (corpus / "nl.gold.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = tmp_path / "ner.json"
    assert ev.main(["--corpus-dir", str(corpus), "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    person = result["languages"]["nl"]["PERSON"]
    assert person["overlap"]["gold"] == 1
    assert person["overlap"]["recall"] == 1.0
