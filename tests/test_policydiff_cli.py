"""privacyguard policy-watch add | diff | check | history, through click's CliRunner."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.policydiff.snapshot import SnapshotStore

CORPUS = Path(__file__).resolve().parent / "data" / "privacy-policies"  # tests/data/README.md
TELEGRAM = CORPUS / "telegram"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="policy corpus not available")


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["policy-watch", *args], catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "p.sqlite")


def _count(db: str) -> int:
    store = SnapshotStore(db)
    n = sum(len(store.history(s)) for s in store.services())
    store.close()
    return n


def test_help_lists_the_four_commands():
    r = run("--help")
    assert r.exit_code == 0
    for name in ("add", "diff", "check", "history"):
        assert name in r.output


@needs_corpus
def test_add_twice_is_one_version_and_history_lists_it(db):
    f = str(TELEGRAM / "2024-07-15.md")
    r1 = run("add", "telegram", f, "--date", "2024-07-15", "--db", db)
    assert r1.exit_code == 0 and "telegram@2024-07-15: stored" in r1.output
    r2 = run("add", "telegram", f, "--date", "2024-07-20", "--db", db)
    assert "already stored, unchanged" in r2.output and "telegram@2024-07-15" in r2.output
    r = run("history", "telegram", "--db", db, "--json")
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [(x["date"], x["media_type"]) for x in rows] == [("2024-07-15", "markdown")]
    assert len(rows[0]["sha256"]) == 64


@needs_corpus
def test_check_exits_1_on_notable_change_and_0_on_cosmetic(db, tmp_path):
    for d in ("2024-07-15", "2024-10-02"):
        run("add", "telegram", str(TELEGRAM / f"{d}.md"), "--date", d, "--db", db)
    for d in ("2025-07-03", "2025-10-03"):
        run("add", "whatsapp", str(CORPUS / "whatsapp" / f"{d}.md"), "--date", d, "--db", db)
    r = run("check", "--db", db)
    assert r.exit_code == 1
    assert "FLAGGED telegram" in r.output
    assert "whatsapp: whatsapp@2025-07-03 -> whatsapp@2025-10-03: cosmetic" in r.output
    r = run("check", "--db", db, "--json")
    by = {d["service"]: d for d in map(json.loads, r.output.splitlines())}
    assert by["whatsapp"]["status"] == "cosmetic" and not by["whatsapp"]["flagged"]
    assert {"law_enforcement", "retention"} <= set(by["telegram"]["topics"])

    # only the cosmetic service tracked: exit 0
    db2 = str(tmp_path / "cosmetic.sqlite")
    for d in ("2025-07-24", "2025-09-23"):
        run("add", "telegram", str(TELEGRAM / f"{d}.md"), "--date", d, "--db", db2)
    assert run("check", "--db", db2).exit_code == 0


def test_min_severity_filters_what_is_flagged(db, tmp_path):
    body = " ".join(["We process the information you give us to provide the service."] * 4)
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(f"# Policy\n\n## Contact\n\n{body}\n", encoding="utf-8")
    b.write_text(f"# Policy\n\n## Contact\n\n{body}\n\nWrite to us at our new office.\n",
                 encoding="utf-8")  # fmt: skip
    run("add", "acme", str(a), "--date", "2024-01-01", "--db", db)
    run("add", "acme", str(b), "--date", "2024-02-01", "--db", db)
    assert run("check", "--db", db).exit_code == 1
    assert run("check", "--db", db, "--min-severity", "medium").exit_code == 0


@needs_corpus
def test_diff_text_json_and_html(db, tmp_path):
    for d in ("2024-07-15", "2024-10-02", "2025-07-24"):
        run("add", "telegram", str(TELEGRAM / f"{d}.md"), "--date", d, "--db", db)
    out = tmp_path / "d.html"
    r = run("diff", "telegram", "--from", "2024-07-15", "--to", "2024-10-02", "--db", db,
            "--html", str(out))  # fmt: skip
    assert r.exit_code == 0
    assert "paragraph changed in 8.3. Law Enforcement Authorities" in r.output
    assert "[-semiannual-] {+quarterly+}" in r.output
    assert "\x1b[" not in r.output  # no colour when not a terminal
    page = out.read_text(encoding="utf-8")
    assert "<del>semiannual </del>" in page and "<ins>quarterly </ins>" in page
    assert "Law enforcement and authorities" in page
    r = run("diff", "telegram", "--db", db, "--json", "--color")
    data = json.loads(r.output)
    assert (data["from"], data["to"]) == ("telegram@2024-10-02", "telegram@2025-07-24")
    assert data["status"] == "substantive" and data["changes"]
    r = run("diff", "telegram", "--db", db, "--color", "--to", "2024-10-02")
    assert "\x1b[32m" in r.output


def test_diff_of_unknown_service_or_single_version_is_a_clear_error(db, tmp_path):
    r = run("diff", "nope", "--db", db)
    assert r.exit_code == 2 and "no versions of 'nope' stored" in r.output
    f = tmp_path / "p.txt"
    f.write_text("Privacy Policy\n\n" + "We keep your data safe and never sell it. " * 5, "utf-8")
    run("add", "one", str(f), "--db", db)
    r = run("diff", "one", "--db", db)
    assert r.exit_code == 2 and "only one version" in r.output
    assert run("history", "nope", "--db", db).exit_code == 2


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the page is empty"),
        (b"\x00\x01\x02\x03binary\xff\xfe" * 50, "binary data"),
        (b"<html><body><div class='c'><p>Allow the use of cookies from Example on this browser?"
         b"</p><p>Accept all cookies</p></div></body></html>", "cookie or consent banner"),
    ],
)  # fmt: skip
def test_bad_input_files_are_refused_and_nothing_is_stored(db, tmp_path, content, message):
    f = tmp_path / "page.html"
    f.write_bytes(content)
    r = run("add", "x", str(f), "--db", db)
    assert r.exit_code == 2
    assert message in r.output and "nothing stored" in r.output
    assert _count(db) == 0


def test_unreachable_url_is_a_clear_error_and_nothing_is_stored(db):
    url = f"http://127.0.0.1:{_closed_port()}/privacy"
    r = run("add", "x", url, "--db", db, "--timeout", "3")
    assert r.exit_code == 2
    assert f"error: {url}: could not fetch (connection failed" in r.output
    assert "nothing stored" in r.output
    assert _count(db) == 0


def test_missing_file_is_a_clear_error(db, tmp_path):
    r = run("add", "x", str(tmp_path / "missing.md"), "--db", db)
    assert r.exit_code == 2 and "cannot read" in r.output


def test_url_is_fetched_with_http(db, tmp_path):
    import http.server
    import threading

    body = "<html><body><h1>Policy</h1><p>" + "We keep your data safe. " * 10 + "</p></body></html>"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/privacy"
        r = run("add", "local", url, "--date", "2024-03-01", "--db", db)
    finally:
        server.shutdown()
        server.server_close()
    assert r.exit_code == 0, r.output
    assert "local@2024-03-01: stored" in r.output and "html" in r.output


def test_db_accepts_an_sqlalchemy_url(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("Privacy Policy\n\n" + "We keep your data safe and never sell it. " * 5, "utf-8")
    url = f"sqlite:///{tmp_path / 'url.sqlite'}"
    assert run("add", "svc", str(f), "--date", "2024-01-02", "--db", url).exit_code == 0
    r = run("history", "svc", "--db", url)
    assert r.output.startswith("2024-01-02  ") and "text" in r.output
    r = run("add", "svc", str(f), "--db", "nosuchdriver://x")
    assert r.exit_code == 2 and "cannot open policy database" in r.output
