"""A synthetic corpus for scale tests: N new articles recombined from our own example articles.

    python benchmarks/corpus.py 1000 -o corpus.jsonl [--seed 7] [--sentences 3-8]

The sentences come from ``examples/articles/`` only (the project's own text, never the
shared data), cleaned of page boilerplate by :func:`kg.clean.clean`.  Each article is a
seeded random pick of sentences under a distinct id, with a publication date, as JSON Lines
that ``kg ingest`` reads.  The same N and seed always give the same corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from kg.clean import clean
from kg.model import Article
from kg.read import read_paths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
OUTLETS = ("وكالة الأنباء التجريبية", "صحيفة المثال", "شبكة الاختبار الإخبارية")
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+|\n+")
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = 6 * 365


def example_sentences(root: Path = EXAMPLES) -> list[str]:
    """Distinct sentences of the example articles' cleaned bodies, in a stable order."""
    seen: dict[str, None] = {}
    for item in read_paths([root]):
        if not isinstance(item, Article):
            continue
        for sentence in _SENTENCE_END.split(clean(item).text):
            sentence = sentence.strip()
            if len(sentence) >= 40:  # drop datelines, captions and fragments
                seen.setdefault(sentence, None)
    return list(seen)


def articles(n: int, sentences: list[str], seed: int = 7, low: int = 3, high: int = 8
             ) -> Iterator[dict[str, str]]:
    """``n`` JSON Lines records, each ``low``–``high`` sentences; ids ``synth-000000``…"""
    rng = random.Random(seed)
    for i in range(n):
        picked = rng.sample(sentences, min(len(sentences), rng.randint(low, high)))
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        yield {"id": f"synth-{i:06d}", "title": picked[0][:80], "text": "\n\n".join(picked),
               "published": day.isoformat(), "outlet": rng.choice(OUTLETS),
               "url": f"https://example.org/synth/{i}"}


def write_corpus(n: int, out: TextIO, seed: int = 7, low: int = 3, high: int = 8) -> int:
    """Write ``n`` articles as JSON Lines to ``out``; returns the number written."""
    pool = example_sentences()
    count = 0
    for record in articles(n, pool, seed, low, high):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("-o", "--output", default="-", help="JSONL file (default stdout)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sentences", default="3-8", help="sentences per article, LOW-HIGH")
    args = parser.parse_args()
    low, _, high = args.sentences.partition("-")
    if args.output == "-":
        write_corpus(args.n, sys.stdout, args.seed, int(low), int(high or low))
        return
    with open(args.output, "w", encoding="utf-8") as out:
        write_corpus(args.n, out, args.seed, int(low), int(high or low))


if __name__ == "__main__":
    main()
