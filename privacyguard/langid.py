"""Offline language identification of a text (py3langid), restricted to the configured
languages: the piece that detection and policy-watch share, so it sits below both."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# py3langid's code for Norwegian is "no"; privacyguard speaks of bokmål, "nb".
_TO_LANGID = {"nb": "no"}
_FROM_LANGID = {"no": "nb"}


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    """py3langid's identifier for these languages; its model is LZMA-compressed (over a
    second to read), so the built identifier is kept in the detector cache."""
    from privacyguard.cache import cached_object, table_key

    key = table_key("langid", ("restricted", *languages), ["py3langid", "numpy"])
    return cached_object("langid", key, lambda: _build_identifier(languages))


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
