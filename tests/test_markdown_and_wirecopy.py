"""Markdown reduction keeps a faithful map back to the original; wire-copy metadata."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from casetrail.ingest import wirecopy
from casetrail.ingest.formats import MARKDOWN, read_text
from casetrail.ingest.markdown import reduce_markdown, to_original


def _assert_map_is_faithful(source: str) -> None:
    text, offset_map = reduce_markdown(source)
    for index, char in enumerate(text):
        assert source[to_original(offset_map, index)] == char, (source, index)


def test_links_emphasis_and_headings_are_reduced() -> None:
    source = "# Title\nThey were [seized](#) near **Moscow** and *sent back*.\n> quoted"
    text, _ = reduce_markdown(source)
    assert text == "Title\nThey were seized near Moscow and sent back.\nquoted"


def test_nested_markup_and_escapes() -> None:
    text, _ = reduce_markdown(r"a **b [c *d*](x)** \*not em\* snake_case_name")
    assert text == "a b c d *not em* snake_case_name"


def test_autolinks_keep_their_url() -> None:
    text, _ = reduce_markdown("see <https://example.org/a?b=1> now")
    assert text == "see https://example.org/a?b=1 now"


def test_spans_in_the_fixture_map_back_to_the_original(fixture_bytes: bytes) -> None:
    source = fixture_bytes.decode("utf-8")
    text, offset_map = reduce_markdown(source)
    assert "[" not in text and "](#)" not in text and "**" not in text
    for needle in ["seized", "sent back", "Musa Sadulayev / AP / TASS", "Salekh Magamadov"]:
        start = text.index(needle)
        original = to_original(offset_map, start)
        assert source[original : original + len(needle)] == needle
    _assert_map_is_faithful(source)


@given(
    st.lists(
        st.one_of(
            st.text(alphabet="abc xyz\n.,", max_size=8),
            st.sampled_from(
                [
                    "[",
                    "]",
                    "(",
                    ")",
                    "*",
                    "**",
                    "__",
                    "#",
                    "> ",
                    "\\",
                    "<",
                    ">",
                    "](#)",
                    "<https://x.org/p>",
                    "# ",
                    "![i](p.png)",
                ]
            ),
        ),
        max_size=30,
    ).map("".join)
)
def test_every_kept_character_maps_to_the_same_character(source: str) -> None:
    _assert_map_is_faithful(source)


def test_wire_metadata_of_the_fixture(fixture_bytes: bytes) -> None:
    report = read_text(fixture_bytes, MARKDOWN)
    assert report.title == "2 Gay Men Sent Back to Chechnya Were ‘Kidnapped’ – Rights Group"
    assert report.byline == "AFP"
    assert report.published == date(2021, 2, 8)
    assert report.source_url == (
        "https://www.themoscowtimes.com/2021/02/08/"
        "2-gay-men-sent-back-to-chechnya-were-kidnapped-rights-group-a72869"
    )
    assert report.encoding == "utf-8"


def test_date_lines_in_several_shapes() -> None:
    assert wirecopy.parse_date_line("8 February 2021") == date(2021, 2, 8)
    assert wirecopy.parse_date_line("2021-02-08") == date(2021, 2, 8)
    assert wirecopy.parse_date_line("Moscow, 8 Feb 2021") == date(2021, 2, 8)
    assert wirecopy.parse_date_line("Chechen leader Ramzan Kadyrov claims") is None
    assert wirecopy.parse_date_line("June 2020") is None  # no day: not a publication date


def test_no_header_means_no_invented_metadata() -> None:
    text = "police detained three people on Friday in the capital, a rights group said.\n" * 3
    report = read_text(text.encode(), MARKDOWN)
    assert report.byline is None
    assert report.published is None
    assert report.source_url is None


def test_url_footer_on_the_same_line() -> None:
    body = (
        "Headline\n\nBy Jane Roe\n\n3 March 2022\n\nBody text here.\n\nSource: https://ex.org/a\n"
    )
    report = read_text(body.encode(), MARKDOWN)
    assert report.source_url == "https://ex.org/a"
    assert report.byline == "Jane Roe"
    assert report.published == date(2022, 3, 3)
