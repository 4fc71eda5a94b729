"""Lemmas and parts of speech from the camel-tools analyser (calima-msa-r13), cached.

The database is found at ``configure(path)``, else ``$KG_MORPHOLOGY_DB`` (a ``.db`` or
``.db.gz``, decompressed once into ``~/.cache/kg``), else where ``camel_data`` installs it.
Without one, lemmas fall back to rule-based clitic stripping (one warning per process).
"""

from __future__ import annotations

import gzip
import logging
import os
import shutil
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from camel_tools.utils.dediac import dediac_ar

from kg.errors import AnalysisError
from kg.lang.ar.clitics import stem_forms
from kg.lang.ar.lexicon import cue_words
from kg.lang.ar.normalize import normalize

log = logging.getLogger(__name__)

CACHE_DIR = Path(os.environ.get("KG_CACHE_DIR", Path.home() / ".cache" / "kg"))
_MINIMAL_CATALOGUE = '{"version": "1.6", "packages": {}, "components": {}}'

_lock = threading.Lock()
_state: dict[str, Any] = {"path": None, "analyzer": None, "loaded": False}


@dataclass(frozen=True)
class WordInfo:
    """What the analyses of one word agree on (a union over analyses: no disambiguator)."""

    lemmas: frozenset[str]
    pos: frozenset[str]
    tagged: frozenset[str] = frozenset()  # "lemma/v" or "lemma/n": lemma with its POS
    future: bool = False  # سـ / سوف prefix on a verb
    passive: bool = False  # every verbal analysis is passive
    first_person: bool = False  # every verbal analysis is 1st person


def configure(path: str | os.PathLike[str] | None) -> None:
    """Use the morphology database at ``path`` (``.db`` or ``.db.gz``) from now on."""
    with _lock:
        _state.update(path=Path(path) if path else None, analyzer=None, loaded=False)
    analyse_word.cache_clear()


def database_path() -> Path | None:
    """The database file that will be used, decompressing a ``.gz`` once if needed."""
    candidates: list[Path] = []
    if _state["path"] is not None:
        candidates.append(_state["path"])
    elif os.environ.get("KG_MORPHOLOGY_DB"):
        candidates.append(Path(os.environ["KG_MORPHOLOGY_DB"]))
    else:
        data = Path(os.environ.get("CAMELTOOLS_DATA", Path.home() / ".camel_tools"))
        candidates.append(data / "data" / "morphology_db" / "calima-msa-r13" / "morphology.db")
    for path in candidates:
        if not path.exists():
            if _state["path"] is not None:
                raise AnalysisError(f"morphology database not found: {path}")
            continue
        return _decompressed(path) if path.suffix == ".gz" else path
    return None


def _decompressed(path: Path) -> Path:
    target = CACHE_DIR / path.name[: -len(".gz")]
    if not target.exists() or target.stat().st_mtime < path.stat().st_mtime:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        with gzip.open(path, "rb") as src, open(partial, "wb") as dst:
            shutil.copyfileobj(src, dst)
        partial.replace(target)
    return target


def _analyzer() -> Any:
    """The camel-tools Analyzer, loaded once; None when no database is available."""
    if _state["loaded"]:
        return _state["analyzer"]
    with _lock:
        if not _state["loaded"]:
            _state["analyzer"] = _load()
            _state["loaded"] = True
    return _state["analyzer"]


def _load() -> Any:
    path = database_path()
    if path is None:
        log.warning("no camel-tools morphology database found (set KG_MORPHOLOGY_DB or "
                    "run `camel_data -i morphology-db-msa-r13`): using rule-based clitic "
                    "stripping, which lowers recall")
        return None
    if not os.environ.get("CAMELTOOLS_DATA") or not Path(
            os.environ["CAMELTOOLS_DATA"], "catalogue.json").exists():
        # camel_tools reads a data catalogue at import time and fails offline without one.
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        catalogue = CACHE_DIR / "catalogue.json"
        if not catalogue.exists():
            catalogue.write_text(_MINIMAL_CATALOGUE, encoding="utf-8")
        os.environ["CAMELTOOLS_DATA"] = str(CACHE_DIR)
    try:
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB
        return Analyzer(MorphologyDB(str(path), "a"), cache_size=0)
    except Exception as exc:  # a corrupt or foreign file: tell the user which one
        raise AnalysisError(f"cannot load morphology database {path}: {exc}") from exc


def has_database() -> bool:
    """True when lemmas come from the camel-tools analyser rather than the fallback."""
    return _analyzer() is not None


@lru_cache(maxsize=300_000)
def analyse_word(word: str) -> WordInfo:
    """Lemmas (normalised, undiacritised), POS tags and verb flags of one surface word."""
    analyzer = _analyzer()
    fallback = frozenset(stem_forms(normalize(word)))
    if analyzer is None:
        return WordInfo(fallback, frozenset())
    analyses = analyzer.analyze(word)
    if not analyses:
        return WordInfo(fallback, frozenset())
    # Prefer the readings with the fewest clitics: وزارة is "ministry", not و + زار + ه.
    fewest = min(_clitics(a) for a in analyses)
    preferred = [a for a in analyses if _clitics(a) == fewest]
    if all(a.get("pos") == "noun_prop" for a in preferred) or \
            normalize(word) in cue_words("reading:conjunction"):
        # …but a clitic-free proper noun hides و/ف + verb (وأكد is "and he stressed" far
        # more often than the name "Wakid"), as do a few verbs listed as data (ودعا is "and
        # he called" far more often than "he bade farewell"): keep conjunction + verb too.
        preferred += [a for a in analyses if a.get("pos") == "verb" and _conjunction_only(a)]
    analyses = preferred + _masculine_suffix_readings(word, analyses, fewest)
    lemmas = {normalize(a["lex"]) for a in analyses if a.get("lex")}
    pos = frozenset(a.get("pos", "") for a in analyses)
    tagged = frozenset(f"{normalize(a['lex'])}/{'v' if a.get('pos') == 'verb' else 'n'}"
                       for a in analyses if a.get("lex"))
    verbs = [a for a in analyses if a.get("pos") == "verb"]
    future = any(a.get("prc1") == "sa_fut" for a in verbs)
    passive = bool(verbs) and all(a.get("vox") == "p" for a in verbs)
    first = bool(verbs) and all(a.get("per") == "1" for a in verbs)
    return WordInfo(frozenset(lemmas), pos, tagged, future, passive, first)


@lru_cache(maxsize=100_000)
def imperfect(word: str) -> bool:
    """True when every verbal reading of ``word`` is imperfective (يقتل، تستهدف): in news a
    present-tense verb describes what usually happens or will happen, not a past event.
    False without the database or when the word has no verbal reading."""
    analyzer = _analyzer()
    if analyzer is None:
        return False
    verbs = [a for a in analyzer.analyze(word) if a.get("pos") == "verb"]
    return bool(verbs) and all(a.get("asp") == "i" for a in verbs)


_CLITIC_FEATURES = ("prc0", "prc1", "prc2", "prc3", "enc0")
_MASCULINE_ENCLITICS = frozenset({"3ms_poss", "3ms_dobj"})


def _masculine_suffix_readings(word: str, analyses: list[dict[str, Any]],
                               fewest: int) -> list[dict[str, Any]]:
    """The readings with the enclitic ـه ("his/him") of a word written with a final ه.

    The analyser also reads a final ه as a taa marbuta, so دعمه comes out as the clitic-free
    noun دعمة and the fewest-clitics preference would hide "his support". When the readings
    with fewest clitics are such ة-nouns, keep those with one more, ـه, too (زيارة written
    with ة, or وزاره whose other reading needs two clitics, are unaffected)."""
    if not dediac_ar(word).endswith("ه"):
        return []
    bare = [a for a in analyses if _clitics(a) == fewest]
    if not bare or not all(dediac_ar(a.get("lex", "")).endswith("ة") for a in bare):
        return []
    # Like light stemmers, leave at least three letters: بأنه is not ب + آن "now" + ه.
    return [a for a in analyses if _clitics(a) == fewest + 1
            and a.get("enc0") in _MASCULINE_ENCLITICS and len(normalize(a.get("lex", ""))) >= 3]


def _conjunction_only(analysis: dict[str, Any]) -> bool:
    return analysis.get("prc2", "0") in ("wa_conj", "fa_conj") and _clitics(analysis) == 1


def _clitics(analysis: dict[str, Any]) -> int:
    return sum(analysis.get(f, "0") not in ("0", "na", "") for f in _CLITIC_FEATURES)
