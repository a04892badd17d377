"""Format readers: each turns original bytes into a ParsedReport or raises an IngestError.

The format is decided from the bytes first and the file name or Content-Type second,
so a mislabelled file is read for what it is, or refused with a clear reason.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import PurePath

from casetrail.errors import EmptyInput, UnsupportedInput
from casetrail.ingest import wirecopy
from casetrail.ingest.markdown import reduce_markdown
from casetrail.ingest.parsed import ParsedReport
from casetrail.ingest.textcodec import decode_text

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
HTML = "text/html"
MARKDOWN = "text/markdown"
PLAIN = "text/plain"

_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.I | re.S
)

_KNOWN_BINARY = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc/.xls); save it as DOCX or PDF"),
    (b"{\\rtf", "an RTF file; save it as DOCX or PDF"),
]


def sniff(data: bytes, filename: str | None = None, content_type: str | None = None) -> str:
    """Decide the media type of ``data``; refuse what casetrail cannot read."""
    suffix = PurePath(filename).suffix.lower() if filename else ""
    declared = (content_type or "").split(";")[0].strip().lower()
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, EOFError):
            raise UnsupportedInput("a damaged ZIP/DOCX file (truncated or corrupt)") from None
        if "word/document.xml" in names:
            return DOCX
        raise UnsupportedInput("a ZIP archive that is not a DOCX document")
    for magic, what in _KNOWN_BINARY:
        if data.startswith(magic):
            raise UnsupportedInput(f"{what}, not a supported report format")
    if suffix == ".pdf" or declared == PDF:
        raise UnsupportedInput("named as a PDF but it is not one (damaged or mislabelled)")
    if suffix == ".docx" or declared == DOCX:
        raise UnsupportedInput("named as a DOCX but it is not one (damaged or mislabelled)")
    if suffix in _HTML_SUFFIXES or declared in {HTML, "application/xhtml+xml"}:
        return HTML
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        return HTML
    if suffix in _MARKDOWN_SUFFIXES or declared == MARKDOWN:
        return MARKDOWN
    return PLAIN


def _wire_metadata(report: ParsedReport) -> ParsedReport:
    """Fill what the format itself did not give from the wire-copy layout of the text."""
    report.title = report.title or wirecopy.title_of(report.text)
    report.byline = report.byline or wirecopy.byline_of(report.text)
    report.published = report.published or wirecopy.published_of(report.text)
    report.source_url = report.source_url or wirecopy.source_url_of(report.text)
    return report


def read_text(data: bytes, media_type: str) -> ParsedReport:
    """Plain text or markdown wire copy."""
    decoded, encoding = decode_text(data)
    if media_type == MARKDOWN:
        text, offset_map = reduce_markdown(decoded)
    else:
        text, offset_map = decoded, []
    if not text.strip():
        raise EmptyInput("no readable text after removing markup")
    report = ParsedReport(
        text=text, media_type=media_type, offset_map=offset_map, encoding=encoding
    )
    return _wire_metadata(report)


def _iso_date(value: object) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def read_html(data: bytes, url: str | None = None) -> ParsedReport:
    """Main text and metadata of a web page; scripts, styles and boilerplate are dropped."""
    with warnings.catch_warnings():  # urllib3 warns about optional SOCKS support on import
        warnings.filterwarnings("ignore", message="SOCKS support")
        import trafilatura

    decoded, encoding = decode_text(data)
    try:
        extracted = trafilatura.bare_extraction(
            decoded,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, LookupError) as exc:
        raise UnsupportedInput(f"cannot read the HTML page: {exc}") from exc
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if not text:
        raise EmptyInput("no readable main text in the HTML page")
    published = _iso_date(getattr(extracted, "date", None))
    if published is None:
        published = _html_date(decoded, url)
    report = ParsedReport(
        text=text,
        media_type=HTML,
        title=getattr(extracted, "title", None) or None,
        byline=getattr(extracted, "author", None) or None,
        outlet=getattr(extracted, "sitename", None) or None,
        published=published,
        source_url=getattr(extracted, "url", None) or url,
        encoding=encoding,
    )
    return _wire_metadata(report)


def _html_date(html: str, url: str | None) -> date | None:
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return _iso_date(found)


def read_pdf(data: bytes) -> ParsedReport:
    """Text layer of a PDF; a scan without one is refused (it needs OCR first)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedInput("the PDF is password-protected; remove the password first")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
    except UnsupportedInput:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise UnsupportedInput(f"a damaged PDF that cannot be read ({type(exc).__name__})") from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text.strip():
        raise EmptyInput("the PDF has no text layer (a scan?); run OCR on it first")
    title = byline = None
    if metadata is not None:
        title = (metadata.title or "").strip() or None
        byline = (metadata.author or "").strip() or None
    report = ParsedReport(text=text, media_type=PDF, title=title, byline=byline)
    return _wire_metadata(report)


def read_docx(data: bytes) -> ParsedReport:
    """Paragraphs and table cells of a Word document, in reading order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > _MAX_DOCX_UNCOMPRESSED:
            raise UnsupportedInput("the DOCX unpacks to an implausible size (a ZIP bomb?)")
        document = docx.Document(io.BytesIO(data))
        blocks = [paragraph.text for paragraph in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                blocks.append(" | ".join(cell.text for cell in row.cells))
        properties = document.core_properties
        title = (properties.title or "").strip() or None
        byline = (properties.author or "").strip() or None
    except UnsupportedInput:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise UnsupportedInput(
            f"a damaged DOCX that cannot be read ({type(exc).__name__})"
        ) from exc
    except Exception as exc:  # lxml raises its own family for malformed XML
        if type(exc).__module__.startswith("lxml"):
            raise UnsupportedInput("a damaged DOCX: its XML is malformed") from exc
        raise
    text = "\n\n".join(block.strip() for block in blocks if block.strip())
    if not text:
        raise EmptyInput("the DOCX holds no text")
    report = ParsedReport(text=text, media_type=DOCX, title=title, byline=byline)
    return _wire_metadata(report)


def parse(
    data: bytes,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    url: str | None = None,
) -> ParsedReport:
    """Read ``data`` in whichever supported format it is."""
    media_type = sniff(data, filename, content_type)
    readers: dict[str, Callable[[], ParsedReport]] = {
        PDF: lambda: read_pdf(data),
        DOCX: lambda: read_docx(data),
        HTML: lambda: read_html(data, url),
        MARKDOWN: lambda: read_text(data, MARKDOWN),
        PLAIN: lambda: read_text(data, PLAIN),
    }
    return readers[media_type]()
