"""kind: person — names without a trained model.

Evidence, strongest first: a cue before the name ("my name is", "mijn naam is",
"jeg heter", "меня зовут", sign-offs, titles, greetings); a verb of speech before or after
it ("aldus Verstraeten", "forteller Kvitfjell", "Иванов сказал"); a first name from the name
lists followed by capitalised words; pymorphy3's Name/Surn/Patr tags for Russian; a first
name in lower case addressed in a greeting ("thanks again, siobhan"); a part of a name
given earlier in the text or the conversation, or in its sender and participant fields.
Negative evidence: a run next to an organisation word ("Radio", "Commissie", "FC") or one
that is a country or state name is no name, unless a cue or title says so. A name runs
over capitalised words and surname particles ("de", "van der") on one line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from privacyguard import registry
from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.cache import Without, members
from privacyguard.detect.latin1 import latin1
from privacyguard.detect.latin1 import twin as latin1_twin
from privacyguard.detect.names import (
    city_names,
    common_words,
    faker_names,
    lemma_index_words,
    place_names,
    place_words,
    russian_common_noun,
    russian_inanimate,
    russian_known,
    russian_lemma,
    russian_name_tag,
    stop_words,
    world_names,
)
from privacyguard.detect.names_model import LanguageModels, NamesModel
from privacyguard.detect.recognizers.base import (
    NO_CONTEXT,
    Candidate,
    RuleRecognizer,
    ScanContext,
)
from privacyguard.models import Provenance

# every repeat bounded (config/regex_bounds.py): a longer word is cut into tokens; the
# repeats possessive ("+"): nothing after them can fail, so a match is the greedy one, and
# the regex engine keeps no backtracking state (about 10 % cheaper per token)
_TOKEN_RE = r"[^\W\d_]{1,100}+(?:['’\-][^\W\d_]{1,100}+){0,5}+\.?+"
_TOKEN = re.compile(_TOKEN_RE)
#: the characters str.isdigit() holds that are not decimal ("\d"): "²", "①", "₃" ...
#: (tests/test_person_forms.py checks them against this Python's Unicode data)
DIGITS_NOT_DECIMAL = (
    "\xb2-\xb3\xb9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468"
    "\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788"
    "\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a"
    "\U0001f100-\U0001f10a"
)
#: _TOKEN, with an empty group 1 (m.lastindex 1) unless a digit (str.isdigit) touches the
#: word ("5abc", "abc²"): the possessive repeats give one match at a position, so both
#: branches match the same span, _TOKEN's; the look-behind after the first letter keeps the
#: scan's fast skip to a letter. The test in C spares Python two isdigit() calls per word.
_NOT_DIGIT = rf"(?![\d{DIGITS_NOT_DECIMAL}])"
_TOKEN_REST = r"[^\W\d_]{0,99}+(?:['’\-][^\W\d_]{1,100}+){0,5}+\.?+"
_TOKEN_FREE = re.compile(
    rf"[^\W\d_](?:(?<![\d{DIGITS_NOT_DECIMAL}].){_TOKEN_REST}{_NOT_DIGIT}()|{_TOKEN_REST})"
)
#: _TOKEN_FREE for a text of Latin-1 characters (detect/latin1.py): the same matches
_TOKEN_FREE_LATIN1 = latin1_twin(_TOKEN_FREE)


def _noun_or_compound(word: str, nouns: set[str], head: int) -> bool:
    """One of the nouns, or a compound of at least ``head`` letters and one of them of 4+
    letters ("pilootstad", "Rijschool")."""
    return word in nouns or any(word[k:] in nouns for k in range(head, len(word) - 3))


_INITIALS = re.compile(r"(?:[A-ZÆØÅ]\.){1,3}")
_POSSESSIVES = ("'s", "’s")
_PUNCT_AFTER = re.compile(r"\s{0,10}(?:[,!?:;)]|\.(?!\w)|$)")
_NAME_WORD = re.compile(r"[^\W\d_]{1,100}(?:['’\-][^\W\d_]{1,100}){0,5}")
#: Dutch adjectives of peoples and places: "Britse", "Belgische", "Leuvense", "Europees"
_NL_DEMONYM_ENDINGS = (
    "ische", "aanse", "iaanse", "ese", "ense", "tse", "sche", "ees", "aans",
    # ... and peoples: "Australiërs", "Braziliaan", "Italianen", "Portugezen"
    "iërs", "iër", "iaan", "ianen", "ezen",
)  # fmt: skip
_NL_BARE_ARTICLES = frozenset({"de", "het", "een", "des"})
#: a house number and a comma, or a four-digit postcode, right before a word: its town
_TOWN_OF_ADDRESS = re.compile(r"(?:\d[A-Za-z]?\s{0,5},|(?<!\d)\d{4})\s{0,5}$")
#: particles that are also articles: "De Standaard schreef" is a newspaper
_ARTICLE_PARTICLES = frozenset({"de", "het", "'t", "la", "le", "el", "al", "der", "den"})
_NL_ARTICLES = frozenset("een de het die deze dit dat mijn uw onze hun zijn haar".split())
#: surname prefixes that keep a capital inside a name: "McDonald", "DeVito", "LaToya"
_INNER_CAPITAL_PREFIXES = ("Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "Da", "Du", "La", "Le")
_CONTRACTION = re.compile(r"['’](?:s|m|ll|ve|re|d|t)$|n['’]t$")
#: evidence that outweighs the organisation and place lists ("my name is Georgia")
_STRONG = frozenset({"name after a cue", "name after a title", "name after a role"})
#: evidence that a person is named or addressed: no place, whatever pymorphy3 reads first
_ADDRESSED = (
    "name after a cue", "name after a title", "name after a greeting", "name after a sign-off",
)  # fmt: skip


#: the reasons code downstream must tell apart, as flags (conversation/answers.py)
_MADE = (("name after a title", Provenance.TITLED), ("name after a greeting", Provenance.GREETED))


def _made(reason: str) -> Provenance:
    """The Provenance flag of a reason ("name after a title with a surname": TITLED)."""
    for words, flag in _MADE:
        if reason.startswith(words):
            return flag
    return Provenance.NONE


#: a mark between two words that ends a sentence or opens a quotation, list or aside
_SENTENCE_MARKS = frozenset('.!?\n:;"«(')
#: an age in brackets right after a name: "Gulsum (28)"
_AGE_AFTER = re.compile(r" \(\d{1,3}\)")
#: a colon and an opening quotation mark right after a name: who is quoted
_QUOTE_AFTER = re.compile(r"\s?:\s{0,3}[\"'«„“‘‹]")
#: a line that holds only initials in brackets, "(GSC)", "(ABx)": a byline, who wrote it
#: a name as airlines print it, surname first: "LOWTHER/BETHAN MRS", "de graaf/siem mrs",
#: "KOSTINA/MILANA MS" (up to three words before the slash: particles, then the surname)
_AIRLINE_NAME = re.compile(
    r"(?<![\w/@.])(?P<last>[^\W\d_]{1,30}(?:[ '’\-][^\W\d_]{1,30}){0,3})"
    r"/(?P<first>[^\W\d_]{2,30}(?:-[^\W\d_]{2,30})?)"
    r"(?:[ ]{1,3}(?P<title>mrs|mr|ms|miss|mstr|dr|chd|inf)\.?)?(?![\w/@])",
    re.I,
)
#: a label's value on the rest of its line: two or three lower-case words after a colon
#: ("name: clemency stainsby"); the label before the colon is checked against the cues
_LABELLED_NAME = re.compile(
    r":[ \t]{0,3}(?P<name>[a-zæøåäöüéèа-яё]{2,30}(?:[ ][a-zæøåäöüéèа-яё'’\-]{2,30}){1,2})"
    r"[ \t.,!]{0,3}(?=\n|\Z)"
)
_BYLINE = re.compile(r"^[ \t]{0,10}\(([A-Z][A-Za-z]{0,2}[A-Z][a-z]?)\)[ \t]{0,10}$", re.M)


def _common_endings(names: Collection[str], least: int = 20) -> frozenset[str]:
    """The last four letters shared by `least` or more listed surnames ("berg", "dahl",
    "land", "stad"), that are no name of their own: a feature of the names model."""
    counts: dict[str, int] = {}
    for name in names:
        if len(name) > 5:
            counts[name[-4:]] = counts.get(name[-4:], 0) + 1
    return frozenset(e for e, n in counts.items() if n >= least)


def _shape(word: str) -> str:
    """'Xx', 'X', 'x', 'Xx-Xx', '9': the word's letter classes, repeats collapsed."""
    out: list[str] = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.islower() else "9" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:8]


def _quoted_title(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """«Mein Kampf», “Queen Elisabeth 2”: words that fill guillemets or curly quotes are
    the title of a work, a ship or a product."""
    start, end = toks[i].start, toks[j - 1].end
    before = text[start - 1] if start else ""
    rest = text[end : end + 4].lstrip(" 0123456789")
    return before in "«“„" and before != "" and rest[:1] in ("»", "”", "“")


def _particle_glued(word: str) -> bool:
    """'d'Ancona', 'd’Hondt': a surname with its particle glued on by an apostrophe, after
    a name's first word (never a start of its own: "d'Arenberg bier")."""
    return len(word) > 3 and word[0] in "dD" and word[1] in "'’" and word[2].isupper()


def _inner_capitals(word: str) -> bool:
    """'KlarVox', 'NetBoxx', 'ZorgNU', 'iPhone': capitals inside a word that is not all
    capitals mark a brand or an acronym, not a name ("McDonald" and "DeVito" excepted)."""
    for part in re.split(r"[-'’]", word):
        if len(part) > 1 and not part.isupper() and any(c.isupper() for c in part[1:]):
            if not part.startswith(_INNER_CAPITAL_PREFIXES) or part[:2].isupper():
                return True
    return False


def _glued_to_digit(text: str, start: int, end: int) -> bool:
    """'IPv6', 'A320neo', 'O2': letters touching digits are codes, not names."""
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


@lru_cache(maxsize=1)
def _place_tables() -> tuple[Collection[str], Collection[str]]:
    """place_names() and place_words(), unwrapped (members): no Python call per look-up."""
    return members(place_names()), members(place_words())


def _norm(word: str) -> str:
    return word.lower().rstrip(".,:")


class _Tok:
    """A word of the text: its span, its text, the word without a final dot, and whether
    it is capitalised (computed once: every token is asked several times)."""

    __slots__ = ("start", "end", "text", "word", "low", "capitalised")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text
        self.word = w = text.rstrip(".")
        self.low = w.lower()  # also _norm(text): a token ends in a letter or one dot
        self.capitalised = w[:1].isupper() and not (len(w) > 1 and w.isupper())


#: how many words after a name and its comma may end in a word for a pet
PET_AFTER_WORDS = 4
#: ... and how far after its word the clause's mark is looked for
PET_AFTER_CHARS = 8

_new_tok = object.__new__  # a _Tok of fields known already, without __init__
_word_of = attrgetter("word")


def _maybe_again(
    toks: list[_Tok], parts: dict[str, str], lower: frozenset[str], empty: bool
) -> Iterable[int]:
    """The indices of the tokens _mentions_again may take (a superset, tested there as
    before): without the empty part, a token's word is a part, a lower-case part or a part
    + "s"; the words are looked up at once, not one by one (most are none)."""
    if empty:
        return range(len(toks))
    keys = {*parts, *lower, *(p + "s" for p in parts if len(p) >= 3)}
    return compress(range(len(toks)), map(keys.__contains__, map(_word_of, toks)))


#: RulesPersonRecognizer._start_kind: where a name may start at a word form
_NEVER, _ANYWHERE, _AFTER_PHRASE, _IN_CONTEXT = 0, 1, 2, 3


class _Both(Collection[str]):
    """The words of two tables (a union, not copied)."""

    def __init__(self, a: Collection[str], b: Collection[str]):
        self.a, self.b = a, b

    def __contains__(self, word: object) -> bool:
        return word in self.a or word in self.b

    def __iter__(self) -> Iterator[str]:
        return iter({*self.a, *self.b})

    def __len__(self) -> int:
        return len({*self.a, *self.b})


@dataclass(frozen=True)
class _Words:
    """The everyday words of one message's language, passed along a scan (not stored on
    the recognizer, which several threads may share)."""

    lang: str
    all_words: Collection[str]  # every word form of the language
    vocabulary: Collection[str]  # the lookup tables' words that are no known name
    # the tables asked at nearly every capitalised word, unwrapped once (members)
    stop: Collection[str] = frozenset()  # the language's function words
    english: Collection[str] = frozenset()  # every English word form
    cities: Collection[str] = frozenset()  # city_names()
    places: Collection[str] = frozenset()  # place_names()
    # prepositions of place of this language (all languages' where it has none of its own)
    locatives: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # _unknown_word per word form in this language (the same words recur in every message)
    unknown: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # RulesPersonRecognizer._form per word form in this language
    forms: dict[str, tuple[str, str, str, bool, int, int]] = field(
        default_factory=dict, compare=False, repr=False
    )


@registry.recognizers.register("person")
class RulesPersonRecognizer(RuleRecognizer):
    """options: cues, titles, greetings (per language), particles, name_locales, not_names,
    and the scores cue_score, title_score, full_name_score, first_name_score, russian_score."""

    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        super().__init__(loaded, rules)
        o = loaded.spec.options

        def phrases(key: str, lang: str | None = None) -> dict[str, list[tuple[str, ...]]]:
            """Phrases indexed by their last word, for an O(1) look-back at each token (of
            every language, or of `lang` only)."""
            index: dict[str, list[tuple[str, ...]]] = {}
            lists = o.get(key, {})
            for p in {p for k, ps in lists.items() if lang in (None, k) for p in ps}:
                words = tuple(_norm(m.group(0)) for m in _TOKEN.finditer(p))
                if words:
                    index.setdefault(words[-1], []).append(words)
            return index

        self.cues = phrases("cues")
        self.weak_cues = phrases("weak_cues")
        self._single_weak_cues = {w[0] for ws in self.weak_cues.values() for w in ws if len(w) == 1}
        self.titles = phrases("titles")
        self.greetings = phrases("greetings")
        self.particles = {p.lower().strip("'") for p in o.get("particles", [])}
        self.lead_particles = {p.lower() for p in o.get("lead_particles", [])}
        self.not_names = {w.lower() for w in o.get("not_names", [])}
        self.ambiguous = {w.lower() for w in o.get("ambiguous_names", [])}
        self._locales = tuple(o.get("name_locales", []))
        self._index_languages = frozenset(o.get("lemma_index_languages", ()))
        first, last = faker_names(self._locales)
        self._listed = (members(first), members(last))
        self._surname_endings = _common_endings(last)
        # a few thousand names each: plain sets, asked many times per message
        self.first_names = frozenset(w for w in first if w not in self.not_names)
        self.last_names = frozenset(w for w in last if w not in self.not_names)
        # everyday words per message language ("Are" is a word in English, a name in
        # Norway), mapped from the cache at the first message in that language
        self._tables = {
            lang: tuple(tables) for lang, tables in o.get("vocabulary_languages", {}).items()
        }
        self.locatives = phrases("locatives")
        # ... and per language: English "at" is Norwegian "that" ("at Stoltenberg har ..."),
        # English "to" Norwegian "two"; a language without a list of its own uses them all
        self._locatives_of = {lang: phrases("locatives", lang) for lang in o.get("locatives", {})}
        self.after_name = {_norm(w) for ws in o.get("after_name", {}).values() for w in ws}
        self.before_company = {_norm(w) for ws in o.get("before_company", {}).values() for w in ws}
        self.scores = {
            "cue": float(o.get("cue_score", 0.85)),
            "title": float(o.get("title_score", 0.85)),
            "greeting": float(o.get("greeting_score", 0.75)),
            "full": float(o.get("full_name_score", 0.8)),
            "first": float(o.get("first_name_score", 0.6)),
            "ru": float(o.get("russian_score", 0.75)),
        }
        self.max_words = int(o.get("max_words", 4))
        self.scores["pair"] = float(o.get("capitalised_pair_score", 0.65))
        self.scores["speech"] = float(o.get("speech_score", 0.8))
        self.speech_before = phrases("speech_before")
        self._phrase_ends = frozenset().union(
            self.cues, self.weak_cues, self.titles, self.greetings, self.locatives,
            self.speech_before,
        )  # fmt: skip
        self.speech_after = {_norm(w) for ws in o.get("speech_after", {}).values() for w in ws}
        self.org_words = {_norm(w) for ws in o.get("organisation_words", {}).values() for w in ws}
        self.kind_nouns = {_norm(w) for ws in o.get("kind_nouns", {}).values() for w in ws}
        self.business_kinds = {_norm(w) for ws in o.get("business_kinds", {}).values() for w in ws}
        self.business_joined = {
            _norm(w) for ws in o.get("business_joined", {}).values() for w in ws
        }
        self.business_joined_lower = {
            _norm(w) for ws in o.get("business_joined_lower", {}).values() for w in ws
        }
        self.pet_words = phrases("pet_words")
        self.pet_owners = {_norm(w) for w in o.get("pet_owners", [])}
        # abbreviations, with their dot, before the person an institution is named after
        self.namesake_before = {
            w.lower() for ws in o.get("namesake_before", {}).values() for w in ws
        }
        self._kind_cache: dict[str, bool] = {}
        # the names model of undecided words (privacyguard/data/names/), if configured
        self.scores["model"] = float(o.get("model_score", 0.7))
        self.model_threshold = float(o.get("model_threshold", 0.5))
        # ... per language where it differs: the Dutch model, trained on synthetic sentences
        # only, is surer of a name than it should be
        self.brand_endings = tuple(o.get("brand_endings", ())) or ("\0",)
        self.model_not_names = {
            lang: frozenset(w.lower() for w in ws)
            for lang, ws in o.get("model_not_names", {}).items()
        }
        self.language_threshold = {
            lang: float(t) for lang, t in o.get("model_language_threshold", {}).items()
        }
        self.model: NamesModel | LanguageModels | None = (
            NamesModel.load(o["model"]) if o.get("model") else None
        )
        # ... and, per language, a model of its own (the Dutch one learns from more synthetic
        # sentences, which cost the shared model precision in Norwegian)
        if self.model is not None and o.get("language_models"):
            self.model = LanguageModels(
                self.model,
                {lang: NamesModel.load(name) for lang, name in o["language_models"].items()},
            )
        self.model_languages = frozenset(o.get("model_languages", ()))
        # a word right after a subordinating conjunction or a finite verb ("dat Arafat ...",
        # "heeft Clinton wel ...") stands where the clause's subject stands: the model's
        # word is trusted from a lower probability there
        self.subject_before = {
            lang: frozenset(_norm(w) for w in ws)
            for lang, ws in o.get("subject_before", {}).items()
        }
        # ... and one at a sentence start right before a finite verb ("Johnson werd ...")
        self.subject_after = {
            lang: frozenset(_norm(w) for w in ws) for lang, ws in o.get("subject_after", {}).items()
        }
        self.subject_threshold = float(o.get("model_subject_threshold", self.model_threshold))
        # per language, a lower probability for a word that may be a surname alone
        # (_surname_like): in Norwegian the model seldom takes a surname it has never seen
        self.surname_threshold = {
            lang: float(t) for lang, t in o.get("model_surname_threshold", {}).items()
        }
        # ... but not for a word of a language the message may have been taken for ("Klopt"
        # opening a short Dutch message identified as Norwegian)
        self.surname_not_words_of = {
            lang: tuple(others) for lang, others in o.get("model_surname_not_words_of", {}).items()
        }
        # languages whose genitive glues an "s" to a name ("Bortens tabbe")
        self.genitive_languages = frozenset(o.get("genitive_languages", ()))
        # endings of surnames of other languages ("-ović", "-escu"): evidence for an unknown
        # word the model left undecided
        self.foreign_endings = tuple(o.get("foreign_surname_endings", ())) or ("\0",)
        self.roles = {_norm(w) for ws in o.get("roles", {}).values() for w in ws}
        self._longest_role = max((len(r) for r in self.roles), default=0)
        self._role_cache: dict[str, bool] = {}
        self._lower_cache: dict[str, bool] = {}  # _may_start_lower_case per word form
        self._words_of: dict[str, _Words] = {}  # _words per language
        self._lower_parts_of: dict[tuple[frozenset[str], str], frozenset[str]] = {}
        self._excluded_cache: dict[str, bool] = {}  # _excluded per lower-case word
        self._sender_parts_of: dict[tuple[str, str], tuple[str, ...]] = {}
        self._name_parts_of: dict[tuple[str, str], tuple[str, ...]] = {}

    # -- helpers ---------------------------------------------------------------------------
    def _ends_with(self, toks: list[_Tok], i: int, index: dict[str, list[tuple[str, ...]]]) -> bool:
        """Does a phrase end right before token i (on the same or the previous line)?"""
        if i == 0:
            return False
        for phrase in index.get(toks[i - 1].low, ()):
            n = len(phrase)
            if n == 1:
                return True  # its one word is the key it was found under
            if i - n >= 0 and all(t.low == w for t, w in zip(toks[i - n : i], phrase, strict=True)):
                return True
        return False

    def _weak_cue_opens(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """A weak cue that is a function word ("met") counts only where it opens a sentence
        or clause ("Goedemiddag, met Sanne"), not as a preposition mid-sentence ("een
        akkoord met Tobaxo")."""
        cue = toks[i - 1].low
        if " " in cue or cue not in v.stop or cue not in self._single_weak_cues:
            return True
        return (
            self._sentence_start(text, toks, i - 1)
            or "," in text[toks[i - 2].end if i > 1 else 0 : toks[i - 1].start]
        )

    def _excluded(self, tok: _Tok) -> bool:
        """A never-a-name word, a single letter, a contraction ("don't") or a role: no name,
        whatever else is said of it (asked of most capitalised words, once per word form)."""
        w = tok.low
        known = self._excluded_cache.get(w)
        if known is None:
            known = bool(
                w in self.not_names or len(w) < 2 or _CONTRACTION.search(w) or self._is_role(tok)
            )
            if len(self._excluded_cache) >= 20_000:
                self._excluded_cache.clear()  # bounded memory over an endless stream
            self._excluded_cache[w] = known
        return known

    def _nameish(self, tok: _Tok, lowercase_ok: bool) -> bool:
        w = tok.low
        if self._excluded(tok):
            return False
        if tok.capitalised:
            return True
        return lowercase_ok and (w in self.first_names or w in self.last_names)

    def _form(self, word: str, v: _Words) -> tuple[str, str, str, bool, int, int]:
        """A token's text, word, lower case, capitalisation, where a name may start at it
        (_start_kind) and how many letters its end loses (a possessive "'s"), for a word
        form as _TOKEN matches it in v's language (computed once per form and language)."""
        cut = 2 if word.endswith(_POSSESSIVES) else 0  # "Anna's": the name is "Anna"
        tok = _Tok(0, len(word) - cut, word[:-2] if cut else word)
        form = (tok.text, tok.word, tok.low, tok.capitalised, self._start_kind(tok, v), cut)
        if len(v.forms) >= 50_000:
            v.forms.clear()  # bounded memory over an endless stream
        v.forms[word] = form
        return form

    def _start_kind(self, tok: _Tok, v: _Words) -> int:
        """Where _evidence (and the names model after it) may find a name to start at this
        word form, decided once per form and language from the word alone:

        - _NEVER: nowhere (a lower-case word that is no listed name, particle or initials);
        - _ANYWHERE: it is asked at every place (a listed name, an unknown capitalised word,
          initials, a lower-case first name that may be addressed);
        - _AFTER_PHRASE: only right after a phrase's last word (a cue, title or verb of
          speech: "my name is ruby", "dr. van Dijk"): a lower-case listed name or particle;
        - _IN_CONTEXT: a capitalised everyday word ("The", "Thanks", "Спасибо") that is no
          listed name, no particle and that pymorphy3 reads as no name: only after a phrase's
          word or a role, or first in a sentence before a word that may follow a name
          (_bare_may_start). Every other test of _evidence and _undecided needs a listed
          name, an unknown word, a particle or initials."""
        low = tok.low
        listed = low in self.first_names or low in self.last_names
        if not tok.capitalised:
            if _INITIALS.fullmatch(tok.text) is not None:
                return _ANYWHERE
            if not (listed or low in self.particles):
                # "volgens d'Ancona": a glued particle only right after a phrase
                return _AFTER_PHRASE if _particle_glued(tok.word) else _NEVER
            word = tok.word
            if (
                word == low
                and low in self.first_names
                and low not in self.ambiguous
                and low not in v.all_words
                and low not in v.english
                and low not in v.cities
            ):
                return _ANYWHERE  # _lower_case_address may hold ("thanks again, siobhan")
            return _AFTER_PHRASE
        if (
            listed
            or low in self.particles
            or low in self.lead_particles
            or tok.text[1:2] == "."  # initials ("A.")
            or (v.lang == "nl" and self._double_first_name(low))
            or self._unknown_word(tok, v)
        ):
            return _ANYWHERE
        if "\u0400" <= low[:1] <= "\u04ff" and (
            not russian_known(tok.word) or self._is_russian_name(tok)
        ):
            return _ANYWHERE  # a word pymorphy3 only guesses may go to the names model
        return _IN_CONTEXT

    def _bare_may_start(self, text: str, toks: list[_Tok], i: int) -> bool:
        """May _evidence find a name at a capitalised everyday word (_IN_CONTEXT)? Only
        after a phrase's last word ("my name is", "sier"), after a role, or first in a
        sentence when the word after it may follow a name ("Ruby here"): a capitalised word
        or particle may extend it, else the next word must be one of `after_name`."""
        if i > 0:
            prev = toks[i - 1]
            if prev.low in self._phrase_ends:
                return True
            role = self._role_cache.get(prev.low)
            if role or (role is None and self._is_role(prev)):
                return True
        if not self._sentence_start(text, toks, i):
            return False
        if i + 1 >= len(toks):
            return "" in self.after_name
        nxt = toks[i + 1]
        low = nxt.low
        return (
            nxt.capitalised
            or low in self.particles
            or low in self.lead_particles
            or low in self.after_name
            or _INITIALS.fullmatch(nxt.text) is not None
        )

    def _may_start_lower_case(self, tok: _Tok) -> bool:
        """Can _evidence find anything for a token that is not capitalised? Only for a
        listed name (after a cue), a particle (after a title) or initials ("J.P.")."""
        known = self._lower_cache.get(tok.text)
        if known is None:
            # most words of a text are lower case and recur: asked once per word form
            low = tok.low
            known = (
                low in self.first_names
                or low in self.last_names
                or low in self.particles
                or _INITIALS.fullmatch(tok.text) is not None
            )
            if len(self._lower_cache) >= 50_000:
                self._lower_cache.clear()  # bounded memory over an endless stream
            self._lower_cache[tok.text] = known
        return known

    def _dutch_word_compound(self, tok: _Tok, v: _Words) -> bool:
        """'Pukkelpop-organisator', 'BBC-programma': in Dutch a hyphenated word whose last
        part is an everyday word, no particle and no listed name is a thing or a role."""
        if v.lang != "nl" or "-" not in tok.low:
            return False
        last = tok.low.rsplit("-", 1)[1]
        return (
            last in v.all_words
            and last not in self.particles  # "Bont-van Goerle": a double surname
            and last not in self.first_names
            and last not in self.last_names
        )

    def _lower_case_compound(self, tok: _Tok, v: _Words) -> bool:
        """'E-billett', 'EF-kampen', 'Jan Mayen-loven': a run that ends in a hyphenated word
        whose last part is written in lower case, an everyday word of 3+ letters or one of
        5+ letters, is a compound with a common noun, a thing. The parts of a name after a
        hyphen are capitalised ("Gerd-Liv", "Grabar-Kitarović"), a particle ("Bont-van
        Goerle") or a short syllable ("Kim Jong-il")."""
        word = tok.word
        if "-" not in word:
            return False
        last = word.rsplit("-", 1)[1]
        return (
            last[:1].islower()
            and last not in self.particles
            and (len(last) >= 5 or (len(last) >= 3 and last in v.all_words))
        )

    def _foreign_surname(self, tok: _Tok, v: _Words) -> bool:
        """'Milosevic', 'Chávez', 'Kowalski': an unknown capitalised word in Latin letters
        that could be a surname alone and ends as surnames of another language do
        (`foreign_surname_endings`), where the language's own words rarely end so."""
        low = tok.low
        return (
            len(low) > 4
            and low[:1] < "\u0400"  # Latin letters: Russian has its own evidence
            and low.endswith(self.foreign_endings)
            and self._surname_like(tok, v)
        )

    def _genitive_of_name(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'Bortens tabbe', 'Diarras livvakter', 'Hitlers «Mein Kampf»': in Norwegian a
        capitalised word that ends in a genitive "s" after a surname-like stem or a listed
        name, right before a lower-case noun or a title, mid-sentence (or with a listed
        stem anywhere). Not a place's ("Norges", "Oslos") or an everyday word's."""
        tok = toks[i]
        low = tok.low
        if v.lang not in self.genitive_languages or len(low) < 5 or low[-1] != "s":
            return False
        if low[-2] in "sxz":
            return False  # "Guinness": a name that ends in "s" takes an apostrophe ("Hans'")
        if i + 1 >= len(toks) or text[tok.end : toks[i + 1].start] not in (" ", " «"):
            return False
        nxt = toks[i + 1]
        if not nxt.text.islower() and text[tok.end : nxt.start] == " ":
            return False
        stem = low[:-1]
        if low in v.all_words or low in v.stop or stem in v.cities or stem in v.places:
            return False
        listed = (stem in self.first_names or stem in self.last_names) and stem not in v.all_words
        if listed:
            return True
        return not self._sentence_start(text, toks, i) and self._surname_like(
            _Tok(tok.start, tok.end - 1, tok.word[:-1]), v
        )

    def _city_alone(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'de Spelen van Sydney': in Dutch news a listed first name that is also a city is
        the city when it stands alone, whatever the model says, unless it is also a listed
        surname ("Clinton"). In every language so is one in a route ("fly Bergen–Alicante",
        "Oslo – Bergen"): a place name with no personal cue is no person. Not every such
        city alone: "Kan Anna ringe meg?" ("Anna", "Linda" and "Charlotte" are towns too)."""
        low = toks[i].low
        return (
            low in v.cities
            and low not in self.last_names
            and (v.lang == "nl" or self._in_route(text, toks, i, v))
        )

    @staticmethod
    def _in_route(text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """A city joined by a dash or slash to a capitalised place name right before or after
        it: "Bergen–Alicante", "Oslo - Bergen", "AMS/Bergen"."""
        for k in (i - 1, i + 1):
            if not 0 <= k < len(toks):
                continue
            a, b = (toks[k], toks[i]) if k < i else (toks[i], toks[k])
            gap = text[a.end : b.start].strip()
            other = toks[k]
            if (
                gap in ("–", "—", "-", "/")
                and other.text[:1].isupper()
                and (other.low in v.cities or other.low in v.places or other.text.isupper())
            ):
                return True
        return False

    def _double_first_name(self, low: str) -> bool:
        """'Marie-Chantal', 'Jan-Willem': two listed first names joined by a hyphen (a first
        name that is also a word, "Jan", is none of it there). Asked in Dutch only: in
        Norwegian ("Gerd-Liv") the names model decides them, and deciding them by rule
        changed its training examples and cost precision on the nb folds."""
        if "-" not in low:
            return False
        parts = low.split("-")
        return len(parts) == 2 and all(len(p) > 2 and p in self.first_names for p in parts)

    def _particle_then_name(self, toks: list[_Tok], i: int) -> bool:
        """'De Vries', 'Van der Voort' after a title: a particle that starts a surname, and
        up to two lower-case particles before its capitalised word."""
        if toks[i].low not in self.particles:
            return False
        k = i + 1
        while (
            k < len(toks)
            and k <= i + 2
            and not toks[k].capitalised
            and toks[k].low in self.particles
        ):
            k += 1
        return k < len(toks) and self._nameish(toks[k], False)

    def _particle_subject(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'Van den Abeele wordt ...', 'Van Rompuy zei ...': first in a sentence, a capitalised
        "Van", lower-case particles, a capitalised word that no list or language knows, then
        a finite verb or verb of speech (its subject, in verb-second order)."""
        k = i + 1
        while k < len(toks) and k <= i + 2 and toks[k].text in self.particles:
            k += 1
        if k + 1 >= len(toks) or not self._sentence_start(text, toks, i):
            return False
        nxt = toks[k + 1].text
        return (
            (nxt in self.subject_after.get(v.lang, ()) or nxt in self.speech_after)
            and text[toks[k].end : toks[k + 1].start] == " "
            and (toks[k].low in self.last_names or self._surname_like(toks[k], v))
        )

    def _particle_surname_after(self, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'Hanneke van der S.', 'Aad de Mol': in Dutch, a word that may be a name, then a
        lower-case particle that starts a surname and its capitalised word (or initial)."""
        if v.lang != "nl" or i + 2 >= len(toks) or toks[i + 1].text not in self.particles:
            return False
        k = i + 2
        if k + 1 < len(toks) and toks[k].text in self.particles:
            k += 1  # "van der", "van den"
        last = toks[k]
        initial = len(last.word) == 1 and last.word.isupper()
        return (initial or self._nameish(last, False)) and self._surname_like(toks[i], v)

    def _words(self, lang: str) -> _Words:
        v = self._words_of.get(lang)
        if v is None:  # built once per language (the tables are mapped, read-only)
            tables = self._tables.get(lang)
            if tables is None:
                words: Collection[str] = frozenset()
                vocabulary: Collection[str] = frozenset()
            else:
                lookup = members(common_words(tables))
                words = lookup
                if lang in self._index_languages:  # "kunst", "mensen": base forms too
                    words = _Both(lookup, members(lemma_index_words(lang, self._locales)))
                # a single word after a cue or greeting is tested against the lookup words
                # only: the index also holds first names Faker lacks ("naar Annemiek")
                vocabulary = Without(lookup, *self._listed)
            english = words if lang == "en" else self._words("en").all_words
            v = _Words(
                lang,
                words,
                vocabulary,
                stop=frozenset(stop_words(lang)),
                english=english,
                cities=members(city_names()),
                places=frozenset(place_names()),
                locatives=self._locatives_of.get(lang, self.locatives),
            )
            self._words_of[lang] = v
        return v

    def _everyday_word(self, tok: _Tok, v: _Words) -> bool:
        """A dictionary word that is no known name ("Takk. Betalingen ..." is no name)."""
        w = tok.low
        if "\u0400" <= w[:1] <= "\u04ff":
            return russian_name_tag(tok.word) is None
        return w in v.vocabulary

    def _is_russian_name(self, tok: _Tok) -> bool:
        return (
            tok.capitalised
            and ("\u0400" <= tok.text[:1] <= "\u04ff")
            and russian_name_tag(tok.word) in ("Name", "Surn", "Patr")
        )

    def _extend(
        self, text: str, toks: list[_Tok], i: int, lowercase_ok: bool, v: _Words | None = None
    ) -> int:
        """Index after the last token of the name that starts at token i. With `v` (after a
        cue), a first name may take one lower-case surname that no list holds and the
        language does not know ("my name's callum winslow")."""
        j = i + 1
        words = 1
        while j < len(toks) and words < self.max_words:
            gap = text[toks[j - 1].end : toks[j].start]
            prev = toks[j - 1]
            initial = len(prev.word) == 1 and prev.word.isupper()  # "Percival D. O'Connor"
            if initial and toks[j].start == prev.end and _INITIALS.fullmatch(toks[j].text):
                j += 1  # "G.J." is two glued initials
                continue
            if gap not in (" ", "\u00a0") or (prev.text.endswith(".") and not initial):
                break
            tok = toks[j]
            low = tok.low
            if (low in self.particles or low in self.lead_particles) and j + 1 < len(toks):
                k = j
                while k < len(toks) and (
                    toks[k].low in self.particles or (k == j and toks[k].low in self.lead_particles)
                ):
                    k += 1
                if k == j + 1 and low in self.lead_particles:
                    break  # "Sjoerd in Amsterdam": "in" only before "'t"
                if low in self.lead_particles and toks[j + 1].low == "het":
                    break  # "een Concorde in het Canadese Gander": "in het" is no particle
                if (
                    k < len(toks)
                    and (self._nameish(toks[k], lowercase_ok) or _INITIALS.fullmatch(toks[k].text))
                    and text[toks[k - 1].end : toks[k].start] == " "
                ):
                    j, words = k + 1, words + 1
                    continue
                break
            if (
                not self._nameish(tok, lowercase_ok and low in self.last_names)
                and not (v is not None and words == 1 and self._unknown_surname(tok, v))
                and not _particle_glued(tok.word)
            ):
                break
            j, words = j + 1, words + 1
        return j

    def _unknown_surname(self, tok: _Tok, v: _Words) -> bool:
        """A lower-case word of letters that is no word of the language (nor English), or in
        Russian one pymorphy3 reads as a surname: after a cued first name, its surname."""
        w = tok.low
        if tok.capitalised or len(w) < 3 or not w.replace("-", "").isalpha() or self._excluded(tok):
            return False
        if "\u0400" <= w[:1] <= "\u04ff":
            return russian_name_tag(w.capitalize(), top_only=True) == "Surn"
        return w not in v.all_words and w not in v.english and w not in v.stop

    # -- the recognizer --------------------------------------------------------------------
    def _sentence_start(self, text: str, toks: list[_Tok], i: int) -> bool:
        """First word of the message or of a sentence, where capitals prove nothing."""
        if i == 0:
            return True
        gap = text[toks[i - 1].end : toks[i].start]
        return toks[i - 1].text.endswith(".") or not _SENTENCE_MARKS.isdisjoint(gap)

    def _evidence(
        self, text: str, toks: list[_Tok], i: int, v: _Words
    ) -> tuple[str, float, bool] | None:
        """(reason, score, lower-case allowed) when token i may start a name."""
        tok = toks[i]
        low = tok.low
        # no phrase of any kind ends at the word before: skip every phrase look-back
        cued = i > 0 and toks[i - 1].low in self._phrase_ends
        if cued and self._ends_with(toks, i, self.cues) and self._nameish(tok, True):
            return "name after a cue", self.scores["cue"], True
        if (
            cued
            and self._ends_with(toks, i, self.weak_cues)
            and self._nameish(tok, False)
            and low not in v.stop  # "Dank u. Uw Flying Blue nummer"
            and self._weak_cue_opens(text, toks, i, v)
            and not _inner_capitals(tok.word)  # "met KlarVox": a brand
        ):
            return "name after a sign-off or weak cue", self.scores["cue"], False
        if (
            cued
            and self._ends_with(toks, i, self.titles)
            and (
                self._nameish(tok, False)
                or self._particle_then_name(toks, i)
                or _particle_glued(tok.word)
            )
        ):
            return "name after a title", self.scores["title"], False
        if cued and self._ends_with(toks, i, self.greetings) and self._nameish(tok, False):
            return "name after a greeting", self.scores["greeting"], False
        if (
            i > 0
            # _is_role, its cache inline: asked at every capitalised word
            and (role := self._role_cache.get(toks[i - 1].low)) is not False
            and (role or self._is_role(toks[i - 1]))
            # "KNVB-woordvoerder De Leede": a capitalised particle starts the surname
            and (
                self._nameish(tok, False) or (tok.capitalised and self._particle_then_name(toks, i))
            )
        ):
            return "name after a role", self.scores["title"], False
        if (
            cued
            and self._ends_with(toks, i, self.speech_before)
            and (
                self._nameish(tok, False)
                or self._particle_then_name(toks, i)
                or _particle_glued(tok.word)
            )
            # "aldus Van Diepenbeek": a particle that is also a function word starts a name
            and (low not in v.stop or (tok.capitalised and self._particle_then_name(toks, i)))
            and not self._dutch_word_compound(tok, v)  # "Volgens Pukkelpop-organisator ..."
        ):
            return "name after a verb of speech", self.scores["speech"], False
        if tok.text == "Van" and self._particle_subject(text, toks, i, v):
            return "a surname with its particle before a verb", self.scores["speech"], False
        if not tok.capitalised and self._lower_case_address(text, toks, i, v):
            return "first name in lower case, addressed", self.scores["greeting"], False
        if (
            tok.text[1:2] == "."  # what _INITIALS needs, without a call
            and _INITIALS.fullmatch(tok.text)
            and i + 1 < len(toks)
            # "J. Peeters", "H. Van der Plancken": a capitalised particle starts the surname
            and (
                self._nameish(toks[i + 1], False)
                or (toks[i + 1].capitalised and self._particle_then_name(toks, i + 1))
            )
        ):
            if text[tok.end : toks[i + 1].start] == " ":
                return "initials and a surname", self.scores["title"], False
        if cued and self._ends_with(toks, i, v.locatives) and low in v.cities:
            return None  # "in Bergen", "naar Breda": a place, whatever the name lists say
        if tok.capitalised and (
            low in self.first_names or (v.lang == "nl" and self._double_first_name(low))
        ):
            return "first name from the name lists", self.scores["first"], False
        if "\u0400" <= tok.text[:1] <= "\u04ff" and self._is_russian_name(tok):
            return f"pymorphy3 tags it {russian_name_tag(tok.word)}", self.scores["ru"], False
        if tok.capitalised and self._sentence_start(text, toks, i) and self._nameish(tok, False):
            j = self._extend(text, toks, i, False)
            after = toks[j].low if j < len(toks) else ""
            company_next = j + 1 < len(toks) and toks[j + 1].capitalised
            if after in self.after_name and (after not in self.before_company or company_next):
                return "name before 'here', 'from' or 'born'", self.scores["greeting"], False
        if (
            tok.capitalised
            and self._nameish(tok, False)
            and low not in v.stop
            # "Administrator Gareth Brennan said": the name starts after the everyday word
            and (low in self.first_names or low in self.last_names or self._unknown_word(tok, v))
        ):
            j = self._extend(text, toks, i, False)
            if (
                (j > i + 1 or not self._sentence_start(text, toks, i) or self._surname_like(tok, v))
                and j < len(toks)
                and toks[j].low in self.speech_after
                and text[toks[j - 1].end : toks[j].start] == " "
            ):
                return "name before a verb of speech", self.scores["speech"], False
            if self._quoted_speaker(text, toks, i, j, v):
                return "name before a quotation", self.scores["speech"], False
        elif (
            tok.capitalised
            and ":" in text[tok.end : tok.end + 2]  # _QUOTE_AFTER's cheap test
            and self._quoted_foreign_word(text, toks, i, v)
        ):
            return "name before a quotation", self.scores["speech"], False
        if tok.capitalised and low in self.particles and self._particle_then_name(toks, i):
            j = self._extend(text, toks, i, False)
            if self._quoted_speaker(text, toks, i, j, v):
                return "name before a quotation", self.scores["speech"], False
            if (
                # "Van der Voort vindt": not "De Standaard schreef", an article and a title
                low not in _ARTICLE_PARTICLES
                and j < len(toks)
                and toks[j].low in self.speech_after
                and text[toks[j - 1].end : toks[j].start] == " "
            ):
                return "name before a verb of speech", self.scores["speech"], False
        if (
            tok.capitalised
            and text.find(" (", tok.end, tok.end + 400) >= 0  # _before_age's cheap test
            and self._before_age(text, toks, i, v)
        ):
            return "name before an age", self.scores["speech"], False
        if (
            tok.capitalised
            and self._unknown_word(tok, v)
            and i + 1 < len(toks)
            and not self._demonym(tok, v, toks, i)  # "Britse Concorde", "Leuvense Brabanthal"
            and not self._dutch_word_compound(tok, v)  # "het BBC-programma Crimewatch UK"
            # "uit Tamil Nadu", "naar Kriyat Malachi": in Dutch, after a preposition of place
            # (not "bij", also "at someone's"), a place ("fra" in Norwegian is also "from" a
            # person: "brev fra Napoleon Bonaparte")
            and not (
                v.lang == "nl"
                and cued
                and self._ends_with(toks, i, v.locatives)
                and toks[i - 1].low != "bij"
            )
        ):
            nxt = toks[i + 1]
            if (
                text[tok.end : nxt.start] == " "
                and nxt.capitalised
                # "Pressevakt Ingrid Hansen": the name starts at the first name
                and not (nxt.low in self.first_names and nxt.low not in self.last_names)
                and (self._unknown_word(nxt, v) or nxt.low in self.last_names)
                and not self._sentence_start(text, toks, i + 1)
            ):
                return (
                    "two capitalised words that are no everyday words",
                    self.scores["pair"],
                    False,
                )
        return None

    # -- the model of undecided words -------------------------------------------------------
    def _undecided(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """A capitalised word the rules found no evidence for, that is no function word,
        never-a-name word, role or place: the names model may decide it (in the languages
        it was trained for)."""
        tok = toks[i]
        low = tok.low
        if self.model is None or v.lang not in self.model_languages:
            return False
        # the cheapest of the tests that rule a word out first (each returns False)
        if not tok.capitalised or low in v.stop or self._excluded(tok):
            return False
        if (
            low in v.cities
            and i > 0
            and (toks[i - 1].capitalised or self._ends_with(toks, i, v.locatives))
        ):
            return False  # "naar Bergen", "New York"
        at = i - 1 if i > 1 and toks[i - 1].word in ("Den", "De", "La", "Le", "El") else i
        if (
            at > 0
            and toks[at - 1].low in v.locatives  # the key _ends_with looks up first
            and self._ends_with(toks, at, v.locatives)
            and not (low in self.first_names or low in self.last_names)
        ):
            return False  # "naar Londen", "in Den Haag": after a preposition of place, a place
        if "\u0400" <= low[:1] <= "\u04ff":
            if _inner_capitals(tok.word):
                return False  # "ВелоГород", "КриптоОбмен": a brand (no Russian name has one)
            last = low.split("-")[-1]
            if "-" in low and russian_known(last):
                return False  # "Трек-номер": a compound of a known word
            if not russian_known(tok.word):
                # a word pymorphy3 only guesses ("Нетаньяху", "Цзиньтао"), but not first in
                # a sentence, where capitals prove nothing ("Промокод 5165 ...")
                return not self._sentence_start(text, toks, i)
            if russian_inanimate(tok.word):
                return False  # "Бронь", "Маркет": pymorphy3 reads a thing first
        if low in self.model_not_names.get(v.lang, ()):
            return False  # "Mei" (May) in Dutch
        if low in self.first_names or low in self.last_names or self._is_russian_name(tok):
            return True  # "Espen" is also a tree, "Вера" also faith: the model decides
        if _inner_capitals(tok.word):
            return False  # "KlarVox", "ZorgNU": a brand or an acronym
        if i > 0 and _TOWN_OF_ADDRESS.search(text, toks[i - 1].end, tok.start):
            return False  # "Storgata 19B, Sortvik", "0150 Sortvik": the town of an address
        if self._after_article(toks, i, v):
            return False  # "de Senaat", "het Rijksmuseum": a thing, not "De Vries"
        if self._sentence_start(text, toks, i) and self._definite_form(low, v):
            return False  # "Innbydelsen kom ...", "Forskerne fra ...": a noun, capitalised
        parts = tok.low.split("-")
        if any(len(p) > 1 and p.isupper() for p in tok.word.split("-")) or (
            len(parts) > 1 and parts[-1] in v.all_words and parts[-1] not in self.first_names
        ):
            return False  # "IP-adres", "Blue-nummer": an acronym or a word compound
        # an everyday word ("Boeking", "Верните"), a compound of two ("Lidnummer") or a
        # place is no name for the model
        return (
            self._unknown_word(tok, v)
            and low not in v.places
            and not self._compound(low, v)
            and not self._demonym(tok, v, toks, i)
        )

    @staticmethod
    def _after_article(toks: list[_Tok], i: int, v: _Words) -> bool:
        """'de Senaat', 'het Rijksmuseum', 'een Volvo': in Dutch a lower-case article right
        before a capitalised word, not after a first name ("Jan de Vries"), makes it a thing
        or a group; a surname standing alone writes its particle capitalised ("De Vries")."""
        if v.lang != "nl" or i == 0 or toks[i - 1].text not in _NL_BARE_ARTICLES:
            return False
        return i < 2 or not toks[i - 2].capitalised

    @staticmethod
    def _compound(low: str, v: _Words) -> bool:
        """'lidnummer', 'vaktsjefen': an everyday word of 3+ letters (with a linking s or e)
        and one of 5+ letters written together. Surnames from farm names keep a short
        last part ("Solberg", "Knausgård") and stay undecided."""
        words = v.all_words
        for k in range(3, len(low) - 4):
            head, tail = low[:k], low[k:]
            if len(tail) == 5 and tail[-1] == "s" and v.lang == "nb" and tail[:-1] in words:
                continue  # "Knausgårds": a farm name's genitive, its last part short
            if tail in words and (
                head in words
                or (head[-1] in "se" and head[:-1] in words and k > 3)
                # "burgerservicenummer": a long everyday word closes a long compound
                or (k >= 6 and len(tail) >= 6)
            ):
                return True
        return False

    @staticmethod
    def _signature_company(text: str, toks: list[_Tok], i: int, out: list[Candidate]) -> bool:
        """'С уважением, Василиса, Тинькофф', 'Mvh Are, SAS': the last word after a name
        and a comma signs for the company."""
        return (
            i == len(toks) - 1
            and i > 0
            and bool(out)
            and out[-1].end == toks[i - 1].start + len(toks[i - 1].word)
            and text[toks[i - 1].end : toks[i].start].strip() == ","
        )

    def _ask_model(
        self, text: str, toks: list[_Tok], i: int, v: _Words
    ) -> tuple[str, float, bool] | None:
        model = self.model
        if model is None:
            return None
        low = toks[i].low
        if low.endswith(self.brand_endings) and len(low) > 6:
            return None  # "Quendelshop", "Wal-Mart": a shop or a company, not a surname
        p = model.probability(self.features(text, toks, i, v))
        if p >= self.language_threshold.get(v.lang, self.model_threshold):
            return f"the names model (p={p:.2f})", self.scores["model"], False
        if p >= self.subject_threshold and self._subject_slot(text, toks, i, v):
            return f"the names model (p={p:.2f}) in a subject's place", self.scores["model"], False
        if (
            p >= self.surname_threshold.get(v.lang, 1.0)
            and toks[i].low not in self.greetings  # "Heisann, ...": a greeting, capitalised
            and self._surname_like(toks[i], v)
            and not any(
                low in self._words(other).all_words
                for other in self.surname_not_words_of.get(v.lang, ())
            )
        ):
            return f"the names model (p={p:.2f}) for a surname", self.scores["model"], False
        return None

    def _subject_slot(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'dat Arafat ook ...', 'heeft Clinton wel ...': mid-sentence, right after a
        subordinating conjunction or a finite verb, and before a lower-case word of the
        same clause, a capitalised word is where the clause's subject stands; so is one at
        a sentence start right before a finite verb ("Johnson werd ...")."""
        after = self.subject_after.get(v.lang)
        if (
            after
            and i + 1 < len(toks)
            and toks[i + 1].low in after
            and toks[i + 1].text.islower()
            and text[toks[i].end : toks[i + 1].start] == " "
            and self._sentence_start(text, toks, i)
        ):
            return True
        before = self.subject_before.get(v.lang)
        if not before or i == 0 or toks[i - 1].low not in before or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        return (
            # "Omdat Chávez en ...": the conjunction or verb may open the sentence
            (toks[i - 1].text.islower() or self._sentence_start(text, toks, i - 1))
            and nxt.text.islower()
            and text[toks[i].end : nxt.start] == " "
            and text[toks[i - 1].end : toks[i].start] == " "
        )

    def features(self, text: str, toks: list[_Tok], i: int, v: _Words) -> list[str]:
        """What the names model sees of token i: the word, its shape and lists, and its
        neighbours (privacyguard/data/names/README.md)."""
        tok = toks[i]
        w, low = tok.word, tok.low
        f = [
            f"w={low}", f"suf3={low[-3:]}", f"suf2={low[-2:]}", f"pre3={low[:3]}",
            f"shape={_shape(w)}", f"lang={v.lang}", f"len={min(len(w), 12) // 3}",
        ]  # fmt: skip
        if self._sentence_start(text, toks, i):
            f.append("start")
        if low in self.first_names:
            f.append("first")
        if low in self.last_names:
            f.append("last")
        if len(low) > 5 and low[-4:] in self._surname_endings:
            f.append("surname_ending")  # "Fardal", "Stoltenberg": an ending of many surnames
        if len(low) > 3 and low[-1] == "s":  # a genitive: "Bortens", "Espens"
            stem = low[:-1]
            if stem in self.first_names or stem in self.last_names:
                f.append("genitive_of_listed")
            if stem in v.all_words:
                f.append("genitive_of_everyday")
        if v.lang == "nl" and low in world_names():
            # a first or last name of any Faker locale: Dutch news quotes foreign names
            # ("Chávez", "Peres"); in Norwegian it cost precision on the folds (tried)
            f.append("world_name")
        if low in v.all_words:
            f.append("everyday")
        if low in v.english:
            f.append("en_word")
        if low in v.cities:
            f.append("city")
        if low in v.places:
            f.append("place")
        if "\u0400" <= low[:1] <= "\u04ff":
            f.append(f"ru={russian_name_tag(w)}")
            f.append(f"ru_top={russian_name_tag(w, True)}")
            if russian_common_noun(w):
                f.append("ru_noun")
        for k, name in ((-2, "p2"), (-1, "p1"), (1, "n1"), (2, "n2")):
            if 0 <= i + k < len(toks):
                other = toks[i + k]
                f.append(f"{name}={other.low}")
                if other.capitalised:
                    f.append(f"{name}cap")
                    if other.low in v.all_words:
                        f.append(f"{name}cap_everyday")
                if other.low in self.org_words:
                    f.append(f"{name}org")
            else:
                f.append(f"{name}=<none>")
        before = text[toks[i - 1].end : tok.start].strip() if i else ""
        after = text[tok.end : toks[i + 1].start].strip() if i + 1 < len(toks) else ""
        f += [f"gap_before={_shape(before[-2:])}", f"gap_after={_shape(after[:2])}"]
        # each feature also per language: one file, a model per language and a shared one
        return f + [f"{v.lang}|{x}" for x in f if not x.startswith("lang=")]

    @staticmethod
    def _russian_place(toks: list[_Tok], i: int, j: int, reason: str) -> bool:
        """A Russian word read first as a place ("президент Франции", "в Турции"), or one
        after "в"/"во" without a cue ("в Тусоне"): no name."""
        if j != i + 1 or not ("\u0400" <= toks[i].word[:1] <= "\u04ff"):
            return False
        if reason.startswith(_ADDRESSED):
            return False  # "Меня зовут Милана", "Здравствуйте, Милана!": not Milan
        if russian_name_tag(toks[i].word, True) == "Geox":
            return True
        return (
            reason != "name after a cue"
            and i > 0
            and toks[i - 1].low in ("в", "во")
            and russian_name_tag(toks[i].word, True) not in ("Surn", "Patr")
        )

    def _organisation_word_in(self, toks: list[_Tok], i: int, j: int) -> bool:
        return any(t.capitalised and t.low in self.org_words for t in toks[i:j])

    def _business_kind(self, tok: _Tok) -> bool:
        """A capitalised word for a kind of business, or a compound that ends in one of 4+
        letters ("Rijschool", "Begravelsesbyrå")."""
        if not tok.capitalised:
            return False
        return _noun_or_compound(tok.low, self.business_kinds, head=3)

    def _business_name(self, text: str, toks: list[_Tok], i: int, j: int) -> int:
        """Where the run i..j stops being a person's name: i if it is a business's name
        ("Uitvaartzorg Verbeek", "J. Ashby & Sons", "Ashby Funeral Directors"), the
        particle before a business word in it ("Renske van Rijschool Van Hattem"), else j."""
        if i > 0 and self._business_kind(toks[i - 1]) and not toks[i - 1].text.endswith("."):
            return i
        for k in range(i, j):
            if self._business_kind(toks[k]):
                if k == i or toks[k - 1].low not in self.particles:
                    return i  # "Hollybush Veterinary Practice"
                while k > i and toks[k - 1].low in self.particles:
                    k -= 1
                return k  # "Renske van Rijschool Van Hattem": Renske
        if j < len(toks):
            gap = text[toks[j - 1].end : toks[j].start]
            nxt = toks[j]
            if gap.strip() in ("&", "+") and nxt.low in self.business_joined:
                return i
            if gap == " " and self._business_kind(nxt):
                return i
            if gap == " " and nxt.low in ("and", "en", "og", "и") and j + 1 < len(toks):
                last = toks[j + 1]
                # "Hoelstad og Sønner"; in lower case after a surname alone ("Громов и
                # партнёры"), not after a whole name ("Anna Smith and partners came")
                if last.low in self.business_joined and (
                    last.capitalised or (j == i + 1 and last.low in self.business_joined_lower)
                ):
                    return i
        return j

    def _pet_name(self, toks: list[_Tok], i: int) -> bool:
        """A word right after a word for a pet ("our cat Pepper", "нашему коту Муся"), or
        after one and a word for "our" ("katten vår Luna")."""
        if self._ends_with(toks, i, self.pet_words):
            return True
        return (
            i > 1
            and toks[i - 1].low in self.pet_owners
            and self._ends_with(toks, i - 1, self.pet_words)
        )

    def _pet_after(self, text: str, toks: list[_Tok], j: int) -> bool:
        """A name, a comma and a word for a pet that ends the clause, a word or two between
        ("She's called Marmite, a springer spaniel.", "Её зовут Шарик, это спаниель."): a
        pet's name. Not "Tom, a dog lover": the pet's word must end the clause; a name of
        one word only (the caller's test): "Анна Петрова, собака" stays a person's."""
        if j <= 0 or j >= len(toks):
            return False
        prev = toks[j - 1]
        if text[prev.start + len(prev.word) : toks[j].start].strip(" .") != ",":
            return False
        for k in range(j, min(len(toks), j + PET_AFTER_WORDS)):
            tok = toks[k]
            if not tok.word.islower():
                return False
            if (tok.low,) in self.pet_words.get(tok.low, ()):
                end = tok.start + len(tok.word)
                after = text[end : end + PET_AFTER_CHARS].lstrip(" \t")[:1]
                return after in ("", ".", "!", "?", ";", ",", "\n", ")")
        return False

    def _namesake(self, toks: list[_Tok], i: int) -> bool:
        """A name right after "им." ("библиотека им. Гайдара"): the person a school, a
        library or a street is named after, part of the institution's name."""
        return i > 0 and toks[i - 1].text.lower() in self.namesake_before

    def _kind_noun(self, tok: _Tok) -> bool:
        """A lower-case noun of a kind of place, organisation or work ("deelstaat", "bedrijf",
        "avisen"), or a compound that ends in one of 4+ letters ("pilootstad")."""
        w = tok.text
        if not w.islower():
            return False
        known = self._kind_cache.get(w)
        if known is None:
            known = _noun_or_compound(w, self.kind_nouns, head=1)
            if len(self._kind_cache) >= 20_000:
                self._kind_cache.clear()  # bounded memory over an endless stream
            self._kind_cache[w] = known
        return known

    def _organisation_or_place(self, toks: list[_Tok], i: int, j: int) -> bool:
        """Negative evidence: a capitalised organisation word in or next to the run
        ("Radio Donna", "Europese Commissie", "Camp David"), or a run that is a country,
        state or continent ("Frankrijk", "Verenigde Staten")."""
        # "minister van Binnenlandse Zaken Otto Schily": the organisation word before a
        # listed first name and a surname ends the organisation's name, the person follows
        first = i if j > i + 1 and toks[i].low in self.first_names else max(0, i - 1)
        around = toks[first : min(len(toks), j + 1)]
        if any(t.text[:1].isupper() and t.low in self.org_words for t in around):
            return True
        # "компании Тинькофф", any case
        if i > 0 and "\u0400" <= toks[i - 1].word[:1] <= "\u04ff":
            if russian_lemma(toks[i - 1].word) in self.org_words:
                return True
        if i > 0 and self._kind_noun(toks[i - 1]) and toks[i].low not in self.first_names:
            return True  # "de deelstaat Karnataka", "het bedrijf Tobaxo", "byen Tromsø"
        run = [t.low for t in toks[i:j]]
        places, words = _place_tables()
        if " ".join(run) in places:
            return True
        # "Jan Mayen": every word that is no listed first name is a place and no surname
        rest = [w for w in run if w not in self.first_names]
        return bool(rest) and all(w in words and w not in self.last_names for w in rest)

    def _lower_case_address(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'thanks again, siobhan', 'hi marit!': a listed first name in lower case, after a
        comma or a greeting and before the end of the clause, that is no everyday word."""
        tok = toks[i]
        low = tok.word
        if i == 0 or low != low.lower() or low not in self.first_names or low in self.ambiguous:
            return False
        if low in v.all_words or low in v.english or low in v.cities:
            return False
        gap = text[toks[i - 1].end : tok.start]
        after_greeting = self._ends_with(toks, i, self.greetings) or self._ends_with(
            toks, i, self.weak_cues
        )
        return (gap.strip() == "," or after_greeting) and bool(_PUNCT_AFTER.match(text, tok.end))

    def sender_parts(self, sender: str, lang: str) -> list[str]:
        """The words of a sender or participant name that may stand for the person later
        ("Siobhan Kelly" gives "Siobhan" and "Kelly"): 3+ letters, no everyday word (asked
        at every message a person sends: once per sender and language)."""
        key = (sender, lang)
        parts = self._sender_parts_of.get(key)
        if parts is None:
            parts = self._sender_parts(sender, lang)
            if len(self._sender_parts_of) >= 10_000:
                self._sender_parts_of.clear()  # bounded memory over an endless stream
            self._sender_parts_of[key] = parts
        return list(parts)

    def _sender_parts(self, sender: str, lang: str) -> tuple[str, ...]:
        everyday = self._words(lang).all_words
        english = self._words("en").all_words
        return tuple(
            w
            for w in _NAME_WORD.findall(sender)
            if len(w) >= 3
            and not w.isupper()
            and (low := w.lower()) not in self.particles
            and low not in self.not_names
            and low not in everyday
            and low not in english
            and not self._is_role(_Tok(0, len(w), w))
        )

    def _unknown_word(self, tok: _Tok, v: _Words) -> bool:
        """Not an everyday word, not a city, not a never-a-name word: a name candidate."""
        known = v.unknown.get(tok.word)
        if known is None:
            known = self._unknown(tok, v)
            if len(v.unknown) >= 20_000:
                v.unknown.clear()  # bounded memory over an endless stream
            v.unknown[tok.word] = known
        return known

    def _unknown(self, tok: _Tok, v: _Words) -> bool:
        w = tok.low
        if self._excluded(tok):
            return False
        if "\u0400" <= w[:1] <= "\u04ff":
            return russian_name_tag(tok.word) in ("Name", "Surn", "Patr")
        # English words are everyday words in every chat ("Flying Blue", "Executive Club")
        english = v.english
        return w not in v.all_words and w not in english and w not in v.cities

    def _before_age(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'Gulsum (28) satt ...', 'tenkte Perisat (24)': words that could be a name, then an
        age in brackets."""
        if text.find(" (", toks[i].end, toks[i].end + 400) < 0:
            return False  # no bracket after it: the cheap test first
        j = self._extend(text, toks, i, False)
        if not _AGE_AFTER.match(text, toks[j - 1].end):
            return False
        words = [t for t in toks[i:j] if t.low not in self.particles]
        return bool(words) and all(
            self._surname_like(t, v) or t.low in self.first_names for t in words
        )

    def _quoted_speaker(self, text: str, toks: list[_Tok], i: int, j: int, v: _Words) -> bool:
        """'Durant: "Sluiting ..."', 'Van der Voort: "Bij ..."': at a sentence start, words
        that could be a surname alone, or a particle and capitalised words, then a colon and
        a quotation mark: the person quoted."""
        if not (self._sentence_start(text, toks, i) and _QUOTE_AFTER.match(text, toks[j - 1].end)):
            return False
        words = [t for t in toks[i:j] if t.low not in self.particles]
        if not words:
            return False
        if toks[i].low in self.particles:
            return all(t.capitalised for t in words)
        return all(self._surname_like(t, v) for t in words)

    def _quoted_foreign_word(self, text: str, toks: list[_Tok], i: int, v: _Words) -> bool:
        """'Flies: "We willen ..."', "Durant: 'Sluiting ...'": at a sentence start, one word
        that is no word of the message's language but an English word or a town elsewhere,
        then a colon and a quotation mark: a surname (a word of the language is a headline's
        topic, "Conclusie: '...'"; a country or capital is a dateline)."""
        tok = toks[i]
        low = tok.low
        return (
            v.lang != "en"
            and len(low) >= 3
            and low not in v.all_words
            and low not in v.stop
            and (low in v.english or low in v.cities)
            and low not in v.places
            and low not in self.org_words
            and not self._excluded(tok)
            and self._sentence_start(text, toks, i)
            and _QUOTE_AFTER.match(text, tok.end) is not None
        )

    def _surname_like(self, tok: _Tok, v: _Words) -> bool:
        """A capitalised word that may be a surname standing alone: a listed last name, or an
        unknown word that is no place, no organisation word and no adjective of a people."""
        low = tok.low
        if not tok.capitalised or len(low) < 3 or low in v.stop:
            return False
        if low in self.last_names and low not in v.all_words:
            return True
        return (
            self._unknown_word(tok, v)
            and low not in v.places
            and not _inner_capitals(tok.word)
            and low not in self.org_words
            and not self._demonym(tok, v)
            and not self._compound(low, v)
            and not self._definite_form(low, v)
        )

    @staticmethod
    def _definite_form(low: str, v: _Words) -> bool:
        """'Kvinnen', 'Utvalget', 'Vaktsjefen': a Norwegian noun with its article glued on
        (surnames rarely end in "-et" or "-ene")."""
        if v.lang != "nb":
            return False
        if low.endswith(("et", "ene", "elsen", "ingen", "heten", "sjonen", "iteten", "skapen")):
            return True  # "Bekreftelsen", "Bestillingen": a derived noun, definite
        for suffix in ("en", "n"):  # not "-a": "Karita", "Marta"
            stem = low[: -len(suffix)]
            if low.endswith(suffix) and (
                stem in v.all_words or any(stem[k:] in v.all_words for k in range(3, len(stem) - 4))
            ):
                return True
        return False

    @staticmethod
    def _demonym(tok: _Tok, v: _Words, toks: list[_Tok] | None = None, i: int = 0) -> bool:
        """'Britse', 'Canarische', 'Anderlechtse': in Dutch an adjective of a country, region
        or town is capitalised; its endings are rare in surnames. After an article or a
        possessive any "-se" word is one ("een Noorse bankrekening")."""
        if v.lang != "nl":
            return False
        low = tok.low
        if low.endswith(_NL_DEMONYM_ENDINGS):
            return True
        return toks is not None and i > 0 and low.endswith("se") and toks[i - 1].low in _NL_ARTICLES

    def name_parts(self, name: str, lang: str) -> list[str]:
        """First and last word of a full name, when they could stand alone for it (asked
        for every name found, by the engine too: once per name and language)."""
        key = (name, lang)
        parts = self._name_parts_of.get(key)
        if parts is None:
            parts = tuple(self._name_parts(name, lang))
            if len(self._name_parts_of) >= 10_000:
                self._name_parts_of.clear()  # bounded memory over an endless stream
            self._name_parts_of[key] = parts
        return list(parts)

    def _name_parts(self, name: str, lang: str) -> list[str]:
        v = self._words(lang)
        all_words = v.all_words
        words = _NAME_WORD.findall(name)
        if len(words) == 1:
            # a surname found alone ("sier Fardal", 'Durant: "..."') stands for the person
            # later too, when it could be no everyday word, place or organisation; so does
            # a listed first name that is no word of the language or of English ("Espen")
            tok = _Tok(0, len(words[0]), words[0])
            low = tok.low
            first = (
                low in self.first_names
                and low not in v.vocabulary
                and low not in self.ambiguous
                and low not in v.english
            )
            if len(tok.word) >= 4 and (first or self._surname_like(tok, v)):
                return self._with_genitive(words, lang)
            return []
        if len(words) < 2:
            return []
        return self._with_genitive(
            [
                w
                for w in (words[0], words[-1])
                if len(w) >= 3 and w.lower() not in self.particles and w.lower() not in all_words
            ],
            lang,
        )

    @staticmethod
    def _with_genitive(parts: list[str], lang: str) -> list[str]:
        """'Adolf Hitlers ...': in Norwegian and Dutch a name in the genitive ends in -s;
        the name without it stands for the person too ("da Hitler falt")."""
        if lang not in ("nb", "nl"):
            return parts
        return parts + [w[:-1] for w in parts if len(w) > 4 and w.endswith("s")]

    def _is_role(self, tok: _Tok) -> bool:
        """A job or role right before a name: "Burgemeester", "Tingrettsdommer", "Judge"."""
        w = tok.low
        known = self._role_cache.get(w)
        if known is None:
            # the word itself, or a compound ending in a role of 5+ letters
            # (only suffixes as long as a role can be: a 100-letter word costs no more)
            known = w in self.roles or any(
                w[k:] in self.roles
                for k in range(max(1, len(w) - self._longest_role), max(1, len(w) - 4))
            )
            if len(self._role_cache) >= 20_000:
                self._role_cache.clear()  # bounded memory over an endless stream
            self._role_cache[w] = known
        return known

    def find(
        self, text: str, lang: str, doc: object | None = None, ctx: ScanContext = NO_CONTEXT
    ) -> list[Candidate]:
        v = self._words(lang)
        toks: list[_Tok] = []
        append = toks.append
        forms = v.forms
        new = _new_tok
        starts: list[int] = []  # the tokens a name may start at (_start_kind not _NEVER)
        kinds: list[int] = []  # ... and their _start_kind
        for m in (_TOKEN_FREE_LATIN1 if latin1(text) else _TOKEN_FREE).finditer(text):
            if m.lastindex is None:
                continue  # glued to a digit (_glued_to_digit): this loop runs for every word
            start, end = m.span()
            word = m[0]
            # a _Tok's fields per word form, computed once (the same words recur)
            form = forms.get(word)
            if form is None:
                form = self._form(word, v)
            tok = new(_Tok)
            tok.start = start
            tok.end = end - form[5]
            tok.text, tok.word, tok.low, tok.capitalised, kind, _ = form
            if kind:
                starts.append(len(toks))
                kinds.append(kind)
            append(tok)
        out: list[Candidate] = []
        phrase_ends = self._phrase_ends
        i = 0  # the token after the last name found, or after the last start tried
        for at, kind in zip(starts, kinds):  # noqa: B905 (of one length)
            if at < i:
                continue  # inside a name found
            if kind != _ANYWHERE:  # no _evidence here unless the words around allow it
                if kind == _AFTER_PHRASE:
                    if not (at and toks[at - 1].low in phrase_ends):
                        continue
                elif not self._bare_may_start(text, toks, at):
                    continue
            i = at
            evidence = self._evidence(text, toks, i, v)
            if (
                evidence is None
                and self._undecided(text, toks, i, v)
                and not self._signature_company(text, toks, i, out)
            ):
                evidence = self._ask_model(text, toks, i, v)
                # after the model (whose examples stay as they were): "Bortens tabbe"
                if evidence is None and self._genitive_of_name(text, toks, i, v):
                    evidence = "a name's genitive before a noun", self.scores["speech"], False
                elif evidence is None and self._foreign_surname(toks[i], v):
                    evidence = "a surname's foreign ending", self.scores["model"], False
                elif evidence is None and self._particle_surname_after(toks, i, v):
                    evidence = "a surname with its particle after it", self.scores["model"], False
            if evidence is None:
                continue
            reason, score, lowercase_ok = evidence
            j = self._extend(
                text, toks, i, lowercase_ok, v if reason == "name after a cue" else None
            )
            if j == i + 1 and not self._single_word_name(text, toks, i, reason, v):
                # a listed name that is also an everyday word ("Espen", "Вера") at a
                # sentence start: the rules cannot tell, the model may
                second = None
                if reason.startswith(("first name", "pymorphy3")) and self._undecided(
                    text, toks, i, v
                ):
                    second = self._ask_model(text, toks, i, v)
                if second is None or self._city_alone(text, toks, i, v):
                    continue
                reason, score, _ = second
            # "Uitvaartzorg Verbeek", "J. Ashby & Sons": a business's name; "our cat Pepper"
            stop = self._business_name(text, toks, i, j)
            if (
                stop == i
                or self._pet_name(toks, i)
                or self._namesake(toks, i)
                or (j == i + 1 and self._pet_after(text, toks, j))
            ):
                i = j
                continue
            j = stop
            if (
                self._russian_place(toks, i, j, reason)
                or (
                    reason not in _STRONG
                    and (
                        self._organisation_or_place(toks, i, j)
                        or _quoted_title(text, toks, i, j)
                        or self._lower_case_compound(toks[j - 1], v)
                    )
                )
                # "promotor Delta Group": after a role, an organisation word in the run
                or (reason == "name after a role" and self._organisation_word_in(toks, i, j))
            ):
                i = j
                continue
            if (
                j > i + 1
                and reason.startswith("first name")
                and self._all_everyday(text, toks, i, j, v)
            ):
                continue
            if j - i > 1 and score < self.scores["full"]:
                score, reason = self.scores["full"], reason + " with a surname"
            last = toks[j - 1]
            keep_dot = _INITIALS.fullmatch(last.text) is not None and j - 1 > i
            start, end = toks[i].start, last.end if keep_dot else last.start + len(last.word)
            why = [f"{self.spec.name}: {reason}"]
            found = self.scored(text, start, end, score, why, ctx, made=_made(reason))
            if found is not None:
                out.append(found)
            i = j
        if "(" in text:
            out += self._bylines(text, out, ctx)
        if "/" in text:
            out = self._airline_names(text, out, v, ctx)
        if ":" in text:
            out += self._labelled_names(text, out, v, ctx)
        return out + self._mentions_again(text, toks, out, v, ctx)

    def _airline_names(
        self, text: str, found: list[Candidate], v: _Words, ctx: ScanContext
    ) -> list[Candidate]:
        """The names found, and those airlines print surname first with a slash
        ("Passenger: LOWTHER/BETHAN MRS", "passagier: de graaf/siem"): after a cue on the
        same line ("passenger", "name:") or with a title after them ("MRS", "MS"); not two
        dictionary words ("adult/child"). A name found inside one gives way to it."""
        out = found
        for m in _AIRLINE_NAME.finditer(text):
            words = re.split(r"[ ]+", m.group("last"))
            # the surname and the particles right before it ("de graaf"), no other word
            k = len(words) - 1
            while k > 0 and words[k - 1].lower() in self.particles:
                k -= 1
            start = m.start("last") + len(" ".join(words[:k])) + (1 if k else 0)
            surname, given = " ".join(words[k:]), m.group("first")
            if len(surname.replace(" ", "")) < 2 or not _same_case(surname, given):
                continue
            if words[-1].lower() in v.vocabulary and given.lower() in v.vocabulary:
                continue
            line = text[text.rfind("\n", 0, start) + 1 : start]
            if m.group("title") is None and not self._cue_before(line):
                continue
            end = m.end("first")
            why = [f"{self.spec.name}: a name as airlines print it (SURNAME/GIVEN)"]
            c = self.scored(text, start, end, self.scores["cue"], why, ctx)
            if c is not None:
                out = [f for f in out if not (f.start < end and start < f.end)] + [c]
        return out

    def _labelled_names(
        self, text: str, found: list[Candidate], v: _Words, ctx: ScanContext
    ) -> list[Candidate]:
        """A name in lower case that no list holds, as the value of a label on a line of its
        own ("name: clemency stainsby", "naam: siem de graaf"): two or three words after a
        cue and a colon, the line's rest, none of them an everyday word."""
        out: list[Candidate] = []
        for m in _LABELLED_NAME.finditer(text):
            start, end = m.span("name")
            if any(f.start < end and start < f.end for f in found):
                continue
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if not self._cue_before(line + ":"):
                continue
            words = m.group("name").split()
            low = [w.lower() for w in words]
            if low[0] in self.particles or low[-1] in self.particles:
                continue
            if any(
                (w in v.vocabulary or w in v.stop or w in self.not_names)
                and w not in self.particles
                for w in low
            ):
                continue
            why = [f"{self.spec.name}: a name as the value of a label"]
            c = self.scored(text, start, end, self.scores["cue"], why, ctx)
            if c is not None:
                out.append(c)
        return out

    def _cue_before(self, line: str) -> bool:
        """Does a cue ("passenger", "name:", "пассажир") end the line's text before a name?"""
        words = tuple(_norm(t.group(0)) for t in _TOKEN.finditer(line))
        return bool(words) and any(
            words[-len(cue) :] == cue for cue in self.cues.get(words[-1], ())
        )

    def _bylines(self, text: str, found: list[Candidate], ctx: ScanContext) -> list[Candidate]:
        """'(GSC)' on a line of its own: the initials of whoever wrote the text above (news
        signs its articles so). In a sentence, brackets hold an acronym ("(EU)") instead."""
        out = []
        for m in _BYLINE.finditer(text):
            if m.group(1).lower() in self.not_names:
                continue  # "(KLM)": a brand, not a person
            if any(c.start < m.end(1) and m.start(1) < c.end for c in found):
                continue
            why = [f"{self.spec.name}: initials in brackets on a line of their own (a byline)"]
            c = self.scored(text, m.start(1), m.end(1), self.scores["speech"], why, ctx)
            if c is not None:
                out.append(c)
        return out

    def _mentions_again(
        self, text: str, toks: list[_Tok], names: list[Candidate], v: _Words, ctx: ScanContext
    ) -> list[Candidate]:
        """A name found once marks its parts elsewhere in the text: "Hanneke van Leeuwen
        ... aldus Van Leeuwen", "Barnaby MacLeod ... remember Barnaby"."""
        if not names and not ctx.known_parts:
            return []  # no part to look for (most messages): nothing below to build
        parts: dict[str, str] = {w: w for w in ctx.known_parts}
        # a name given earlier (or a sender's) may come back in lower case ("thanks,
        # siobhan"): a listed first or last name, no function word
        lower = self._lower_parts(ctx.known_parts, v)
        for c in names:
            for w in self.name_parts(text[c.start : c.end], v.lang):
                parts[w] = text[c.start : c.end]
        if not parts:
            return []
        empty = "" in parts  # the genitive of a word that is none
        if not (names or empty or any(p in text for p in parts) or any(p in text for p in lower)):
            # a word below is a part, its genitive or its lower case: each holds a part as
            # it is written, or a lower-case one; none is in the text (one test in C each)
            return []
        # the names are disjoint and in text order: the one that may hold a token is found by
        # bisection (a test against every name was quadratic in a message of 1,000s of
        # names); a name found below ends before the next token starts, so it need not count
        starts = [c.start for c in names]
        known_low = frozenset(
            low for w in ctx.known_parts if len(low := w.lower()) >= 2 and low not in v.stop
        )
        out = []
        for k in _maybe_again(toks, parts, lower, empty):
            tok = toks[k]
            w = tok.word
            if w not in parts and not (w in lower and w.islower()):
                if len(w) > 3 and w[-1] == "s":
                    if w[:-1] not in parts:  # "Per Borten ... Bortens tabbe"
                        continue
                elif not empty:
                    continue
            at = bisect_right(starts, tok.start) - 1
            if at >= 0 and tok.start < names[at].end:
                continue
            if k > 0 and self._kind_noun(toks[k - 1]):
                continue  # "de deelstaat Karnataka" after "Karnataka" was taken for a name
            if self._after_article(toks, k, v) or self._organisation_word_in(
                toks, max(0, k - 1), min(len(toks), k + 2)
            ):
                continue  # "Radio Tobaxo", "de Tobaxo": the word names a thing here
            start = tok.start
            if k > 0 and toks[k - 1].low in self.particles and toks[k - 1].capitalised:
                start = toks[k - 1].start  # "Van Leeuwen"
            why = [f"{self.spec.name}: mentioned again, as in an earlier name"]
            end = tok.start + len(tok.word)
            if k + 1 < len(toks) and tok.word.islower() and text[end : toks[k + 1].start] == " ":
                nxt = toks[k + 1]  # "олег борисов": the surname after a known first name
                after = nxt.low
                if nxt.word == after and after in self.last_names and after not in v.all_words:
                    if at + 1 >= len(names) or nxt.end <= names[at + 1].start:
                        end = nxt.start + len(nxt.word)
            if tok.word.islower() and known_low:
                start, end = self._known_around(text, toks, k, start, end, known_low, names, at)
            found = self.scored(text, start, end, self.scores["full"], why, ctx)
            if found is not None:
                out.append(found)
        return out

    def _known_around(
        self,
        text: str,
        toks: list[_Tok],
        k: int,
        start: int,
        end: int,
        known_low: frozenset[str],
        names: list[Candidate],
        at: int,
    ) -> tuple[int, int]:
        """A name given earlier typed again in lower case, whole: "callum venables",
        "oddny aune", "veerle van beek" after "Callum Venables", "Oddny Aune", "Veerle van
        Beek" reach over the other parts of that name (and its particles) next to the part
        found, one space apart; never into a name found already."""
        limit = names[at + 1].start if at + 1 < len(names) else len(text)
        j = k
        while j + 1 < len(toks) and toks[j + 1].word.islower() and toks[j + 1].end <= limit:
            if text[toks[j].start + len(toks[j].word) : toks[j + 1].start] != " ":
                break
            n = j + 1
            while n < len(toks) and toks[n].low in self.particles and n - j <= 3:
                n += 1  # "van den" before the surname
            if n >= len(toks) or toks[n].low not in known_low or not toks[n].word.islower():
                break
            if toks[n].end > limit or any(
                text[toks[i].start + len(toks[i].word) : toks[i + 1].start] != " "
                for i in range(j, n)
            ):
                break
            j = n
            end = max(end, toks[n].start + len(toks[n].word))
        floor = names[at].end if 0 <= at < len(names) else 0
        i = k
        while i > 0 and toks[i - 1].word.islower() and toks[i - 1].low in known_low:
            if toks[i - 1].start < floor:
                break
            if text[toks[i - 1].start + len(toks[i - 1].word) : toks[i].start] != " ":
                break
            i -= 1
            start = min(start, toks[i].start)
        return start, end

    def _lower_parts(self, known: frozenset[str], v: _Words) -> frozenset[str]:
        """The known parts that may come back in lower case: a listed first or last name, no
        function or everyday word; the same parts recur over a conversation's messages."""
        key = (known, v.lang)
        found = self._lower_parts_of.get(key)
        if found is None:
            found = frozenset(
                low
                for w in known
                if ((low := w.lower()) in self.first_names or low in self.last_names)
                and low not in v.stop
                and low not in v.all_words
            )
            if len(self._lower_parts_of) >= 1_000:
                self._lower_parts_of.clear()  # bounded memory over an endless stream
            self._lower_parts_of[key] = found
        return found

    def _single_word_name(
        self, text: str, toks: list[_Tok], i: int, reason: str, v: _Words
    ) -> bool:
        """A lone word needs more than a surname would: it must not be an everyday word
        ("Takk. Betalingen", "Thanks Great"), and a listed first name that is also a word
        ("My", "Will") counts only after a cue."""
        tok = toks[i]
        low = tok.low
        listed = low in self.first_names or low in self.last_names
        if reason == "name after a cue" or reason.startswith("name before"):
            return True  # "my name is Ruby", "Ruby here from ...": the structure is enough
        if i + 1 < len(toks) and toks[i + 1].low in self.after_name:
            return True  # "Hoi, Geertruida hier"
        if reason.startswith("first name"):
            if i + 1 < len(toks) and toks[i + 1].low in self.after_name:
                return True  # "Are her fra SAS", "Emma here"
            if low in self.ambiguous:
                return False
            if low in v.cities and (v.lang == "nl" or self._in_route(text, toks, i, v)):
                # "de Spelen van Sydney", "fly Bergen–Alicante": alone, a city is a city
                # (the model may still say otherwise, unless _city_alone)
                return False
            everyday = low in v.all_words or (
                ("\u0400" <= low[:1] <= "\u04ff") and russian_common_noun(tok.word)
            )
            return not (self._sentence_start(text, toks, i) and everyday)
        if reason.startswith("the names model"):
            # the model saw the word, its lists and its neighbours; but in Dutch news a city
            # alone is the city ("de Spelen van Sydney"), as for a listed first name below
            return not (low in v.cities and v.lang == "nl")
        if reason.startswith("pymorphy3"):
            if self._sentence_start(text, toks, i) and russian_common_noun(tok.word):
                return False  # "Вера в ваш банк ...", "Надежда только на вас"
            return russian_name_tag(tok.word, True) is not None
        if listed or self._is_russian_name(tok):
            return True
        if reason.startswith("name after a verb of speech") and (
            ("\u0400" <= low[:1] <= "\u04ff") or not self._sentence_start(text, toks, i)
        ):
            # "сказал Журавлёвский", "sier Strømmen": after the verb, mid-sentence, the
            # capital marks a proper noun even where the word is also an everyday word
            return True
        if (
            reason == "name after a title"
            and tok.capitalised
            and not self._sentence_start(text, toks, i - 1)
        ):
            return True  # "volgens dr. Veer": after a title, a capital marks the surname
        if reason == "name after a greeting":
            # "Hi Marigold," is a name; "Hei hei - Refusjonen kan ..." is not
            return bool(_PUNCT_AFTER.match(text, tok.end))
        return not self._everyday_word(tok, v)

    def _all_everyday(self, text: str, toks: list[_Tok], i: int, j: int, v: _Words) -> bool:
        """'My Russian ...' at a sentence start: every word a dictionary word."""
        return (
            self._sentence_start(text, toks, i)
            and toks[i].low in v.all_words
            and all(t.low in v.vocabulary for t in toks[i + 1 : j])
        )


def _same_case(*parts: str) -> bool:
    """Are the parts typed alike: all upper case, all lower case, or each capitalised?"""
    joined = "".join(parts)
    return joined.isupper() or joined.islower() or all(p[:1].isupper() for p in parts)
