"""Extract events with Dask workers and load them through one kg writer.

kg's extraction is per article and pure (``kg.pipeline.process_article``), so any engine that
maps a function over partitions can run it: here a Dask bag.  Each worker process loads the
morphology database once; results come back to this process, which writes them in batches
with ``GraphStore.write`` (idempotent ``UNWIND … MERGE``, so a failed partition can simply be
retried).  Against a Neo4j cluster each partition could instead open its own store and write
its own results: replace ``load`` with ``bag.map_partitions(write_partition)``.

    pip install "dask[bag]"
    python examples/dask_ingest.py examples/articles --store ./kg-data
    python examples/dask_ingest.py news.jsonl --neo4j bolt://localhost:7687 \\
        --scheduler tcp://scheduler:8786      # NEO4J_PASSWORD from the environment
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator

import dask.bag as db

from kg.model import Article, ArticleFailure
from kg.pipeline import ArticleResult, process_article
from kg.read import read_paths
from kg.store import open_store


def extract_partition(articles: list[Article]) -> list[ArticleResult]:
    """Runs on a worker: one partition of articles in, their results out."""
    results = []
    for article in articles:
        result = process_article(article)
        result.cleaned = None  # the cleaned text is not needed downstream; keep results small
        results.append(result)
    return results


def load(results: Iterator[ArticleResult], store_path: str | None, neo4j_uri: str | None
         ) -> dict:
    kwargs = {"neo4j_uri": neo4j_uri, "user": os.environ.get("NEO4J_USER", "neo4j"),
              "password": os.environ.get("NEO4J_PASSWORD")} if neo4j_uri else {
                  "store_path": store_path}
    with open_store(**kwargs) as store:
        store.write(results)
        return store.stats()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--store", default="./kg-data")
    parser.add_argument("--neo4j", default=None)
    parser.add_argument("--scheduler", default="processes",
                        help="'processes', 'threads', or a dask.distributed address")
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()

    articles, failures = [], []
    for item in read_paths(args.paths):
        (failures if isinstance(item, ArticleFailure) else articles).append(item)
    for failure in failures:
        print(f"failed: {failure}")
    bag = db.from_sequence(articles, npartitions=args.partitions)
    if args.scheduler in ("processes", "threads"):
        results = bag.map_partitions(extract_partition).compute(scheduler=args.scheduler)
    else:
        from dask.distributed import Client

        with Client(args.scheduler):
            results = bag.map_partitions(extract_partition).compute()
    stats = load(iter(results), args.store, args.neo4j)
    print(f"{len(articles)} articles extracted on Dask; the graph holds "
          f"{stats['articles']} articles and {stats['events']} events")


if __name__ == "__main__":
    main()
