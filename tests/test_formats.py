"""Every format reads to text with metadata; every kind of bad input is refused clearly."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import date

import pytest

from casetrail.errors import EmptyInput, UnsupportedInput
from casetrail.ingest.formats import DOCX, HTML, MARKDOWN, PDF, PLAIN, parse, sniff
from tests.conftest import make_docx, make_image_only_pdf, make_pdf

REPORT = (
    "Police in Minsk detained the journalist Alesya Karpovich on Friday, "
    "her lawyer Ihar Zhuk said, adding that he was refused access to her for two days."
)

HOSTILE_HTML = """<!DOCTYPE html>
<html><head>
<title>Activist detained | Example Wire</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-05-04T10:00:00Z">
<link rel="canonical" href="https://www.example-wire.org/news/activist-detained">
<script>document.write('STEAL-COOKIES'); fetch('https://evil.example/x')</script>
<style>body { color: red } .secret-style {}</style>
</head>
<body onload="alert('XSS-ONLOAD')">
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav>
<article>
<h1>Activist detained in the capital</h1>
<p>Police detained the rights activist Ahmed Salem at his home on Tuesday, his family said.
Officers did not show a warrant and refused to say where they were taking him.</p>
<p>His lawyer said he had not been allowed to see his client and that the charges were
fabricated. The interior ministry denied any wrongdoing in a statement on Wednesday.</p>
<script>alert('INLINE-SCRIPT')</script>
<iframe src="https://evil.example/frame">IFRAME-TEXT</iframe>
<p>The family said they feared he would be tortured, as others detained had been.</p>
</article>
<footer>Cookie settings. Subscribe to our newsletter. All rights reserved.</footer>
</body></html>
"""


def test_markdown_by_extension_and_plain_text_by_default() -> None:
    assert sniff(b"# Title\n\ntext", "report.md") == MARKDOWN
    assert sniff(b"Title\n\ntext", "report.txt") == PLAIN
    assert sniff(b"Title\n\ntext", None) == PLAIN
    assert sniff(b"x", None, "text/markdown; charset=utf-8") == MARKDOWN


def test_html_is_recognised_by_content_even_without_a_name() -> None:
    assert sniff(b"  <!doctype html><html><body>x</body></html>", None) == HTML
    assert sniff(b"<html lang=en><p>x", "page") == HTML
    assert sniff(b"x", None, "text/html; charset=utf-8") == HTML


def test_hostile_html_keeps_the_article_and_drops_scripts_and_boilerplate() -> None:
    report = parse(HOSTILE_HTML.encode(), filename="page.html")
    assert report.media_type == HTML
    assert "Ahmed Salem" in report.text
    assert "interior ministry denied" in report.text
    for forbidden in [
        "STEAL-COOKIES",
        "XSS-ONLOAD",
        "INLINE-SCRIPT",
        "IFRAME-TEXT",
        "secret-style",
        "Cookie settings",
        "Log in",
        "<",
    ]:
        assert forbidden not in report.text, forbidden
    assert report.byline == "Jane Roe"
    assert report.published == date(2023, 5, 4)
    assert report.source_url == "https://www.example-wire.org/news/activist-detained"
    assert report.title is not None and "Activist detained" in report.title


def test_html_without_readable_text_is_refused() -> None:
    with pytest.raises(EmptyInput, match="no readable main text"):
        parse(
            b"<html><head><script>var a = 1;</script></head><body></body></html>",
            filename="x.html",
        )


def test_deeply_nested_html_does_not_crash() -> None:
    html = "<html><body>" + "<div>" * 5000 + "deep text " * 50 + "</div>" * 5000 + "</body></html>"
    try:
        report = parse(html.encode(), filename="deep.html")
    except EmptyInput:
        return  # refusing is acceptable; crashing is not
    assert "deep text" in report.text


def test_pdf_with_text_layer() -> None:
    data = make_pdf(["Rights Group Says Journalist Beaten", REPORT], title="Journalist beaten")
    report = parse(data, filename="report.pdf")
    assert report.media_type == PDF
    assert "Alesya Karpovich" in report.text
    assert report.title == "Journalist beaten"


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(EmptyInput, match="no text layer"):
        parse(make_image_only_pdf(), filename="scan.pdf")


def test_truncated_pdf_is_refused_or_read_partially_never_crashes() -> None:
    data = make_pdf([REPORT] * 3)
    with pytest.raises((UnsupportedInput, EmptyInput)):
        parse(data[: len(data) // 3], filename="broken.pdf")


def test_file_named_pdf_that_is_not_one() -> None:
    with pytest.raises(UnsupportedInput, match="named as a PDF but it is not one"):
        parse(b"hello, I am text", filename="fake.pdf")


def test_docx_paragraphs_tables_and_properties() -> None:
    data = make_docx(
        ["Testimony of a detainee's mother", REPORT],
        title="Testimony",
        author="Field researcher",
        table=[["Name", "Detained"], ["Omar Fathy", "9 October 2022"]],
    )
    report = parse(data, filename="testimony.docx")
    assert report.media_type == DOCX
    assert "Ihar Zhuk" in report.text
    assert "Omar Fathy | 9 October 2022" in report.text
    assert report.title == "Testimony"
    assert report.byline == "Field researcher"


def test_truncated_docx_is_refused() -> None:
    data = make_docx([REPORT])
    with pytest.raises(UnsupportedInput, match="damaged"):
        parse(data[: len(data) // 2], filename="broken.docx")


def test_zip_that_is_not_a_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedInput, match="not a DOCX"):
        parse(buffer.getvalue(), filename="archive.docx")


def test_docx_with_malformed_xml_is_refused() -> None:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(make_docx([REPORT]))) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for item in source.infolist():
            payload = source.read(item)
            if item.filename == "word/document.xml":
                payload = payload[: len(payload) // 2]
            target.writestr(item, payload)
    with pytest.raises(UnsupportedInput, match="damaged"):
        parse(buffer.getvalue(), filename="malformed.docx")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        (
            "cp1251",
            "Двое мужчин были задержаны в Нижнем Новгороде в прошлый четверг, "
            "сообщила правозащитная организация. Их адвокату отказали в доступе.",
        ),
        (
            "koi8-r",
            "Сотрудники полиции задержали журналиста в пятницу, заявил его адвокат, "
            "добавив, что ему не разрешили увидеть подзащитного.",
        ),
        (
            "latin-1",
            "La police a arrêté le journaliste vendredi à Alger, a déclaré son "
            "avocat, qui n'a pas été autorisé à le voir. « C'est illégal », a-t-il dit.",
        ),
        (
            "utf-16",
            "Police detained the activist on Tuesday, his family said. The ministry denied it.",
        ),
    ],
)
def test_text_encodings_are_detected(encoding: str, text: str) -> None:
    report = parse(text.encode(encoding), filename="report.txt")
    assert report.text.strip() == text


def test_empty_and_whitespace_files_are_refused() -> None:
    with pytest.raises(EmptyInput):
        parse(b"", filename="empty.txt")
    with pytest.raises(EmptyInput):
        parse(b" \n\t\r\n  ", filename="blank.md")


def test_markdown_that_is_only_markup_is_refused() -> None:
    with pytest.raises(EmptyInput):
        parse(b"# \n> \n![](photo.png)\n", filename="markup.md")


def test_random_binary_is_refused() -> None:
    junk = os.urandom(4096)
    with pytest.raises(UnsupportedInput):
        parse(junk, filename="junk.txt")


def test_binary_without_nul_bytes_is_refused() -> None:
    junk = bytes(b % 31 + 1 for b in os.urandom(4096))  # control characters, no NUL
    with pytest.raises(UnsupportedInput):
        parse(junk, filename="junk.md")


@pytest.mark.parametrize(
    ("magic", "what"),
    [
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xff\xd8\xff\xe0", "JPEG"),
        (b"\x7fELF\x02", "executable"),
        (b"\x1f\x8b\x08", "gzip"),
    ],
)
def test_known_binary_formats_are_named(magic: bytes, what: str) -> None:
    with pytest.raises(UnsupportedInput, match=what):
        parse(magic + os.urandom(64), filename="report.md")
