"""Fetch a policy page over HTTP(S) with httpx: timeouts, redirects, clear errors offline."""

from __future__ import annotations

from privacyguard.policydiff.errors import FetchError

MAX_BYTES = 20_000_000
USER_AGENT = "privacyguard-policy-watch/0.1 (+https://example.invalid/privacyguard)"


def fetch(url: str, timeout: float = 20.0) -> tuple[bytes, str]:
    """Return (body, content type); raise FetchError on network errors and HTTP >= 400."""
    import httpx

    try:
        with httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/markdown,text/plain"},
        ) as client:
            with client.stream("GET", url) as r:
                if r.status_code >= 400:
                    raise FetchError(url, f"HTTP {r.status_code} {r.reason_phrase}")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise FetchError(url, f"page larger than {MAX_BYTES // 1_000_000} MB")
                    chunks.append(chunk)
                return b"".join(chunks), r.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise FetchError(url, f"timed out after {timeout:g} s") from None
    except httpx.ConnectError as e:
        raise FetchError(url, f"connection failed: {e}") from None
    except (httpx.HTTPError, httpx.InvalidURL) as e:
        raise FetchError(url, f"{type(e).__name__}: {e}") from None
