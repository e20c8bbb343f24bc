"""Language identification, and the trained-spaCy-pipeline path for NER."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from privacyguard import Message
from privacyguard.config.rules import load_rules
from privacyguard.detect.engine import Detector
from privacyguard.errors import PrivacyGuardError


def test_each_message_gets_its_language(detector) -> None:
    texts = {
        "en": "Hi, I would like to change the date of my flight please",
        "nl": "Hallo, ik wil graag de datum van mijn vlucht wijzigen",
        "nb": "Hei, jeg vil gjerne endre datoen på flyreisen min",
        "ru": "Здравствуйте, я хочу изменить дату моего рейса",
    }
    msgs = [Message(id=lang, text=t) for lang, t in texts.items()]
    assert detector.languages(msgs) == list(texts)


def test_short_messages_take_their_conversations_language(detector) -> None:
    conv = [
        Message(id="1", conversation_id="c", text="Hei, jeg lurer på noe om bestillingen min"),
        Message(id="2", conversation_id="c", text="ok takk"),
        Message(id="3", conversation_id="c", text="ja"),
    ]
    assert detector.languages(conv) == ["nb", "nb", "nb"]


def test_a_given_language_is_kept(detector) -> None:
    assert detector.languages([Message(id="1", text="Hallo daar", lang="nl")]) == ["nl"]


def _train_tiny_ner(path: Path) -> None:
    """A tiny Dutch NER pipeline trained here, standing in for nl_core_news_lg."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("nl")
    ner = nlp.add_pipe("ner")
    ner.add_label("PER")
    data = [
        ("Zeg tegen Zwaantje dat het klaar is", [(10, 18, "PER")]),
        ("Zwaantje belt morgen terug", [(0, 8, "PER")]),
        ("Vraag het aan Zwaantje", [(14, 22, "PER")]),
        ("Het pakket is onderweg", []),
    ]
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in data]
    random.seed(1)
    spacy.util.fix_random_seed(1)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.to_disk(path)


@pytest.mark.slow
def test_a_configured_trained_pipeline_is_used_for_ner(tmp_path: Path) -> None:
    model = tmp_path / "nl_tiny_ner"
    _train_tiny_ner(model)
    rules = load_rules()
    rules.settings = rules.settings.model_copy(update={"ner_models": {"nl": str(model)}})
    [d] = Detector(rules).detect(
        [Message(id="1", text="Zeg tegen Zwaantje dat het klaar is", lang="nl")]
    )
    persons = [f for f in d.findings if f.entity_type == "PERSON"]
    assert [(f.start, f.end, f.recognizer) for f in persons] == [(10, 18, "spacy_person")]
    # without the pipeline, spacy_person finds nothing (the names model may find her)
    [plain] = Detector(load_rules()).detect(
        [Message(id="1", text="Zeg tegen Zwaantje dat het klaar is", lang="nl")]
    )
    assert [f for f in plain.findings if f.recognizer == "spacy_person"] == []


def test_a_configured_model_that_is_not_installed_is_an_error() -> None:
    rules = load_rules()
    rules.settings = rules.settings.model_copy(update={"ner_models": {"nl": "nl_core_news_lg"}})
    with pytest.raises(PrivacyGuardError, match="nl_core_news_lg' is not installed"):
        Detector(rules)


def test_presidio_us_recognizers_are_off_unless_configured() -> None:
    text = "ref 572-68-1439 ok"  # what presidio's UsSsnRecognizer calls a US SSN
    [plain] = Detector(load_rules()).detect([Message(id="1", text=text, lang="en")])
    assert plain.findings == []
    rules = load_rules()
    rules.settings = rules.settings.model_copy(update={"presidio_recognizers": ["UsSsnRecognizer"]})
    [d] = Detector(rules).detect([Message(id="1", text=text, lang="en")])
    assert [(f.entity_type, f.recognizer) for f in d.findings] == [("US_SSN", "UsSsnRecognizer")]


def test_library_scan_returns_finding_objects() -> None:
    from privacyguard import Finding, scan

    result = scan([{"id": "7", "text": "Mijn IBAN is NL91 ABNA 0417 1643 00"}])
    assert result.findings == [
        Finding("7", "IBAN_CODE", 13, 35, 1.0, "iban",
                "iban/grouped; iban check passed; context 'iban' (+0.329)", "nl")
    ]  # fmt: skip
    assert result.messages_scanned == 1 and result.languages == {"7": "nl"}


def test_vanilla_presidio_still_works_beside_privacyguard(tmp_path: Path) -> None:
    """presidio looks recognizers up by class name; ours must not shadow its own."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    Detector(load_rules())  # privacyguard's recognizer classes are loaded
    spacy.blank("en").to_disk(tmp_path / "blank_en")
    model = {"lang_code": "en", "model_name": str(tmp_path / "blank_en")}
    config = {"nlp_engine_name": "spacy", "models": [model]}
    engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    assert analyzer.analyze(
        text="card 4111 1111 1111 1111", language="en", entities=["CREDIT_CARD"]
    )
