"""kind: phone — phonenumbers' matcher in the national formats of the configured regions."""

from __future__ import annotations

import phonenumbers

from privacyguard import registry
from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.recognizers.base import Candidate, RuleRecognizer

_LENIENCY = phonenumbers.Leniency.VALID


@registry.recognizers.register("phone")
class PhoneRecognizer(RuleRecognizer):
    """options: regions (ISO codes tried for national numbers), score."""

    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        super().__init__(loaded, rules)
        opts = loaded.spec.options
        self.regions = [
            str(r).upper() for r in opts.get("regions", ["NL", "NO", "RU", "GB", "US", "DE"])
        ]
        self.by_language = {
            k: [str(r).upper() for r in v] for k, v in opts.get("by_language", {}).items()
        }
        self.base = float(opts.get("score", 0.7))

    def find(self, text: str, lang: str, doc: object | None = None) -> list[Candidate]:
        regions = self.by_language.get(lang, []) + [r for r in self.regions]
        seen: dict[tuple[int, int], str] = {}
        for region in dict.fromkeys(regions):
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=_LENIENCY):
                span = (match.start, match.end)
                if not any(s < span[1] and span[0] < e for s, e in seen):
                    seen[span] = phonenumbers.region_code_for_number(match.number) or region
        out = []
        for (start, end), region in sorted(seen.items()):
            found = self.scored(
                text, start, end, self.base, [f"{self.spec.name}: valid {region} number"]
            )
            if found is not None:
                out.append(found)
        return out
