"""Shared fixtures: paths to ../shared data and the morphology database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples" / "articles"
MORPHOLOGY_DB = SHARED / "camel-data" / "morphology_db" / "calima-msa-r13" / "morphology.db.gz"

# The product looks for the database where camel_data installs it or at KG_MORPHOLOGY_DB;
# tests and CI use the verified copy in ../shared.
if MORPHOLOGY_DB.exists():
    os.environ.setdefault("KG_MORPHOLOGY_DB", str(MORPHOLOGY_DB))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


# -- graph store: a real ArcadeDB Bolt server, started once per test session ----------------

@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory):
    """An embedded ArcadeDB serving Bolt on a free loopback port (the "server path")."""
    from kg.store import embedded

    server = embedded.acquire(tmp_path_factory.mktemp("bolt-server"))
    yield server
    embedded.release(server)


@pytest.fixture(scope="session")
def bolt_uri(bolt_server) -> str:
    return bolt_server.uri


@pytest.fixture(scope="session")
def bolt_auth() -> tuple[str, str]:
    from kg.store import PASSWORD, USER

    return USER, PASSWORD


@pytest.fixture
def empty_store(bolt_uri: str, bolt_auth: tuple[str, str]):
    """A GraphStore on the session's Bolt server, wiped before the test."""
    from kg.store import open_store

    with open_store(neo4j_uri=bolt_uri, user=bolt_auth[0], password=bolt_auth[1]) as store:
        store.query("MATCH (n) DETACH DELETE n", write=True)
        yield store
