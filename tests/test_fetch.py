"""Fetching links safely, against a real HTTP server on 127.0.0.1: what is refused, each with its
one sentence, and what is read."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from index.fetch import FetchRefused, fetch

from .support import http_server

PAGE = (
    b"<!DOCTYPE html><html><head><title>A statement</title></head><body><p>Text.</p></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/page.html":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{n + 1}" if n < 10 else "/page.html")
            self.end_headers()
        elif path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop2")
            self.end_headers()
        elif path == "/loop2":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/big":
            self._send(200, b"x" * 5000, "text/plain")
        elif path == "/big-no-length":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"y" * 1000)
        elif path == "/gone":
            self._send(404, b"not here", "text/plain")
        elif path == "/elsewhere":
            self.send_response(302)
            self.send_header("Location", "ftp://example.org/x")
            self.end_headers()
        else:
            self._send(500, b"oops", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with http_server(Handler) as url:
        yield url


def test_a_page_is_fetched_with_its_type(server: str):
    got = fetch(f"{server}/page.html", max_bytes=10_000, allow_private=True)
    assert got.data == PAGE and got.content_type == "text/html; charset=utf-8"


def test_redirects_are_followed_up_to_five(server: str):
    got = fetch(f"{server}/hop/6", max_bytes=10_000, allow_private=True)
    assert got.url.endswith("/page.html")
    with pytest.raises(FetchRefused, match="redirects more than 5 times"):
        fetch(f"{server}/hop/1", max_bytes=10_000, allow_private=True)


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/loop", "redirects in a loop"),
        ("/big", "the limit is 1,000"),
        ("/big-no-length", "larger than the limit of 1,000 bytes"),
        ("/gone", "answered 404"),
        ("/elsewhere", "is not an http\\(s\\) link"),
    ],
)
def test_refusals_say_why_in_one_sentence(server: str, path: str, said: str):
    with pytest.raises(FetchRefused, match=said) as refused:
        fetch(f"{server}{path}", max_bytes=1_000, allow_private=True)
    assert str(refused.value).count(". ") <= 1


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://10.0.0.8/x",
        "http://192.168.1.1/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://224.0.0.1/x",
        "http://0.0.0.0/x",
    ],
)
def test_private_and_local_addresses_are_refused_unless_allowed(url: str):
    with pytest.raises(FetchRefused, match="private, local or reserved address"):
        fetch(url, max_bytes=1_000)


def test_a_server_on_this_machine_is_refused_without_allow_private(server: str):
    # (Every hop of a redirect goes through the same check; a public first hop cannot be
    # served here, so a redirect from a public to a private address is not tested.)
    with pytest.raises(FetchRefused, match="private, local or reserved address"):
        fetch(f"{server}/hop/9", max_bytes=1_000)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("file:///etc/passwd", "not an http\\(s\\) link"),
        ("ftp://example.org/x", "not an http\\(s\\) link"),
        ("javascript:alert(1)", "not an http\\(s\\) link"),
        ("http://user:pw@example.org/", "user name or password"),
        ("http://no-such-host.invalid/x", "cannot be found"),
    ],
)
def test_other_links_are_refused(url: str, said: str):
    with pytest.raises(FetchRefused, match=said):
        fetch(url, max_bytes=1_000)


def test_a_closed_port_is_unreachable():
    with pytest.raises(FetchRefused, match="cannot be reached"):
        fetch("http://127.0.0.1:9/x", max_bytes=1_000, allow_private=True)
