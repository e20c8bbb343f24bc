"""The ``operators`` registry: presidio-anonymizer operators that a policy names.

Every operator is a presidio :class:`~presidio_anonymizer.operators.Operator` with a
registered lower_snake name (versioned where auditors need the output to stay reproducible,
``keyed_hash.v1``) and a pydantic ``Params`` model that checks the policy's ``params:``.
Installed packages add operators through the entry-point group ``privacyguard_operators``;
the built-ins are entry points of privacyguard itself (its pyproject.toml), the same door::

    @register("mask")
    class Mask(PolicyOperator):
        Params = MaskParams
        def apply(self, text, entity_type, params, ctx): ...

Built-ins: keep, redact, replace, mask (here); keyed_hash.v1, pseudonym.v1
(:mod:`privacyguard.act.keyed`); encrypt.v1 (:mod:`privacyguard.act.crypto`).
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import catalogue
from presidio_anonymizer.entities import InvalidParamError
from presidio_anonymizer.operators import Operator, OperatorType
from pydantic import BaseModel, ConfigDict, Field, field_validator

from privacyguard.errors import UnknownNameError

if TYPE_CHECKING:
    from privacyguard.act.keyed import PseudonymBook
    from privacyguard.keys import Keyring

operators = catalogue.create("privacyguard", "operators", entry_points=True)

#: keys of the presidio params dict that carry our validated params and the run's context
SPEC, CTX = "privacyguard_params", "privacyguard_context"
T = TypeVar("T", bound="type[PolicyOperator]")


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass
class OperatorContext:
    """What an operator may use besides the text: the key, the pseudonym book, the scope."""

    keyring: Keyring | None
    pseudonyms: PseudonymBook
    conversation_id: str | None = None
    message_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class PolicyOperator(Operator):
    """Base class: implement ``apply``; presidio's operate/validate are wired to it."""

    name: ClassVar[str] = ""
    Params: ClassVar[type[BaseModel]] = NoParams
    #: False for operators that leave the text as it is (keep): reported as kept
    changes_text: ClassVar[bool] = True

    def needs_key(self, params: BaseModel) -> bool:
        return False

    @abstractmethod
    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        """The replacement for one value; every registered operator implements it."""

    # presidio's Operator interface
    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        p = params or {}
        return self.apply(text or "", p["entity_type"], p[SPEC], p[CTX])

    def validate(self, params: dict[str, Any] | None = None) -> None:
        p = params or {}
        if not isinstance(p.get(SPEC), self.Params) or not isinstance(p.get(CTX), OperatorContext):
            raise InvalidParamError(f"{self.name}: params were not validated by the policy")

    def operator_name(self) -> str:
        return self.name

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


def register(name: str) -> Callable[[T], T]:
    """Class decorator: register an operator under ``name`` (also set as its ``name``)."""

    def deco(cls: T) -> T:
        cls.name = name
        operators.register(name, func=cls)
        return cls

    return deco


def operator_names() -> list[str]:
    """Every operator: the entry points (built-ins and plugins) and any registered here."""
    return sorted(operators.get_all())


def get_operator(name: str) -> PolicyOperator:
    """An instance of a registered operator, or UnknownNameError with the closest name."""
    try:
        cls = operators.get(name)
    except catalogue.RegistryError:
        known = operator_names()  # loads every entry point (their modules may register more)
        try:
            cls = operators.get(name)
        except catalogue.RegistryError:
            raise UnknownNameError("operator", name, known) from None
    return cls()


# --- the simple built-ins -----------------------------------------------------------------


@register("keep")
class Keep(PolicyOperator):
    """Leave the value as it is (reported as kept, with the rule that says so)."""

    changes_text = False

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        return text


@register("redact")
class Redact(PolicyOperator):
    """Remove the value; nothing marks where it was."""

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        return ""


class ReplaceParams(NoParams):
    #: the replacement; {entity_type} is filled in
    value: str = "<{entity_type}>"

    @field_validator("value")
    @classmethod
    def _only_entity_type(cls, v: str) -> str:
        try:
            v.format(entity_type="X")
        except (KeyError, IndexError, ValueError):
            raise ValueError("the only placeholder allowed is {entity_type}") from None
        return v


@register("replace")
class Replace(PolicyOperator):
    """Replace the value with a type tag such as <IBAN_CODE> (or a fixed text)."""

    Params = ReplaceParams

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        return str(params.value.format(entity_type=entity_type))


class MaskParams(NoParams):
    char: str = Field(default="*", min_length=1, max_length=1)
    #: letters and digits left visible at the start and the end
    keep_first: int = Field(default=0, ge=0, le=8)
    keep_last: int = Field(default=0, ge=0, le=8)
    #: keep spaces, dashes and dots where they were ("**** **** **** 1111")
    keep_separators: bool = True


@register("mask")
class Mask(PolicyOperator):
    """Mask letters and digits, keeping the first/last few: a card as **** **** **** 1111.

    When the value has no more letters and digits than are to be kept, all are masked.
    """

    Params = MaskParams

    def apply(self, text: str, entity_type: str, params: Any, ctx: OperatorContext) -> str:
        p: MaskParams = params
        significant = [i for i, ch in enumerate(text) if ch.isalnum()]
        if len(significant) <= p.keep_first + p.keep_last:
            visible: set[int] = set()
        else:
            tail = significant[len(significant) - p.keep_last :] if p.keep_last else []
            visible = set(significant[: p.keep_first]) | set(tail)
        out = []
        for i, ch in enumerate(text):
            if i in visible or (p.keep_separators and not ch.isalnum()):
                out.append(ch)
            else:
                out.append(p.char)
        return "".join(out)
