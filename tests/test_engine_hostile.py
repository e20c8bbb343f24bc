"""Hostile input finishes in bounded time: one 250 KB message of digit groups and address
characters ("12-12-...-12@a.a.a...") took 3.5 minutes before the e-mail pattern's local
part was bounded. Run in a child process with a generous timeout (no speed assertion:
the limit only catches the quadratic case, which takes minutes)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

HOSTILE = textwrap.dedent(
    """
    import json
    from privacyguard.models import Message
    from privacyguard.pipeline import detector_for
    text = "12-" * 50000 + "@" + "a." * 50000
    [d] = detector_for().detect([Message(id="hostile", text=text)])
    print(json.dumps({"error": d.error, "findings": len(d.findings), "chars": len(text)}))
    """
)


def test_digit_groups_before_an_at_sign_are_scanned_in_bounded_time() -> None:
    run = subprocess.run(
        [sys.executable, "-c", HOSTILE], capture_output=True, text=True, timeout=90, check=True
    )
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["chars"] == 250_001
    assert out["error"] is None  # scanned, not failed
