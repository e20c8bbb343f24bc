"""The names model: a maximum-entropy classifier (python-crfsuite, one-item sequences)
that decides whether a capitalised word the rules left undecided starts a person's name.

Trained by `make train-names` (bench/accuracy/ner/train_names.py) from annotations whose
licence allows shipping a model; see privacyguard/data/names/README.md. The file is opened
once per thread (a crfsuite tagger is not safe to share between threads)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from privacyguard.errors import PrivacyGuardError

#: the label of a word that starts or continues a person's name
NAME = "PER"
OTHER = "O"
_DATA = Path(__file__).resolve().parent.parent / "data"


class NamesModel:
    def __init__(self, path: Path):
        if not path.is_file():
            raise PrivacyGuardError(
                f"names model {path} is missing: run `make train-names`, or remove the "
                "person recognizer's 'model' option from rules/names.yaml"
            )
        self.path = path
        self._local = threading.local()

    @classmethod
    def load(cls, name: str) -> NamesModel:
        """A path, or a file under privacyguard/data/ ("names/person-undecided.crfsuite")."""
        path = Path(name)
        return cls(path if path.is_absolute() or path.exists() else _DATA / name)

    def _tagger(self) -> Any:  # a pycrfsuite.Tagger (the module has no type hints)
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._local.tagger = tagger
        return tagger

    def probability(self, features: list[str]) -> float:
        """P(the word starts a name) given its features."""
        tagger = self._tagger()
        tagger.set([features])
        try:
            return float(tagger.marginal(NAME, 0))
        except ValueError:  # a model trained without a single name
            return 0.0


class LanguageModels:
    """A names model per language (rules/names.yaml ``language_models``) and a shared one
    for the rest, asked like one model: the word's features name its language."""

    def __init__(self, shared: NamesModel, by_language: dict[str, NamesModel]):
        self.shared = shared
        self.by_language = by_language
        self._keys = {f"lang={lang}": model for lang, model in by_language.items()}

    def probability(self, features: list[str]) -> float:
        # RulesPersonRecognizer.features puts "lang=..." sixth
        model = self._keys.get(features[5]) if len(features) > 5 else None
        return (model or self.shared).probability(features)
