"""The shared shape of privacyguard's recognizers: presidio recognizers with a fast path."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.context import ContextHit, ContextMatcher, Windows, make_terms
from privacyguard.models import Provenance

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

CARRIED_FACTOR = 0.8  # context from an earlier message counts a little less
DISTANCE_DECAY = 0.06  # per word between a context word and the candidate


def _all_langs(by_lang: dict[str, list[str]]) -> list[str]:
    """Context words of every language: customers switch languages within a chat."""
    return [t for terms in by_lang.values() for t in terms]


@dataclass(frozen=True)
class ScanContext:
    """What the engine knows about a message's conversation, passed to every recognizer
    (recognizers keep no per-message state, so one detector can serve several threads)."""

    #: names of the recognizers whose context words were in a recent earlier message
    carried: frozenset[str] = frozenset()
    #: parts of the names found in earlier messages of the conversation
    known_parts: frozenset[str] = frozenset()
    #: decimal digits in the text being scanned (None: not counted, run every pattern)
    digits: int | None = None
    #: the candidate pass's verdict on the text being scanned (detect/candidates.py): the
    #: ids of the patterns that may match in it; a pattern with an id not in it cannot
    #: (None: not scanned, run every pattern)
    possible: frozenset[int] | None = None
    #: ``text.lower()`` of the text being scanned, computed once for every recognizer
    lowered: str | None = None
    #: the words around the spans scored in the text being scanned, cut once for every
    #: recognizer that scores the same span (context.nearest fills it)
    windows: Windows | None = field(default=None, compare=False)


NO_CONTEXT = ScanContext()
#: scored()'s ``hit`` when the caller has not looked the context term up
NOT_LOOKED_UP = object()


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    score: float
    explanation: str
    #: Provenance.CARRIED when the score was raised by context in an earlier message,
    #: CONTEXT by context in the same one, CHECKSUM when a checksum validator passed
    provenance: Provenance = Provenance.NONE


class RuleRecognizer(ABC):
    """A recognizer built from a rules/ spec.

    The engine calls :meth:`find` directly. It is no presidio class itself, so building a
    detector does not import presidio (seconds of start-up); :meth:`as_presidio` wraps it
    as a presidio ``EntityRecognizer`` for use inside an ``AnalyzerEngine``.
    """

    needs_doc = False  # True for recognizers that read a spaCy Doc (trained NER)
    min_digits = 0  # a message with fewer decimal digits has nothing for it to find

    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        self.loaded = loaded
        self.spec = loaded.spec
        self.rules = rules
        self.entity_type = loaded.spec.entity_type
        self.threshold = (
            loaded.spec.threshold if loaded.spec.threshold is not None else rules.settings.threshold
        )
        self.languages = frozenset(loaded.spec.languages or rules.settings.languages)
        self.prefilter = re.compile(loaded.spec.prefilter) if loaded.spec.prefilter else None
        # context words in the conversation's previous messages count too ("What is your
        # date of birth?" - "12-03-1985"); the engine passes them in ScanContext.carried
        self.carries_context = bool(loaded.spec.options.get("carry_context", False))
        spec = loaded.spec
        self.context_matcher = ContextMatcher(
            make_terms(_all_langs(spec.context), _all_langs(spec.negative_context)),
            spec.context_window.before,
            spec.context_window.after,
        )
        self.name = loaded.spec.name
        self.supported_entities = [loaded.spec.entity_type]

    def scored(
        self,
        text: str,
        start: int,
        end: int,
        base: float,
        why: list[str],
        ctx: ScanContext = NO_CONTEXT,
        hit: ContextHit | None | object = NOT_LOOKED_UP,
        made: Provenance = Provenance.NONE,
    ) -> Candidate | None:
        """Apply context words and the threshold to one validated match. ``hit``: the
        span's nearest context term, when the caller looked it up already
        (``needs_context_hit``); ``made``: how the recognizer found it (Provenance.TITLED,
        GREETED), kept on the candidate."""
        spec = self.spec
        score = base
        provenance = made
        if hit is NOT_LOOKED_UP:
            hit = self.context_matcher.nearest(text, start, end, ctx.windows)
        assert hit is None or isinstance(hit, ContextHit)
        if hit is not None and hit.term.negative:
            if self.name not in ctx.carried or not _first_line_alone(text, start, end):
                return None
            # "14 08 784514\nНомер заказа в письме ORD-…": the value asked for on a line of
            # its own; the word for another kind is on a later line, of another value
            hit = None
        if hit is not None:
            # nearer context counts more, so the nearest word wins between recognizers
            boost = round(spec.context_boost * max(0.5, 1 - DISTANCE_DECAY * hit.distance), 3)
            score = min(1.0, score + boost)
            why.append(f"context '{hit.term.text}' (+{boost:g})")
            provenance |= Provenance.CONTEXT
        elif self.name in ctx.carried:
            boost = round(spec.context_boost * CARRIED_FACTOR, 3)
            score = min(1.0, score + boost)
            why.append(f"context in an earlier message of the conversation (+{boost:g})")
            provenance |= Provenance.CARRIED
        elif spec.context_required:
            return None
        if score < self.threshold:
            return None
        return Candidate(start, end, score, "; ".join(why), provenance)

    def needs_context_hit(self, ctx: ScanContext) -> bool:
        """True when a span is kept only with a (positive) context term near it: the
        recognizer needs one (context_required) and none was in an earlier message. Then
        a span without one can be dropped before validating it, as scored() would drop it
        after."""
        return self.spec.context_required and self.name not in ctx.carried

    def context_may_decide(self, text: str, ctx: ScanContext) -> bool:
        """False when this recognizer needs a context word (context_required), none was in
        an earlier message, and none can be near any span of this text: then it has nothing
        to find, and need not match its patterns (a message of 1 MB of digit groups gave
        100,000s of date and customer-number candidates, each validated and then dropped)."""
        if not self.spec.context_required or self.name in ctx.carried:
            return True
        return self.context_matcher.may_find(
            ctx.lowered if ctx.lowered is not None else text.lower()
        )

    @abstractmethod
    def find(
        self, text: str, lang: str, doc: object | None = None, ctx: ScanContext = NO_CONTEXT
    ) -> list[Candidate]:
        """Candidates in one message, already validated and scored, before overlaps."""

    def as_presidio(self) -> EntityRecognizer:
        """This recognizer as a presidio EntityRecognizer (presidio is imported now)."""
        from privacyguard.detect.recognizers.presidio import as_entity_recognizer

        return as_entity_recognizer(self)


def _first_line_alone(text: str, start: int, end: int) -> bool:
    """Is the span all of the first line of a text of several lines (but for marks)?"""
    if text[:start].strip():
        return False
    cut = text.find("\n", end)
    return cut != -1 and not any(c.isalnum() for c in text[end:cut])
