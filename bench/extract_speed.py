"""Extraction throughput on one core for ~600-word reports.

    python bench/extract_speed.py [--docs 200] [--words 600]

Builds reports of about --words words from a pinned list of gold reports and demo samples
(``bench/speed_corpus.txt``: realistic text, the same documents from one run to the next),
runs the full pipeline one document at a time in this process, and prints documents per
second, words per second, p50/p95 latency and peak RSS; then the same documents batched
through ``extract_texts`` (what ``casetrail extract --all`` uses); then as many new
documents one at a time in the now warm process (a long-running job or the web app: the
model's remembered token vectors and the rules' caches filled by what it read before);
and, with --baseline, the shipped spaCy model alone for the machine's scale.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from casetrail.extract import extract_text, extract_texts
from casetrail.extract.pipeline import english_pipeline
from casetrail.ingest.formats import parse

ROOT = Path(__file__).resolve().parents[1]


# The reports the benchmark draws its paragraphs from, pinned: drawn from whatever the gold
# set holds, the documents (and so the figures) changed each time gold reports were added.
# The list is the gold set and demo samples as they stood when it was pinned.
CORPUS_LIST = ROOT / "bench" / "speed_corpus.txt"


def corpus_paths() -> list[Path]:
    names = [line.strip() for line in CORPUS_LIST.read_text().splitlines() if line.strip()]
    return sorted(ROOT / name for name in names)


def corpus(words: int, count: int) -> list[str]:
    paragraphs: list[str] = []
    for path in corpus_paths():
        text = parse(path.read_bytes(), filename=path.name).text
        paragraphs += [p.strip() for p in text.split("\n\n") if len(p.split()) > 12]
    documents = []
    index = 0
    for _ in range(count):
        body: list[str] = []
        while sum(len(p.split()) for p in body) < words:
            body.append(paragraphs[index % len(paragraphs)])
            index += 7
        documents.append("\n\n".join(body))
    return documents


def huge_report(megabytes: float) -> None:
    """One very long report: it is read in parts, offsets stay right, memory stays flat."""
    paragraphs = corpus(600, 40)
    text = ""
    while len(text.encode()) < megabytes * 1_000_000:
        text += "\n\n".join(paragraphs) + "\n\n"
    began = time.perf_counter()
    result = extract_text(text, date(2023, 6, 19), language="en")
    elapsed = time.perf_counter() - began
    bad = sum(text[a.cue.start : a.cue.end] != a.cue.text for a in result.acts)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"report:        {len(text.encode()) / 1e6:.1f} MB, {len(text.split()):,} words")
    print(f"time:          {elapsed:.0f} s ({len(text.split()) / elapsed:,.0f} words/s)")
    print(
        f"found:         {len(result.entities)} entities, {len(result.acts)} acts, "
        f"{len(result.claims)} claims; {bad} act spans off their text"
    )
    print(f"warnings:      {'; '.join(result.warnings)}")
    print(f"peak RSS:      {rss:.0f} MB")


def _rate(label: str, count: int, words: int, elapsed: float) -> None:
    print(f"{label:<34} {count / elapsed:5.1f} documents/s, {words / elapsed:7,.0f} words/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument(
        "--huge",
        type=float,
        default=0.0,
        metavar="MB",
        help="instead: extract one report of this many megabytes (e.g. 5) and report time, "
        "parts, warnings and peak RSS",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="also time the shipped model alone (no casetrail components), for scale",
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    if args.huge:
        huge_report(args.huge)
        return
    started = time.perf_counter()
    english_pipeline()
    load_seconds = time.perf_counter() - started
    # the next reports after these come from paragraphs the first ones did not use (the
    # corpus has some 3,700; each report takes about nine), for the warm process below
    drawn = corpus(args.words, args.docs * 2)
    documents, following = drawn[: args.docs], drawn[args.docs :]
    total_words = sum(len(d.split()) for d in documents)
    print(f"pipeline load: {load_seconds:.1f} s (model, gazetteer, rules)")
    print(f"documents:     {len(documents)} of ~{total_words // len(documents)} words, one core")

    latencies = []
    began = time.perf_counter()
    for text in documents:
        t0 = time.perf_counter()
        extract_text(text, date(2023, 6, 19), language="en")
        latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - began
    _rate("one at a time (extract_text):", len(documents), total_words, elapsed)
    latencies.sort()
    print(
        f"  latency p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms"
    )

    began = time.perf_counter()
    items = ((text, date(2023, 6, 19), "en") for text in documents)
    for _ in extract_texts(items):
        pass
    elapsed = time.perf_counter() - began
    _rate("batched (extract --all):", len(documents), total_words, elapsed)

    # the same work in a process that has already read reports (as the CLI's batch jobs
    # and the web app are): the model's remembered token vectors, the tokenizer's and the
    # rules' caches are filled; these are new reports, not the ones read above
    following_words = sum(len(d.split()) for d in following)
    began = time.perf_counter()
    for text in following:
        extract_text(text, date(2023, 6, 19), language="en")
    elapsed = time.perf_counter() - began
    _rate("one at a time, next reports:", len(following), following_words, elapsed)

    if args.baseline:
        import spacy

        from casetrail.extract.pipeline import MODEL

        shipped = spacy.load(MODEL, exclude=["senter"])
        began = time.perf_counter()
        for text in documents:
            shipped(text)
        elapsed = time.perf_counter() - began
        _rate("shipped model alone, one at a time:", len(documents), total_words, elapsed)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS:      {rss:.0f} MB")


if __name__ == "__main__":
    main()
