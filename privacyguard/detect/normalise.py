"""Disguised values in a canonical form, with a map back to what the customer typed.

"jan dot smit at gmail dot com" becomes "jan.smit@gmail.com", "nul zes een twee ..." becomes
"0612...", a zero-width space inside a number disappears and a Cyrillic "О" among digits
becomes "0". Detection runs on the canonical text; :meth:`Normalised.original` maps a
finding's offsets back, so a redaction covers exactly the characters that were typed.
The words come from rules/conversation/*.yaml (``disguise:``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import combinations
from typing import TYPE_CHECKING

from privacyguard.config.conversation import ConversationRules

if TYPE_CHECKING:
    from privacyguard.detect.candidates import CandidateScanner

# invisible characters people (or copy and paste) put inside numbers and addresses
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
# narrow and thin spaces between digit groups ("06\u202f1234\u202f5678"): a space
_THIN = "\u202f\u2009\u2007\u2008\u200a"
# Cyrillic and Greek letters that look like Latin ones, used inside Latin words or codes;
# lower-case "к", "м", "н", "т", "в" as the small capitals they look like ("crglpт97м")
_LOOKALIKE = str.maketrans(
    "аеорсухіјѕкмнтвАВЕКМНОРСТХУІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧοι",
    "aeopcyxijskmhtbABEKMHOPCTXYIJSABEZHIKMNOPTYXoi",
)
# letters that stand for digits inside a number ("4O9177З3", "NO84 4S96 ...")
_DIGIT_LOOKALIKE = str.maketrans("OoОоlI|ІіЗзБSsBВ", "0000111113365588")
_LOOK = "OoОоlI|ІіЗзБSsBВ"
# a run of digits with one or two look-alike letters among them, not inside a word
_DIGIT_RUN = re.compile(
    rf"(?<![^\W\d_])[0-9{_LOOK}](?:(?:[ \-.]|\s?\(|\)\s?)?[0-9{_LOOK}]){{4,30}}(?![^\W\d_])"
)
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
#: an IBAN written with look-alike letters for digits ("GBB6MIDL67049632B64066"): a country
#: code, then capitals and digits, a single space between two of them at most; a lower-case
#: "l" or "o" for 1 or 0 too ("NOl1 B271 1638 039")
_IBAN_LOOKING = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}[0-9A-Zlo]{2}(?: ?[0-9A-Zlo]){10,30}(?![A-Za-z0-9])"
)
#: the most look-alike letters of the account part tried for digits in one IBAN
_IBAN_LOOK_TRIES = 2
# invisible characters, full-width forms, mathematical letters and digits
_SPECIAL = re.compile(f"[{_INVISIBLE}{_THIN}\uff01-\uff5e\U0001d400-\U0001d7ff]")
# a Latin letter or digit next to a Cyrillic or Greek letter: "НUYYS7"
_MIXED_SCRIPT = re.compile(r"[A-Za-z0-9][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z0-9]")
_LOOK_NEAR_DIGIT = re.compile(f"\\d[ .\\-()]?[{_LOOK}]|[{_LOOK}](?:[ .\\-()]|\\s\\()?\\d")
_CYR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# single characters typed apart: five or more, each one alone between separators
_SPACED = re.compile(
    r"(?<![\w.\-])[A-Za-z0-9](?:[ .\-]{1,4}[A-Za-z0-9](?![A-Za-z0-9])){4,40}(?![\w])"
)
_SPACED_SEP = re.compile(r"[ .\-]{1,4}")
#: groups of one to three digits typed apart by a separator no number has ("05. 3. 4. 2.
#: 1. 14", "0  63  4  69  5", "5 - 55 - 7 - 60"): a dot and a space, two spaces or more, a
#: dash between spaces; six groups or more, the same separator between each two
_APART = re.compile(
    r"(?<![\w.+\-])(?P<plus>\+(?:\. ?| {1,3}))?(?P<first>\d{1,3})"
    r"(?:(?:\. \d{1,3}){5,20}|(?:  {1,3}\d{1,3}){5,20}|(?: - \d{1,3}){5,20}|(?: \. \d{1,3}){5,20})"
    r"(?![\w]|\.\d)"
)
#: the separator after a group (the same between each two in an _APART match)
_APART_SEP = re.compile(r"\. |  {1,3}| - | \. ")
#: the fewest digits of groups typed apart that _apart_edits joins
APART_DIGITS = 8
#: a code's letters, two to four capitals as one word, right before a number in words
#: ("ZP nine six one ...", "RC два ноль шесть ...", "FUM fire fem null ...")
_CODE_LETTERS = re.compile(r"(?<![\w\-])[A-Z]{2,4} \Z")
#: a capital letter typed alone, before a space or a comma ("L vijf L K S J", "J K, six")
_LONE_CAPITAL = re.compile(r"(?<![\w])[A-Z](?= |, )")
#: the words in capitals before a number that label it, no code's letters ("OK", "TEL"; two
#: or three letters: most are some abbreviation in a dictionary, as codes' letters are)
_NUMBER_LABELS = frozenset(
    {"OK", "ID", "NR", "NO", "TEL", "TLF", "MOB", "PIN", "NUM", "REF", "ACC", "HI", "SO", "MY",
     "IS"}
)  # fmt: skip
#: a word, with invisible characters inside it ("a\u200dpenstaart")
#: (bounded, as every pattern here: a word of up to 60 letters and 15 invisible characters)
_INVISIBLE_JOINED = re.compile(
    rf"[^\W_][^\W_{_INVISIBLE}]{{0,60}}(?:[{_INVISIBLE}][^\W_]{{1,60}}){{0,15}}"
)
#: the parts of a code read out (_code_edits) and of a number in words (_number_edits),
#: inside a run's match (itself bounded)
_NUMBER_PART = re.compile(r"[^\s,.\-]{1,1000}")
#: digit groups joined by "_" ("+7_919_159_8260", "871_203_694"), three or more, or by "/"
#: four or more ("5417/0303/1002/1525"; three are a date): the joins are spaces
_GROUP_JOINED = re.compile(
    r"(?<![\w/])\+?\d{1,6}(?:_\d{1,6}){2,8}(?![\w/])|(?<![\w/])\d{2,6}(?:/\d{2,6}){3,8}(?![\w/])"
)
_GROUP_JOIN = re.compile(r"[_/.]")
#: an IBAN's groups joined by dots ("gb66.nwbk.6429.0516.6281.91"): its country and check
#: digits, then groups of four (the last one shorter)
_IBAN_DOTTED = re.compile(
    r"(?<![\w.])[A-Za-z]{2}\d{2}(?:\.[A-Za-z0-9]{4}){2,7}(?:\.[A-Za-z0-9]{1,3})?(?![\w.])"
)
#: a "+" typed apart from the number after it ("+ 4 7 9 …", "+ drie een zes …")
_PLUS_GAP = re.compile(r"(?<![\w+])\+[ \t]{1,3}\Z")
#: single letters typed apart, a space after each ("D R V ", "P ")
_SPELLED = re.compile(r"(?<!\S)(?:[^\W\d_] ){1,4}")
_WORD_PART = re.compile(r"[^\W\d_]{2,20}")
#: a word in Cyrillic letters (a domain spelled as it sounds: "мэйл", "гмейл", "инбокс")
_CYRILLIC_WORD = re.compile(
    r"(?<![^\W\d_])[\u0430-\u044f\u0451\u0410-\u042f\u0401]{2,20}(?![^\W\d_])"
)
#: the endings of an address as Russians say them
_CYRILLIC_TLDS = {"ру": "ru", "ком": "com", "нет": "net", "орг": "org", "рф": "rf"}
#: Cyrillic to Latin, one letter for one (for reading a spelled-out domain)
_TRANSLIT = str.maketrans(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "abvgdeezziiklmnoprstufhccssjyjeua",
)

#: Cyrillic to Latin as Russians type their language in Latin letters ("sobaka", "tochka",
#: "podcherkivanie"): the usual spelling, one with "h" for "х" and "i" for "й", and one with
#: "4" for "ч" ("to4ka", "soba4ka")
_ROMANISE = (
    {
        c: r.strip("_")  # "_": none ("ъ", "ь")
        for c, r in zip(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
            strict=True,
        )
    },
    {"х": "h", "й": "i", "щ": "sch", "ц": "c", "ю": "ju", "я": "ja", "ы": "i"},
    {"ч": "4", "ш": "w"},
)
_CYRILLIC_PHRASE = re.compile(r"[\u0430-\u044f\u0451]{1,40}(?: [\u0430-\u044f\u0451]{1,40}){0,4}")


def _romanised(words: Iterable[str]) -> list[str]:
    """The words in Cyrillic letters also as they are typed in Latin ones (the spellings of
    _ROMANISE: "собака" "sobaka", "точка" "tochka", "to4ka"), of four letters or more (a
    shorter one, "эт" "et", is a word of other languages)."""
    out: list[str] = []
    for word in words:
        low = word.lower()
        if not _CYRILLIC_PHRASE.fullmatch(low):
            continue
        base = _ROMANISE[0]
        for extra in _ROMANISE:
            table = {**base, **extra}
            latin = "".join(table.get(c, c) for c in low)
            if len(latin.replace(" ", "")) >= 4 and latin not in out:
                out.append(latin)
    return out


#: normalise()'s ``gates`` when the caller has not scanned the text for them
NO_GATES = object()
#: the patterns the gate scanner holds, by index (Normaliser.gate_regexes)
_G_LOOK, _G_SPACED, _G_HINT, _G_EMAIL, _G_SPECIAL, _G_MIXED, _G_GROUPS, _G_IBAN, _G_APART = range(9)


@lru_cache(maxsize=8)
def _gate_scanner(regexes: tuple[str, ...]) -> CandidateScanner | None:
    """One Hyperscan pass (detect/candidates.py) that says which of the normaliser's
    patterns may match a text: most messages hold nothing disguised, and these patterns,
    tried by ``re`` at every position, were a fifth of the scan's regex time. None (every
    pattern runs) without hyperscan or with the candidate pass turned off."""
    from privacyguard.detect.candidates import CandidateScanner, enabled_by_env

    if not enabled_by_env():
        return None
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return None
    return CandidateScanner(list(regexes), cache_name="disguise-gates")


@dataclass(frozen=True)
class Normalised:
    """A canonical text; ``starts[i]``/``ends[i]``: the original span of its character i."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: spans of the canonical text that differ from the original
    changed: tuple[tuple[int, int], ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the canonical span [start, end)."""
        return self.starts[start], self.ends[end - 1]

    def touches_change(self, start: int, end: int) -> bool:
        """Does [start, end) hold a changed character (or a deleted one inside it)?"""
        ends = [e for _, e in self.changed]  # non-decreasing: the spans do not overlap
        for s, e in self.changed[bisect_left(ends, start) :]:
            if s >= end:
                return False
            if (s < e and start < e) or (s == e and start < s):
                return True
        return False


def _identity(text: str) -> Normalised:
    n = len(text)
    return Normalised(text, tuple(range(n)), tuple(range(1, n + 1)), ())


def _apply(norm: Normalised, edits: Iterable[tuple[int, int, str]]) -> Normalised:
    """Replace spans of ``norm.text`` (sorted, not overlapping); a replacement's characters
    all map to the whole original span they replace."""
    text, starts, ends = norm.text, norm.starts, norm.ends
    out: list[str] = []
    ns: list[int] = []
    ne: list[int] = []
    changed: list[tuple[int, int]] = []
    at = length = 0
    for s, e, rep in edits:
        out.append(text[at:s])
        ns.extend(starts[at:s])
        ne.extend(ends[at:s])
        length += s - at
        if rep:
            o_start = starts[s] if s < len(starts) else (ends[-1] if ends else 0)
            o_end = ends[e - 1] if e > s else o_start
            out.append(rep)
            ns.extend([o_start] * len(rep))
            ne.extend([o_end] * len(rep))
        changed.append((length, length + len(rep)))
        length += len(rep)
        at = e
    out.append(text[at:])
    ns.extend(starts[at:])
    ne.extend(ends[at:])
    # the changes made before, moved to the new text by their original offsets
    for span in norm.changed:
        changed.append(_moved(norm, ns, span))
    return Normalised("".join(out), tuple(ns), tuple(ne), tuple(sorted(set(changed))))


def _moved(old: Normalised, new_starts: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """An earlier changed span of ``old``, located in the new text (whose characters'
    original starts, ``new_starts``, never decrease)."""
    s, e = span
    end_of_text = old.ends[-1] if old.ends else 0
    o_start = old.starts[s] if s < len(old.starts) else end_of_text
    if e <= s:  # a deletion: a point
        at = bisect_left(new_starts, o_start)
        return (at, at)
    o_end = old.ends[e - 1]
    return (bisect_left(new_starts, o_start), bisect_left(new_starts, max(o_end, o_start + 1)))


def _words(words: Iterable[str]) -> str:
    """An alternation of the words, longest first; one that never matches if none.
    Words of one length come in a fixed order (two of them that match at one place match
    the same text), so the pattern is the same in every process: a gate's, by which its
    database is found in the cache, and every other, whose compiled code is found there
    (cache.compiled_patterns)."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique) if unique else "(?!)"


#: a letter tree of words: each letter to the letters after it ("" marks a word's end)
_Node = dict[str, "_Node"]


def _trie(words: Iterable[str]) -> str:
    """The words' alternation (as _words) written as a tree of their letters ("vier(?:en(?:
    tachtig|...)|)"), a longer word tried before a shorter one it starts with, as _words
    tries the longest first: the same matches, with a few alternatives tried at a place
    instead of every word (the number words and their compounds are hundreds)."""
    root: _Node = {}
    for word in {w for w in words if w}:
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def tree(node: _Node) -> str:
        branches = [re.escape(c) + tree(child) for c, child in sorted(node.items()) if c]
        if "" in node:
            branches.append("")  # the word that ends here, after every longer one
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return tree(root) if root else "(?!)"


class _Compiled(Mapping[str, "re.Pattern[str]"]):
    """Patterns by key (a language, a part of the e-mail pass), each compiled the first
    time it is asked for: a process compiles those of the languages its messages are in,
    and only when a message needs them (a one-message scan in English compiles none of the
    other languages' number words). A pattern compiled twice by two threads at once is the
    same pattern either way."""

    def __init__(self, sources: dict[str, Callable[[], str]], flags: int = 0) -> None:
        self._sources = sources
        self._flags = flags
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, key: str) -> re.Pattern[str]:
        rx = self._compiled.get(key)
        if rx is None:
            rx = self._compiled[key] = re.compile(self._sources[key](), self._flags)
        return rx

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


class Normaliser:
    """Built once from the conversation rules; :meth:`normalise` is pure."""

    def __init__(self, rules: ConversationRules) -> None:
        self.min_digits = rules.min_number_digits
        self.number_words = {
            k: _with_compounds(v, rules.number_compounds.get(k, []))
            for k, v in rules.number_words.items()
        }
        self.country_codes = rules.country_codes
        # the Cyrillic spellings also in Latin letters ("timur sobaka mail tochka ru")
        at_spelled = rules.at_words + _romanised(rules.at_words)
        dot_spelled = rules.dot_words + _romanised(rules.dot_words)
        under_spelled = rules.underscore_words + _romanised(rules.underscore_words)
        dash_spelled = rules.dash_words + _romanised(rules.dash_words)
        plus_words = rules.plus_words + _romanised(rules.plus_words)
        plus = _words(plus_words) if plus_words else "(?!)"
        # "plus" right before a number in words: its "+" ("plus four four seven ...")
        self._plus = re.compile(rf"(?i)(?<![^\W\d_])(?:{plus})[\s,]{{1,3}}\Z")
        at_words, at_marks = _words_and_marks(at_spelled, "@")
        dot_words, dot_marks = _words_and_marks(dot_spelled, ".")
        tok = r"[A-Za-z0-9][A-Za-z0-9_%+\-]{0,63}"
        dot = _separator(dot_marks, dot_words)
        at = _separator(at_marks, at_words)
        # "_" and "-" spelled out inside the address ("jan underscore smit", "bindestrek")
        under = _separator([], under_spelled) if under_spelled else "(?!)"
        dash = _separator([], dash_spelled) if dash_spelled else "(?!)"
        tlds = _words(rules.tlds) if rules.tlds else r"[a-z]{2,6}"
        sep = rf"(?:{dot}|{under}|{dash})"
        email = (
            rf"(?<![\w.@])(?P<local>{tok}(?:{sep}{tok}){{0,6}})(?P<at>{at})"
            rf"(?P<domain>{tok}(?:(?:{dot}|{dash}){tok}){{0,4}}{dot}(?:{tlds}))(?![\w@])"
        )
        # the e-mail pass's patterns, compiled when a message first has a spelled "@"
        self._spelled = _Compiled(
            {
                "at": lambda: at,
                "symbols": lambda: rf"(?P<dot>{dot})|(?P<under>{under})|(?P<dash>{dash})",
                "email": lambda: email,
            },
            re.IGNORECASE,
        )
        # a cheap test that the e-mail pattern can match at all
        spelled = [w for w in at_words if w] + [m for m in at_marks if m != "@"]
        self._at_set = frozenset(
            part for w in at_words + at_marks for part in _WORD_PART.findall(w.lower())
        ) - frozenset(dot_part for w in dot_words for dot_part in _WORD_PART.findall(w.lower()))
        english = set(self.number_words.get("en", {}))
        self._numbers = {
            lang: frozenset(english | set(words)) for lang, words in self.number_words.items()
        }
        marks = [m for m in spelled if not m[:1].isalnum()]
        self._email_hint = re.compile(
            rf"(?i:(?<!\w)(?:{_words(spelled)})(?!\w)|{_words(marks)}|\s@|@\s)"
        )
        # the same for the gate scanner, which drops look-arounds: the word boundaries as
        # characters (the gates scan the text between two spaces), or every "what" and
        # "that" would let an English message through for its "at"
        # (a word in brackets, "(sobaka)", is its word between two such characters: the
        # gate leaves it out, to stay within what Hyperscan takes)
        bracketed = {f"{o}{w}{c}" for w in at_words for o, c in ("()", "[]", "{}", "<>")}
        gate_words = [w for w in spelled if w not in bracketed]
        gate_marks = [m for m in marks if m not in bracketed]
        hint_gate = rf"(?i:\W(?:{_words(gate_words)})\W|{_words(gate_marks)}|\s@|@\s)"
        # and one for _email (which, case-closed, is more than Hyperscan takes): every
        # match of it holds its "@" separator, the first character of the domain, the rest
        # of the domain on that line, the last separator and the ending
        email_gate = rf"(?i:{at}[A-Za-z0-9].*{dot}(?:{tlds}))"
        self.repeat_words = {k: dict(v) for k, v in rules.repeat_words.items()}
        # the number words as a tree (_trie): with their compounds they are hundreds, tried
        # at every word of a message in a wordy one; compiled per language when first used
        self._number_runs = _Compiled(
            {lang: partial(self._number_run, lang) for lang in self.number_words}
        )
        # a code read out as capital letters, digits and number words, one by one ("N O
        # seks ni fire ...", "G B six one B A R C seven ...", "F L nine nine seven four five")
        self._code_runs = _Compiled(
            {lang: partial(self._code_run, lang) for lang in self.number_words}
        )
        # by _G_* index: the patterns whose matches (or their absence) normalise() reads
        self.gate_regexes = (
            _LOOK_NEAR_DIGIT.pattern, _SPACED.pattern, hint_gate, email_gate,
            _SPECIAL.pattern, _MIXED_SCRIPT.pattern, _GROUP_JOINED.pattern, _IBAN_DOTTED.pattern,
            _APART.pattern,
        )  # fmt: skip

    def _number_run(self, lang: str) -> str:
        alt = _trie([*self.number_words[lang], *self.repeat_words.get(lang, {})])
        one = rf"(?:{alt}|\d{{1,12}})"
        return rf"(?i)(?<!\w){one}(?:[ \t,.\-]{{1,3}}{one}){{1,40}}(?!\w)"

    def _code_run(self, lang: str) -> str:
        tok = rf"(?:[A-Z]|\d{{1,34}}|(?i:{_trie(self.number_words[lang])}))"
        # the characters apart by spaces, or in groups by ", " or " - " ("J K, six eight,
        # seven zero, two five, B")
        return rf"(?<![\w]){tok}(?:(?: {{1,2}}|, | - ){tok}){{3,60}}(?![\w])"

    @property
    def _at(self) -> re.Pattern[str]:
        return self._spelled["at"]

    @property
    def _symbols(self) -> re.Pattern[str]:
        return self._spelled["symbols"]

    @property
    def _email(self) -> re.Pattern[str]:
        return self._spelled["email"]

    def _gates(self, text: str) -> frozenset[int] | None:
        """The _G_* indices of the patterns that may match in ``text`` (one that is not in
        it cannot); None: every one may. The scan is of the text between two spaces: a
        pattern that matches in the text matches there, and _email_hint's word boundaries
        are characters in the gate's pattern (a boundary at either end of the text, a
        space)."""
        scanner = _gate_scanner(self.gate_regexes)
        return scanner.possible(f" {text} ") if scanner is not None else None

    def normalise(
        self,
        text: str,
        lang: str,
        words: list[str] | None = None,
        gates: frozenset[int] | None | object = NO_GATES,
    ) -> Normalised | None:
        """The canonical form of a message, or None when nothing in it is disguised.
        ``words``: the message's lower-cased words (context.context_words), if at hand:
        they spare the number and e-mail passes on messages that cannot need them.
        ``gates``: what _gates(text) gives, if a scan of the text between two spaces for
        ``gate_regexes`` (among other patterns: the engine's candidate pass) gave it."""
        # the identity map is built only when a first edit needs it (most messages have
        # nothing disguised); every edit marks a change, so None means unchanged
        norm: Normalised | None = None
        # which patterns may match the text as typed (the gates hold for it only: a text
        # changed by an edit is matched by every pattern, as without them)
        if gates is NO_GATES:
            gates = self._gates(text)
        assert gates is None or isinstance(gates, frozenset)

        def may(gate: int) -> bool:
            return gates is None or gate in gates or current is not text

        current = text
        edits = self._char_edits(text, may(_G_LOOK), may(_G_SPECIAL), may(_G_MIXED))
        if edits:
            norm = _apply(_identity(text), edits)
            current = norm.text
            # an IBAN's Cyrillic look-alikes are Latin now: its digits' look-alikes next
            # ("GB5О NWВK 1404 ..." is "GB5O NWBK ...", then "GB50 NWBK ...")
            edits = _iban_look_edits(current) if may(_G_LOOK) else []
            if edits:
                norm = _apply(norm, edits)
                current = norm.text
        joins = "_" in current or "/" in current or "." in current
        edits = self._join_edits(current, may(_G_GROUPS), may(_G_IBAN)) if joins else []
        if edits:
            norm = _apply(norm or _identity(text), edits)
            current = norm.text
        known = words is not None and len(text) <= 2000  # context_words reads 2,000 chars
        numbers = self._numbers.get(lang) or self._numbers.get("en", frozenset())
        named = sum(map(numbers.__contains__, words or ()))
        wordy = not known or named >= 2
        # a code read out with one number word among its letters ("L vijf L K S J", "Z G
        # восемь 3 2 Z"): a capital typed alone says the letters may be spelled one by one
        coded = wordy or (named == 1 and _LONE_CAPITAL.search(current) is not None)
        edits = self._code_edits(current, lang) if coded else []
        if edits:
            norm = _apply(norm or _identity(text), edits)
            current = norm.text
        edits = _apart_edits(current) if may(_G_APART) else []
        if edits:
            norm = _apply(norm or _identity(text), edits)
            current = norm.text
        edits = self._spaced_edits(current) if may(_G_SPACED) else []
        if edits:
            norm = _apply(norm or _identity(text), edits)
            current = norm.text
        if wordy:
            edits = self._number_edits(current, lang)
            if edits:
                norm = _apply(norm or _identity(text), edits)
                current = norm.text
        maybe_email = (
            not known
            or norm is not None  # "a\u200dpenstaart": the words were read with it inside
            or "@" in text
            or any(c in text for c in "([{")
            or not self._at_set.isdisjoint(words or ())
        )
        if maybe_email and may(_G_HINT) and self._email_hint.search(current):
            edits = self._cyrillic_domain_edits(current)
            if edits:
                norm = _apply(norm or _identity(text), edits)
                current = norm.text
            edits = self._email_edits(current) if may(_G_EMAIL) else []
            if edits:
                norm = _apply(norm or _identity(text), edits)
        return norm if norm is not None and norm.changed else None

    def _char_edits(
        self, text: str, look: bool = True, special: bool = True, mixed: bool = True
    ) -> list[tuple[int, int, str]]:
        """Invisible characters out; full-width and look-alike characters in codes and
        numbers to ASCII. ``look``, ``special``, ``mixed``: False when _LOOK_NEAR_DIGIT,
        _SPECIAL, _MIXED_SCRIPT cannot match the text (the gates)."""
        edits: list[tuple[int, int, str]] = []
        # letters for digits inside a number: "4O917733", "O6-12345678", "NO84 4S96 8725 231"
        runs = _DIGIT_RUN.finditer(text) if look and _LOOK_NEAR_DIGIT.search(text) else ()
        for m in runs:
            start, end = _past_joined_word(text, *m.span())
            # a lone letter before or after the number is a word: "it's 55120987", "I 4..."
            phone = text.startswith((" (", "("), start + 1)  # "B (998) 763-44-2S"
            if (
                text[start] in _LOOK
                and start + 1 < end
                and not text[start + 1].isalnum()
                and not phone
            ):
                start += 1
                while start < end and not text[start].isalnum():
                    start += 1
            if text[end - 1] in _LOOK and end - 2 >= start and not text[end - 2].isalnum():
                end -= 1
            run = text[start:end]
            letters = [k for k, c in enumerate(run) if c in _LOOK]
            digits = sum(c.isdigit() for c in run)
            # as many letters as digits at most: "O7524 8O3O86", "4O 6l Ol 39", "7O49O4"
            if 1 <= len(letters) <= digits and digits >= 4:
                for k in letters:
                    at = start + k
                    edits.append((at, at + 1, run[k].translate(_DIGIT_LOOKALIKE)))
        edits += _iban_look_edits(text) if look else []
        if text.isascii():
            return _disjoint(sorted(edits))
        for m in _SPECIAL.finditer(text) if special else ():
            i, c = m.start(), m.group(0)
            if c in _INVISIBLE:
                edits.append((i, i + 1, ""))
            elif c in _THIN:
                edits.append((i, i + 1, " "))
            else:
                folded = unicodedata.normalize("NFKC", c)
                if len(folded) == 1 and folded.isascii():
                    edits.append((i, i + 1, folded))
        if mixed and _MIXED_SCRIPT.search(text):
            done = {s for s, _, _ in edits}
            for m in _INVISIBLE_JOINED.finditer(text):
                word = m.group(0)
                if not _CYR_GREEK.search(word) or not _ASCII_ALNUM.search(word):
                    continue
                digits = sum(c.isdigit() for c in word)
                alphas = [c for c in word if c.isalpha()]
                table = _LOOKALIKE
                if digits >= 4 and all(c.translate(_DIGIT_LOOKALIKE) != c for c in alphas):
                    table = _DIGIT_LOOKALIKE
                for k, c in enumerate(word):
                    mapped = c.translate(table)
                    if (
                        digits >= 4
                        and c in _LOOK
                        and mapped == c  # "З", "Б": no Latin letter looks like it
                        and not c.isascii()
                        and any(0 <= j < len(word) and word[j].isdigit() for j in (k - 1, k + 1))
                    ):  # "NL4ЗABNA44…", "КL758577З4": a look-alike by a digit of a code
                        mapped = c.translate(_DIGIT_LOOKALIKE)
                    elif digits and mapped == c and not c.isascii() and _one_foreign(word):
                        mapped = c.translate(_DIGIT_LOOKALIKE)  # "6Зux5h": a code's "З"
                    if mapped != c and m.start() + k not in done:
                        edits.append((m.start() + k, m.start() + k + 1, mapped))
        edits.sort()
        return _disjoint(edits)

    def _join_edits(
        self, text: str, groups: bool = True, iban: bool = True
    ) -> list[tuple[int, int, str]]:
        """Digit groups of a number joined by "_" or "/" (_GROUP_JOINED), in a number of
        ``min_digits`` or more, and an IBAN's groups joined by dots (_IBAN_DOTTED): the
        joins to spaces, as the groups are typed. ``groups``, ``iban``: False when the
        gates rule that pattern out (most texts with a full stop hold no dotted IBAN)."""
        edits: list[tuple[int, int, str]] = []
        runs = (
            [
                m
                for m in _GROUP_JOINED.finditer(text)
                if sum(c.isdigit() for c in m.group(0)) >= self.min_digits
            ]
            if groups and ("_" in text or "/" in text)  # the joins it reads: none, no run
            else []
        )
        if iban and "." in text:
            runs += _IBAN_DOTTED.finditer(text)
        for m in runs:
            for j in _GROUP_JOIN.finditer(m.group(0)):
                edits.append((m.start() + j.start(), m.start() + j.end(), " "))
        return sorted(edits)

    @staticmethod
    def _spaced_edits(text: str) -> list[tuple[int, int, str]]:
        """Single characters of a code typed apart ("7.7.5.1.8.4", "N-V-L-W-A-H-3-V-7",
        "P - 2 0 1 0 5 4 4", "1 6 6 3 6 7 5 5"): the separators go."""
        edits: list[tuple[int, int, str]] = []
        for m in _SPACED.finditer(text):
            run = m.group(0)
            digits = sum(c.isdigit() for c in run)
            chars = sum(c.isalnum() for c in run)
            # two digits, or one in a code of six letters of one case and digits ("D A X 7
            # S M", "p u d 9 r r")
            one_case = run.upper() == run or run.lower() == run
            if digits < 2 and not (digits == 1 and chars >= 6 and one_case):
                continue
            at = m.start()
            plus = _PLUS_GAP.search(text, max(0, at - 4), at)
            if plus is not None and digits == chars:  # "+ 4 7 9 …": the "+" is the number's
                edits.append((plus.start() + 1, at, ""))
            for sep in _SPACED_SEP.finditer(run):
                edits.append((at + sep.start(), at + sep.end(), ""))
        return edits

    def _code_edits(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        """A code read out one letter and number at a time ("N O seks ni fire ni ...",
        "S M seven one 5 8 two 7 B"): two capital letters or more, a number word, as
        many characters as a number in words needs; the words to digits, the spaces out."""
        run = self._code_runs.get(lang)
        if run is None:
            return []
        words = self.number_words[lang]
        edits: list[tuple[int, int, str]] = []
        for m in run.finditer(text):
            parts = list(_NUMBER_PART.finditer(m.group(0)))
            letters = sum(len(p.group(0)) == 1 and p.group(0).isalpha() for p in parts)
            named = [p for p in parts if p.group(0).lower() in words]
            if letters < 2 or not named:
                continue
            values = [words.get(p.group(0).lower(), p.group(0)) for p in parts]
            if sum(map(len, values)) < self.min_digits:
                continue
            base = m.start()
            for k, p in enumerate(parts):
                if values[k] != p.group(0):
                    edits.append((base + p.start(), base + p.end(), values[k]))
                if k + 1 < len(parts):
                    edits.append((base + p.end(), base + parts[k + 1].start(), ""))
        return edits

    def _number_edits(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        """Runs of number words (and digits) to digits: "zero six one two ..." -> "0612..."."""
        edits: list[tuple[int, int, str]] = []
        for code in dict.fromkeys([lang, "en"]):
            run = self._number_runs.get(code)
            if run is None:
                continue
            words = self.number_words[code]
            repeat = self.repeat_words.get(code, {})
            for m in run.finditer(text):
                parts = list(_NUMBER_PART.finditer(m.group(0)))
                named = [p for p in parts if not p.group(0).isdigit()]
                if len(named) < 2:
                    continue
                values = [
                    p.group(0) if p.group(0).isdigit() else words.get(p.group(0).lower(), "")
                    for p in parts
                ]
                # "double seven": the next digit that many times
                for k in range(len(values) - 1, -1, -1):
                    times = repeat.get(parts[k].group(0).lower())
                    if times and k + 1 < len(values) and len(values[k + 1]) == 1:
                        values[k + 1] = values[k + 1] * times
                # "thirty four", "восемьсот одиннадцать", "девятьсот двадцать девять": a
                # round number's word before a smaller number is one number (34, 811, 929)
                for k in range(len(values) - 1):
                    head, tail = values[k], values[k + 1]
                    zeros = len(head) - len(head.rstrip("0"))
                    if (0 < zeros < len(head) and 0 < len(tail) <= zeros
                            and tail[0] != "0" and not parts[k].group(0).isdigit()):  # fmt: skip
                        values[k] = head[: -len(tail)]
                if sum(map(len, values)) < self.min_digits:
                    continue
                plus = self._plus.search(text, max(0, m.start() - 12), m.start())
                sign = _PLUS_GAP.search(text, max(0, m.start() - 4), m.start())
                if plus is not None:
                    edits.append((plus.start(), m.start(), "+"))
                elif sign is not None:  # "+ drie 1 zes …": the "+" typed apart
                    edits.append((sign.start() + 1, m.start(), ""))
                elif text[m.start() - 1 : m.start()] == "+":
                    pass  # "+one five zero …", "+семь девять …": the "+" typed on it
                elif self._international("".join(values), code):
                    values[0] = "+" + values[0]
                else:  # "P four five …", "D R V double four …": a code's letters first
                    edits += _spelled_letters(text, m.start())
                base = m.start()
                kept = _group_ends(m.group(0), parts, values)
                for k, p in enumerate(parts):
                    if not p.group(0).isdigit() or values[k] != p.group(0):
                        edits.append((base + p.start(), base + p.end(), values[k]))
                    if k + 1 < len(parts):  # the gap to the next part goes
                        rep = " " if k in kept else ""
                        edits.append((base + p.end(), base + parts[k + 1].start(), rep))
            if edits:
                break
        return _disjoint(sorted(edits))

    def _international(self, digits: str, lang: str) -> bool:
        """Does a number in words start with the country code ("three one six ...")?"""
        return len(digits) >= 11 and any(
            digits.startswith(c) for c in self.country_codes.get(lang, [])
        )

    def _cyrillic_domain_edits(self, text: str) -> list[tuple[int, int, str]]:
        """A domain and its ending spelled in Cyrillic ("собака мэйл тчк ру", "собачка
        гмейл точка ком"): the words in Latin letters, one for one, where they make a
        spelled-out e-mail address."""
        if not _CYRILLIC_WORD.search(text):
            return []
        edits: list[tuple[int, int, str]] = []
        # "собака", "тчк", "нижнее подчёркивание": read as such
        spelled = [m.span() for m in self._at.finditer(text)]
        spelled += [m.span() for m in self._symbols.finditer(text)]
        for m in _CYRILLIC_WORD.finditer(text):
            word = m.group(0).lower()
            if any(a <= m.start() and m.end() <= b for a, b in spelled):
                continue
            latin = _CYRILLIC_TLDS.get(word) or word.translate(_TRANSLIT)
            if len(latin) == len(word) and latin.isascii():
                edits.append((m.start(), m.end(), latin))
        if not edits:
            return []
        read = _apply(_identity(text), edits)
        spans = [m.span() for m in self._email.finditer(read.text)]
        if not spans:
            return []
        # only the words inside an address the Latin text makes
        return [(s, e, rep) for s, e, rep in edits if any(a <= s and e <= b for a, b in spans)]

    def _email_edits(self, text: str) -> list[tuple[int, int, str]]:
        """Spelled-out separators of an e-mail address to "@" and "."."""
        edits: list[tuple[int, int, str]] = []
        for m in self._email.finditer(text):
            if _word_before_at(m.group("local"), m.group("at")):
                continue  # "rest is @gmail.com": the domain alone, after a word
            spans = [(m.start("at"), m.end("at"), "@")]
            for part in ("local", "domain"):
                for d in self._symbols.finditer(text, m.start(part), m.end(part)):
                    rep = "." if d.group("dot") else "_" if d.group("under") else "-"
                    spans.append((d.start(), d.end(), rep))
            spans.sort()
            if all(text[s:e] == rep for s, e, rep in spans):
                continue  # an ordinary address: nothing is disguised
            edits.extend(spans)
        return _disjoint(edits)


def _word_before_at(local: str, at: str) -> bool:
    """Is the "local part" an everyday word before a typed "@" that a space sets off ("rest
    is @gmail.com", "resten er @online.no"): the domain given alone, not an address?"""
    if at.strip() != "@" or not at[:1].isspace() or at[-1:].isspace():
        return False
    from privacyguard.detect.names import stop_words

    return any(local.lower() in stop_words(lang) for lang in ("en", "nl", "nb", "ru"))


def _with_compounds(words: dict[str, str], forms: list[str]) -> dict[str, str]:
    """The number words with the words a tens and a unit word make as one ("{unit}en{tens}":
    "vierentachtig" 84)."""
    out = dict(words)
    units = {w: v for w, v in words.items() if len(v) == 1 and v != "0"}
    tens = {w: v for w, v in words.items() if len(v) == 2 and v[0] >= "2" and v[1] == "0"}
    for form in forms:
        for unit, u in units.items():
            for ten, t in tens.items():
                out.setdefault(form.format(unit=unit, tens=ten).lower(), t[0] + u)
    return out


def _separator(marks: list[str], words: list[str]) -> str:
    """A mark with optional spaces around it ("." "(dot)"), or a word between spaces."""
    return (
        rf"(?:[ \t]{{0,3}}(?:{_words(marks)})[ \t]{{0,3}}"
        rf"|[ \t]{{1,3}}(?:{_words(words)})[ \t]{{1,3}})"
    )


def _words_and_marks(spelled: Iterable[str], sign: str) -> tuple[list[str], list[str]]:
    """The spellings of "@" or "." that are words (typed between spaces: "at", "full
    stop", "собака") and those that are marks (typed anywhere: "(at)", "@-teken", "@ sign"),
    each word also in brackets ("(PUNT)", "[dot]")."""
    words: list[str] = []
    marks: list[str] = [sign]
    for w in spelled:
        if not w:
            continue
        if w[0].isalnum() and w[-1].isalnum():
            words.append(w)
            if " " not in w:
                marks += [f"({w})", f"[{w}]", f"{{{w}}}", f"<{w}>"]
        else:
            marks.append(w)
    return words, sorted(set(marks))


def _iban_look_edits(text: str) -> list[tuple[int, int, str]]:
    """Look-alike letters for digits in an IBAN ("NLS9ABNA8321433461": "S" for 5): those of
    the check digits, and one or two of the rest, when the IBAN then passes its checksum."""
    edits: list[tuple[int, int, str]] = []
    for m in _IBAN_LOOKING.finditer(text):
        for k in _iban_look_swaps(m.group(0)):
            at = m.start() + k
            edits.append((at, at + 1, text[at].translate(_DIGIT_LOOKALIKE)))
    return edits


@lru_cache(maxsize=256)
def _iban_look_swaps(code: str) -> tuple[int, ...]:
    """The offsets in ``code`` of the look-alike letters that make it an IBAN, or none."""
    from privacyguard.detect.validators import iban, iban_length

    at = [k for k, c in enumerate(code) if c != " "]
    check = [i for i in at[2:4] if not code[i].isdigit()]
    rest = [i for i in at[4:] if code[i] in _LOOK][:6]
    if any(code[i] not in _LOOK for i in check) or not (check or rest):
        return ()  # the check digits are digits, or letters that look like them
    if len(at) != iban_length(code[:2]):
        return ()
    for n in range(min(_IBAN_LOOK_TRIES, len(rest)) + 1):
        for more in combinations(rest, n):
            swaps = {*check, *more}
            digits = "".join(
                code[i].translate(_DIGIT_LOOKALIKE) if i in swaps else code[i] for i in at
            )
            if _mod97(digits):
                return tuple(sorted(swaps)) if swaps and iban(digits) else ()
    return ()


def _apart_edits(text: str) -> list[tuple[int, int, str]]:
    """Groups of digits typed apart by a separator no number has ("05. 3. 4. 2. 1. 14. 65",
    "0  63  4  69  5  8  2  4", "5 - 55 - 7 - 60 - 1 - 9"): the separators go, when the
    groups hold APART_DIGITS digits or more and are no list's numbers counted one by one
    ("1. 2. 3. 4. 5. 6. 7. 8. 9. 10")."""
    edits: list[tuple[int, int, str]] = []
    for m in _APART.finditer(text):
        sep_m = _APART_SEP.match(text, m.end("first"))
        if sep_m is None:
            continue
        sep = sep_m.group()
        body = text[m.start("first") : m.end()]
        groups = body.split(sep)
        if not all(g.isdigit() for g in groups):
            continue  # "1. 2  3": separators of two kinds
        if sum(map(len, groups)) < APART_DIGITS:
            continue
        values = [int(g) for g in groups]
        if all(b == a + 1 for a, b in zip(values, values[1:], strict=False)):
            continue  # "1. 2. 3. 4. 5. 6. 7. 8. 9. 10": a list counted, no number
        at = m.start()
        if m.group("plus"):
            edits.append((at + 1, m.end("plus"), ""))  # "+. 4. 4. 7": the number's "+"
            at = m.end("plus")
        pos = at
        for g in groups[:-1]:
            pos += len(g)
            edits.append((pos, pos + len(sep), ""))
            pos += len(sep)
    return edits


def _spelled_letters(text: str, at: int) -> list[tuple[int, int, str]]:
    """Up to four single letters typed apart right before ``at`` (where a number in words
    starts): the spaces after them go ("D R V 448004" is "DRV448004"); not a lone "I",
    "a" or "A", a word of its own. Or a code's two to four capitals as one word ("ZP nine
    six ...", "RC два ноль ..."), but an everyday word in capitals ("OK", "TEL")."""
    m = _SPELLED.search(text, max(0, at - 9), at)
    if m is None or m.end() != at:
        code = _CODE_LETTERS.search(text, max(0, at - 6), at)
        if code is None:
            return []
        word = code.group().strip()
        if word in _NUMBER_LABELS:
            return []  # "OK", "TEL", "ID": a word before the number, no part of it
        if len(word) == len("CODE"):
            from privacyguard.detect.names import everyday_word

            if everyday_word(word.lower()):
                return []  # "CODE", "PLUS": a word in capitals
        return [(at - 1, at, "")]
    letters = m.group(0).split()
    if len(letters) == 1 and letters[0] in "IiaAU":
        return []
    return [(k, k + 1, "") for k in range(m.start(), at) if text[k] == " "]


def _past_joined_word(text: str, start: int, end: int) -> tuple[int, int]:
    """A digit run's span without the letters at either end that an invisible character
    joins to a word ("RA\u200cBO 7475": "BO" is the end of "RABO", no "80")."""

    def joined(at: int, step: int) -> bool:
        k = at
        while 0 <= k < len(text) and text[k] in _INVISIBLE:
            k += step
        return k != at and 0 <= k < len(text) and text[k].isalpha()

    if joined(start - 1, -1):
        while start < end and (text[start] in _LOOK or not text[start].isalnum()):
            start += 1
    if joined(end, 1):
        while end > start and (text[end - 1] in _LOOK or not text[end - 1].isalnum()):
            end -= 1
    return start, end


def _group_ends(run: str, parts: list[re.Match[str]], values: list[str]) -> frozenset[int]:
    """The parts of a number in words after which a group ends, said as ", " or " - " ("oh
    nine, five four, seven three, six one ..." is "09 54 73 61...", as a sort code and an
    account are typed): a space stays there. None where a group would be one digit ("vijf,
    vijf, negen, ...": the digits one by one)."""
    gaps = [run[a.end() : b.start()] for a, b in zip(parts, parts[1:], strict=False)]
    ends = [k for k, gap in enumerate(gaps) if gap in (", ", " - ")]
    if not ends:
        return frozenset()
    bounds = [-1, *ends, len(parts) - 1]
    sizes = [sum(map(len, values[a + 1 : b + 1])) for a, b in zip(bounds, bounds[1:], strict=False)]
    return frozenset(ends) if min(sizes) >= 2 else frozenset()


def _one_foreign(word: str) -> bool:
    """Is one character of the word not ASCII, the rest Latin letters and digits?"""
    return sum(not c.isascii() for c in word) == 1


def _mod97(code: str) -> bool:
    """An IBAN's checksum (ISO 7064 mod 97-10), without its country's format: the quick test
    before schwifty's."""
    from stdnum.iso7064 import mod_97_10

    moved = code[4:] + code[:4]
    return moved.isascii() and moved.isalnum() and mod_97_10.is_valid(moved)


def _disjoint(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, rep in edits:
        if out and s < out[-1][1]:
            continue
        out.append((s, e, rep))
    return out
