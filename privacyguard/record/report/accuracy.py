"""The detector's measured accuracy, as packaged in ``privacyguard/data/accuracy.json``.

``make eval`` writes that file (``bench/accuracy/evaluate.py --accuracy-record``); nothing
here computes or invents a figure. A missing or unreadable file means "no measurement".
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def load_accuracy(path: Path | None = None) -> dict[str, Any]:
    """``{"corpora": {name: record}, "note": str | None}``; empty corpora when none exists."""
    try:
        if path is None:
            text = resources.files("privacyguard").joinpath("data/accuracy.json").read_text("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        corpora = doc["corpora"]
        if not isinstance(corpora, dict):
            raise ValueError("'corpora' is not an object")
    except FileNotFoundError:
        return {"corpora": {}, "note": "no measurement exists (run `make eval`)"}
    except (OSError, ValueError, KeyError, TypeError) as e:
        return {"corpora": {}, "note": f"the accuracy record cannot be read ({e}); run `make eval`"}
    return {"corpora": {k: _record(v) for k, v in sorted(corpora.items())}, "note": None}


def _record(r: dict[str, Any]) -> dict[str, Any]:
    def figures(m: dict[str, Any]) -> dict[str, Any]:
        return {k: m.get(k) for k in ("precision", "recall", "f1", "support")}

    return {
        "measured_at": r.get("measured_at"),
        "corpus": r.get("corpus"),
        "messages": r.get("messages"),
        "labelled_spans": r.get("labelled_spans"),
        "privacyguard_version": r.get("privacyguard_version"),
        "git_commit": r.get("git_commit"),
        "git_dirty": r.get("git_dirty"),
        "overall": figures(r.get("overall") or {}),
        "per_type": {k: figures(v) for k, v in sorted((r.get("per_type") or {}).items())},
    }
