"""Web latency under load: 10,000 documents and 100,000 acts, 8 concurrent clients on
loopback, p50/p95 of the case page, search and the API list endpoint.

    python bench/web.py [--documents 10000] [--acts 100000] [--clients 8] [--requests 40]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import insert

from casetrail.config import Settings
from casetrail.extract.vocabulary import act_types
from casetrail.model import Act, Case, Document, UserRole, case_acts, case_documents
from casetrail.security.accounts import create_token, create_user
from casetrail.store import Store
from casetrail.web.app import create_app

PASSWORD = "benchmark password"


def load(store: Store, documents: int, acts: int, cases: int, rng: random.Random) -> None:
    types = list(act_types())
    with store.engine.begin() as conn:
        conn.execute(
            insert(Case),
            [{"id": i + 1, "title": f"Case {i + 1}", "status": "open"} for i in range(cases)],
        )
        batch = []
        for i in range(documents):
            batch.append(
                {
                    "id": i + 1,
                    "sha256": f"{i:064x}",
                    "media_type": "text/markdown",
                    "title": f"Report {i}: detention in city {i % 97}",
                    "text": f"Police detained activist {i} on Monday, a rights group said. " * 20,
                    "offset_map": [],
                    "size_bytes": 1000,
                    "published": date(2020, 1, 1) + timedelta(days=i % 1500),
                    "outlet": f"outlet{i % 20}.example",
                    "language": "en",
                }
            )
        conn.execute(insert(Document), batch)
        conn.execute(
            insert(case_documents),
            [{"case_id": i % cases + 1, "document_id": i + 1} for i in range(documents)],
        )
        rows = []
        for i in range(acts):
            start = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
            rows.append(
                {
                    "id": i + 1,
                    "act_type": rng.choice(types),
                    "date_start": start,
                    "date_end": start,
                    "date_precision": "day",
                    "document_id": rng.randrange(documents) + 1,
                }
            )
        conn.execute(insert(Act), rows)
        conn.execute(
            insert(case_acts), [{"case_id": i % cases + 1, "act_id": i + 1} for i in range(acts)]
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--acts", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=40, help="per client and endpoint")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="casetrail-web-"))
    rng = random.Random(5)
    try:
        settings = Settings.resolve(work / "web.db", blob_dir=work / "blobs")
        with Store.open(settings, create=True) as store:
            started = time.perf_counter()
            load(store, args.documents, args.acts, args.cases, rng)
            create_user(store, "bench", PASSWORD, UserRole.ADMIN)
            token = create_token(store, "bench")
            print(
                f"loaded {args.documents:,} documents, {args.acts:,} acts in "
                f"{args.cases} cases ({time.perf_counter() - started:.1f} s)"
            )
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        login = httpx.Client(base_url=base)
        csrf = re.search(r'name="csrf" value="([^"]+)"', login.get("/login").text).group(1)  # type: ignore[union-attr]
        login.post("/login", data={"csrf": csrf, "username": "bench", "password": PASSWORD})
        cookies = dict(login.cookies)
        endpoints = {
            "case page": lambda r: f"/cases/{r.randrange(args.cases) + 1}",
            "search": lambda r: (
                f"/search?q=activist+{r.randrange(args.documents)}"
                f"&act_type={r.choice(list(act_types()))}"
            ),
            "API list": lambda r: f"/api/v1/documents?limit=50&offset={r.randrange(9000)}",
        }
        for name, make in endpoints.items():

            def client(seed: int, make: Callable[[random.Random], str] = make) -> list[float]:
                local = random.Random(seed)
                times = []
                with httpx.Client(
                    base_url=base,
                    cookies=cookies,
                    timeout=60,
                    headers={"Authorization": f"Bearer {token}"},
                ) as http:
                    for _ in range(args.requests):
                        t0 = time.perf_counter()
                        response = http.get(make(local))
                        response.raise_for_status()
                        times.append(time.perf_counter() - t0)
                return times

            began = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                latencies = sorted(
                    t for part in pool.map(client, range(args.clients)) for t in part
                )
            elapsed = time.perf_counter() - began
            print(
                f"{name:10s} p50 {statistics.median(latencies) * 1000:7.1f} ms  p95 "
                f"{latencies[int(len(latencies) * 0.95)] * 1000:7.1f} ms  "
                f"{len(latencies) / elapsed:6.1f} req/s  ({len(latencies)} requests, "
                f"{args.clients} clients)"
            )
        server.should_exit = True
        thread.join(timeout=10)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
