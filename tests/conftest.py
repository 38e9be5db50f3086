import functools
import gzip
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import Phase
from hypothesis import settings as hypothesis_settings

from curate.config import load_settings
from curate.sample.texts import source_documents
from curate.settings import Settings
from pipelines.curation import run_curation

REPO = Path(__file__).resolve().parents[1]

# `make mutation` runs the tests with this profile (pyproject.toml [tool.mutmut]): Hypothesis's
# "ci" profile (the same examples on every run, so a verdict never rests on luck; no deadline,
# since mutmut's trampolines slow every call) without shrinking: one failing example kills a
# mutant, and shrinking one through a Beam pipeline test takes minutes.
hypothesis_settings.register_profile(
    "mutation", hypothesis_settings.get_profile("ci"), phases=[Phase.explicit, Phase.generate]
)


@functools.cache
def settings(*overrides: str) -> Settings:
    """The run settings: the Korean defaults with ``--set``-style overrides."""
    return load_settings(None, list(overrides))


DOC = "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다."


def jsonl_line(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode() + b"\n"


def real_texts(count: int) -> list[str]:
    """Distinct real Korean documents (no two are near-duplicates)."""
    texts = [d.text for d in source_documents() if len(d.text) > 400]
    return texts[:: max(1, len(texts) // count)][:count]


def legacy_text() -> str:
    return real_texts(8)[7] + " (CP949)"


def write_bad_corpus(root: Path) -> None:
    """Every kind of bad input the issue lists, next to good documents."""
    root.mkdir(parents=True, exist_ok=True)
    texts = real_texts(8)
    good = [
        jsonl_line({"id": f"g{i}", "text": texts[i], "url": f"https://news.example.kr/{i}"})
        for i in range(6)
    ]
    dups = [
        jsonl_line({"id": "dup", "text": texts[1], "url": "https://m.example.kr/1"}),
        jsonl_line({"id": "nfd", "text": unicodedata.normalize("NFD", texts[2])}),
    ]
    (root / "good.jsonl").write_bytes(b"\xef\xbb\xbf" + b"".join(good + dups))
    (root / "bad.jsonl").write_bytes(
        b"".join(
            [
                b'{"id": "x", "text": \n',
                b"[1, 2]\n",
                jsonl_line({"id": "no-text"}),
                jsonl_line({"text": None}),
                jsonl_line({"text": 7}),
                b'{"text": "\xff\xfe broken"}\n',
                jsonl_line({"text": " \t\n  "}),
                jsonl_line({"text": texts[6]}),
            ]
        )
    )
    (root / "legacy.txt").write_bytes(legacy_text().encode("cp949"))
    full = gzip.compress(b"".join(jsonl_line({"text": f"{DOC} {i}"}) for i in range(3000)))
    (root / "cut.jsonl.gz").write_bytes(full[: len(full) // 3])
    (root / "empty.jsonl").write_bytes(b"")
    (root / "big.jsonl").write_bytes(jsonl_line({"text": "가" * (4 * 1024 * 1024)}))


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad-corpus")
    write_bad_corpus(root)
    return root


# The spine tests use short fixture documents; the content stages have their own tests.
SPINE_ONLY = ["quality.enabled=false", "pii.enabled=false", "copyright.enabled=false"]


def curate_into(inputs: list[str], output: Path, version: str = "v1", **kwargs):
    """Run the pipeline in-process; content stages are off unless ``overrides`` turn them on."""
    overrides = [*SPINE_ONLY, *kwargs.pop("overrides", [])]
    return run_curation(
        inputs=inputs,
        output=str(output),
        version_name=version,
        settings=settings(*overrides),
        **kwargs,
    )


@pytest.fixture(scope="session")
def bad_release(bad_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("bad-release")
    return curate_into([str(bad_corpus / "*")], out, overrides=["release.rows_per_shard=3"])
