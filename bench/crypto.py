"""The cost of encryption at rest: the same corpus ingested and queried in a plain and in
an encrypted embedded store.

    python bench/crypto.py [--docs 2000] [--queries 300]

Prints ingest documents/s, query p50/p95 latency and throughput for both, and the
ratio encrypted/plain (goal: at least 0.7).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import make_report

from casetrail.config import Settings
from casetrail.ingest import ingest_bytes
from casetrail.security.keys import KeySource
from casetrail.store import Store
from casetrail.store.documents import get_document, list_documents


def run(
    work: Path, corpus: list[bytes], queries: int, encrypted: bool
) -> tuple[float, float, list[float]]:
    source = KeySource(passphrase="benchmark passphrase") if encrypted else None
    settings = Settings.resolve(work / "c.db", blob_dir=work / "blobs", key_source=source)
    opened = time.perf_counter()
    store = Store.open(settings, create=True, encrypt=encrypted)
    open_seconds = time.perf_counter() - opened
    started = time.perf_counter()
    for index, data in enumerate(corpus):
        ingest_bytes(store, data, source=f"r{index}.md", filename=f"r{index}.md")
    ingest_rate = len(corpus) / (time.perf_counter() - started)
    rng = random.Random(1)
    latencies = []
    for _ in range(queries):
        t0 = time.perf_counter()
        list_documents(store, limit=50, offset=rng.randrange(max(1, len(corpus) - 50)))
        document = get_document(store, rng.randrange(1, len(corpus) + 1))
        store.blobs.get(document.sha256)
        latencies.append(time.perf_counter() - t0)
    store.close()
    return ingest_rate, open_seconds, latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(20210208)
    corpus = [make_report(rng, i).encode() for i in range(args.docs)]
    results = {}
    for encrypted in (False, True):
        work = Path(tempfile.mkdtemp(prefix="casetrail-crypto-"))
        try:
            results[encrypted] = run(work, corpus, args.queries, encrypted)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    for encrypted, (rate, opening, latencies) in results.items():
        latencies.sort()
        label = "encrypted" if encrypted else "plain    "
        print(
            f"{label}: ingest {rate:7.1f} docs/s | query p50 "
            f"{statistics.median(latencies) * 1000:5.2f} ms, p95 "
            f"{latencies[int(len(latencies) * 0.95)] * 1000:5.2f} ms, "
            f"{len(latencies) / sum(latencies):6.1f} queries/s | open {opening:.2f} s"
        )
    plain, secret = results[False], results[True]
    print(
        f"ratio encrypted/plain: ingest {secret[0] / plain[0]:.2f}, queries "
        f"{sum(plain[2]) / sum(secret[2]):.2f} (goal ≥ 0.7)"
    )


if __name__ == "__main__":
    main()
