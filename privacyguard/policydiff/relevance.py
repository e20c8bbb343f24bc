"""Relevance to the channels a user operates (rules/policydiff/channels.yaml).

A substantive change is relevant to a chosen channel when it is in that channel's own policy
(or its changed text names the channel) and its changed text touches one of the relevance
topics (business messaging, customer-service chats, message retention, data shared with
businesses). Relevant changes are listed first, each with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from privacyguard.config.load import read_yaml, validate
from privacyguard.errors import ConfigError
from privacyguard.models import SourceLocation
from privacyguard.policydiff.classify import LANGUAGES, SEVERITIES, LanguageTerms, keyword_regex
from privacyguard.policydiff.diff import PolicyDiff
from privacyguard.resources import shipped_rules_dir

DEFAULT_CHANNELS_FILE = shipped_rules_dir() / "policydiff" / "channels.yaml"


class _Channel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    names: list[str] = Field(min_length=1)


class _RelevanceTopic(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str
    terms: LanguageTerms


class _ChannelsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = Field(ge=1, le=1)
    channels: dict[str, _Channel]
    topics: dict[str, _RelevanceTopic]


@dataclass(frozen=True)
class Channel:
    name: str
    label: str
    pattern: re.Pattern[str]  # the channel's names


@dataclass(frozen=True)
class RelevanceTopic:
    name: str
    label: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ChannelRules:
    channels: dict[str, Channel]
    topics: tuple[RelevanceTopic, ...]
    source: str

    def select(self, names: list[str]) -> list[Channel]:
        """The channels asked for; an unknown name is an error that lists the known ones."""
        unknown = [n for n in names if n not in self.channels]
        if unknown:
            raise ConfigError(
                [(SourceLocation(self.source), f"unknown channel(s) {', '.join(unknown)}; "
                  f"known: {', '.join(sorted(self.channels))} (add one in {self.source})")]
            )  # fmt: skip
        return [self.channels[n] for n in names]


def _compile(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{keyword_regex(w)})" for w in words), re.IGNORECASE)


def load_channel_rules(path: Path | str | None = None) -> ChannelRules:
    """Load and validate the channel rules; every problem is reported with file:line:column."""
    path = Path(path) if path else DEFAULT_CHANNELS_FILE
    doc = read_yaml(path)
    model, problems = validate(doc, _ChannelsFile)
    if problems:
        raise ConfigError(problems)
    channels, topics = {}, []
    for name, ch in model.channels.items():
        try:
            channels[name] = Channel(name, ch.label, _compile(ch.names))
        except re.error as e:
            problems.append((doc.where(("channels", name, "names")), f"bad regex: {e}"))
    for name, t in model.topics.items():
        words = [w for lang in LANGUAGES for w in getattr(t.terms, lang)]
        if not words:
            problems.append((doc.where(("topics", name)), f"topics.{name}: no terms"))
            continue
        try:
            topics.append(RelevanceTopic(name, t.label, _compile(words)))
        except re.error as e:
            problems.append((doc.where(("topics", name, "terms")), f"bad regex: {e}"))
    if problems:
        raise ConfigError(problems)
    return ChannelRules(channels, tuple(topics), str(path))


def mark_relevance(diff: PolicyDiff, channels: list[Channel],
                   rules: ChannelRules) -> PolicyDiff:  # fmt: skip
    """Set ``relevance`` (the reasons) on each relevant change and list those changes first."""
    own = [ch for ch in channels if diff.service and ch.pattern.search(diff.service)]
    for change in diff.changes:
        change.relevance = []
        if not change.substantive:
            continue
        text = change.changed_text()
        named = [ch for ch in channels if ch not in own and ch.pattern.search(text)]
        if not (own or named):
            continue
        hits = []
        for topic in rules.topics:
            found = sorted({m.group(0).lower()[:40] for m in topic.pattern.finditer(text)})
            if found:
                hits.append(f"{topic.label} ({', '.join(repr(f) for f in found[:3])})")
        if not hits:
            continue
        for ch in own:
            change.relevance.append(f"{ch.label} policy: {', '.join(hits)}")
        for ch in named:
            change.relevance.append(f"names {ch.label}: {', '.join(hits)}")
    # relevant first, the more severe first among them; otherwise the page's order is kept
    diff.changes.sort(key=lambda c: (0, -SEVERITIES.index(c.severity or "low"))
                      if c.relevance else (1, 0))  # fmt: skip
    return diff
