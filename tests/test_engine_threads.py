"""A detector keeps no per-message state: several threads can share one, and an edited
rules/ takes effect for a new detector in the same process."""

from __future__ import annotations

import json
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from privacyguard import Message
from privacyguard.pipeline import detector_for

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "data" / "golden"


def _batches(size: int = 32) -> list[list[Message]]:
    with (GOLDEN / "messages-in-sample.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][:1200]
    msgs = [Message(id=r["id"], text=r["text"], conversation_id=r["conversation_id"]) for r in rows]
    return [msgs[i : i + size] for i in range(0, len(msgs), size)]


def _outcome(detector, batch: list[Message]) -> list[tuple]:
    return [(d.message.id, d.lang, d.error, tuple(d.findings)) for d in detector.detect(batch)]


def test_threads_sharing_one_detector_find_what_sequential_use_finds(detector) -> None:
    batches = _batches()
    sequential = [_outcome(detector, b) for b in batches]
    assert sum(len(f) for out in sequential for *_, f in out) > 500  # the batches find plenty
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, so shared state would show
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            threaded = list(pool.map(lambda b: _outcome(detector, b), batches))
    finally:
        sys.setswitchinterval(old)
    assert threaded == sequential


def test_an_edited_rules_directory_takes_effect_for_a_new_detector(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    text = "Bel me op 06-12345678 of mail anna.de.vries@example.nl"
    before = detector_for(str(rules)).detect([Message(id="1", text=text, lang="nl")])[0]
    assert "PHONE_NUMBER" in {f.entity_type for f in before.findings}

    phone = rules / "phone.yaml"
    phone.write_text(
        phone.read_text(encoding="utf-8").replace(
            "  - name: phone_number\n", "  - name: phone_number\n    enabled: false\n"
        ),
        encoding="utf-8",
    )
    after = detector_for(str(rules)).detect([Message(id="1", text=text, lang="nl")])[0]
    types = {f.entity_type for f in after.findings}
    assert "PHONE_NUMBER" not in types
    assert "EMAIL_ADDRESS" in types  # the other rules still apply
