"""Reducing markdown wire copy to plain text while remembering where each piece came from.

Links keep their text, emphasis loses its markers, headings and block quotes lose their
prefixes.  The offset map lets a span in the reduced text be traced back to the decoded
original, so a reviewer can always see the exact source characters.
"""

from __future__ import annotations

import bisect
import re

_TOKEN = re.compile(
    r"""
    (?P<image>!\[(?P<image_text>[^\]\n]*)\]\([^)\n]*\))
  | (?P<link>\[(?P<link_text>[^\]\n]+)\]\([^)\n]*\))
  | (?P<autolink><(?P<autolink_url>https?://[^>\s]+)>)
  | (?P<strong>\*\*(?P<strong_text>(?=\S)[^\n]+?(?<=\S))\*\*)
  | (?P<strong_u>(?<!\w)__(?P<strong_u_text>(?=\S)[^\n]+?(?<=\S))__(?!\w))
  | (?P<em>(?<![*\w])\*(?P<em_text>(?=[^\s*])[^*\n]*?(?<=[^\s*]))\*(?![*\w]))
  | (?P<heading>^[ ]{0,3}\#{1,6}[ \t]+)
  | (?P<quote>^[ ]{0,3}>[ \t]?)
  | (?P<escape>\\(?P<escaped>[\\`*_{}\[\]()\#+\-.!<>]))
    """,
    re.VERBOSE | re.MULTILINE,
)

_KEEP_GROUP = {
    "image": "image_text",
    "link": "link_text",
    "autolink": "autolink_url",
    "strong": "strong_text",
    "strong_u": "strong_u_text",
    "em": "em_text",
    "escape": "escaped",
}


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[list[int]] = []

    def copy(self, source: str, start: int, end: int) -> None:
        if end <= start:
            return
        last = self.segments[-1] if self.segments else None
        # Extend the previous segment when the copy is contiguous in both texts.
        if last is None or last[1] + (self.length - last[0]) != start:
            self.segments.append([self.length, start])
        self.parts.append(source[start:end])
        self.length += end - start


def _reduce(source: str, start: int, end: int, out: _Builder) -> None:
    pos = start
    for match in _TOKEN.finditer(source, start, end):
        out.copy(source, pos, match.start())
        kind = match.lastgroup
        if kind is None:  # pragma: no cover - every alternative is named
            continue
        inner = _KEEP_GROUP.get(kind)
        if inner is not None:
            if kind in {"escape", "autolink"}:
                out.copy(source, match.start(inner), match.end(inner))
            else:
                _reduce(source, match.start(inner), match.end(inner), out)
        pos = match.end()
    out.copy(source, pos, end)


def reduce_markdown(source: str) -> tuple[str, list[list[int]]]:
    """Return the plain text and its offset map ``[[text_offset, original_offset], ...]``."""
    out = _Builder()
    _reduce(source, 0, len(source), out)
    return "".join(out.parts), out.segments


def to_original(offset_map: list[list[int]], offset: int) -> int:
    """Map an offset in the reduced text back to the decoded original."""
    if not offset_map:
        return offset
    starts = [segment[0] for segment in offset_map]
    index = max(bisect.bisect_right(starts, offset) - 1, 0)
    text_start, original_start = offset_map[index]
    return original_start + (offset - text_start)
