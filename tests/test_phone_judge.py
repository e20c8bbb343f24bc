"""The phone judge's short cuts (a region ruled out by length before parsing, the region
looked up only for a number of a valid length) give the verdicts of parsing in every
region and asking phonenumbers.is_valid_number, on generated candidates of every shape."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import NumberParseException

from privacyguard.detect.recognizers.phone import (
    _CANDIDATE,
    _NOT_DIGIT,
    RulesPhoneRecognizer,
    _national_reach,
)

# the starts that reach each path of phonenumbers.parse: trunk prefixes, country codes
# with and without "+" or an international prefix (00, 011, 810), and neither
HEADS = [
    "", "0", "06", "8", "89", "810", "8 10", "1", "7", "47", "4", "9", "31", "44", "49", "00",
    "+", "+7", "+1", "+44", "+31", "+47", "011", "0044", "(0", "(8", "(00", "71", "78", "79",
    "12", "2", "5", "3", "80", "180020", "4447", "477", "11",
]  # fmt: skip
SEPARATORS = [" ", "-", ".", "", "/", " - ", "\u00a0"]


def _judge_by_parsing(rec: RulesPhoneRecognizer, raw: str, regions: list[str], home: list[str]):
    """The judge as it was: every region parsed, is_valid_number asked."""
    digits = _NOT_DIGIT.sub("", raw)
    lead = raw.lstrip("(")
    international = lead.startswith(("+", "00"))
    if lead.startswith("00"):
        raw = "+" + lead[2:]  # "00" is the + in any region (the judge's rule)
    possible = None
    for region in regions if not international else regions[:1]:
        prefix = rec._prefixes.get(region, "")
        if not international and prefix and not digits.startswith(prefix):
            continue
        try:
            number = phonenumbers.parse(raw, region)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            where = phonenumbers.region_code_for_number(number) or region
            if international or not home or where in home:
                return rec.base, f"valid {where} number"
            return rec.other_region, f"valid {where} number, not the chat's country"
        if possible is None and phonenumbers.is_possible_number(number):
            possible = phonenumbers.region_code_for_number(number) or region
    if possible is not None and 8 <= len(digits) <= (15 if international else 12):
        if international:
            return rec.international, f"possible {possible} number (+country code)"
        return rec.possible, f"possible {possible} number"
    return None


def _candidates(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    while len(out) < n:
        body = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(5, 15)))
        groups, j = [], 0
        while j < len(body):
            size = rnd.randint(1, 4)
            groups.append(body[j : j + size])
            j += size
        raw = rnd.choice(HEADS) + rnd.choice(SEPARATORS).join(groups)
        m = _CANDIDATE.fullmatch(raw)
        out.append(m.group(0) if m else raw)
    return out


def test_same_verdicts_as_parsing_every_region(detector) -> None:
    [rec] = [r for r in detector.recognizers if isinstance(r, RulesPhoneRecognizer)]
    verdicts: dict[str, int] = {}
    for raw in _candidates(12, 6000):
        for lang in (None, "nl", "nb", "ru", "en"):
            regions = rec._regions_for.get(lang or "", rec._regions)
            home = rec.by_language.get(lang or "", [])
            got = rec._judge(raw, regions, home)
            assert got == _judge_by_parsing(rec, raw, regions, home), (raw, lang)
            kind = got[1].split()[0] if got else "none"
            verdicts[kind] = verdicts.get(kind, 0) + 1
    # the sample reaches every verdict, not only "none"
    assert min(verdicts.get(k, 0) for k in ("valid", "possible", "none")) > 300, verdicts


def test_length_rules_out_only_what_no_parse_accepts() -> None:
    """Where the reach rules a region out, no parse there is a valid or possible number."""
    ruled_out = 0
    for region in ("NL", "NO", "RU", "GB", "US", "DE"):
        reach = _national_reach(region)
        assert reach is not None, region
        for raw in _candidates(7, 3000):
            digits = _NOT_DIGIT.sub("", raw)
            if raw.startswith(("+", "00")) or not reach.rules_out(digits):
                continue
            ruled_out += 1
            try:
                number = phonenumbers.parse(raw, region)
            except NumberParseException:
                continue
            assert not phonenumbers.is_valid_number(number), (raw, region)
            assert not phonenumbers.is_possible_number(number), (raw, region)
    assert ruled_out > 3000


def test_no_reach_where_metadata_does_not_allow_it() -> None:
    # CA is not the main region of +1 (parse() strips with US rules); GG transforms its
    # prefix ("1481\\1")
    assert _national_reach("CA") is None
    assert _national_reach("GG") is None


def test_a_number_ruled_invalid_by_length_is_invalid(detector) -> None:
    """_may_be_valid is False only for numbers phonenumbers.is_valid_number rejects, for
    country codes of one region and of many (+1, +7, +44, +47), non-geographical ones
    (+800) and those with leading zeros (+39)."""
    [rec] = [r for r in detector.recognizers if isinstance(r, RulesPhoneRecognizer)]
    rnd = random.Random(4)
    ruled_out = valid = 0
    for _ in range(6000):
        cc = rnd.choice(["1", "7", "44", "47", "31", "49", "39", "800", "262", "599", "46"])
        lead = rnd.choice(["", "0", "9", "2", "8", "3", "4", "6"])
        digits = lead + "".join(rnd.choice("0123456789") for _ in range(rnd.randint(4, 13)))
        try:
            number = phonenumbers.parse(f"+{cc} {digits}", None)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            valid += 1
            assert rec._may_be_valid(number), (cc, digits)
        elif not rec._may_be_valid(number):
            ruled_out += 1
    assert valid > 300 and ruled_out > 1000, (valid, ruled_out)
