"""Open a report in headless Chromium (Debian's ``chromium``, driven by Playwright) and say
what it logged and fetched; optionally save a full-page screenshot.

Nothing is downloaded: Playwright's own browsers are never installed or used. Every request
other than the page itself is recorded and aborted, so a check never reaches the network.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from privacyguard.errors import PrivacyGuardError

HINT = "run `make browser` (Debian's chromium) and `pip install privacyguard[browser]`"


class BrowserUnavailable(PrivacyGuardError):
    """Playwright or a Chromium executable is missing."""


@dataclass
class PageCheck:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.console_errors or self.page_errors or self.requests)


def chromium_path() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        raise BrowserUnavailable(f"no chromium executable on PATH; {HINT}")
    return exe


def check_page(
    html_path: Path, screenshot: Path | None = None, *, width: int = 1280, timeout_s: float = 60
) -> PageCheck:
    """Load ``html_path`` from disk and report console errors, page errors and requests."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise BrowserUnavailable(f"Playwright is not installed; {HINT}") from None
    exe = chromium_path()
    url = Path(html_path).resolve().as_uri()
    out = PageCheck()
    args = ["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=exe, headless=True, args=args)
            try:
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.set_default_timeout(timeout_s * 1000)
                page.on("console", lambda m: out.console_errors.append(m.text)
                        if m.type == "error" else None)  # fmt: skip
                page.on("pageerror", lambda e: out.page_errors.append(str(e)))
                page.on("request", lambda r: out.requests.append(r.url) if r.url != url else None)
                page.route("**/*", lambda route: route.continue_()
                           if route.request.url == url else route.abort())  # fmt: skip
                page.goto(url, wait_until="load")
                if screenshot is not None:
                    _screenshot(page, Path(screenshot))
            finally:
                browser.close()
    except PlaywrightError as e:
        raise BrowserUnavailable(f"Chromium ({exe}) could not open {url}: {e}; {HINT}") from None
    return out


def _screenshot(page: object, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".png", dir=path.parent)
    os.close(fd)
    try:
        page.screenshot(path=tmp, full_page=True)  # type: ignore[attr-defined]
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
