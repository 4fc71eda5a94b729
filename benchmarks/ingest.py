"""Write throughput of the embedded store: events/s and articles/s for N synthetic articles.

    python benchmarks/ingest.py 100 1000 10000 [--events-per-article 5] [--batch-size 5000]

Each N gets a fresh store in a temporary directory.  Figures only, no assertions.  Peak RSS
is the whole process (Python + the in-process JVM).
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from kg.merge import assign_ids
from kg.model import PLOVER_TYPES, Actor, Article, Event, Evidence, Place
from kg.pipeline import ArticleResult
from kg.store import open_store

SENTENCE = "أعلن مسؤول حكومي أن الجانبين بحثا ملفات الأمن والاقتصاد خلال لقاء في العاصمة."
ACTORS = [Actor(f"ACT{i:03d}", f"Actor {i}", "state" if i < 20 else "person",
                country=None if i < 20 else f"ACT{i % 20:03d}") for i in range(200)]
PLACES = [Place(f"place-{i}", f"Place {i}", "city") for i in range(50)]


def synthetic(n: int, per_article: int, seed: int = 7) -> list[ArticleResult]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        article_id = f"bench-{i:06d}"
        events = []
        for j in range(per_article):
            source, target = rng.sample(ACTORS, 2)
            date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            start = j * (len(SENTENCE) + 1)
            ev = Event("", rng.choice(PLOVER_TYPES), None, source, target, date=date,
                       date_granularity="day", place=rng.choice(PLACES),
                       confidence=rng.random(), article_id=article_id, sentence=SENTENCE,
                       span=(start, start + len(SENTENCE)))
            ev.evidence = [Evidence(article_id, SENTENCE, start, start + len(SENTENCE),
                                    date=date, date_granularity="day")]
            events.append(ev)
        text = " ".join([SENTENCE] * per_article)
        out.append(ArticleResult(Article(article_id, text, source=f"{article_id}.txt"),
                                 assign_ids(events)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--events-per-article", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=5000)
    args = parser.parse_args()
    print(f"{'articles':>9} {'events':>8} {'seconds':>8} {'events/s':>9} {'articles/s':>10}")
    for n in args.sizes:
        results = synthetic(n, args.events_per_article)
        with tempfile.TemporaryDirectory() as tmp, open_store(store_path=Path(tmp) / "kg") as store:
            t0 = time.perf_counter()
            summary = store.write(results, batch_size=args.batch_size)
            seconds = time.perf_counter() - t0
            stored = store.stats()["events"]
        print(f"{summary.articles:>9} {summary.events:>8} {seconds:>8.2f} "
              f"{summary.events / seconds:>9.0f} {summary.articles / seconds:>10.0f}"
              f"   (distinct events stored: {stored})")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
