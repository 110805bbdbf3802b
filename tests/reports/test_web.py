"""The residents' page and the notice-board poster.

The page must stand alone: one file, no script, nothing fetched from anywhere. CI checks that by
reading the HTML (every tag and attribute that could load something); where Chromium is
installed (Debian's `chromium`), the page is also rendered headless and the requests it made are
read from Chromium's NetLog (tools/render_web.py), with a planted image to show they are seen.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest

from tests.conftest import TODAY
from tools import render_web
from trygghetsapp.reports import fonts as fonts_module
from trygghetsapp.reports import poster, web
from trygghetsapp.services.database import Database
from trygghetsapp.services.publication import PUBLIC, Publication, publication

LOADING_TAGS = {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


@pytest.fixture(scope="module")
def published(report_db: Database) -> Publication:
    return publication(report_db, PUBLIC, today=TODAY)


def test_the_page_loads_nothing_and_runs_nothing(published: Publication):
    html = web.page(published)
    collector = _Collector()
    collector.feed(html)
    tags = {tag for tag, _ in collector.tags}
    assert not tags & LOADING_TAGS, tags & LOADING_TAGS
    for tag, attrs in collector.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "src" not in attrs and "srcset" not in attrs, tag
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "geo:")), href
        if tag == "svg":
            assert attrs["xmlns"] == "http://www.w3.org/2000/svg"  # a name, not a request
    assert "url(" not in collector.style and "@import" not in collector.style
    without_namespace = html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "http:" not in without_namespace and "https:" not in without_namespace
    assert "//" not in without_namespace.replace("<!DOCTYPE html>", "")


def test_the_page_says_what_residents_need(published: Publication):
    html = web.page(published)
    assert '<meta name="trygghetsapp-profile" content="public">' in html
    assert "Publik version (profil: public)" in html
    assert html.count('class="point"') == len(published.points) == 13
    assert "Community safety points" in html and "112" in html and "113 13" in html
    assert "<svg" in html and html.count("<circle") >= 13
    for point in published.points:
        assert point.address.replace(",", "") in html.replace(",", "")
    assert "Sveriges Radio P4" in html


@pytest.mark.skipif(
    render_web.find_browser() is None,
    reason="no Chromium on this machine (apt-get install chromium to render the page)",
)
def test_the_page_renders_in_headless_chromium_without_a_request(
    published: Publication, tmp_path: Path
):
    page = tmp_path / "sida.html"
    web.export_web(published, page)
    shot = tmp_path / "sida.png"
    assert render_web.render(page, shot, height=900) == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    planted = tmp_path / "planted.html"
    planted.write_text(
        page.read_text(encoding="utf-8").replace(
            "<main>", '<main><img src="http://example.invalid/x.png">'
        ),
        encoding="utf-8",
    )
    assert render_web.render(planted, tmp_path / "p.png", height=300) == [
        "http://example.invalid/x.png"
    ]


def test_posters_a4_and_a3_one_page_a_point(published: Publication, tmp_path: Path):
    for paper, width_mm in (("A4", 210), ("A3", 297)):
        path = tmp_path / f"affisch-{paper}.pdf"
        poster.export_posters(published, path, paper)
        reader = pypdf.PdfReader(path)
        assert len(reader.pages) == len(published.points)
        assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == width_mm
        first_in_use = next(i for i, p in enumerate(published.points) if p.status == "operational")
        text = " ".join(reader.pages[first_in_use].extract_text().split())
        assert "Här är din trygghetspunkt" in text and "Your community safety point" in text
        assert published.points[first_in_use].name.split(" (")[0] in text
        assert "Publik version" in text and "112" in text
        fonts = {
            str(font.get_object()["/BaseFont"])
            for page in reader.pages[:1]
            for font in page["/Resources"]["/Font"].values()
        }
        assert fonts and all(f"+{fonts_module.FAMILY}" in name for name in fonts), fonts  # embedded
    assert reader.metadata is not None and "profil public" in str(reader.metadata["/Keywords"])


def test_one_poster_file_per_point_into_a_folder(published: Publication, tmp_path: Path):
    written = poster.export_posters(published, tmp_path / "affischer", folder=True)
    assert len(written) == 13 and all(p.name.startswith("affisch-") for p in written)


def _poster_text(published: Publication, point, path: Path) -> str:
    poster.render(published, [point], path)
    return " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())


def test_a_poster_never_presents_a_point_not_in_use_as_open(published: Publication, tmp_path: Path):
    """A user test printed the posters: a planned point's said "Här är din trygghetspunkt …
    Här kan du få: …" like one in use, and the word "planerad" was nowhere in the file. A
    resident who walks there in a storm must know beforehand that it may not open."""
    statuses = {point.status for point in published.points}
    assert {"operational", "planned"} <= statuses, statuses
    for point in published.points:
        text = _poster_text(published, point, tmp_path / f"{point.id}.pdf")
        if point.status == "operational":
            assert "Här är din trygghetspunkt" in text
            assert "inte i drift" not in text, text
        else:
            assert "Här är din trygghetspunkt" not in text, (point.status, text)
            assert "inte i drift än" in text and "not in use yet" in text, (point.status, text)
