"""Tag each change with topics by multilingual keyword rules (rules/policydiff/topics.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from privacyguard.config.load import read_yaml, validate
from privacyguard.errors import ConfigError
from privacyguard.policydiff.diff import LINK_CHANGED, PolicyDiff
from privacyguard.resources import shipped_topics_file

SEVERITIES = ("low", "medium", "high")
LANGUAGES = ("en", "nl", "nb", "ru")
DEFAULT_TOPICS_FILE = shipped_topics_file()

Severity = Literal["low", "medium", "high"]


class LanguageTerms(BaseModel):
    """Words or phrases per policy language (topics, channels)."""

    model_config = ConfigDict(extra="forbid")
    en: list[str] = Field(default_factory=list)
    nl: list[str] = Field(default_factory=list)
    nb: list[str] = Field(default_factory=list)
    ru: list[str] = Field(default_factory=list)


class _Topic(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    severity: Severity
    keywords: LanguageTerms


class _TopicsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: Literal[1]
    untagged_severity: Severity = "low"
    topics: dict[str, _Topic]


@dataclass(frozen=True)
class Topic:
    name: str
    label: str
    severity: str
    pattern: re.Pattern[str]  # every language's keywords
    by_language: dict[str, re.Pattern[str]]  # English plus the language's own keywords

    def for_language(self, language: str | None) -> re.Pattern[str]:
        return self.by_language.get(language or "", self.pattern)


@dataclass(frozen=True)
class TopicRules:
    topics: tuple[Topic, ...]
    untagged_severity: str
    source: str

    def labels(self) -> dict[str, str]:
        return {t.name: t.label for t in self.topics}


def keyword_regex(word: str) -> str:
    if word.startswith("re:"):
        return word[3:]
    return r"(?<!\w)" + r"\s+".join(re.escape(p) for p in word.split())


def load_topic_rules(path: Path | str | None = None) -> TopicRules:
    """Load and validate the topic rules; every problem is reported with file:line:column."""
    path = Path(path) if path else DEFAULT_TOPICS_FILE
    doc = read_yaml(path)
    model, problems = validate(doc, _TopicsFile)
    if problems:
        raise ConfigError(problems)
    topics = []
    for name, t in model.topics.items():
        parts = []
        per_lang: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        for lang in LANGUAGES:
            for k, word in enumerate(getattr(t.keywords, lang)):
                regex = keyword_regex(word)
                try:
                    re.compile(regex)
                except re.error as e:
                    problems.append(
                        (doc.where(("topics", name, "keywords", lang, k)),
                         f"topics.{name}.keywords.{lang}[{k}]: bad regular expression: {e}")
                    )  # fmt: skip
                parts.append(regex)
                per_lang[lang].append(regex)
        if not parts:
            problems.append((doc.where(("topics", name)), f"topics.{name}: no keywords"))
            continue
        if problems:
            continue
        pattern = re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
        by_language = {
            lang: re.compile(
                "|".join(f"(?:{p})" for p in per_lang["en"] + (per_lang[lang] if lang != "en"
                                                                else [])), re.IGNORECASE)
            for lang in LANGUAGES
            if per_lang["en"] or per_lang[lang]
        }  # fmt: skip
        topics.append(Topic(name, t.label, t.severity, pattern, by_language))
    if problems:
        raise ConfigError(problems)
    return TopicRules(tuple(topics), model.untagged_severity, str(path))


def policy_language(diff: PolicyDiff) -> str:
    """The language of a diff's changed text (en, nl, nb or ru), by the project's offline
    language identification (py3langid, as for messages)."""
    from privacyguard.langid import classify as identify_language

    sample = " ".join(c.changed_text() for c in diff.substantive)[:4000]
    if not sample.strip():
        return "en"
    return identify_language(sample, LANGUAGES)[0]


def classify(diff: PolicyDiff, rules: TopicRules | None = None,
             language: str | None = None) -> PolicyDiff:  # fmt: skip
    """Set topics, matched keywords and severity on every substantive change (in place).

    Keywords are those of the policy's language (identified when not given) plus English.
    """
    rules = rules or load_topic_rules()
    diff.language = language or policy_language(diff)
    for change in diff.changes:
        if not change.substantive:
            change.topics, change.matches = [], {}
            change.severity = "low" if change.kind == LINK_CHANGED else None
            continue
        text = change.changed_text()
        change.topics, change.matches = [], {}
        level = -1
        for topic in rules.topics:
            pattern = topic.for_language(diff.language)
            found = sorted({m.group(0).lower() for m in pattern.finditer(text)})
            if found:
                change.topics.append(topic.name)
                change.matches[topic.name] = found[:5]
                level = max(level, SEVERITIES.index(topic.severity))
        change.severity = SEVERITIES[level] if level >= 0 else rules.untagged_severity
    return diff
