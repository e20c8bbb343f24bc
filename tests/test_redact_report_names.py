"""``redact --report FILE`` lists the input files with their SHA-256, and with
``--report-names digest`` names every file only by a digest of its content: a file name can
be personal data (WhatsApp: "WhatsApp Chat with <name>.txt") and the report is handed on
(privacyguard/act/report_names.py, docs/how-to/redact-an-export.md). Synthetic people only."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.act.report import RedactionReport, Withheld
from privacyguard.cli import cli
from privacyguard.models import InputProblem, SourceLocation

EXAMPLE = Path(__file__).parents[1] / "examples/exports/whatsapp/android_nl_NL"
CHAT = "WhatsApp Chat with Kari Testesen.txt"
NAME_PARTS = ("Kari", "Testesen", "Ola")


def _export(root: Path) -> Path:
    src = root / "in"
    (src / "Ola Prøvesen").mkdir(parents=True)
    shutil.copy(next(EXAMPLE.glob("*.txt")), src / CHAT)
    (src / "Kari Testesen passport.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a real photo")
    (src / "notes Kari.json").write_text('{"broken', "utf-8")
    (src / "Ola Prøvesen" / "_chat.txt").write_bytes((src / CHAT).read_bytes()[:400])
    return src


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _redact(src: Path, tmp_path: Path, *extra: str) -> tuple[int, dict]:
    report = tmp_path / "report.json"
    args = ["redact", str(src), "-o", str(tmp_path / "out"), "-q", "--report", str(report)]
    r = CliRunner().invoke(cli, [*args, *extra])
    return r.exit_code, json.loads(report.read_text("utf-8"))


def test_the_report_lists_every_input_file_with_its_digest(tmp_path: Path) -> None:
    src = _export(tmp_path)
    code, report = _redact(src, tmp_path)
    assert code == 2  # the photo and the broken JSON were not read
    files = {f["path"]: f for f in report["files"]}
    assert set(files) == {
        CHAT, "Kari Testesen passport.jpg", "notes Kari.json", "Ola Prøvesen/_chat.txt"
    }  # fmt: skip
    for rel, f in files.items():
        assert f["sha256"] == _sha(src / rel) and f["bytes"] == (src / rel).stat().st_size
    # the names as before: existing readers of the report keep working
    assert report["report_names"] == "path" and report["source"] == str(src)
    assert "notes Kari.json" in report["files_withheld"]


def test_digest_names_leave_no_file_name_in_the_report(tmp_path: Path) -> None:
    src = _export(tmp_path)
    code, report = _redact(src, tmp_path, "--report-names", "digest")
    assert code == 2
    text = json.dumps(report, ensure_ascii=False)
    for part in (*NAME_PARTS, "WhatsApp Chat", str(tmp_path)):
        assert part not in text, part
    chat = _sha(src / CHAT)
    assert {"file": chat[:16] + ".txt", "sha256": chat, "bytes": (src / CHAT).stat().st_size} in (
        report["files"]
    )
    notes = _sha(src / "notes Kari.json")[:16] + ".json"
    assert notes in report["files_withheld"]
    assert any(p["where"] == notes for p in report["not_read"])
    assert report["source"].startswith("dir-") and report["output"] == "<output>"
    # the same file gives the same report
    assert _redact(src, tmp_path, "--report-names", "digest")[1] == report


def test_digest_names_rewrite_message_ids_and_locations(tmp_path: Path) -> None:
    src = _export(tmp_path)
    stem = "WhatsApp Chat with Kari Testesen"
    rep = RedactionReport("gdpr-default", "policies/gdpr-default.yaml", str(src), "out")
    rep.withheld.append(
        Withheld(f"whatsapp:{stem}#0123456789ab", f"{src / CHAT}:12", "not scanned", "withhold")
    )
    rep.withheld.append(
        Withheld("whatsapp:Ola Prøvesen#0123456789ab", f"{src}/Ola Prøvesen/_chat.txt:3", "x",
                 "withhold")
    )  # fmt: skip
    rep.not_read.append(InputProblem(SourceLocation(f"{src}/Ola Prøvesen"), "unreadable"))
    out = rep.to_json(names="digest")
    chat = _sha(src / CHAT)[:16]
    assert out["withheld"][0]["message_id"] == f"whatsapp:{chat}#0123456789ab"
    assert out["withheld"][0]["where"] == f"{chat}.txt:12"
    folder = out["withheld"][1]["message_id"].removeprefix("whatsapp:").split("#")[0]
    assert folder.startswith("dir-") and out["not_read"][0]["where"] == folder
    inner = _sha(src / "Ola Prøvesen" / "_chat.txt")[:16]
    assert out["withheld"][1]["where"] == f"{inner}.txt:3"
    assert not any(p in json.dumps(out, ensure_ascii=False) for p in NAME_PARTS)
    assert rep.to_json() == rep.to_json(names=None) and "files" not in rep.to_json()
    with pytest.raises(ValueError, match="names"):
        rep.to_json(names="secret")


def test_digest_names_cover_zip_members(tmp_path: Path) -> None:
    src = _export(tmp_path)
    z = tmp_path / "Kari Testesen export.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in sorted(src.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(src).as_posix())
    code, report = _redact(z, tmp_path, "--report-names", "digest")
    assert code == 2
    assert not any(p in json.dumps(report, ensure_ascii=False) for p in NAME_PARTS)
    assert report["source"] == _sha(z)[:16] + ".zip"
    assert len(report["files"]) == 5  # the zip and its four members


def test_report_names_needs_a_report(tmp_path: Path) -> None:
    src = _export(tmp_path)
    r = CliRunner().invoke(
        cli, ["redact", str(src), "-o", str(tmp_path / "o"), "--report-names", "digest"]
    )
    assert r.exit_code == 2 and "--report-names needs --report" in r.output


def test_help_explains_report_names() -> None:
    r = CliRunner().invoke(cli, ["redact", "--help"])
    shown = " ".join(r.output.split())
    assert "--report-names [path|digest]" in shown and "personal data" in shown


def test_digest_names_digest_an_email_message_id(tmp_path: Path) -> None:
    src = _export(tmp_path)
    rep = RedactionReport("gdpr-default", "policies/gdpr-default.yaml", str(src), "out")
    mid = "email:<kari.testesen@example.com>"
    rep.withheld.append(Withheld(mid, f"{src / CHAT}:1", "x", "withhold"))
    got = rep.to_json(names="digest")["withheld"][0]["message_id"]
    assert got == "id-" + hashlib.sha256(mid.encode()).hexdigest()[:16]
    assert rep.to_json(names="path")["withheld"][0]["message_id"] == mid


def test_a_damaged_zip_member_is_named_unread_not_by_its_name(tmp_path: Path) -> None:
    z = tmp_path / "export.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("Kari Testesen.txt", "hello " * 50)
    data = bytearray(z.read_bytes())
    i = data.index(b"hello")
    data[i : i + 5] = b"HELLO"  # the stored bytes no longer match the CRC
    z.write_bytes(bytes(data))
    rep = RedactionReport("gdpr-default", "policies/gdpr-default.yaml", str(z), "out")
    rep.not_read.append(InputProblem(SourceLocation(f"{z}!Kari Testesen.txt"), "bad CRC"))
    out = rep.to_json(names="digest")
    assert out["not_read"][0]["where"] == "unread-1.txt"
    assert "Kari" not in json.dumps(out)
