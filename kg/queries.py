"""Saved analyst queries: ``cypher/NAME.cypher`` files with a self-describing header.

A saved query is plain Neo4j 5 Cypher that runs unchanged in Neo4j Browser.  Its header is
the leading block of ``//`` comment lines::

    // Timeline of events between two actors, by date.     <- first line: the summary
    // More lines of description ...
    // :param actor_a => 'IRQ'                              <- one line per parameter
    // :param limit => 50

The ``:param`` lines are Neo4j Browser commands a user can paste as they are; here they
declare each parameter and its default.  A default is a Cypher literal: a quoted string,
an integer, a float, ``true``/``false``, or a list of those.  Its type is the parameter's
type: overrides given as text (``kg query NAME --param k=v``) are converted to it.  Dates
are ISO strings; the queries call ``date($since)`` themselves.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

Scalar = str | int | float | bool
ParamValue = Scalar | list[Scalar]

CYPHER_DIR_ENV = "KG_CYPHER_DIR"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PARAM_LINE = re.compile(r"^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?$")
# A $name in the query body; strings and comments are removed before this is applied.
_USED_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STRIP = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*")
_SCALAR = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|-?\d+\.\d*(?:[eE][-+]?\d+)?|-?\d+|true|false",
    re.IGNORECASE)
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


@dataclass(frozen=True)
class QueryParam:
    """One declared parameter: its name, default and type name."""

    name: str
    default: ParamValue

    @property
    def type(self) -> str:
        """``str``, ``int``, ``float``, ``bool`` or ``list``."""
        return type(self.default).__name__


@dataclass(frozen=True)
class SavedQuery:
    """A parsed ``cypher/NAME.cypher`` file."""

    name: str
    description: str  # every non-parameter header line, joined with newlines
    params: tuple[QueryParam, ...]
    cypher: str  # the statement without the header, as sent to the server
    path: Path

    @property
    def summary(self) -> str:
        """The first line of the description."""
        return self.description.split("\n", 1)[0]

    @property
    def defaults(self) -> dict[str, ParamValue]:
        return {p.name: p.default for p in self.params}


def cypher_dir() -> Path:
    """Where saved queries live: ``$KG_CYPHER_DIR``, else ``cypher/`` beside the package."""
    override = os.environ.get(CYPHER_DIR_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "cypher"


def list_queries() -> list[SavedQuery]:
    """Every saved query, sorted by name."""
    folder = cypher_dir()
    if not folder.is_dir():
        raise QueryError(f"no saved-query folder at {folder}; set {CYPHER_DIR_ENV} to one")
    return [parse_query(path) for path in sorted(folder.glob("*.cypher"))]


def load_query(name: str) -> SavedQuery:
    """The saved query called ``name`` (the file name without ``.cypher``)."""
    if not _NAME.match(name):
        raise QueryError(f"bad query name {name!r}: use lowercase letters, digits and '-'")
    path = cypher_dir() / f"{name}.cypher"
    if not path.is_file():
        known = ", ".join(q.name for q in list_queries()) or "none"
        raise QueryError(f"no saved query {name!r}; available: {known}")
    return parse_query(path)


def parse_query(path: Path) -> SavedQuery:
    """Parse one ``.cypher`` file: header comments, ``:param`` defaults, statement."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header: list[str] = []
    while lines and lines[0].lstrip().startswith("//"):
        header.append(lines.pop(0).lstrip()[2:].strip())
    description: list[str] = []
    params: dict[str, QueryParam] = {}
    for line in header:
        if not line.startswith(":param"):
            description.append(line)
            continue
        match = _PARAM_LINE.match(line)
        if match is None:
            raise QueryError(f"{path.name}: cannot read {line!r}; write ':param name => value'")
        name, literal = match.groups()
        params[name] = QueryParam(name, parse_literal(literal, where=f"{path.name}: {name}"))
    cypher = "\n".join(lines).strip()
    if not cypher:
        raise QueryError(f"{path.name}: no Cypher statement after the header")
    undeclared = sorted(used_params(cypher) - params.keys())
    if undeclared:
        raise QueryError(f"{path.name}: ${', $'.join(undeclared)} used but not declared "
                         "with a ':param' header line")
    return SavedQuery(path.stem, "\n".join(description).strip(), tuple(params.values()),
                      cypher, path)


def used_params(cypher: str) -> set[str]:
    """Names of the ``$parameters`` a statement uses (outside strings and comments)."""
    return set(_USED_PARAM.findall(_STRIP.sub(" ", cypher)))


def parse_literal(text: str, *, where: str = "literal") -> ParamValue:
    """A Cypher literal from a ``:param`` line: string, number, boolean or list of those."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        items = _SCALAR.findall(inner)
        if _SCALAR.sub("", inner).replace(",", "").strip():
            raise QueryError(f"{where}: lists may hold strings, numbers and booleans only")
        return [_scalar(item, where) for item in items]
    if not _SCALAR.fullmatch(text):
        raise QueryError(f"{where}: {text!r} is not a string, number, boolean or list")
    return _scalar(text, where)


def _scalar(token: str, where: str) -> Scalar:
    if token[0] in "'\"":
        return re.sub(r"\\(.)", r"\1", token[1:-1])
    if token.lower() in ("true", "false"):
        return token.lower() == "true"
    if re.fullmatch(r"-?\d+", token):
        return int(token)
    return float(token)


def coerce_params(query: SavedQuery, overrides: dict[str, str]) -> dict[str, ParamValue]:
    """The defaults with ``overrides`` (text, e.g. from ``--param k=v``) converted and applied.

    Each value takes the type of its default; a list takes comma-separated items.
    """
    params = query.defaults
    for name, text in overrides.items():
        if name not in params:
            known = ", ".join(params) or "none"
            raise QueryError(f"query {query.name!r} has no parameter {name!r}; "
                             f"its parameters: {known}")
        params[name] = _convert(text, params[name], f"{query.name}: {name}")
    return params


def _convert(text: str, default: ParamValue, where: str) -> ParamValue:
    if isinstance(default, list):
        item_default: ParamValue = default[0] if default else ""
        return [_convert(item.strip(), item_default, where)
                for item in text.split(",") if item.strip()]
    if isinstance(default, bool):  # before int: bool is a subclass of int
        word = text.strip().lower()
        if word in _TRUE | _FALSE:
            return word in _TRUE
        raise QueryError(f"{where}: expected true or false, got {text!r}")
    try:
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
    except ValueError:
        raise QueryError(f"{where}: expected a {type(default).__name__}, got {text!r}") from None
    return text
