"""A real release of the bundled sample corpus, built once per test session and shared by the
lineage test modules (pytest would build a fixture imported into several modules once each)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from curate.commands.main import main
from curate.sample.generate import generate_corpus
from tests.conftest import curate_into


@dataclass(frozen=True)
class Demo:
    corpus: Path
    releases: Path
    release: Path

    def provenance(self) -> list[dict[str, Any]]:
        return pq.read_table(self.release / "provenance").to_pylist()

    def texts(self) -> dict[str, str]:
        table = pq.read_table(self.release / "data", columns=["doc_id", "text"])
        return dict(zip(*table.to_pydict().values(), strict=True))

    def near_duplicate_pair(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """A kept document with a URL and a dropped near-duplicate of it."""
        rows = self.provenance()
        by_id = {r["doc_id"]: r for r in rows}
        dropped = next(
            r
            for r in rows
            if r["reason"] == "near_duplicate"
            and by_id[r["dedup"]["duplicate_of"]]["source"]["url"]
        )
        return by_id[dropped["dedup"]["duplicate_of"]], dropped


_BUILT: dict[str, Demo] = {}


def demo_release(tmp_path_factory) -> Demo:
    if "demo" not in _BUILT:
        root = tmp_path_factory.mktemp("lineage-demo")
        generate_corpus(root / "corpus", seed=0)
        result = curate_into([str(root / "corpus" / "**")], root / "releases", version="v1")
        _BUILT["demo"] = Demo(root / "corpus", root / "releases", Path(result.release))
    return _BUILT["demo"]


def curate(args: list[str], capsys) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit status, stdout, stderr)."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def takedown_args(log: Path, flag: str, value: str, release: Path) -> list[str]:
    return [
        "lineage", "takedown", "--log", str(log), flag, value, "--reason", "ticket 7",
        "--requester", "rights holder", "--release", str(release),
    ]  # fmt: skip


def release_args(source: Path, version: str, log: Path, output: Path | None = None) -> list[str]:
    args = ["release", "--from", str(source), "--version", version, "--takedowns", str(log)]
    return args + (["--output", str(output)] if output else [])
