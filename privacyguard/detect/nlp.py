"""spaCy pipelines: a trained one where settings.ner_models names an installed model."""

from __future__ import annotations

import logging
from pathlib import Path

from privacyguard.config.rules import SettingsSpec
from privacyguard.errors import PrivacyGuardError

log = logging.getLogger(__name__)


def load_ner_models(settings: SettingsSpec) -> dict[str, object]:
    """Load each configured model (an installed package name or a directory).

    Nothing is downloaded: a configured model that is not installed is an error that says
    how to install it, because silently scanning without it would be a weaker scan.
    """
    models: dict[str, object] = {}
    if not settings.ner_models:
        return models  # spaCy is not even imported (a second of start-up)
    import spacy

    for lang, name in settings.ner_models.items():
        if not (spacy.util.is_package(name) or Path(name).is_dir()):
            raise PrivacyGuardError(
                f"settings.ner_models.{lang}: spaCy pipeline '{name}' is not installed; install "
                f"its wheel (pip install ./{name}-*.whl) or remove it from rules/settings.yaml"
            )
        nlp = spacy.load(name, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
        if "ner" not in nlp.pipe_names:
            raise PrivacyGuardError(f"settings.ner_models.{lang}: '{name}' has no 'ner' component")
        log.info("using spaCy pipeline %s for %s", name, lang)
        models[lang] = nlp
    return models
