"""How extraction and loading scale with corpus size, on generated corpora (corpus.py).

    KG_MORPHOLOGY_DB=… python benchmarks/scale.py [100 1000 10000] [--workers 1 2]

For each size N: articles/s of extraction alone (read → events, one run per worker count),
articles/s and events/s (events extracted) of loading the extracted results into a fresh
embedded store, the same for ``kg ingest`` end to end in a child process, and the time per
article relative to the smallest N (1.0 = linear).  Peak RSS covers this process (Python,
the in-process JVM and all N results held in a list) and, separately, the largest child
(a worker, or the streaming ``kg ingest`` with its JVM and workers' parent).
Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.model import ArticleFailure
from kg.pipeline import ArticleResult, process_many
from kg.read import read_paths
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # a sibling script


def extract(path: Path, workers: int) -> tuple[list[ArticleResult], float]:
    t0 = time.perf_counter()
    results = [r for r in process_many(read_paths([path]), workers=workers)
               if not isinstance(r, ArticleFailure)]
    return results, time.perf_counter() - t0


def load(results: list[ArticleResult], store_dir: Path) -> tuple[float, int]:
    """Seconds to write ``results`` into a fresh store, and the events stored after merging."""
    with open_store(store_path=store_dir) as store:
        t0 = time.perf_counter()
        store.write(iter(results))
        seconds = time.perf_counter() - t0
        return seconds, store.stats()["events"]


def ingest_cli(corpus: Path, store_dir: Path, workers: int) -> float:
    """Seconds for ``kg ingest`` end to end, in a child process (its RSS is the child's)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store",
                    str(store_dir), "--workers", str(workers)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--workers", nargs="*", type=int, default=[1, 2])
    args = parser.parse_args()
    base: dict[str, float] = {}
    print(f"{'articles':>8} {'stage':>12} {'seconds':>8} {'art/s':>7} {'events/s':>9} "
          f"{'s/article vs first':>19}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                write_corpus(n, out)
            results: list[ArticleResult] = []
            rows = []
            for workers in args.workers:
                results, seconds = extract(corpus, workers)
                rows.append((f"extract w={workers}", seconds, None))
            events = sum(len(r.events) for r in results)
            seconds, stored = load(results, Path(tmp) / f"store-{n}")
            rows.append(("load", seconds, events))
            workers = max(args.workers)
            rows.append((f"kg ingest w={workers}",
                         ingest_cli(corpus, Path(tmp) / f"cli-{n}", workers), events))
            for stage, seconds, count in rows:
                per_article = seconds / n
                base.setdefault(stage, per_article)
                rate = f"{count / seconds:>9.0f}" if count is not None else f"{'':>9}"
                print(f"{n:>8} {stage:>12} {seconds:>8.1f} {n / seconds:>7.0f} {rate} "
                      f"{per_article / base[stage]:>19.2f}", flush=True)
            print(f"{n:>8} {'':>12} {events} events extracted, {stored} stored after "
                  f"merging; peak RSS so far: self {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
                  f"largest child {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB", flush=True)
            del results


if __name__ == "__main__":
    main()
