"""kind: pattern — regexes, a named validator, context words, deny list."""

from __future__ import annotations

import re
from functools import partial

from privacyguard import registry
from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.context import ContextHit
from privacyguard.detect.dates import date_words
from privacyguard.detect.recognizers.base import (
    NO_CONTEXT,
    Candidate,
    RuleRecognizer,
    ScanContext,
)
from privacyguard.detect.required import min_digits
from privacyguard.detect.validators import CHECKSUMS, overlaps_iban_shape, reads_dates
from privacyguard.models import Provenance

# a passed checksum is stronger evidence than a context word alone: between a validated
# candidate and a context-only one with the same context, the validated one wins
VALIDATED_BONUS = 0.05


@registry.recognizers.register("pattern")
class RulesPatternRecognizer(RuleRecognizer):
    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        super().__init__(loaded, rules)
        spec = loaded.spec
        self.patterns = [
            (p.name, re.compile(rx), p.score)
            for p, rx in zip(spec.patterns, loaded.regexes, strict=True)
        ]
        self._needs = [min_digits(rx) for rx in loaded.regexes]  # digits each pattern needs
        # each pattern's id in the engine's candidate pass (ScanContext.possible); the
        # engine numbers them (detect/engine.py), -1: not in the pass
        self.pattern_ids = [-1] * len(self.patterns)
        self.validator = (
            registry.lookup(registry.validators, "validator", spec.validator)
            if spec.validator
            else None
        )
        if self.validator is not None and reads_dates(self.validator):
            # a date, read with the month names and year marks of these rules
            self.validator = partial(self.validator, dates=date_words(rules.lists))
        # the digits every pattern needs: the engine skips this recognizer on a message
        # with fewer (detect/required.py)
        self.min_digits = min(self._needs, default=0)
        self.deny = {d.lower() for d in spec.deny_list}
        self.group = int(spec.options.get("group", 0))
        self.trim = bool(spec.options.get("trim_to_valid", False))
        # where trim_to_valid may cut: the separators between groups, or e.g. "/" for the
        # network prefix of an IP address ("10.0.0.0/123" -> "10.0.0.0")
        self.trim_at = str(spec.options.get("trim_at", " -\u00a0"))
        # what lies inside a span written as an IBAN is part of that IBAN (or of a slip
        # in one), never a number of another kind
        self.outside_iban = spec.entity_type != "IBAN_CODE"
        self._checksum = spec.validator in CHECKSUMS
        self._checked = f"{spec.validator} check passed"

    @property
    def pattern_ids(self) -> list[int]:
        return self._pattern_ids

    @pattern_ids.setter
    def pattern_ids(self, ids: list[int]) -> None:
        self._pattern_ids = list(ids)
        # what find reads for each pattern: its name as explained, regex, score, the
        # digits it needs and its id in the candidate pass
        self._table = [
            (f"{self.spec.name}/{pname}", rx, base, need, pid)
            for (pname, rx, base), need, pid in zip(
                self.patterns, self._needs, self._pattern_ids, strict=True
            )
        ]

    def find(
        self, text: str, lang: str, doc: object | None = None, ctx: ScanContext = NO_CONTEXT
    ) -> list[Candidate]:
        out: list[Candidate] = []
        if not self.context_may_decide(text, ctx):
            return out
        possible = ctx.possible
        digits = ctx.digits
        validator = self.validator
        # a span that needs a context term near it and has none is dropped by scored(): with
        # a validator that keeps the span as it is (no trim_to_valid), look the term up
        # first and validate only the spans that have one (the same term scored() takes)
        early = validator is not None and not self.trim and self.needs_context_hit(ctx)
        # what decides a span does not depend on the pattern that matched it (several of a
        # recognizer's patterns often match the same digits): checked once per span
        checked: dict[tuple[int, int], tuple[int, ContextHit | None] | None] = {}
        check = self._check
        for label, rx, base, need, pid in self._table:
            if digits is not None and need > digits:
                continue  # it cannot match with fewer digits (detect/required.py)
            if possible is not None and pid >= 0 and pid not in possible:
                continue  # the candidate pass found no place it can match
            for m in rx.finditer(text):
                span = m.span(self.group)
                if span in checked:
                    verdict = checked[span]
                else:
                    verdict = checked[span] = check(text, span[0], span[1], ctx, early)
                if verdict is None:
                    continue
                end, hit = verdict
                why = [label]
                score = base  # per match: the bonus of one match is not carried to the next
                made = Provenance.NONE
                if validator is not None:
                    why.append(self._checked)
                    if self._checksum:
                        score = min(1.0, base + VALIDATED_BONUS)
                        made = Provenance.CHECKSUM
                found = self.scored(text, span[0], end, score, why, ctx, hit, made)
                if found is not None:
                    out.append(found)
        return out

    def _check(
        self, text: str, start: int, end: int, ctx: ScanContext, early: bool
    ) -> tuple[int, ContextHit | None] | None:
        """What find decides for a matched span whichever pattern matched it: None when it
        is dropped (empty, denied, inside an IBAN's shape, no context term where one is
        needed, not valid); else its end (cut by trim_to_valid) and the span's nearest
        context term, which scored() takes."""
        if start == end or (self.deny and text[start:end].lower() in self.deny):
            return None
        if self.outside_iban and overlaps_iban_shape(text, start, end):
            return None
        nearest = self.context_matcher.nearest
        if early:
            hit = nearest(text, start, end, ctx.windows)
            if hit is None or hit.term.negative:
                return None
            if self._valid_end(text, start, end) is None:
                return None
            return end, hit
        if self.validator is not None:
            valid_end = self._valid_end(text, start, end)
            if valid_end is None:
                return None
            end = valid_end
        return end, nearest(text, start, end, ctx.windows)

    def _valid_end(self, text: str, start: int, end: int) -> int | None:
        """The match's end if it validates; with trim_to_valid, the longest valid prefix
        ending before a separator ("NL91 ABNA 0417 1643 00 then" -> without " then"), or
        before a character of the trim_at option."""
        assert self.validator is not None
        if self.validator(text[start:end]):
            return end
        if self.trim:
            for cut in range(end - 1, start, -1):
                if text[cut] in self.trim_at and self.validator(text[start:cut]):
                    return cut
        return None
