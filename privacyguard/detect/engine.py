"""The detector: every configured recognizer over a batch of messages, overlaps resolved."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from privacyguard import registry
from privacyguard.config.rules import Rules, load_rules
from privacyguard.detect.context import context_words
from privacyguard.detect.language import identify
from privacyguard.detect.names import warm_up
from privacyguard.detect.nlp import load_ner_models
from privacyguard.detect.overlap import resolve
from privacyguard.detect.recognizers.base import RuleRecognizer, ScanContext
from privacyguard.detect.recognizers.presidio import presidio_recognizers
from privacyguard.detect.required import digit_count
from privacyguard.models import Finding, Message

log = logging.getLogger(__name__)

# checksum-validated types win ties against context-only ones
_PRIORITY = [
    "IBAN_CODE", "CREDIT_CARD", "NATIONAL_ID", "BANK_ACCOUNT", "TICKET_NUMBER", "EMAIL_ADDRESS",
    "IP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "FLIGHT_NUMBER", "PASSPORT",
    "BOOKING_REFERENCE", "CUSTOMER_NUMBER", "LOCATION", "PERSON",
]  # fmt: skip


CARRY_MESSAGES = 2  # how far back a context word in the conversation still counts


@dataclass(frozen=True)
class Detected:
    """The outcome for one message: its language and findings, or why it failed."""

    message: Message
    lang: str
    findings: list[Finding]
    error: str | None = None


class Detector:
    """Built once per process from rules/; reused for every batch."""

    def __init__(self, rules: Rules | None = None):
        self.rules = rules or load_rules()
        self.settings = self.rules.settings
        self.recognizers: list[RuleRecognizer] = []
        for loaded in self.rules.recognizers:
            if loaded.spec.enabled:
                kind = registry.lookup(registry.recognizers, "recognizer kind", loaded.spec.kind)
                self.recognizers.append(kind(loaded, self.rules))
        self.recognizers.extend(
            presidio_recognizers(self.settings.presidio_recognizers, self.rules)
        )
        self.ner_models = load_ner_models(self.settings)
        warm_up()  # dictionaries and name lists load now, not in the middle of a stream
        order = list(self.rules.entity_types)
        rank = {t: i for i, t in enumerate(_PRIORITY)}
        self.priority = {t: rank.get(t, len(_PRIORITY) + order.index(t)) for t in order}
        self._identity = [re.compile(rx) for rx in self.settings.identity_fields]
        self._name_recognizers = [r for r in self.recognizers if hasattr(r, "name_parts")]
        self._prefilters = {
            r.prefilter.pattern: r.prefilter for r in self.recognizers if r.prefilter
        }

    def languages(self, messages: Sequence[Message]) -> list[str]:
        s = self.settings
        return identify(messages, s.languages, s.default_language, s.short_message_chars)

    def detect(self, messages: Sequence[Message]) -> list[Detected]:
        """Scan a batch. A message whose detection raises is returned with `error` set."""
        langs = self.languages(messages)
        docs = self._docs(messages, langs)
        carried = self._carried_context(messages)
        known: dict[str, set[str]] = {}  # conversation -> parts of the names found so far
        out = []
        for i, (message, lang) in enumerate(zip(messages, langs, strict=True)):
            names = known.setdefault(message.conversation_id or f"\0{i}", set())
            ctx = ScanContext(carried[i], frozenset(names))
            try:
                found = self._one(message.id, message.text, lang, docs.get(i), ctx)
                for name, value in message.fields:
                    found.extend(self._field(message.id, name, value, lang, ctx))
            except Exception as e:  # fail closed: report the message, never pass it as clean
                log.warning("detection failed for message %s: %s", message.id, type(e).__name__)
                log.debug("detection traceback", exc_info=True)
                out.append(Detected(message, lang, [], f"detection failed ({type(e).__name__})"))
                continue
            for f in found:
                if f.entity_type == "PERSON" and f.field == "text" and self._name_recognizers:
                    names.update(
                        self._name_recognizers[0].name_parts(message.text[f.start : f.end], lang)
                    )
            out.append(Detected(message, lang, found))
        return out

    def _carried_context(self, messages: Sequence[Message]) -> list[frozenset[str]]:
        """Per message, the recognizers whose context words were in one of the previous
        CARRY_MESSAGES messages of the same conversation (in input order)."""
        carriers = [r for r in self.recognizers if r.carries_context]
        recent: dict[str, list[frozenset[str]]] = {}
        out: list[frozenset[str]] = []
        for m in messages:
            if m.conversation_id is None or not carriers:
                out.append(frozenset())
                continue
            history = recent.setdefault(m.conversation_id, [])
            out.append(frozenset().union(*history))
            words = context_words(m.text)  # cut once, tested by every carrier
            said = frozenset(r.name for r in carriers if r.context_matcher.mentions(words))
            history.append(said)
            del history[:-CARRY_MESSAGES]
        return out

    def _docs(self, messages: Sequence[Message], langs: list[str]) -> dict[int, object]:
        docs: dict[int, object] = {}
        for lang, nlp in self.ner_models.items():
            idx = [i for i, lg in enumerate(langs) if lg == lang]
            texts = (messages[i].text for i in idx)
            for i, doc in zip(idx, nlp.pipe(texts, batch_size=64), strict=True):  # type: ignore[attr-defined]
                docs[i] = doc
        return docs

    def _field(
        self, message_id: str, name: str, value: str, lang: str, ctx: ScanContext
    ) -> list[Finding]:
        """Findings in a metadata field; a field that names a person (sender, participant,
        e-mail display name) is a PERSON finding as a whole unless recognizers explain it."""
        # a field is scanned without the conversation's carried context words, as before
        field_ctx = ScanContext(known_parts=ctx.known_parts)
        in_field = self._one(message_id, value, lang, None, field_ctx)
        found = [replace(f, field=name) for f in in_field]
        stripped = value.strip(" \t\u200e\u202a\u202c~")
        if stripped and any(rx.search(name) for rx in self._identity) and not found:
            start = value.index(stripped)
            found.append(
                Finding(message_id, "PERSON", start, start + len(stripped), 0.9,
                        "identity_field", f"the {name} field names a person", lang, name)
            )  # fmt: skip
        return found

    def _one(
        self,
        message_id: str,
        text: str,
        lang: str,
        doc: object | None,
        ctx: ScanContext,
    ) -> list[Finding]:
        gates = {p: rx.search(text) is not None for p, rx in self._prefilters.items()}
        digits = digit_count(text)
        ctx = replace(ctx, digits=digits)
        candidates = []
        for rec in self.recognizers:
            if lang not in rec.languages and "any" not in rec.languages:
                continue
            if rec.min_digits > digits:
                continue  # every pattern of it needs more digits (detect/required.py)
            if rec.prefilter is not None and not gates[rec.prefilter.pattern]:
                continue
            if rec.needs_doc and doc is None:
                continue
            for c in rec.find(text, lang, doc, ctx):
                candidates.append(
                    Finding(message_id, rec.entity_type, c.start, c.end, c.score, rec.name,
                            c.explanation, lang)
                )  # fmt: skip
        return resolve(candidates, self.priority)
