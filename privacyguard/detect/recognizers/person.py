"""kind: person — names without a trained model.

Evidence, strongest first: a cue before the name ("my name is", "mijn naam is",
"jeg heter", "меня зовут", sign-offs, titles, greetings); a first name from the name
lists followed by capitalised words; pymorphy3's Name/Surn/Patr tags for Russian. A name
runs over capitalised words and surname particles ("de", "van der") on one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from privacyguard import registry
from privacyguard.config.rules import LoadedRecognizer, Rules
from privacyguard.detect.names import common_words, faker_names, russian_name_tag
from privacyguard.detect.recognizers.base import Candidate, RuleRecognizer

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _norm(word: str) -> str:
    return word.lower().rstrip(".,:")


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str

    @property
    def word(self) -> str:
        return self.text.rstrip(".")

    @property
    def capitalised(self) -> bool:
        w = self.word
        return w[:1].isupper() and not (len(w) > 1 and w.isupper())


@registry.recognizers.register("person")
class PersonRecognizer(RuleRecognizer):
    """options: cues, titles, greetings (per language), particles, name_locales, not_names,
    and the scores cue_score, title_score, full_name_score, first_name_score, russian_score."""

    def __init__(self, loaded: LoadedRecognizer, rules: Rules):
        super().__init__(loaded, rules)
        o = loaded.spec.options

        def phrases(key: str) -> dict[str, list[tuple[str, ...]]]:
            """Phrases indexed by their last word, for an O(1) look-back at each token."""
            index: dict[str, list[tuple[str, ...]]] = {}
            for p in {p for ps in o.get(key, {}).values() for p in ps}:
                words = tuple(_norm(w) for w in p.split())
                if words:
                    index.setdefault(words[-1], []).append(words)
            return index

        self.cues = phrases("cues")
        self.titles = phrases("titles")
        self.greetings = phrases("greetings")
        self.particles = {p.lower() for p in o.get("particles", [])}
        self.not_names = {w.lower() for w in o.get("not_names", [])}
        self.ambiguous = {w.lower() for w in o.get("ambiguous_names", [])}
        first, last = faker_names(tuple(o.get("name_locales", [])))
        self.first_names = first - self.not_names
        self.last_names = last - self.not_names
        self.vocabulary = common_words(tuple(o.get("vocabulary_languages", []))) - first - last
        self.scores = {
            "cue": float(o.get("cue_score", 0.85)),
            "title": float(o.get("title_score", 0.85)),
            "greeting": float(o.get("greeting_score", 0.75)),
            "full": float(o.get("full_name_score", 0.8)),
            "first": float(o.get("first_name_score", 0.6)),
            "ru": float(o.get("russian_score", 0.75)),
        }
        self.max_words = int(o.get("max_words", 4))

    # -- helpers ---------------------------------------------------------------------------
    def _ends_with(self, toks: list[_Tok], i: int, index: dict[str, list[tuple[str, ...]]]) -> bool:
        """Does a phrase end right before token i (on the same or the previous line)?"""
        if i == 0:
            return False
        for phrase in index.get(_norm(toks[i - 1].text), ()):
            n = len(phrase)
            if i - n >= 0 and all(
                _norm(t.text) == w for t, w in zip(toks[i - n : i], phrase, strict=True)
            ):
                return True
        return False

    def _nameish(self, tok: _Tok, lowercase_ok: bool) -> bool:
        w = tok.word.lower()
        if w in self.not_names or len(w) < 2:
            return False
        if tok.capitalised:
            return True
        return lowercase_ok and (w in self.first_names or w in self.last_names)

    def _particle_then_name(self, toks: list[_Tok], i: int) -> bool:
        """'De Vries' after a title: a capitalised particle that starts a surname."""
        return (
            toks[i].word.lower() in self.particles
            and i + 1 < len(toks)
            and self._nameish(toks[i + 1], False)
        )

    def _everyday_word(self, tok: _Tok) -> bool:
        """A dictionary word that is no known name ("Takk. Betalingen ..." is no name)."""
        w = tok.word.lower()
        if _CYRILLIC.match(w):
            return russian_name_tag(tok.word) is None
        return w in self.vocabulary

    def _is_russian_name(self, tok: _Tok) -> bool:
        return (
            tok.capitalised
            and bool(_CYRILLIC.match(tok.text))
            and russian_name_tag(tok.word) in ("Name", "Surn", "Patr")
        )

    def _extend(self, text: str, toks: list[_Tok], i: int, lowercase_ok: bool) -> int:
        """Index after the last token of the name that starts at token i."""
        j = i + 1
        words = 1
        while j < len(toks) and words < self.max_words:
            gap = text[toks[j - 1].end : toks[j].start]
            if gap not in (" ", "\u00a0") or toks[j - 1].text.endswith("."):
                break
            tok = toks[j]
            low = tok.word.lower()
            if low in self.particles and j + 1 < len(toks):
                k = j
                while k < len(toks) and toks[k].word.lower() in self.particles:
                    k += 1
                if (
                    k < len(toks)
                    and self._nameish(toks[k], lowercase_ok)
                    and text[toks[k - 1].end : toks[k].start] == " "
                ):
                    j, words = k + 1, words + 1
                    continue
                break
            if not self._nameish(tok, lowercase_ok and low in self.last_names):
                break
            j, words = j + 1, words + 1
        return j

    # -- the recognizer --------------------------------------------------------------------
    def find(self, text: str, lang: str, doc: object | None = None) -> list[Candidate]:
        toks = [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        out: list[Candidate] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            low = tok.word.lower()
            reason, score, lowercase_ok = None, 0.0, False
            if (
                self._ends_with(toks, i, self.cues)
                and self._nameish(tok, True)
                and not self._everyday_word(tok)
            ):
                reason, score, lowercase_ok = "name after a cue", self.scores["cue"], True
            elif self._ends_with(toks, i, self.titles) and (
                self._nameish(tok, False) or self._particle_then_name(toks, i)
            ):
                reason, score = "name after a title", self.scores["title"]
            elif (
                self._ends_with(toks, i, self.greetings)
                and tok.capitalised
                and (
                    low in self.first_names or low in self.last_names or self._is_russian_name(tok)
                )
            ):
                reason, score = "name after a greeting", self.scores["greeting"]
            elif tok.capitalised and low in self.first_names:
                reason, score = "first name from the name lists", self.scores["first"]
                if low in self.ambiguous and self._extend(text, toks, i, False) == i + 1:
                    i += 1
                    continue
            elif self._is_russian_name(tok):
                reason, score = f"pymorphy3 tags it {russian_name_tag(tok.word)}", self.scores["ru"]
            if reason is None:
                i += 1
                continue
            j = self._extend(text, toks, i, lowercase_ok)
            if j - i > 1 and score < self.scores["full"]:
                score, reason = self.scores["full"], reason + " with a surname"
            start, end = tok.start, toks[j - 1].start + len(toks[j - 1].word)
            found = self.scored(text, start, end, score, [f"{self.spec.name}: {reason}"])
            if found is not None:
                out.append(found)
            i = j
        return out
