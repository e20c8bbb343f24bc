"""Policies in policies/: what to do with each kind of personal data now, and how long it may
be kept. Validated on load; every error names file:line:column and what to write instead.

A policy resolves, for every entity type, one :class:`PolicyRule`: the fields of the
``entities.<TYPE>`` entry, else of the category that lists the type, else of ``default``
(each field on its own, so an entity entry may change only the operator of its category).
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from ruamel.yaml.comments import CommentedMap

from privacyguard.config.load import (
    Problem,
    YamlDocument,
    _describe,
    _model_in,
    _plain,
    dotted,
    read_yaml,
)
from privacyguard.config.rules import CANONICAL_ENTITIES
from privacyguard.errors import ConfigError, UnknownNameError
from privacyguard.models import SourceLocation
from privacyguard.resources import DEFAULT_POLICY_NAME, named_policy, shipped_policies_dir

POLICIES_DIR = shipped_policies_dir()  # names: $PRIVACYGUARD_POLICY_DIR first (resources)
DEFAULT_POLICY = POLICIES_DIR / f"{DEFAULT_POLICY_NAME}.yaml"
CountedFrom = Literal["message_time", "conversation_close"]
OnError = Literal["withhold", "redact_all"]
#: findings still waiting for review (below settings.review_below): redacted, or kept as they are
OnUncertain = Literal["redact", "keep"]
_RULE_FIELDS = ("operator", "params", "keep_for", "counted_from", "legal_basis", "note")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleSpec(_Strict):
    """What to do with one kind of data; every field may be left to the level above."""

    operator: str | None = None
    params: dict[str, Any] | None = None
    keep_for: str | int | None = None
    counted_from: CountedFrom | None = None
    legal_basis: str | None = None
    note: str | None = None


class CategorySpec(RuleSpec):
    entity_types: list[str] = Field(min_length=1)
    description: str = ""


class ConversationsSpec(_Strict):
    keep_for: str | int
    counted_from: CountedFrom = "conversation_close"
    legal_basis: str | None = None
    note: str | None = None


class SubjectExportSpec(_Strict):
    third_party_types: list[str] = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]


class SubjectEraseSpec(_Strict):
    own_conversations: Literal["delete", "anonymise"] = "delete"
    mentions: Literal["redact", "delete_message"] = "redact"


class SubjectRequestsSpec(_Strict):
    export: SubjectExportSpec = SubjectExportSpec()
    erase: SubjectEraseSpec = SubjectEraseSpec()


class PolicyFileSpec(_Strict):
    version: Literal[1]
    name: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    description: str = ""
    on_error: OnError = "withhold"
    on_uncertain: OnUncertain = "redact"
    default: RuleSpec
    conversations: ConversationsSpec | None = None
    categories: dict[str, CategorySpec] = {}
    entities: dict[str, RuleSpec] = {}
    subject_requests: SubjectRequestsSpec = SubjectRequestsSpec()


# --- durations ------------------------------------------------------------------------------

_UNITS = {
    "h": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
    "w": "weeks", "week": "weeks", "weeks": "weeks",
    "mo": "months", "month": "months", "months": "months",
    "y": "years", "yr": "years", "year": "years", "years": "years",
}  # fmt: skip
_SIMPLE = re.compile(r"(\d+)\s*([A-Za-z]+)")
_ISO = re.compile(r"P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?")
DURATION_HINT = "write a number and a unit (30d, 6 weeks, 24 months, 2y) or ISO 8601 (P2Y, P1Y6M)"


@dataclass(frozen=True)
class Duration:
    """A retention period in calendar units: months and years follow the calendar."""

    text: str
    years: int = 0
    months: int = 0
    days: int = 0
    hours: int = 0

    def after(self, start: datetime) -> datetime:
        """The moment this period ends when counted from ``start`` (month ends are clamped)."""
        months = start.month - 1 + self.months + 12 * self.years
        year, month = start.year + months // 12, months % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return start.replace(year=year, month=month, day=day) + timedelta(
            days=self.days, hours=self.hours
        )

    def __str__(self) -> str:
        return self.text


def parse_duration(value: str | int) -> Duration:
    """'30d', '24 months', 'P2Y' -> Duration; ValueError with a suggestion otherwise."""
    text = str(value).strip()
    if isinstance(value, int) or text.isdigit():
        raise ValueError(f"'{text}' has no unit; {DURATION_HINT}")
    if m := _ISO.fullmatch(text.upper()):
        y, mo, w, d, h = (int(g) if g else 0 for g in m.groups())
        return Duration(text, y, mo, 7 * w + d, h)
    if m := _SIMPLE.fullmatch(text):
        n, unit = int(m.group(1)), m.group(2).lower()
        kind = _UNITS.get(unit)
        if kind is None:
            if unit in ("m", "min", "mins", "minute", "minutes"):
                raise ValueError(
                    f"'{text}' is ambiguous or too short (minutes?); write '{n} months' or '{n}mo'"
                )
            close = difflib.get_close_matches(unit, sorted(set(_UNITS.values())), n=1)
            hint = f"did you mean '{n} {close[0]}'?" if close else DURATION_HINT
            raise ValueError(f"'{text}': unknown unit '{unit}'; {hint}")
        if kind == "weeks":
            return Duration(text, days=7 * n)
        return Duration(text, **{kind: n})
    raise ValueError(f"'{text}' is not a duration; {DURATION_HINT}")


# --- the loaded policy ----------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyRule:
    """The resolved rule for one entity type, citing where its operator was set."""

    entity_type: str
    rule: str  # where the operator comes from: "entities.CREDIT_CARD", "categories.x", "default"
    category: str | None
    operator: str
    params: Any  # the operator's validated params model
    keep_for: Duration | None
    counted_from: str
    legal_basis: str | None
    note: str | None
    location: SourceLocation

    @property
    def cite(self) -> str:
        """'policies/gdpr-default.yaml:42' (file and line, for reports and audit events)."""
        return f"{self.location.file}:{self.location.line}"


@dataclass(frozen=True)
class ConversationRetention:
    keep_for: Duration
    counted_from: str
    legal_basis: str | None
    note: str | None
    location: SourceLocation


@dataclass(frozen=True)
class SubjectRequests:
    """Art. 15 and 17 requests. In an export, the ``third_party_types`` found in the subject's
    own conversations are redacted unless they are the subject's (everything not the
    subject's is redacted in conversations that only mention them). Erasure deletes or
    anonymises the subject's own conversations and redacts (or deletes) mentions elsewhere."""

    third_party_types: tuple[str, ...] = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")
    own_conversations: str = "delete"  # delete | anonymise
    mentions: str = "redact"  # redact | delete_message
    location: SourceLocation | None = None

    @property
    def cite(self) -> str:
        loc = self.location
        return f"{loc.file}:{loc.line}" if loc else "built-in default"


@dataclass(frozen=True)
class Policy:
    """A validated policy: one rule per known entity type, plus the default for others."""

    name: str
    description: str
    on_error: str
    rules: dict[str, PolicyRule]
    default: PolicyRule
    conversations: ConversationRetention | None = None
    file: str = "<memory>"
    categories: dict[str, tuple[str, ...]] = field(default_factory=dict)
    subject_requests: SubjectRequests = SubjectRequests()
    on_uncertain: str = "redact"  # redact | keep: findings waiting for review (docs/review.md)

    def rule_for(self, entity_type: str) -> PolicyRule:
        """The rule for a type; a type the policy never heard of gets the default rule."""
        rule = self.rules.get(entity_type)
        return rule if rule is not None else replace(self.default, entity_type=entity_type)

    def keyed_rules(self) -> list[PolicyRule]:
        """Rules whose operator needs the secret key (to ask for it before any work)."""
        from privacyguard.operators import get_operator

        rules = [*self.rules.values(), self.default]
        return [r for r in rules if get_operator(r.operator).needs_key(r.params)]


def resolve_policy(source: str | Path | None) -> Path:
    """A policy file path, or the name of a policy in $PRIVACYGUARD_POLICY_DIR or a bundled
    one ('airline-customer-service'); None is the default, gdpr-default."""
    path = Path(source or DEFAULT_POLICY_NAME)
    if source is not None and (path.exists() or path.suffix):
        return path
    named = named_policy(str(source or DEFAULT_POLICY_NAME))
    if named is None:
        return path  # read_yaml says "file not found" at this name
    path = named
    if path.is_relative_to(Path.cwd()):
        path = path.relative_to(Path.cwd())  # a bundled policy: shorter in errors and reports
    return path


def load_policy(
    source: str | Path | None = None, entity_types: Sequence[str] | None = None
) -> Policy:
    """Load and validate a policy file (default: policies/gdpr-default.yaml).

    ``entity_types`` are the types a policy may name (default: the 15 canonical ones; the
    redact pipeline passes those of its rules/, which may declare more). Every problem is
    collected and raised at once as a ConfigError.
    """
    path = resolve_policy(source)
    doc = read_yaml(path)
    try:
        spec = PolicyFileSpec.model_validate(_plain(doc.data))
    except ValidationError as e:
        raise ConfigError(
            [(where(doc, err), describe(err, PolicyFileSpec)) for err in e.errors()]
        ) from None
    known = list(entity_types or CANONICAL_ENTITIES)
    policy, problems = _Resolver(doc, spec, known).run()
    if problems:
        raise ConfigError(sorted(problems, key=lambda p: (p[0].line or 0, p[0].column or 0)))
    assert policy is not None
    return policy


def where(doc: YamlDocument, err: Any, prefix: tuple[str | int, ...] = ()) -> SourceLocation:
    """Where an error points: an unknown key at the key itself, anything else at its value."""
    loc = (*prefix, *err["loc"])
    if err["type"] == "extra_forbidden" and loc:
        node: Any = doc.data
        for part in loc[:-1]:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return doc.where(loc)
        if isinstance(node, CommentedMap) and loc[-1] in node:
            line, col = node.lc.key(loc[-1])
            return SourceLocation(str(doc.path), line + 1, col + 1)
    return doc.where(loc)


def describe(err: Any, model: type[BaseModel], prefix: tuple[str | int, ...] = ()) -> str:
    """load._describe, plus "did you mean" under dict-valued fields (categories.<name>) and
    without pydantic's "Value error," prefix."""
    loc = dotted((*prefix, *err["loc"]))
    if err["type"] == "extra_forbidden":
        key = str(err["loc"][-1])
        known = _keys_under(model, err["loc"][:-1])
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(known)}"
        return f"{loc}: unknown key '{key}'; {hint}"
    if err["type"] == "missing" and loc == "default":
        return "default: required key is missing; add e.g. `default: {operator: replace}`"
    if err["type"] == "value_error":
        return f"{loc}: {err['ctx']['error']}, got {err.get('input')!r}"
    msg = _describe(err, model)
    return f"{dotted(prefix)}.{msg}" if prefix else msg


def _keys_under(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """Field names of the nested model at a location; a dict[str, Model] field's next part
    is one of its keys (a category name), then that model."""
    current: Any = model
    skip_key = False
    for part in loc:
        if skip_key or isinstance(part, int):
            skip_key = False
            continue
        fields = getattr(current, "model_fields", {})
        if part not in fields:
            return []
        annotation = fields[part].annotation
        skip_key = get_origin(annotation) is dict or any(
            get_origin(a) is dict for a in get_args(annotation)
        )
        current = _model_in(annotation)
    return sorted(getattr(current, "model_fields", {}))


class _Resolver:
    """Cross-reference checks after the schema: entity types, operators, params, durations."""

    def __init__(self, doc: YamlDocument, spec: PolicyFileSpec, known: list[str]):
        self.doc, self.spec, self.known = doc, spec, known
        self.problems: list[Problem] = []

    def problem(self, loc: tuple[str | int, ...], msg: str) -> None:
        self.problems.append((self.doc.where(loc), f"{dotted(loc)}: {msg}"))

    def run(self) -> tuple[Policy | None, list[Problem]]:
        spec = self.spec
        category_of: dict[str, str] = {}
        for cat, cspec in spec.categories.items():
            if not re.fullmatch(r"[a-z][a-z0-9_]*", cat):
                self.problem(("categories", cat), "category names are lower_snake")
            for i, etype in enumerate(cspec.entity_types):
                loc = ("categories", cat, "entity_types", i)
                if self._check_type(loc, etype) and etype in category_of:
                    first = category_of[etype]
                    self.problem(
                        loc,
                        f"'{etype}' is already in category '{first}'; a type belongs to one "
                        f"category (give it its own rule under entities: instead)",
                    )
                category_of.setdefault(etype, cat)
        for etype in spec.entities:
            self._check_type(("entities", etype), etype)
        third = spec.subject_requests.export.third_party_types
        for i, etype in enumerate(third):
            self._check_type(("subject_requests", "export", "third_party_types", i), etype)
        if spec.default.operator is None:
            self.problems.append(
                (
                    self.doc.where(("default",)),
                    "default.operator: required; "
                    "it is the fallback for every type that no rule names",
                )
            )
        self._check_every_level()
        default = self._rule(None, None, [("default",)])
        rules = {}
        for etype in self.known:
            levels: list[tuple[str, ...]] = []
            if etype in spec.entities:
                levels.append(("entities", etype))
            if etype in category_of:
                levels.append(("categories", category_of[etype]))
            levels.append(("default",))
            rules[etype] = self._rule(etype, category_of.get(etype), levels)
        conversations = self._conversations()
        if self.problems or default is None:
            return None, self.problems
        categories = {c: tuple(s.entity_types) for c, s in spec.categories.items()}
        sr = spec.subject_requests
        has_sr = isinstance(self.doc.data, dict) and "subject_requests" in self.doc.data
        subject = SubjectRequests(
            tuple(third), sr.erase.own_conversations, sr.erase.mentions,
            self.doc.where(("subject_requests",)) if has_sr else None,
        )  # fmt: skip
        policy = Policy(
            spec.name, spec.description, spec.on_error, {k: v for k, v in rules.items() if v},
            default, conversations, str(self.doc.path), categories, subject,
            spec.on_uncertain,
        )  # fmt: skip
        return policy, []

    def _check_every_level(self) -> None:
        """Operators, params and durations of every entry, even one no known type uses."""
        levels = [("default",), *(("categories", c) for c in self.spec.categories)]
        levels += [("entities", e) for e in self.spec.entities]
        for loc in levels:
            spec = self._spec_at(loc)
            if spec.operator is not None:
                origin = {"params": loc} if spec.params is not None else {}
                self._params(spec.operator, spec.params or {}, loc, origin)
            if spec.keep_for is not None:
                try:
                    parse_duration(spec.keep_for)
                except ValueError as e:
                    self._once((*loc, "keep_for"), str(e))

    def _check_type(self, loc: tuple[str | int, ...], etype: str) -> bool:
        if etype in self.known:
            return True
        err = UnknownNameError("entity type", etype, self.known)
        self.problem(loc, f"{err}; or declare it in rules/ under entity_types:")
        return False

    def _spec_at(self, loc: tuple[str, ...]) -> RuleSpec:
        if loc[0] == "default":
            return self.spec.default
        if loc[0] == "entities":
            return self.spec.entities[loc[1]]
        return self.spec.categories[loc[1]]

    def _rule(
        self, etype: str | None, category: str | None, levels: list[tuple[str, ...]]
    ) -> PolicyRule | None:
        """Each field from the most specific level that sets it; params go with the operator
        unless a more specific level sets params for the inherited operator."""
        values: dict[str, Any] = {}
        origin: dict[str, tuple[str, ...]] = {}
        for name in _RULE_FIELDS:
            for loc in levels:
                value = getattr(self._spec_at(loc), name)
                if value is not None:
                    values[name], origin[name] = value, loc
                    break
        if "operator" not in values:
            return None
        op_loc = origin["operator"]
        if "params" in values and levels.index(origin["params"]) > levels.index(op_loc):
            values.pop("params")  # params of a less specific level belong to another operator
        params = self._params(values["operator"], values.get("params") or {}, op_loc, origin)
        keep_for = None
        if "keep_for" in values:
            try:
                keep_for = parse_duration(values["keep_for"])
            except ValueError as e:
                self._once((*origin["keep_for"], "keep_for"), str(e))
        if params is None or (keep_for is None and "keep_for" in values):
            return None
        return PolicyRule(
            entity_type=etype or "DEFAULT",
            rule=".".join(op_loc),
            category=category,
            operator=values["operator"],
            params=params,
            keep_for=keep_for,
            counted_from=values.get("counted_from", "message_time"),
            legal_basis=values.get("legal_basis"),
            note=values.get("note"),
            location=self.doc.where((*op_loc, "operator")),
        )

    def _once(self, loc: tuple[str | int, ...], msg: str) -> None:
        """Report a problem at a level once, though several entity types inherit it."""
        where = self.doc.where(loc)
        item = (where, f"{dotted(loc)}: {msg}")
        if item not in self.problems:
            self.problems.append(item)

    def _params(
        self,
        name: str,
        raw: dict[str, Any],
        op_loc: tuple[str, ...],
        origin: dict[str, tuple[str, ...]],
    ) -> Any | None:
        from pydantic import ValidationError

        from privacyguard.operators import get_operator

        try:
            op = get_operator(name)
        except UnknownNameError as e:
            self._once((*op_loc, "operator"), str(e))
            return None
        p_loc = (*origin.get("params", op_loc), "params")
        try:
            return op.Params.model_validate(raw)
        except ValidationError as e:
            for err in e.errors():
                at = where(self.doc, err, p_loc)
                item = (at, f"{describe(err, op.Params, p_loc)} (operator {name})")
                if item not in self.problems:
                    self.problems.append(item)
            return None

    def _conversations(self) -> ConversationRetention | None:
        c = self.spec.conversations
        if c is None:
            return None
        try:
            keep_for = parse_duration(c.keep_for)
        except ValueError as e:
            self.problem(("conversations", "keep_for"), str(e))
            return None
        where = self.doc.where(("conversations",))
        return ConversationRetention(keep_for, c.counted_from, c.legal_basis, c.note, where)
