"""kind: phone — phonenumbers' matcher in the national formats of the configured regions."""

from __future__ import annotations

import re

import phonenumbers

from privacyguard import registry
from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.recognizers.base import Candidate, RuleRecognizer

_VALID = phonenumbers.Leniency.VALID
_POSSIBLE = phonenumbers.Leniency.POSSIBLE
_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}")


@registry.recognizers.register("phone")
class PhoneRecognizer(RuleRecognizer):
    """options: regions (ISO codes tried for national numbers), by_language, score (a valid
    number), possible_score (right length for its country but not an assigned range, e.g.
    the fictional +44 7700 900xxx; it needs a context word), international_score (such a
    number written with its +country code)."""

    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        super().__init__(loaded, rules)
        opts = loaded.spec.options
        self.regions = [
            str(r).upper() for r in opts.get("regions", ["NL", "NO", "RU", "GB", "US", "DE"])
        ]
        self.by_language = {
            k: [str(r).upper() for r in v] for k, v in opts.get("by_language", {}).items()
        }
        self.base = float(opts.get("score", 0.75))
        self.possible = float(opts.get("possible_score", 0.35))
        self.international = float(opts.get("international_score", 0.6))

    def find(self, text: str, lang: str, doc: object | None = None) -> list[Candidate]:
        regions = list(dict.fromkeys(self.by_language.get(lang, []) + self.regions))
        seen: dict[tuple[int, int], tuple[float, str]] = {}
        # 1) numbers phonenumbers calls valid, written as their country writes them
        for region in regions:
            for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=_VALID):
                if sum(c.isdigit() for c in m.raw_string) < 7:  # service and short numbers
                    continue
                if not _overlaps(seen, m.start, m.end):
                    where = phonenumbers.region_code_for_number(m.number) or region
                    seen[(m.start, m.end)] = (self.base, f"valid {where} number")
        # 2) right length but unassigned (fictional ranges): only with +country code or context
        for region in regions:
            for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=_POSSIBLE):
                raw = m.raw_string
                if _overlaps(seen, m.start, m.end) or sum(c.isdigit() for c in raw) < 8:
                    continue
                if _DATE.fullmatch(raw.strip()):
                    continue
                if raw.lstrip().startswith(("+", "00")):
                    seen[(m.start, m.end)] = (
                        self.international,
                        f"possible +{m.number.country_code} number",
                    )
                else:
                    seen[(m.start, m.end)] = (self.possible, f"possible {region} number")
        out = []
        for (start, end), (score, why) in sorted(seen.items()):
            found = self.scored(text, start, end, score, [f"{self.spec.name}: {why}"])
            if found is not None:
                out.append(found)
        return out


def _overlaps(seen: dict[tuple[int, int], object], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in seen)
