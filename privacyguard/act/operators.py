"""Moved to :mod:`privacyguard.operators` (below config, which checks a policy's operators);
the names stay importable here."""

from privacyguard.operators import (  # noqa: F401
    CTX,
    SPEC,
    Keep,
    Mask,
    MaskParams,
    NoParams,
    OperatorContext,
    PolicyOperator,
    Redact,
    Replace,
    ReplaceParams,
    get_operator,
    operator_names,
    operators,
    register,
)
