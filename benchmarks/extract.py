"""Extraction throughput: articles/s and peak memory over a corpus, after the morphology
database is loaded.

    python benchmarks/extract.py [DIR ...] [--repeat-to 1000]

Defaults to ../shared/seeds and ../shared/dev/articles, repeated to 1,000 articles.  The
word-analysis cache is cleared before timing, so repeats measure a warm process, not a
pre-analysed corpus.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from kg.lang.ar import morphology
from kg.model import Article
from kg.pipeline import process_article

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = [ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "dev" / "articles"]


def corpus(dirs: list[Path], size: int) -> list[Article]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for d in dirs for p in sorted(d.glob("*.txt"))]
    if not texts:
        raise SystemExit("no .txt articles found in " + ", ".join(map(str, dirs)))
    return [Article(id=f"{i}-{texts[i % len(texts)][0]}", text=texts[i % len(texts)][1],
                    source="bench") for i in range(size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--repeat-to", type=int, default=1000)
    args = parser.parse_args()
    articles = corpus(args.dirs, args.repeat_to)
    start = time.perf_counter()
    loaded = morphology.has_database()
    print(f"morphology database: {'loaded' if loaded else 'absent (fallback)'} "
          f"in {time.perf_counter() - start:.2f}s")
    morphology.analyse_word.cache_clear()
    events = 0
    start = time.perf_counter()
    for article in articles:
        events += len(process_article(article).events)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(articles)} articles, {events} events in {elapsed:.2f}s: "
          f"{len(articles) / elapsed:.1f} articles/s; peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
