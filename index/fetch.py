"""Fetching a statement from a link, safely: http and https only; connect and read timeouts and
an overall deadline; at most `max_bytes`; at most 5 redirects, each one checked again; every
host resolved first and refused when any of its addresses is loopback, private, link-local,
multicast, reserved or unspecified (a moderator must not make the bot read the deployer's
network) unless `allow_private`; the connection made to the address that was checked (no second
lookup to rebind). Every failure is one `FetchRefused` sentence; nothing is saved by this module.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

from .errors import UndersignedError

MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0
DEADLINE = 60.0  # seconds for the whole fetch, redirects included
USER_AGENT = "Undersigned/0.1 (statement archive; +https://example.invalid/undersigned)"


class FetchRefused(UndersignedError):
    """A link that cannot be fetched; the message says why, in one sentence."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page or file."""

    url: str  # where it was finally read from, after redirects
    content_type: str | None
    data: bytes


def fetch(url: str, *, max_bytes: int, allow_private: bool = False) -> Fetched:
    """The bytes at `url`, within the rules above; `FetchRefused` otherwise."""
    import urllib3

    started = time.monotonic()
    seen: list[str] = []
    current = url.strip()
    for _ in range(MAX_REDIRECTS + 1):
        parts = _checked_url(current)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = _checked_address(host, port, allow_private)
        left = DEADLINE - (time.monotonic() - started)
        if left <= 0:
            raise FetchRefused(f"Fetching {url} timed out; try again later.")
        timeout = urllib3.Timeout(connect=min(CONNECT_TIMEOUT, left), read=min(READ_TIMEOUT, left))
        pool: urllib3.HTTPConnectionPool
        if parts.scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address, port, timeout=timeout, retries=False, server_hostname=host,
                assert_hostname=host,
            )  # fmt: skip
        else:
            pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        headers = {
            "Host": parts.netloc.rsplit("@", 1)[-1],
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/pdf,application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.8",
        }
        try:
            response = pool.urlopen(
                "GET", path, headers=headers, redirect=False, preload_content=False
            )
        except urllib3.exceptions.NewConnectionError as exc:
            raise FetchRefused(f"{host} cannot be reached ({_reason(exc)}).") from exc
        except urllib3.exceptions.TimeoutError as exc:
            raise FetchRefused(f"{host} did not answer in time; try again later.") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise FetchRefused(f"{host} cannot be reached ({_reason(exc)}).") from exc
        try:
            if response.status in (301, 302, 303, 307, 308):
                target = response.headers.get("Location")
                if not target:
                    raise FetchRefused(f"{current} redirects nowhere.")
                seen.append(current)
                current = urljoin(current, target)
                if current in seen:
                    raise FetchRefused(f"{url} redirects in a loop; nothing was saved.")
                continue
            if response.status >= 400:
                raise FetchRefused(
                    f"{current} answered {response.status} {response.reason or ''}".rstrip()
                    + "; check the link."
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchRefused(
                    f"{current} is {int(length):,} bytes; the limit is {max_bytes:,}."
                )
            data = _read(response, max_bytes, current, started)
            return Fetched(current, response.headers.get("Content-Type"), data)
        except urllib3.exceptions.TimeoutError as exc:
            raise FetchRefused(f"{host} stopped answering; try again later.") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise FetchRefused(f"Reading {current} failed ({_reason(exc)}).") from exc
        finally:
            response.release_conn()
            pool.close()
    raise FetchRefused(f"{url} redirects more than {MAX_REDIRECTS} times; nothing was saved.")


def _read(response: object, max_bytes: int, url: str, started: float) -> bytes:
    chunks: list[bytes] = []
    total = 0
    for chunk in response.stream(64 * 1024):  # type: ignore[attr-defined]
        total += len(chunk)
        if total > max_bytes:
            raise FetchRefused(f"{url} is larger than the limit of {max_bytes:,} bytes.")
        if time.monotonic() - started > DEADLINE:
            raise FetchRefused(f"Fetching {url} took too long; try again later.")
        chunks.append(chunk)
    return b"".join(chunks)


def _checked_url(url: str) -> SplitResult:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"{url!r} is not an http(s) link; give a link that starts https://.")
    if not parts.hostname:
        raise FetchRefused(f"{url!r} names no host; check the link.")
    if parts.username or parts.password:
        raise FetchRefused("Links with a user name or password are not fetched.")
    return parts


def _checked_address(host: str, port: int, allow_private: bool) -> str:
    """The address to connect to: every address the host resolves to is checked."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"{host} cannot be found (no such host).") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchRefused(f"{host} cannot be found (no such host).")
    if not allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if not ip.is_global or ip.is_multicast:
                raise FetchRefused(
                    f"{host} is a private, local or reserved address ({address}); the bot "
                    "fetches public pages only."
                )
    return addresses[0]


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    text = str(reason)
    if "Connection refused" in text:
        return "connection refused"
    if "Name or service not known" in text or "nodename" in text:
        return "no such host"
    return text.split(": ", 1)[-1][:120]
