"""Export throughput: triples/s and peak RSS writing N synthetic events in each RDF format.

    python benchmarks/export.py [N]          # default N = 5000

Each format runs in its own process so its peak RSS is its own; output goes to /dev/null.
Synthetic events draw actors and places from small pools (as real news does) and have two
reports each, so the numbers include annotation and provenance triples.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.export import FORMATS, write_rdf
from kg.model import PLOVER_TYPES, Actor, Article, Event, Evidence, Place

SENTENCE = "بحث المسؤولون في العاصمة سبل تعزيز التعاون الأمني بين البلدين خلال المرحلة المقبلة."


def synthetic(n: int):  # type: ignore[no-untyped-def]
    actors = [Actor(f"actor-{i}", f"Actor {i}", "person", name_ar=f"فاعل {i}",
                    wikidata=f"Q{1000 + i}") for i in range(50)]
    places = [Place(f"place-{i}", f"Place {i}", "city", name_ar=f"مكان {i}", geonames=i + 1,
                    lat=33.0 + i / 100, lon=44.0 + i / 100) for i in range(20)]
    for i in range(n):
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        yield Event(f"ev-{i}", PLOVER_TYPES[i % 16], None, actors[i % 50], actors[(i * 7 + 1) % 50],
                    topic="withdrawal" if i % 3 == 0 else None, date=day,
                    date_granularity="day" if i % 2 else "month", place=places[i % 20],
                    confidence=0.7, article_id=f"art-{i // 4}",
                    evidence=[Evidence(f"art-{i // 4}", SENTENCE, 100, 180),
                              Evidence(f"art-{i // 4 + 1}", SENTENCE, 20, 100)])


def articles(n: int) -> dict[str, Article]:
    return {f"art-{i}": Article(f"art-{i}", "", f"art-{i}.html", url=f"https://news.example/{i}",
                                title="عنوان الخبر", outlet="Example News")
            for i in range(n // 4 + 2)}


def run_one(n: int, fmt: str) -> dict[str, float]:
    meta = articles(n)
    with open("/dev/null", "wb") as out:
        start = time.perf_counter()
        triples = write_rdf(synthetic(n), out, format=fmt, articles=meta)
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"format": fmt, "events": n, "triples": triples, "seconds": round(seconds, 2),
            "triples_per_s": round(triples / seconds), "peak_rss_mb": round(peak_mb, 1)}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[2] == "--child":
        print(json.dumps(run_one(int(sys.argv[1]), sys.argv[3])))
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    print(f"{'format':8} {'events':>8} {'triples':>9} {'seconds':>8} {'triples/s':>10} "
          f"{'peak RSS MB':>12}")
    for fmt in FORMATS:
        child = subprocess.run([sys.executable, __file__, str(n), "--child", fmt],
                               check=True, capture_output=True, text=True)
        r = json.loads(child.stdout)
        print(f"{r['format']:8} {r['events']:>8} {r['triples']:>9} {r['seconds']:>8} "
              f"{r['triples_per_s']:>10} {r['peak_rss_mb']:>12}")


if __name__ == "__main__":
    main()
