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
