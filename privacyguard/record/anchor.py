"""Moved to :mod:`privacyguard.store.anchor` (with the audit log it anchors); the names stay
importable here."""

from privacyguard.store.anchor import (  # noqa: F401
    ANCHOR_ENV,
    SUFFIX,
    Anchored,
    AnchorProblem,
    anchor_head,
    anchor_pending,
    check,
    compare,
    default_path,
    forget_pending,
    mark_pending,
    parse_head,
    read,
)
