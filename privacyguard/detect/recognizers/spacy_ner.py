"""kind: spacy_ner — entities from a trained spaCy pipeline named in settings.ner_models."""

from __future__ import annotations

from privacyguard import registry
from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.recognizers.base import (
    NO_CONTEXT,
    Candidate,
    RuleRecognizer,
    ScanContext,
)


@registry.recognizers.register("spacy_ner")
class RulesSpacyNerRecognizer(RuleRecognizer):
    """Reports the Doc's entities whose label settings.ner_labels maps to this entity type.

    It sees a Doc only for messages in a language that has a trained model configured and
    installed; otherwise it finds nothing and the rule-based recognizers stand alone.
    """

    needs_doc = True

    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        super().__init__(loaded, rules)
        self.labels = {
            label
            for label, entity in rules.settings.ner_labels.items()
            if entity == self.entity_type
        }
        self.base = float(loaded.spec.options.get("score", 0.85))

    def find(
        self, text: str, lang: str, doc: object | None = None, ctx: ScanContext = NO_CONTEXT
    ) -> list[Candidate]:
        if doc is None:
            return []
        out = []
        for ent in doc.ents:  # type: ignore[attr-defined]
            if ent.label_ in self.labels:
                why = [f"{self.spec.name}: spaCy {doc.lang}/{ent.label_}"]  # type: ignore[attr-defined]
                found = self.scored(text, ent.start_char, ent.end_char, self.base, why, ctx)
                if found is not None:
                    out.append(found)
        return out
