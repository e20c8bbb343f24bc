"""The rules/ directory: recognizers, context words, lists and thresholds, validated on load."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from privacyguard.config.load import YamlDocument, read_yaml, validate
from privacyguard.config.regex_bounds import recognizer_problems as bound_problems
from privacyguard.errors import ConfigError, UnknownNameError
from privacyguard.models import SourceLocation
from privacyguard.resources import rules_source, shipped_rules_dir

CANONICAL_ENTITIES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "BANK_ACCOUNT", "CREDIT_CARD",
    "CUSTOMER_NUMBER", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "BOOKING_REFERENCE", "TICKET_NUMBER",
    "NATIONAL_ID", "PASSPORT", "LOCATION", "IP_ADDRESS",
)  # fmt: skip

DEFAULT_RULES_DIR = shipped_rules_dir()  # $PRIVACYGUARD_RULES: rules_source()
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatternSpec(_Strict):
    name: str
    regex: str
    score: float = Field(ge=0, le=1)


class WindowSpec(_Strict):
    before: int = Field(default=6, ge=0, le=30)
    after: int = Field(default=4, ge=0, le=30)


class RecognizerSpec(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    entity_type: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    kind: str = "pattern"
    enabled: bool = True
    languages: list[str] | None = None
    patterns: list[PatternSpec] = []
    validator: str | None = None
    context: dict[str, list[str]] = {}
    negative_context: dict[str, list[str]] = {}
    context_required: bool = False
    context_boost: float = Field(default=0.35, ge=0, le=1)
    context_window: WindowSpec = WindowSpec()
    deny_list: list[str] = []
    threshold: float | None = Field(default=None, ge=0, le=1)
    prefilter: str | None = None
    options: dict[str, Any] = {}
    description: str = ""


class SettingsSpec(_Strict):
    languages: list[str] = ["en", "nl", "nb", "ru"]
    default_language: str = "en"
    threshold: float = Field(default=0.5, ge=0, le=1)
    # findings scoring below this go to the review queue at import (docs/review.md)
    review_below: float = Field(default=0.7, ge=0, le=1)
    short_message_chars: int = Field(default=25, ge=0)
    max_message_chars: int = Field(default=1_000_000, ge=1)
    # limits on input, read by privacyguard.ingest.limits.Limits.from_settings (same names
    # and defaults; see docs/limits.md)
    max_line_bytes: int = Field(default=16 << 20, ge=1024)
    max_field_bytes: int = Field(default=64 << 20, ge=1024)
    max_file_bytes: int = Field(default=128 << 20, ge=1024)
    max_zip_member_bytes: int = Field(default=1024 << 20, ge=1024)
    max_zip_ratio: int = Field(default=100, ge=1)
    max_json_depth: int = Field(default=100, ge=2, le=300)  # the JSON parsers recurse
    max_mime_depth: int = Field(default=50, ge=1, le=200)  # the MIME walker recurses
    max_files: int = Field(default=200_000, ge=1)
    ner_models: dict[str, str] = {}
    ner_labels: dict[str, str] = {
        "PERSON": "PERSON", "PER": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION",
    }  # fmt: skip
    presidio_recognizers: list[str] = []
    identity_fields: list[str] = [
        r"(^|\.)(sender|actor|author|from|saved_from|first_name|last_name|name)$",
        r"(^|\.)(participants|members|users)\[\d+\](\.name)?$",
        r"(^|\.)(from|to|cc|bcc|reply_to)\.name$",
    ]
    batch_size: int = Field(default=256, ge=1, le=100_000)


class RulesFileSpec(_Strict):
    version: Literal[1] = 1
    settings: SettingsSpec | None = None
    entity_types: list[str] = []
    #: a list, or a list per language ({ru: [...]}: its words are all the languages' words)
    lists: dict[str, list[str] | dict[str, list[str]]] = {}
    fragments: dict[str, str] = {}
    recognizers: list[RecognizerSpec] = []

    @field_validator("entity_types")
    @classmethod
    def _upper_snake(cls, v: list[str]) -> list[str]:
        for name in v:
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                raise ValueError(f"entity type '{name}' must be UPPER_SNAKE")
        return v


@dataclass(frozen=True)
class LoadedRecognizer:
    """A recognizer spec with its regexes expanded and the place it was defined."""

    spec: RecognizerSpec
    location: SourceLocation
    regexes: tuple[str, ...]


@dataclass
class Rules:
    """All rule files merged: what the detector is built from."""

    settings: SettingsSpec
    recognizers: list[LoadedRecognizer]
    lists: dict[str, list[str]]
    entity_types: tuple[str, ...]
    files: list[Path] = field(default_factory=list)
    #: rules_digest() of the files loaded: keys the on-disk cache of built artefacts
    digest: str = ""


def rule_files(source: Path | str | None = None) -> list[Path]:
    path = Path(source) if source else rules_source()
    if path.is_dir():
        return sorted(path.glob("*.yaml"))
    return [path]


def rules_digest(source: Path | str | None = None) -> str:
    """A hash of the rule files' names and contents: what a built detector depends on."""
    from privacyguard.config.conversation import conversation_dir

    h = hashlib.sha256()
    files = rule_files(source)
    talk = conversation_dir(files)  # questions and answer shapes are rules too
    for path in [*files, *(sorted(talk.glob("*.yaml")) if talk.is_dir() else [talk])]:
        h.update(path.name.encode() + b"\0")
        try:
            with path.open("rb") as f:  # in pieces: an oversized file is refused later,
                while chunk := f.read(1 << 20):  # and must not be held whole here
                    h.update(chunk)
        except OSError as e:  # load_rules reports it properly; the digest only needs to differ
            h.update(f"unreadable: {type(e).__name__}".encode())
        h.update(b"\0")
    return h.hexdigest()


def load_rules(source: Path | str | None = None) -> Rules:
    """Load and validate every *.yaml in a rules directory (or one file); collect all errors.

    Valid rules are kept in the detector cache, keyed by the files' content and the code
    that validates them, so an unchanged rules/ loads without parsing YAML again."""
    files = rule_files(source)
    if not files:
        raise ConfigError([(SourceLocation(str(source)), "no *.yaml rule files found")])
    from privacyguard.cache import cached_object, table_key

    code = hashlib.sha256()
    here = Path(__file__)
    for module in (here, here.with_name("load.py"), here.parents[1] / "models.py"):
        code.update(module.read_bytes())
    code.update(here.with_name("regex_bounds.py").read_bytes())  # its limit decides validity
    key = table_key("rules", [rules_digest(source), str(files[0].parent), code.hexdigest()], [])
    rules = cached_object("rules", key, lambda: _load_rules(source))
    if not _plugins_registered(rules):  # cached when a validator or kind was registered that
        return _load_rules(source)  # is not now: validate again, to report it with its line
    return rules


def _plugins_registered(rules: Rules) -> bool:
    """Whether every validator and recognizer kind the rules name is registered now."""
    from privacyguard import registry

    try:
        for rec in rules.recognizers:
            registry.lookup(registry.recognizers, "recognizer kind", rec.spec.kind)
            if rec.spec.validator is not None:
                registry.lookup(registry.validators, "validator", rec.spec.validator)
    except UnknownNameError:
        return False
    return True


def _load_rules(source: Path | str | None = None) -> Rules:
    from privacyguard import registry

    files = rule_files(source)
    if not files:
        raise ConfigError([(SourceLocation(str(source)), "no *.yaml rule files found")])
    problems: list[tuple[SourceLocation, str]] = []
    parsed: list[tuple[YamlDocument, RulesFileSpec]] = []
    for path in files:
        try:
            doc = read_yaml(path)
        except ConfigError as e:
            problems.extend(e.problems)
            continue
        model, errs = validate(doc, RulesFileSpec)
        problems.extend(errs)
        if model is not None:
            parsed.append((doc, model))

    settings: SettingsSpec | None = None
    lists: dict[str, list[str]] = {}
    by_lang: list[tuple[YamlDocument, str, list[str]]] = []  # lists per language: checked below
    fragments: dict[str, str] = {}
    entity_types = list(CANONICAL_ENTITIES)
    for doc, spec in parsed:
        if spec.settings is not None:
            if settings is not None:
                problems.append(
                    (doc.where(("settings",)), "settings: defined in more than one file")
                )
            settings = spec.settings
        for name, values in spec.lists.items():
            if name in lists:
                problems.append((doc.where(("lists", name)), f"lists.{name}: defined twice"))
            if isinstance(values, dict):
                by_lang.append((doc, name, list(values)))
                values = [v for words in values.values() for v in words]
            lists[name] = values
        for name, fragment in spec.fragments.items():
            if name in fragments or name in lists:
                problems.append(
                    (doc.where(("fragments", name)), f"fragments.{name}: defined twice")
                )
            fragments[name] = fragment
        entity_types.extend(t for t in spec.entity_types if t not in entity_types)
    settings = settings or SettingsSpec()
    for doc, name, langs in by_lang:
        for lang in langs:
            if lang not in settings.languages:
                problems.append(
                    (doc.where(("lists", name, lang)),
                     f"lists.{name}.{lang}: language not in settings.languages "
                     f"{settings.languages}")
                )  # fmt: skip

    loaded: list[LoadedRecognizer] = []
    seen: dict[str, SourceLocation] = {}
    kinds = registry.names(registry.recognizers)
    for doc, spec in parsed:
        for i, rec in enumerate(spec.recognizers):
            where = doc.where(("recognizers", i))
            at = f"recognizers[{i}]"
            if rec.name in seen:
                problems.append(
                    (where, f"{at}.name: '{rec.name}' already defined at {seen[rec.name]}")
                )
            seen[rec.name] = where
            if rec.entity_type not in entity_types:
                err = UnknownNameError("entity type", rec.entity_type, entity_types)
                problems.append(
                    (doc.where(("recognizers", i, "entity_type")),
                     f"{at}.entity_type: {err}; or declare it under entity_types:")
                )  # fmt: skip
            if rec.kind not in kinds:
                err = UnknownNameError("recognizer kind", rec.kind, kinds)
                problems.append((doc.where(("recognizers", i, "kind")), f"{at}.kind: {err}"))
            if rec.validator is not None:
                try:
                    registry.lookup(registry.validators, "validator", rec.validator)
                except UnknownNameError as err:
                    problems.append(
                        (doc.where(("recognizers", i, "validator")), f"{at}.validator: {err}")
                    )
            for field_name in ("context", "negative_context"):
                for lang in getattr(rec, field_name):
                    if lang not in settings.languages and lang != "any":
                        problems.append(
                            (doc.where(("recognizers", i, field_name, lang)),
                             f"{at}.{field_name}.{lang}: language not in settings.languages "
                             f"{settings.languages}")
                        )  # fmt: skip
            regexes = []
            for j, pat in enumerate(rec.patterns):
                ploc = doc.where(("recognizers", i, "patterns", j, "regex"))
                expanded, missing = _expand(pat.regex, lists, fragments)
                for name in missing:
                    problems.append(
                        (ploc, f"{at}.patterns[{j}].regex: unknown list or fragment '{{{name}}}'")
                    )
                try:
                    re.compile(expanded)
                except re.error as e:
                    problems.append((ploc, f"{at}.patterns[{j}].regex: does not compile: {e}"))
                regexes.append(expanded)
            problems += bound_problems(rec, regexes, doc.where, ("recognizers", i), at)
            if rec.kind == "pattern" and not rec.patterns:
                problems.append((where, f"{at}.patterns: a pattern recognizer needs at least one"))
            loaded.append(LoadedRecognizer(rec, where, tuple(regexes)))
    if problems:
        raise ConfigError(problems)
    return Rules(settings, loaded, lists, tuple(entity_types), files, rules_digest(source))


def _expand(
    regex: str, lists: dict[str, list[str]], fragments: dict[str, str] | None = None
) -> tuple[str, list[str]]:
    """Replace {name} with an alternation of that list (longest first), or with that
    fragment's regex (itself expanded), as a non-capturing group."""
    missing: list[str] = []
    fragments = fragments or {}

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in fragments:
            inner, more = _expand(fragments[name], lists, {})
            missing.extend(more)
            return f"(?:{inner})"
        if name not in lists:
            missing.append(name)
            return m.group(0)
        return (
            "(?:" + "|".join(re.escape(v) for v in sorted(lists[name], key=len, reverse=True)) + ")"
        )

    # {2} style quantifiers contain digits only and do not match the placeholder pattern
    return _PLACEHOLDER.sub(sub, regex), missing
