from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """The five samples run once through the whole pipeline into a real DuckDB file."""
    from rasad.runner import run
    from rasad.store import open_store

    db = tmp_path_factory.mktemp("store") / "samples.duckdb"
    store = open_store(db)
    report = run([SAMPLES], store)
    yield store, report
    store.close()
