"""kind: phone — candidates found by one regex, parsed and validated by phonenumbers
(Google's libphonenumber metadata) in the national formats of the configured regions."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException

from privacyguard import registry
from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.recognizers.base import (
    NO_CONTEXT,
    Candidate,
    RuleRecognizer,
    ScanContext,
)
from privacyguard.detect.required import min_digits
from privacyguard.detect.validators import overlaps_iban_shape

# digits with the separators people type; at least 7 digits, at most 15 (E.164). A slash
# joins digits only unspaced ("030/1234567"): "06 1234 5678 / 010 123 4567" is two numbers
_CANDIDATE = re.compile(
    r"(?<![\w+/])(?:\+|00)?\(?\d"
    r"(?:(?:[ \u00a0]?[\-.\u2011][ \u00a0]?|/|[ \u00a0])?\(?\d\)?){6,16}(?![\w/])"
)
_DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}")
_NOT_DIGIT = re.compile(r"\D")
#: "not in the cache yet": a value of the cached type, told apart by identity
_UNJUDGED: tuple[float, str] = (-1.0, "unjudged")
JUDGED_CACHE = 4096


@registry.recognizers.register("phone")
class RulesPhoneRecognizer(RuleRecognizer):
    """options: regions (ISO codes tried for national numbers), by_language (regions tried
    first for a message in that language), score (a valid number), possible_score (the
    right length but not an assigned range, e.g. the fictional +44 7700 900xxx; it needs a
    context word), international_score (such a number written with its +country code)."""

    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        super().__init__(loaded, rules)
        opts = loaded.spec.options
        regions = opts.get("regions", ["NL", "NO", "RU", "GB", "US", "DE"])
        self.regions = [str(r).upper() for r in regions]
        self.by_language = {
            k: [str(r).upper() for r in v] for k, v in opts.get("by_language", {}).items()
        }
        self.base = float(opts.get("score", 0.75))
        self.possible = float(opts.get("possible_score", 0.35))
        self.international = float(opts.get("international_score", 0.6))
        self.other_region = float(opts.get("other_region_score", 0.45))
        self._prefixes = {r: _required_trunk_prefix(r) for r in self.regions}
        # the regions tried for a message in each language: its own first, then the rest
        self._regions_for = {
            lang: list(dict.fromkeys(own + self.regions)) for lang, own in self.by_language.items()
        }
        self._regions = list(dict.fromkeys(self.regions))
        # libphonenumber compiles its metadata's regexes through re.compile, whose cache
        # (512 patterns) the metadata of six regions and our own patterns overflow: every
        # parse recompiled some. Keep them (a bounded set: the metadata's own patterns).
        enable = getattr(phonenumbers, "enable_pattern_cache", None)
        if enable is not None:
            enable()
        self.min_digits = min_digits(_CANDIDATE.pattern)  # 7: E.164's shortest
        # judged candidates (parsing is the expensive part; a number recurs in a chat, and
        # a hostile message repeats one 100,000 times); bounded, cleared when full
        self._judged: dict[tuple[str, str], tuple[float, str] | None] = {}

    def find(
        self, text: str, lang: str, doc: object | None = None, ctx: ScanContext = NO_CONTEXT
    ) -> list[Candidate]:
        regions = self._regions_for.get(lang, self._regions)
        out = []
        for m in _CANDIDATE.finditer(text):
            raw = m.group(0)
            if _DATE.fullmatch(raw) or overlaps_iban_shape(text, m.start(), m.end()):
                continue  # a date; or digits of an IBAN ("DK50 0040 0440 1162 4", a slip)
            judged = self._judged.get((raw, lang), _UNJUDGED)
            if judged is _UNJUDGED:
                judged = self._judge(raw, regions, self.by_language.get(lang, []))
                if len(self._judged) >= JUDGED_CACHE:
                    self._judged.clear()
                self._judged[(raw, lang)] = judged
            if judged is None:
                continue
            score, why = judged
            found = self.scored(text, m.start(), m.end(), score, [f"{self.spec.name}: {why}"], ctx)
            if found is not None:
                out.append(found)
        return out

    def _judge(self, raw: str, regions: list[str], home: list[str]) -> tuple[float, str] | None:
        digits = _NOT_DIGIT.sub("", raw)
        international = raw.startswith(("+", "00"))
        possible: str | None = None
        for region in regions if not international else regions[:1]:
            # a national number must carry its trunk prefix ("06-...", "8 (916) ..."):
            # checked before parsing, which is the expensive part
            prefix = self._prefixes.get(region, "")
            if not international and prefix and not digits.startswith(prefix):
                continue
            try:
                number = phonenumbers.parse(raw, region)
            except NumberParseException:
                continue
            # the region is looked up only when it is reported (it tries every region of
            # the country code: a third of the cost of judging a candidate)
            if phonenumbers.is_valid_number(number):
                where = phonenumbers.region_code_for_number(number) or region
                if international or not home or where in home:
                    return self.base, f"valid {where} number"
                return self.other_region, f"valid {where} number, not the chat's country"
            if possible is None and phonenumbers.is_possible_number(number):
                possible = phonenumbers.region_code_for_number(number) or region
        if possible is not None and 8 <= len(digits) <= (15 if international else 12):
            if international:
                return self.international, f"possible {possible} number (+country code)"
            return self.possible, f"possible {possible} number"
        return None


def _required_trunk_prefix(region: str) -> str:
    """The national (trunk) prefix a national number must start with, or "" where it is
    optional (US, RU) or absent (NO), per libphonenumber's formatting metadata."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or not meta.national_prefix:
        return ""
    if any(f.national_prefix_optional_when_formatting for f in meta.number_format):
        return ""
    return meta.national_prefix
