"""Statements from web pages, PDFs, Word files and links: read, shown, saved as a statement file
(every quote a verbatim excerpt of it), the original archived, duplicates refused."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, ClassVar

import pytest

from index import collection
from index.search import Engine
from index.sources import NotAStatement, extract

from .support import ROOT, http_server

DEV = ROOT / "tests" / "data" / "sources" / "dev"


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"dev_{name}", DEV / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Site(BaseHTTPRequestHandler):
    files: ClassVar[dict[str, tuple[bytes, str]]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path in ("/loop-a", "/loop-b"):
            self.send_response(302)
            self.send_header("Location", "/loop-b" if self.path == "/loop-a" else "/loop-a")
            self.end_headers()
            return
        found = self.files.get(self.path)
        if found is None:
            self.send_response(404)
            self.end_headers()
            return
        body, content_type = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    Site.files = {
        "/statements/evictions.html": (
            (DEV / "blog-ghost.html").read_bytes(),
            "text/html; charset=utf-8",
        ),
        "/statements/fake.pdf": (b"<html><body>not a pdf</body></html>", "application/pdf"),
        "/docs/harbour.pdf": (_module("pdfs").cases()[0][1], "application/pdf"),
        "/big.html": (b"<html><body>" + b"<p>words and more words</p>" * 60_000, "text/html"),
    }
    with http_server(Site) as url:
        yield url


def test_the_development_fixtures_are_read_as_labelled():
    """Every labelled page, PDF and Word file of the development half (`python -m index
    eval-sources`) read as its label says: a change to the extraction that breaks one of the
    classes they stand for fails here, not only in the figures."""
    from index.evaluate_sources import evaluate

    figures = evaluate(DEV)
    wrong = [
        f"{c['name']}: lost {c['lost']}, extra {c['extra']}, title {c['title']!r}, date {c['date']}"
        for c in figures["by_case"]
        if c["lost"] or c["extra"] or not c["title_ok"] or not c["date_ok"] or c["error"]
    ]
    assert figures["cases"] >= 30
    assert not wrong, "\n".join(wrong)


def test_the_measure_counts_no_dateline_as_a_line_but_counts_sentences_with_dates():
    from index.evaluate_sources import _is_date_line

    assert _is_date_line("Brisk, 3 May 2026")
    assert _is_date_line("Adopted at the Third Coastal Peoples' Assembly, Port Calver, 9 June 2025")
    assert not _is_date_line("The strike began on 3 May 2024 in every port of the country.")
    assert not _is_date_line(
        "Joint statement of the coastal unions and the harbour workers - Marrowby, 14 June 2026"
    )


def test_a_page_is_read_without_its_site_furniture():
    found = extract((DEV / "party-cookies.html").read_bytes(), name="page.html")
    assert found.kind == "html" and found.title == "Seven trade unionists released"
    assert found.date is not None and found.date.isoformat() == "2025-05-02"
    text = found.text()
    for furniture in ("cookies", "Newsletter", "Piotr", "Privacy policy", "Free public transport"):
        assert furniture not in text
    assert text.startswith("Seven trade unionists released\n\n")
    assert "\nThe Socialist Union of Kestria welcomes the release" in text


def test_hidden_furniture_is_left_out_but_a_statement_behind_read_more_is_read():
    paragraphs = [
        f"Paragraph {n} of the declaration asks the council to keep the Orr valley library "
        "open on every weekday and to staff it with trained librarians."
        for n in range(1, 6)
    ]
    page = (
        "<html><head><title>Keep the library open</title></head><body>"
        "<h1>Keep the library open</h1><p>Our declaration, in short: the library stays.</p>"
        '<button aria-controls="full">Read the full text</button>'
        '<div id="full" hidden>' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
        '<div class="sr-only">Skip to the signatures and other accessibility links</div>'
        "<details><summary>Who are we?</summary><p>A group of readers who meet on "
        "Thursdays and would like you to join them for tea after the meeting.</p></details>"
        "</body></html>"
    ).encode()
    found = extract(page, name="page.html")
    assert all(p in found.lines for p in paragraphs)  # hidden until a click, still the text
    assert not any("Thursdays" in x or "accessibility" in x for x in found.lines)


def test_a_short_statement_beside_its_share_button_is_not_taken_for_a_box():
    statement = (
        "The tenants of Fenner Walk call on the council to repair the lifts in all four "
        "blocks before the winter and to publish the date of every repair."
    )
    page = (
        "<html><head><title>Repair the lifts</title></head><body><h1>Repair the lifts</h1>"
        f'<div class="post"><p>{statement}</p><button class="share">Share</button></div>'
        "<footer><p>Fenner Walk Tenants</p></footer></body></html>"
    ).encode()
    assert statement in extract(page, name="page.html").lines


def test_a_pdf_loses_its_running_headers_and_page_numbers_and_joins_hyphenation():
    (name, data, _), (_, columns, gold2), *_ = _module("pdfs").cases()
    found = extract(data, name=f"{name}.pdf")
    assert not any(
        line.startswith(("Page ", "Harbour Workers Federation -")) for line in found.lines
    )
    assert found.text().startswith("The harbour is not for sale\n\nPort Ellery, 28 April 2025\n")
    joined = extract(columns, name="columns.pdf")
    assert "solidarity" in joined.text() and "soli-" not in joined.text()
    assert joined.lines[-3:] == tuple(gold2["lines"][-3:])


@pytest.mark.parametrize(
    ("data", "name", "content_type", "said"),
    [
        (b"%PDF-1.4 but broken", "x.pdf", None, "The PDF cannot be read"),
        (b"<html><body>a page</body></html>", "x.pdf", None, "is a web page, not a PDF"),
        (b"<html><body>a page</body></html>", "x", "application/pdf", "not a PDF as its type"),
        (b"\x00\x01\x02binary", "x.bin", None, "not a statement page or file"),
        (b"PK\x03\x04zip of something else", "x.docx", None, "not a statement page or file"),
    ],
)
def test_what_is_not_a_statement_is_refused_with_why(
    data: bytes, name: str, content_type: str | None, said: str
):
    with pytest.raises(NotAStatement, match=said):
        extract(data, name=name, content_type=content_type)


def test_a_page_with_no_prose_is_refused_when_added(fake_engine: Engine, seeds_dir: Path):
    fake_engine.refresh()
    page = b"<html><body><nav><a href='/'>Home</a></nav><p>Menu</p></body></html>"
    before = sorted(p.name for p in seeds_dir.iterdir())
    with pytest.raises((NotAStatement, collection.BadStatementFile)):
        collection.add_source(
            fake_engine, extract(page, name="x.html"), page, original_name="x.html"
        )
    assert sorted(p.name for p in seeds_dir.iterdir()) == before


def test_added_from_a_page_the_text_is_saved_and_quoted_word_for_word(
    fake_engine: Engine, seeds_dir: Path
):
    fake_engine.refresh()
    page = (DEV / "blog-ghost.html").read_bytes()
    url = "https://renters.example/2025/02/stop-the-colden-street-evictions/"
    found = extract(page, name="evictions.html", url=url)
    done = collection.add_source(fake_engine, found, page, original_name="evictions.html")
    statement = done.added.statement
    saved = (seeds_dir / statement.file_name).read_text(encoding="utf-8")
    assert saved == found.text()
    assert statement.title == "Stop the Colden Street evictions"
    assert statement.source_url == url and statement.date.isoformat() == "2025-02-18"
    assert [p.as_written for p in statement.signatories] == [
        "Tarsen Renters' Union",
        "Colden Street Residents' Committee",
        "Port Ellery Trades Council",
    ]
    assert done.original.read_bytes() == page
    assert "sha256" in (seeds_dir / f"{Path(statement.file_name).stem}.toml").read_text("utf-8")
    hits = fake_engine.ask("eviction of families Colden Street estate", k=3).hits
    assert hits and hits[0].statement_id == statement.id
    for hit in hits:
        assert saved[hit.start : hit.end] == hit.text if hit.statement_id == statement.id else True
    # The same page again, or the same link: refused with the id it has.
    with pytest.raises(collection.DuplicateStatement, match=statement.id):
        collection.add_source(fake_engine, found, page, original_name="again.html")
    moved = extract(page, name="evictions.html", url=url.rstrip("/"))
    other = type(found)("html", ("A different text entirely.",), "Other", None, moved.source)
    with pytest.raises(collection.DuplicateStatement, match=r"from https://renters\.example"):
        collection.add_source(fake_engine, other, page, original_name="other.html")


def _cli(
    seeds: Path, data: Path, *args: str, private: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SEEDS_DIR": str(seeds), "DATA_DIR": str(data)}
    env["ALLOW_PRIVATE_URLS"] = "true" if private else "false"
    return subprocess.run(
        [sys.executable, "-m", "index", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.model
def test_the_cli_adds_from_a_link_and_a_pdf_and_asks(site: str, seeds_dir: Path, tmp_path: Path):
    data = tmp_path / "data"
    done = _cli(seeds_dir, data, "add", f"{site}/statements/evictions.html", "--json")
    assert done.returncode == 0, done.stderr
    added = json.loads(done.stdout)
    assert added["extracted"]["title"] == "Stop the Colden Street evictions"
    assert added["extracted"]["paragraphs"] == 8 and added["signatories"]
    assert added["extracted"]["first_paragraph"].startswith("The Tarsen Renters' Union")
    asked = _cli(seeds_dir, data, "ask", "Who was evicted from the Colden Street estate?", "--json")
    top = json.loads(asked.stdout)["hits"][0]
    assert top["statement_id"] == added["statement_id"]
    assert top["source_url"] == f"{site}/statements/evictions.html"

    pdf = tmp_path / "harbour.pdf"
    pdf.write_bytes(_module("pdfs").cases()[0][1])
    done = _cli(seeds_dir, data, "add", str(pdf))
    assert done.returncode == 0, done.stderr
    assert (
        "The harbour is not for sale" in done.stdout
        and "read from harbour.pdf (pdf)" in done.stdout
    )

    again = _cli(seeds_dir, data, "add", f"{site}/statements/evictions.html")
    assert again.returncode == 1 and "already in the collection" in again.stderr
    assert "pass --replace" in again.stderr


@pytest.mark.parametrize(
    ("path", "private", "said"),
    [
        ("/statements/evictions.html", False, "private, local or reserved address"),
        ("/statements/fake.pdf", True, "The content is a web page, not a PDF"),
        ("/missing.html", True, "answered 404"),
        ("/big.html", True, "the limit is 1,000,000"),
        ("/loop-a", True, "redirects in a loop"),
    ],
)
def test_the_cli_refuses_a_link_with_its_sentence_and_saves_nothing(
    site: str, seeds_dir: Path, tmp_path: Path, path: str, private: bool, said: str
):
    before = sorted(p.name for p in seeds_dir.iterdir())
    done = _cli(seeds_dir, tmp_path / "data", "add", f"{site}{path}", private=private)
    assert done.returncode == 1 and said in done.stderr, done.stderr
    assert sorted(p.name for p in seeds_dir.iterdir()) == before
    assert not (tmp_path / "data" / "archive").exists()


@pytest.mark.model
def test_the_cli_imports_a_folder_with_a_report_per_file(seeds_dir: Path, tmp_path: Path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "nurses.html").write_bytes((DEV / "blockquote-time.html").read_bytes())
    (folder / "refugees.docx").write_bytes(_module("docx_cases").cases()[0][1])
    (folder / "harbour.txt").write_text(
        "Harbour strike\n\nThe dock workers of Port Ellery have stopped work to defend their "
        "pensions against the new owners.\n\nHarbour Workers Federation\n",
        encoding="utf-8",
    )
    (folder / "that-page-again.htm").write_bytes((DEV / "blockquote-time.html").read_bytes())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    (folder / "notes.odt").write_bytes(b"ignored: not a supported type")
    done = _cli(seeds_dir, tmp_path / "data", "import", str(folder), "--json")
    assert done.returncode == 1, done.stderr  # one file failed
    report = json.loads(done.stdout)
    by_file = {r["file"]: r for r in report["files"]}
    assert set(by_file) == {
        "nurses.html", "that-page-again.htm", "refugees.docx", "harbour.txt", "broken.pdf"
    }  # fmt: skip
    assert "The PDF cannot be read" in by_file["broken.pdf"]["error"]
    assert by_file["nurses.html"]["title"] == "Solidarity with the Brisk nurses"
    # The folder's second copy of one page: refused as the first one's duplicate, though the
    # first is not yet indexed when the second is read.
    nurses = by_file["nurses.html"]["statement_id"]
    assert f"already in the collection as {nurses!r}" in by_file["that-page-again.htm"]["error"]
    assert by_file["refugees.docx"]["date"] == "2026-01-03"
    assert report["added"] == 3 and report["failed"] == 2
    # One reindexing took all three.
    assert sorted(report["build"]["added"]) == sorted(
        by_file[f]["statement_id"] for f in ("nurses.html", "refugees.docx", "harbour.txt")
    )
    listed = _cli(seeds_dir, tmp_path / "data", "list", "--json")
    ids = {s["statement_id"] for s in json.loads(listed.stdout)["statements"]}
    assert {
        by_file[f]["statement_id"] for f in ("nurses.html", "refugees.docx", "harbour.txt")
    } <= ids
