"""Presidio's own predefined recognizers, added only when settings.presidio_recognizers
names them (its US-only ones misfire on European chats, so none is on by default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from privacyguard.config.rules import LoadedRecognizer, RecognizerSpec, Rules
from privacyguard.detect.recognizers.base import (
    NO_CONTEXT,
    Candidate,
    RuleRecognizer,
    ScanContext,
)
from privacyguard.errors import UnknownNameError
from privacyguard.models import SourceLocation

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.nlp_engine import NlpArtifacts


class PresidioAdapter(RuleRecognizer):
    """Runs a presidio EntityRecognizer; its entity type and score are kept as presidio gives."""

    def __init__(self, inner: EntityRecognizer, rules: Rules):
        entity = inner.supported_entities[0]
        name: str = inner.name  # type: ignore[has-type]  # presidio assigns it untyped
        spec = RecognizerSpec(name=name.lower(), entity_type=entity, kind="presidio")
        super().__init__(LoadedRecognizer(spec, SourceLocation("presidio"), ()), rules)
        self.inner = inner
        self.name = name
        self.languages = frozenset({"any"})

    def find(
        self, text: str, lang: str, doc: object | None = None, ctx: ScanContext = NO_CONTEXT
    ) -> list[Candidate]:
        out = []
        # without NLP artifacts (None): what presidio's pattern recognizers accept
        found = self.inner.analyze(text, self.inner.supported_entities, None)  # type: ignore[arg-type]
        for r in found:
            if r.score >= self.threshold:
                out.append(Candidate(r.start, r.end, r.score, f"presidio {self.name}"))
        return out


def presidio_recognizers(names: list[str], rules: Rules) -> list[RuleRecognizer]:
    if not names:
        return []
    from presidio_analyzer import predefined_recognizers as predefined

    available = [n for n in dir(predefined) if n.endswith("Recognizer")]
    out: list[RuleRecognizer] = []
    for name in names:
        if name not in available:
            raise UnknownNameError("presidio recognizer", name, available)
        out.append(PresidioAdapter(getattr(predefined, name)(), rules))
    return out


def as_entity_recognizer(rec: RuleRecognizer) -> EntityRecognizer:
    """A presidio EntityRecognizer that runs a privacyguard recognizer's :meth:`find`.

    Its class name starts with "Rules" on purpose: presidio's recognizer loader finds
    classes by name among all EntityRecognizer subclasses, so a class called
    "PhoneRecognizer" would replace presidio's own in the same process.
    """
    from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

    class RulesEntityRecognizer(EntityRecognizer):
        def load(self) -> None:  # presidio calls this from __init__
            pass

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
        ) -> list[RecognizerResult]:
            results = []
            for c in rec.find(text, rec.rules.settings.default_language):
                why = AnalysisExplanation(
                    recognizer=rec.name, original_score=c.score, textual_explanation=c.explanation
                )
                results.append(RecognizerResult(rec.entity_type, c.start, c.end, c.score, why))
            return results

    return RulesEntityRecognizer(
        supported_entities=[rec.entity_type], name=rec.name, supported_language="any"
    )
