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
    # blind figures first, the latest first: an auditor sees what was measured on data
    # nobody tuned on, as the rules are now (stable sorts: name, then date, then blind)
    ordered = sorted(corpora.items(), key=lambda kv: kv[0])
    ordered.sort(key=lambda kv: str((kv[1] or {}).get("measured_at") or ""), reverse=True)
    ordered.sort(key=lambda kv: not is_blind(kv[0]))
    return {"corpora": {k: _record(k, v) for k, v in ordered}, "note": None}


#: corpora whose texts were written before, and independently of, the rules they measure
BLIND_SUFFIX = "-blind"
BLIND_NAMES = frozenset({"holdout"})


def is_blind(name: str) -> bool:
    """A blind figure (data written independently of the rules) or a tuned one."""
    return name in BLIND_NAMES or name.endswith(BLIND_SUFFIX)


def _record(name: str, r: dict[str, Any]) -> dict[str, Any]:
    def figures(m: dict[str, Any]) -> dict[str, Any]:
        keys = ("precision", "recall", "f1", "support", "leak")
        return {k: m.get(k) for k in keys if k != "leak" or "leak" in m}

    settings = r.get("settings") or {}
    if "iou_min" in settings:
        scoring = (
            f"a finding counts when its type matches and it overlaps the labelled span with "
            f"IoU >= {settings['iou_min']}"
        )
    else:
        scoring = (
            "a labelled span counts when findings of its type cover all its non-space "
            "characters; leak: the share of personal-data characters no finding covers"
        )
    out = {
        "measured_at": r.get("measured_at"),
        "corpus": r.get("corpus"),
        "blind": is_blind(name),
        "scoring": scoring,
        "messages": r.get("messages"),
        "labelled_spans": r.get("labelled_spans"),
        "privacyguard_version": r.get("privacyguard_version"),
        "git_commit": r.get("git_commit"),
        "git_dirty": r.get("git_dirty"),
        "overall": figures(r.get("overall") or {}),
        "per_type": {k: figures(v) for k, v in sorted((r.get("per_type") or {}).items())},
    }
    out["per_class"] = {k: figures(v) for k, v in (r.get("per_class") or {}).items()}
    out["hard_negatives"] = r.get("hard_negatives") or {}
    return out
