"""The audit report in a real browser (Debian's headless Chromium through Playwright): no
console errors, no page errors, no network request, and a real screenshot.

Not skipped when Chromium is missing: it fails, saying to run `make browser` (CI has it).
"""

from __future__ import annotations

from datetime import datetime, timezone

from click.testing import CliRunner

from privacyguard.cli import cli
from privacyguard.record.report.browser import check_page

from . import test_audit_report as _report

seeded = _report.seeded


def test_report_renders_offline_without_errors(seeded, tmp_path):
    store, policy_file = seeded
    url = store.engine.url.render_as_string(hide_password=False)
    html, png = tmp_path / "report.html", tmp_path / "shots" / "report.png"
    r = CliRunner().invoke(cli, ["audit", "--db", url, "--as-of", "2026-06-01", "--policy",
                                 str(policy_file), "--html", str(html)])  # fmt: skip
    assert r.exit_code == 0, r.output
    page = check_page(html, png)  # BrowserUnavailable (fails the test) names `make browser`
    assert page.console_errors == []
    assert page.page_errors == []
    assert page.requests == []
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_cli_screenshot_option_checks_the_page(seeded, tmp_path):
    store, policy_file = seeded
    url = store.engine.url.render_as_string(hide_password=False)
    html, png = tmp_path / "report.html", tmp_path / "report.png"
    r = CliRunner().invoke(cli, ["audit", "--db", url, "--as-of",
                                 datetime(2026, 6, 1, tzinfo=timezone.utc).isoformat(),
                                 "--policy", str(policy_file), "--html", str(html),
                                 "--screenshot", str(png)])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "no console errors, no network requests" in r.stderr
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_a_page_that_fetches_is_caught(tmp_path):
    html = tmp_path / "bad.html"
    html.write_text(
        '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://example.invalid/a.css">'
        "</head><body><script>console.error('boom'); undefinedFn();</script></body></html>",
        encoding="utf-8",
    )
    page = check_page(html)
    assert page.requests == ["https://example.invalid/a.css"]
    assert any("boom" in m for m in page.console_errors)
    assert page.page_errors and "undefinedFn" in page.page_errors[0]
