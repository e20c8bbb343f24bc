"""kind: phone — candidates found by one regex, parsed and validated by phonenumbers
(Google's libphonenumber metadata) in the national formats of the configured regions."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

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
# joins digits only unspaced ("030/1234567"): "06 1234 5678 / 010 123 4567" is two numbers;
# the country code may be in brackets with its "+" ("(+47) 45916935"); digits after capitals
# and a dash are a code's ("REF-9577947531")
_CANDIDATE = re.compile(
    r"(?<![\w+/(])(?<![A-Z]-)(?:\(?(?:\+|00))?\(?\d"
    r"(?:(?:[ \u00a0]?[\-.\u2011][ \u00a0]?|/|[ \u00a0])?\(?\d\)?){6,16}(?![\w/])"
)
_DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}")
_NOT_DIGIT = re.compile(r"\D")
_LITERAL_PREFIXES = re.compile(r"[0-9]{1,20}(?:\|[0-9]{1,20}){0,20}")
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
        # what rules a region out before parsing: the lengths its numbers can have
        self._reach = {r: _national_reach(r) for r in self.regions}
        # the national number lengths a valid number of each country code can have
        self._valid_lengths: dict[int, frozenset[int] | None] = {}
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
        lead = raw.lstrip("(")  # "(+31) 6 12986515": the country code in brackets
        international = lead.startswith(("+", "00"))
        if lead.startswith("00"):
            # "0079122791387", "004915197954262": "00" is the international prefix people
            # type in any region, though Russia's own is "8~10"
            raw = "+" + lead[2:]
        possible: str | None = None
        for region in regions if not international else regions[:1]:
            # a national number must carry its trunk prefix ("06-...", "8 (916) ..."):
            # checked before parsing, which is the expensive part
            prefix = self._prefixes.get(region, "")
            if not international and prefix and not digits.startswith(prefix):
                continue
            # nor can it be of a length no number of the region has, however parsing
            # strips the country code and trunk prefix (_national_reach)
            reach = self._reach.get(region)
            if not international and reach is not None and reach.rules_out(digits):
                continue
            try:
                number = phonenumbers.parse(raw, region)
            except NumberParseException:
                continue
            # is_valid_number looks the region up (trying every region of the country
            # code), and checks the length before the patterns: the length first, here
            where: str | None = None
            looked_up = False
            if self._may_be_valid(number):
                where = phonenumbers.region_code_for_number(number)
                looked_up = True
                # is_valid_number(number), whose region is None for no region at all
                if where is not None and phonenumbers.is_valid_number_for_region(number, where):
                    if international or not home or where in home:
                        return self.base, f"valid {where} number"
                    return self.other_region, f"valid {where} number, not the chat's country"
            if possible is None and phonenumbers.is_possible_number(number):
                if not looked_up:
                    where = phonenumbers.region_code_for_number(number)
                possible = where or region
        if possible is not None and 8 <= len(digits) <= (15 if international else 12):
            if international:
                return self.international, f"possible {possible} number (+country code)"
            return self.possible, f"possible {possible} number"
        return None

    def _may_be_valid(self, number: phonenumbers.PhoneNumber) -> bool:
        """False when ``phonenumbers.is_valid_number(number)`` is False for its length:
        a valid number's national significant number has one of the possible lengths of
        its region (phonenumberutil._is_number_matching_desc), a region of its country
        code."""
        cc = number.country_code
        if cc is None:
            return True
        if cc not in self._valid_lengths:
            self._valid_lengths[cc] = _possible_lengths(cc, local=False)
        lengths = self._valid_lengths[cc]
        if lengths is None:
            return True
        return len(phonenumbers.national_significant_number(number)) in lengths


class _Reach:
    """The national number lengths that parsing a digit string in a region (without a + or
    an international prefix) can give, against the lengths a valid or possible number of
    the region's country code has."""

    def __init__(
        self, cc: str, prefixes: tuple[str, ...], idd: re.Pattern[str], lengths: frozenset[int]
    ):
        self.cc = cc
        self.prefixes = prefixes
        self.idd = idd
        self.lengths: frozenset[int] = lengths

    def rules_out(self, digits: str) -> bool:
        """True when no parse of these digits (ASCII) in the region is a valid or a
        possible number; False says nothing."""
        if not digits.isascii() or self.idd.match(digits):
            return False  # an international prefix: any country code may follow
        reach = {len(digits)}
        # parse(): the national prefix stripped once (or not)
        reach.update(len(digits) - len(p) for p in self.prefixes if digits.startswith(p))
        if digits.startswith(self.cc):
            # _maybe_extract_country_code: the region's own country code stripped, then
            # the national prefix (or not), then parse() strips it once more (or not)
            rest = digits[len(self.cc) :]
            reach.add(len(rest))
            for p in self.prefixes:
                if rest.startswith(p):
                    again = rest[len(p) :]
                    reach.add(len(again))
                    reach.update(len(again) - len(q) for q in self.prefixes if again.startswith(q))
        return reach.isdisjoint(self.lengths)


def _national_reach(region: str) -> _Reach | None:
    """What rules a region's national numbers out by length (_Reach), or None where its
    metadata does not allow that to be proved: the region is not its country code's main
    one (parse() then strips with the main one's rules), its national prefix for parsing
    is no plain set of digit strings, it transforms the prefix, or a region of its country
    code lists no possible lengths."""
    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.country_code is None:
        return None
    if phonenumbers.region_code_for_country_code(meta.country_code) != region:
        return None
    if meta.national_prefix_transform_rule:
        return None
    parsing = meta.national_prefix_for_parsing or ""
    if parsing and not _LITERAL_PREFIXES.fullmatch(parsing):
        return None
    lengths = _possible_lengths(meta.country_code, local=True)
    if lengths is None:
        return None
    prefixes = tuple(parsing.split("|")) if parsing else ()
    idd = re.compile(meta.international_prefix or "NonMatch")
    return _Reach(str(meta.country_code), prefixes, idd, lengths)


def _possible_lengths(cc: int, local: bool) -> frozenset[int] | None:
    """Every possible length of a national number of the regions of a country code (with
    ``local``: and the lengths possible only locally), or None if a region lists none."""
    lengths: set[int] = set()
    for region in COUNTRY_CODE_TO_REGION_CODE.get(cc, ()):
        meta = PhoneMetadata.metadata_for_region(region)
        if meta is None or not meta.general_desc or not meta.general_desc.possible_length:
            return None  # a non-geographical code ("001"), or no lengths to go by
        lengths.update(meta.general_desc.possible_length)
        if local:
            lengths.update(meta.general_desc.possible_length_local_only or ())
    return frozenset(lengths) if lengths else None


def _required_trunk_prefix(region: str) -> str:
    """The national (trunk) prefix a national number must start with, or "" where it is
    optional (US, RU) or absent (NO), per libphonenumber's formatting metadata."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or not meta.national_prefix:
        return ""
    if any(f.national_prefix_optional_when_formatting for f in meta.number_format):
        return ""
    return meta.national_prefix
