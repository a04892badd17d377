"""Ingestion throughput: generate a corpus of wire-style reports, ingest it, print figures.

    python bench/ingest.py [--count 10000] [--db URL_OR_PATH] [--workdir DIR]

Prints documents per second, MB per second and the peak resident memory of the process.
The corpus is made here (seeded), so runs are comparable.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from casetrail.config import Settings
from casetrail.ingest import Outcome, expand_sources, ingest_one
from casetrail.store import Store

FIRST = ["Amina", "Omar", "Alesya", "Firuz", "Danilo", "Karla", "Min", "Ismail", "Leyla", "Ruslan"]
LAST = ["Nazarov", "Bautista", "Karpovich", "Centeno", "Magomedov", "Haddad", "Aung", "Petrova"]
PLACES = ["Grozny", "Minsk", "Alexandria", "Dushanbe", "Managua", "Monywa", "Bacolod", "Almaty"]
ACTS = [
    "was detained by police",
    "was abducted by men in civilian clothes",
    "said he had been beaten in custody",
    "was deported despite an asylum claim",
    "was denied access to a lawyer",
    "received death threats",
]
SOURCES = ["a rights group said", "her lawyer told reporters", "relatives said", "police said"]


def make_report(rng: random.Random, index: int) -> str:
    published = date(2020, 1, 1) + timedelta(days=rng.randrange(2000))
    paragraphs = []
    for _ in range(rng.randint(6, 10)):
        who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        paragraphs.append(
            f"{who}, {rng.randint(19, 70)}, {rng.choice(ACTS)} in {rng.choice(PLACES)} on "
            f"{rng.choice(['Monday', 'Tuesday', 'Friday', 'Sunday'])}, {rng.choice(SOURCES)}. "
            f"The [authorities](#) did not respond to a request for comment about case "
            f"{index}-{rng.randrange(10**6)}, and the family said they had **no information**."
        )
    return (
        f"Report {index}: {rng.choice(ACTS).capitalize()} in {rng.choice(PLACES)}\n\n"
        f"By Bench Wire\n\n{published.strftime('%B %d, %Y')}\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\nOriginal url:\n\n<https://www.bench-wire.example/{published:%Y/%m/%d}/r-{index}"
        "?utm_source=bench>\n"
    )


def peak_rss_mb() -> float:
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", help="database path or URL (default: a fresh SQLite file)")
    parser.add_argument("--workdir", type=Path, help="where to write the corpus and store")
    args = parser.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="casetrail-bench-"))
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20210208)
    total_bytes = 0
    for index in range(args.count):
        data = make_report(rng, index).encode()
        total_bytes += len(data)
        (corpus / f"{index // 1000:03d}").mkdir(exist_ok=True)
        (corpus / f"{index // 1000:03d}" / f"report-{index:06d}.md").write_bytes(data)

    settings = Settings.resolve(args.db or work / "bench.db", blob_dir=work / "blobs")
    with Store.open(settings, create=True) as store:
        items = expand_sources([str(corpus)])
        started = time.perf_counter()
        latencies = []
        outcomes = {outcome: 0 for outcome in Outcome}
        for item in items:
            t0 = time.perf_counter()
            outcomes[ingest_one(store, item).outcome] += 1
            latencies.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - started

    latencies.sort()
    print(f"corpus:        {args.count:,} documents, {total_bytes / 1e6:.1f} MB ({work})")
    print(f"database:      {settings.describe_database()}")
    print("outcomes:      " + ", ".join(f"{k.value} {v}" for k, v in outcomes.items()))
    print(f"elapsed:       {elapsed:.1f} s")
    print(
        f"throughput:    {args.count / elapsed:.1f} documents/s, "
        f"{total_bytes / 1e6 / elapsed:.2f} MB/s"
    )
    print(
        f"latency:       p50 {latencies[len(latencies) // 2] * 1000:.1f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms"
    )
    print(f"peak RSS:      {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
