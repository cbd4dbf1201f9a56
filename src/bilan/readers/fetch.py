"""Polite HTTP fetching for the readers: bounded concurrency, retries, a size cap, failures as results.

`Fetcher.fetch` never raises: a page that cannot be had comes back as a `FetchResult`
whose `error` says why in one sentence ("GET https://… returned 404 Not Found."), so a
feed with one dead link still yields its other entries.
"""

from __future__ import annotations

import email.utils
import os
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata

import httpx

from ..errors import error
from ..models import Error

MAX_BYTES = 10 * 1024 * 1024  # a news page is ~0.5 MB; anything far beyond is not an article
MAX_REDIRECTS = 10
MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer is told "no" rather than stalling a batch
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"


def _version() -> str:
    # Not `bilan.__version__`: importing the package root from here would be circular.
    try:
        return metadata.version("bilan")
    except metadata.PackageNotFoundError:
        return "0"


# Site operators read this to know who is fetching; a deployment sets BILAN_USER_AGENT to add
# its own contact ("bilan/0.1 (+mailto:desk@example.org)").
USER_AGENT = os.environ.get("BILAN_USER_AGENT") or f"bilan/{_version()} (armed-violence news extractor)"


@dataclass
class FetchResult:
    """The outcome of one GET: the body when it came, else `error`; never an exception."""

    url: str  # as asked for
    final_url: str | None = None  # after redirects
    status: int | None = None  # None when no response arrived at all
    content: bytes = b""
    content_type: str | None = None
    error: Error | None = None  # set on failure, and on success when the body was truncated
    tries: int = 1
    truncated: bool = False

    @property
    def ok(self) -> bool:
        """True when a 2xx body arrived (possibly truncated at the size cap: see `truncated`)."""
        return self.status is not None and 200 <= self.status < 300

    @property
    def media_type(self) -> str | None:
        """The Content-Type without parameters, lower-cased ("text/html")."""
        if not self.content_type:
            return None
        return self.content_type.split(";", 1)[0].strip().lower() or None

    @property
    def charset(self) -> str | None:
        """The Content-Type's charset parameter, if any."""
        for param in (self.content_type or "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


class _TooSlow(Exception):
    """The body trickled in for longer than the per-try deadline."""


def _tries(n: int) -> str:
    return "1 try" if n == 1 else f"{n} tries"


def exception_detail(exc: BaseException, with_type: bool = False) -> str:
    """The exception as a clause for our messages, which end with their own full stop."""
    text = str(exc).strip().rstrip(".")
    if not text:
        return type(exc).__name__
    return f"{type(exc).__name__}: {text}" if with_type else text


def _seconds(value: float) -> str:
    return f"{value:g}"


def _reason(response: httpx.Response) -> str:
    return response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code) or "error"


def _retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (a number or an HTTP date), or None.

    Args:
        value: the header's value.
    """
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class Fetcher:
    """An httpx client with a user agent, timeouts, retries with back-off, a size cap and a concurrency limit.

    Args:
        user_agent: sent with every request.
        timeout: seconds allowed to connect and between two reads of the body.
        retries: extra tries after the first on connection errors, timeouts, 5xx and 429
            (so 3 means up to 4 tries); 4xx are never retried.
        backoff: the first wait in seconds; it doubles at each retry. A small `Retry-After`
            (up to `max_retry_after`) replaces it when longer.
        concurrency: requests in flight at once, across `fetch_many` and concurrent `fetch` calls.
        connect_timeout: seconds allowed to connect; defaults to `timeout`.
        max_time: seconds one try may take in all, so a server dripping bytes cannot hold a
            slot forever; defaults to 3 x `timeout`.
        max_bytes: bodies are cut at this size (the result says so).
        max_redirects: redirects followed before giving up.
        max_retry_after: a 429/5xx asking to wait longer than this is not retried.
        transport: an httpx transport, for tests.
    """

    def __init__(
        self,
        user_agent: str = USER_AGENT,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.5,
        concurrency: int = 4,
        *,
        connect_timeout: float | None = None,
        max_time: float | None = None,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        max_retry_after: float = MAX_RETRY_AFTER,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = max(0.0, float(backoff))
        self.concurrency = max(1, int(concurrency))
        self.max_time = float(max_time) if max_time is not None else 3 * self.timeout
        self.max_bytes = int(max_bytes)
        self.max_redirects = int(max_redirects)
        self.max_retry_after = float(max_retry_after)
        self._slots = threading.BoundedSemaphore(self.concurrency)
        connect = self.timeout if connect_timeout is None else float(connect_timeout)
        self._client = httpx.Client(
            headers={"User-Agent": user_agent, "Accept": ACCEPT},
            timeout=httpx.Timeout(self.timeout, connect=connect),
            follow_redirects=True,
            max_redirects=self.max_redirects,
            # The semaphore is the real limit; the pool just must not be the smaller one.
            limits=httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency),
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(self, url: str) -> FetchResult:
        """GET one URL, retrying what is worth retrying; failures come back as a result with `error`.

        Args:
            url: an http:// or https:// address.
        """
        try:
            return self._fetch(url)
        except Exception as exc:  # a bug here must not cost the batch
            return FetchResult(url=url, error=error("E037", url=url, detail=exception_detail(exc, with_type=True)))

    def fetch_many(self, urls: Iterable[str]) -> list[FetchResult]:
        """GET several URLs, at most `concurrency` at once; results in the order of `urls`.

        Args:
            urls: http:// or https:// addresses.
        """
        urls = list(urls)
        if len(urls) <= 1:
            return [self.fetch(url) for url in urls]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(urls)), thread_name_prefix="bilan-fetch") as pool:
            return list(pool.map(self.fetch, urls))

    def _fetch(self, url: str) -> FetchResult:
        tries = self.retries + 1
        for n in range(1, tries + 1):
            # The slot is released while backing off, so one slow host does not stall the others.
            with self._slots:
                result, retry_after, retryable = self._once(url, n)
            if not retryable or n == tries:
                return result
            delay = self.backoff * 2 ** (n - 1)
            time.sleep(max(delay, retry_after or 0.0))
        raise AssertionError("unreachable")

    def _once(self, url: str, n: int) -> tuple[FetchResult, float | None, bool]:
        """One try: the result, the server's Retry-After, and whether another try may help."""
        started = time.monotonic()
        try:
            with self._client.stream("GET", url) as response:
                final = str(response.url)
                shown = url if final == url else f"{url} (redirected to {final})"
                result = FetchResult(url=url, final_url=final, status=response.status_code,
                                     content_type=response.headers.get("content-type"), tries=n)
                status = response.status_code
                if 200 <= status < 300:
                    self._read(response, result, started)
                    return result, None, False
                reason = _reason(response)
                if status == 429 or status >= 500:
                    wait = _retry_after(response.headers.get("retry-after"))
                    if wait is not None and wait > self.max_retry_after:
                        result.error = error("E032", url=shown, status=status, reason=reason,
                                             seconds=_seconds(round(wait)))
                        return result, None, False
                    result.error = error("E031", url=shown, status=status, reason=reason, tries=_tries(n))
                    return result, wait, True
                result.error = error("E030", url=shown, status=status, reason=reason)
                return result, None, False
        except (httpx.TimeoutException, _TooSlow) as exc:
            limit = self.max_time if isinstance(exc, _TooSlow) else self.timeout
            return self._failed(url, n, error("E033", url=url, timeout=_seconds(limit), tries=_tries(n))), None, True
        except httpx.TooManyRedirects:
            return self._failed(url, n, error("E035", url=url, limit=self.max_redirects)), None, False
        except (httpx.UnsupportedProtocol, httpx.InvalidURL, httpx.DecodingError) as exc:
            return self._failed(url, n, error("E037", url=url, detail=exception_detail(exc))), None, False
        except httpx.TransportError as exc:
            if isinstance(exc, httpx.ConnectError):
                detail = f"could not connect ({exception_detail(exc)})"
            else:
                detail = exception_detail(exc, with_type=True)
            return self._failed(url, n, error("E034", url=url, detail=detail, tries=_tries(n))), None, True
        except (httpx.HTTPError, httpx.StreamError, ValueError, OSError) as exc:
            detail = exception_detail(exc, with_type=True)
            return self._failed(url, n, error("E037", url=url, detail=detail)), None, False

    @staticmethod
    def _failed(url: str, n: int, problem: Error) -> FetchResult:
        return FetchResult(url=url, tries=n, error=problem)

    def _read(self, response: httpx.Response, result: FetchResult, started: float) -> None:
        """Read the body into `result`, stopping at `max_bytes` and at the per-try deadline."""
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                del body[self.max_bytes:]
                result.truncated = True
                result.error = error("E036", url=result.url, limit=self.max_bytes)
                break
            if time.monotonic() - started > self.max_time:
                raise _TooSlow()
        result.content = bytes(body)
