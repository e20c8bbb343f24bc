"""Offline language identification of a text (py3langid), restricted to the configured
languages: the piece that detection and policy-watch share, so it sits below both."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier
    from typing_extensions import Buffer

# py3langid's code for Norwegian is "no"; privacyguard speaks of bokmål, "nb".
_TO_LANGID = {"nb": "no"}
_FROM_LANGID = {"no": "nb"}


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    """py3langid's identifier for these languages; its model is LZMA-compressed (over a
    second to read), so the built identifier is kept in the detector cache: its automaton's
    transitions (9.8 million 32-bit ints, 39 MB, of which one message reads a few pages)
    in a file of their own that is memory-mapped, the rest (2 MB) pickled."""
    import sys

    from privacyguard.cache import cached_mapping, cached_object, table_key

    key = table_key("langid", ("restricted", "mapped", sys.byteorder, *languages),
                    ["py3langid", "numpy"])  # fmt: skip
    built: list[LanguageIdentifier] = []  # the identifier when it is built in this process

    def rest() -> LanguageIdentifier:
        ident = _build_identifier(languages)
        built.append(ident)
        return _without_transitions(ident)

    def transitions() -> Buffer:
        table = (built[0] if built else _build_identifier(languages)).tk_nextmove
        if not (getattr(table, "typecode", None) == "I" and table.itemsize == 4):
            raise TypeError("py3langid's transitions are not an array of 32-bit ints")
        return cast("Buffer", table)

    ident = cached_object("langid", key, rest)
    ident.tk_nextmove = cached_mapping("langid-transitions", key, transitions).cast("I")
    return ident


def _without_transitions(ident: LanguageIdentifier) -> LanguageIdentifier:
    """A copy of ``ident`` without its transitions (for the pickle: they are mapped)."""
    import copy

    rest = copy.copy(ident)
    rest.tk_nextmove = None
    return rest


def _build_identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([_TO_LANGID.get(lang, lang) for lang in languages])
    # the full model is only kept for a later set_languages(), which never comes: not
    # keeping it makes the cached copy 41 MB instead of 70 (and 3x faster to read)
    ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
    return ident


def classify(text: str, languages: tuple[str, ...]) -> tuple[str, float]:
    """The most likely of `languages` for `text` (nb for Norwegian) and its probability."""
    lang, prob = _identifier(languages).classify(text)
    return _FROM_LANGID.get(lang, lang), float(prob)


# --- many texts at once ----------------------------------------------------------------------
#
# py3langid walks its byte automaton (an Aho-Corasick automaton of the model's byte n-grams)
# in a Python loop, one byte at a time, then scores each text with a few numpy calls: about
# 60 us a chat message, a tenth of detecting one. classify_many() gives exactly
# classify(text)[0] for each of many texts with one set of numpy calls for all of them:
#
# - the state after a byte depends only on the last `depth` bytes (an Aho-Corasick state
#   is the longest suffix of the input that is a prefix of an n-gram, and no n-gram is
#   longer than the deepest state, `depth` steps from the start): each state is walked from
#   the start over the `depth` bytes that end there, for every byte of every text at once;
# - each text's scores are summed from the same features and counts; where the best two
#   languages are closer than the rounding of either sum could move them, the text is
#   classified by py3langid itself, as is a text without features (so the answer is
#   py3langid's to the bit: tests/test_speed_langid.py checks it on every corpus);
# - batches smaller than BATCH_MIN texts (the one-message scan) go through py3langid.

#: fewer texts than this are classified one by one (building the tables takes ~10 ms)
BATCH_MIN = 8
#: how far apart (relative to the sum of the magnitudes of a text's terms) the best two
#: scores must be for the batch's answer to stand: float32 sums of up to 2,000 terms (the
#: text's first 2,000 characters) move by at most 2,000 * 2**-24 (1.2e-4) of that
BATCH_MARGIN = 3e-4


def _depth(ident: LanguageIdentifier) -> int:
    """The deepest state of py3langid's automaton, in steps from the start (breadth first
    over every byte): 0.5-1 s, so it is kept in the detector cache."""
    import numpy as np

    nm = _nextmove(ident)
    rows = np.asarray(ident._rowbase, dtype=np.int64)
    seen = np.zeros(len(rows), dtype=bool)
    seen[0] = True
    frontier = np.array([0], dtype=np.int64)
    every_byte = np.arange(256, dtype=np.int64)
    depth = 0
    while True:
        nxt = np.unique(nm[(rows[frontier][:, None] + every_byte[None, :]).ravel()])
        nxt = nxt[~seen[nxt]]
        if not len(nxt):
            return depth
        depth += 1
        seen[nxt] = True
        frontier = nxt


def _nextmove(ident: LanguageIdentifier) -> Any:
    """The automaton's transitions as a numpy array: a view of py3langid's array of 32-bit
    unsigned ints (9.8 million of them; the mapped file's), not a copy."""
    import numpy as np

    table = ident.tk_nextmove
    if getattr(table, "typecode", getattr(table, "format", None)) == "I" and table.itemsize == 4:
        return np.frombuffer(table, dtype=np.uint32)  # an array or the mapped file's view
    return np.asarray(table, dtype=np.int64)


class _Tables:
    """py3langid's automaton and model as numpy arrays, for classify_many."""

    def __init__(self, ident: LanguageIdentifier, depth: int):
        import numpy as np

        self.ident = ident
        self.depth = depth
        self.nextmove = _nextmove(ident)
        self.rows = np.asarray(ident._rowbase, dtype=np.int64)
        self.output = np.asarray(ident.tk_output, dtype=np.int64)
        self.ptc = np.asarray(ident.nb_ptc, dtype=np.float64)
        self.pc = np.asarray(ident.nb_pc, dtype=np.float64)
        self.features = len(self.ptc)
        # what would make the batch's answer other than py3langid's: handled by it
        self.usable = (
            not ident._alias_pairs
            and ident.min_confidence is None
            and self.output.max(initial=-1) < self.features
            and len(self.pc) == len(ident.nb_classes)
        )

    def best(self, texts: Sequence[str]) -> list[str | None]:
        """py3langid's label for each text; None where it must decide itself."""
        import numpy as np

        ident = self.ident
        encoded = [ident._encode(t) for t in texts]
        n = len(encoded)
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=n)
        data = np.frombuffer(b"".join(encoded), dtype=np.uint8).astype(np.int64)
        size = len(data)
        first = np.cumsum(lengths) - lengths  # where each text starts in data
        starts = np.repeat(first, lengths)  # for every byte: where its text starts
        at = np.arange(size, dtype=np.int64)
        state = np.zeros(size, dtype=np.int64)
        # each byte's state, walked from the start over the (up to) depth bytes ending there
        for back in range(self.depth - 1, -1, -1):
            p = at - back
            inside = p >= starts  # before its text starts the walk has not begun
            step = self.nextmove[self.rows[state] + data[np.maximum(p, 0)]]
            state = np.where(inside, step, state)
        feature = self.output[state]
        hit = feature >= 0
        text_of = np.repeat(np.arange(n, dtype=np.int64), lengths)[hit]
        keys, counts = np.unique(text_of * self.features + feature[hit], return_counts=True)
        owner = keys // self.features
        terms = np.log1p(counts.astype(np.float64))[:, None] * self.ptc[keys % self.features]
        scores = np.zeros((n, len(self.pc)), dtype=np.float64)
        mass = np.zeros(n, dtype=np.float64)
        if len(keys):
            bounds = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
            who = owner[bounds]
            scores[who] = np.add.reduceat(terms, bounds, axis=0)
            mass[who] = np.add.reduceat(np.abs(terms), bounds, axis=0).max(axis=1)
        has = np.zeros(n, dtype=bool)
        has[owner] = True
        scores += self.pc
        order = np.argsort(-scores, axis=1, kind="stable")
        top = scores[np.arange(n), order[:, 0]]
        second = scores[np.arange(n), order[:, 1]] if scores.shape[1] > 1 else top - np.inf
        clear = has & (top - second > BATCH_MARGIN * (mass + np.abs(self.pc).max()))
        classes = ident.nb_classes
        return [
            classes[k] if ok else None
            for k, ok in zip(order[:, 0].tolist(), clear.tolist(), strict=True)
        ]


@lru_cache(maxsize=4)
def _tables(languages: tuple[str, ...]) -> _Tables | None:
    """The tables, or None where py3langid's identifier is not laid out as this expects
    (another version: its texts are then classified one by one, as before)."""
    from privacyguard.cache import cached_object, table_key

    ident = _identifier(languages)
    key = table_key("langid-depth", ("restricted", *languages), ["py3langid", "numpy"])
    try:
        depth = cached_object("langid-depth", key, lambda: _depth(ident))
        tables = _Tables(ident, depth)
        ident._encode  # noqa: B018 - best() calls it
    except (AttributeError, TypeError, ValueError, IndexError):
        return None
    return tables


def classify_many(texts: Sequence[str], languages: tuple[str, ...]) -> list[str]:
    """classify(text, languages)[0] for each of ``texts``, computed for all at once."""
    if len(texts) < BATCH_MIN:
        return [classify(t, languages)[0] for t in texts]
    tables = _tables(languages)
    if tables is None or not tables.usable:
        return [classify(t, languages)[0] for t in texts]
    labels = tables.best(texts)
    return [
        classify(t, languages)[0] if label is None else _FROM_LANGID.get(label, label)
        for t, label in zip(texts, labels, strict=True)
    ]
